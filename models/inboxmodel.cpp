#include "inboxmodel.h"

#include "deadlines/deadlinestate.h"
#include "domain/senderdisplay.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <tuple>

namespace fi {

namespace {
constexpr int kReloadCoalesceMs = 60;
constexpr int kTickMs = 30 * 1000;
} // namespace

InboxView nextInboxView(InboxView view)
{
    switch (view) {
    case InboxView::Now: return InboxView::Async;
    case InboxView::Async: return InboxView::Reference;
    case InboxView::Reference: return InboxView::Done;
    case InboxView::Done: return InboxView::Now;
    }
    return InboxView::Now;
}

InboxView inboxViewForTier(Tier tier)
{
    switch (tier) {
    case Tier::Now: return InboxView::Now;
    case Tier::Async: return InboxView::Async;
    case Tier::Reference: return InboxView::Reference;
    }
    return InboxView::Now;
}

std::optional<Tier> tierOfInboxView(InboxView view)
{
    switch (view) {
    case InboxView::Now: return Tier::Now;
    case InboxView::Async: return Tier::Async;
    case InboxView::Reference: return Tier::Reference;
    case InboxView::Done: return std::nullopt;
    }
    return std::nullopt;
}

QString inboxViewDisplayName(InboxView view)
{
    if (const auto tier = tierOfInboxView(view))
        return tierDisplayName(*tier);
    return InboxModel::tr("Done");
}

InboxModel::InboxModel(ItemStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    qRegisterMetaType<fi::TierCounts>();
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadCoalesceMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &InboxModel::reload);
    connect(m_store, &ItemStore::itemsChanged, this, [this] { m_reloadTimer.start(); });
    connect(m_store, &ItemStore::sourcesChanged, this, [this] { m_reloadTimer.start(); });

    m_tickTimer.setInterval(kTickMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &InboxModel::refreshTimes);
    m_tickTimer.start();

    reload();
}

InboxModel::~InboxModel()
{
    // Loads capture the store pointer; never let one outlive the model.
    const auto watchers = findChildren<QFutureWatcherBase *>();
    for (QFutureWatcherBase *watcher : watchers)
        watcher->waitForFinished();
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InboxModel::deadlineStateOf(const Item &item) const
{
    return int(deadlineState(item.dueMs, item.record.receivedMs, item.state, item.doneMs,
                             item.isAnswered(), nowMs()));
}

QVariant InboxModel::dueText(const Item &item, int state) const
{
    switch (DeadlineState(state)) {
    case DeadlineState::Met: return tr("met");
    case DeadlineState::Missed: return tr("missed");
    case DeadlineState::None: return QString();
    default: break;
    }
    return m_due.dueText(item, nowMs());
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    const ItemRecord &rec = item.record;
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole:
        return rec.subject;
    case Qt::ToolTipRole:
        if (const QString withHandle = senderHandleText(rec.from); !withHandle.isEmpty())
            return QStringLiteral("%1\n%2").arg(withHandle, rec.subject);
        return rec.from.address.isEmpty()
            ? rec.subject
            : tr("%1 <%2>\n%3").arg(rec.from.name, rec.from.address, rec.subject);
    case ItemIdRole: return item.id;
    case SenderRole: return senderListName(rec.from);
    case SenderAddressRole: return rec.from.address;
    case SnippetRole: return rec.snippet;
    case SourceRole: return item.sourceName;
    case ReceivedRole: return rec.receivedMs;
    case AgeTextRole: return formatAge(rec.receivedMs, nowMs());
    case DueRole: return item.dueMs ? QVariant(*item.dueMs) : QVariant();
    case DeadlineStateRole: return deadlineStateOf(item);
    case DueTextRole: return dueText(item, deadlineStateOf(item));
    case TierRole: return int(item.tier);
    case TierReasonRole: return item.tierReason;
    case PolicyRole: return item.policy;
    case SeenRole: return rec.flags.seen;
    case SampleRole: return rec.sample;
    case StateRole: return int(item.state);
    case ItemRole: return QVariant::fromValue(item);
    case DueToolTipRole: return m_due.toolTip(item);
    default: return {};
    }
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{ItemIdRole, "itemId"},         {SenderRole, "sender"},
                  {SenderAddressRole, "senderAddress"}, {SubjectRole, "subject"},
                  {SnippetRole, "snippet"},       {SourceRole, "source"},
                  {ReceivedRole, "received"},     {AgeTextRole, "ageText"},
                  {DueRole, "due"},               {DeadlineStateRole, "deadlineState"},
                  {DueTextRole, "dueText"},       {TierRole, "tier"},
                  {TierReasonRole, "tierReason"}, {PolicyRole, "policy"},
                  {SeenRole, "seen"},             {SampleRole, "sample"},
                  {StateRole, "state"},           {ItemRole, "item"},
                  {DueToolTipRole, "dueToolTip"}});
    return names;
}

void InboxModel::setView(InboxView view)
{
    if (view == m_view)
        return;
    m_view = view;
    if (m_filter != DeadlineFilter::None) {
        m_filter = DeadlineFilter::None;
        Q_EMIT deadlineFilterChanged(m_filter);
    }
    beginResetModel();
    m_items.clear();
    endResetModel();
    Q_EMIT viewChanged(view);
    reload();
}

void InboxModel::reload()
{
    m_reloadTimer.stop();
    const quint64 generation = ++m_generation;
    m_loading = true;

    ItemQuery query;
    query.tier = tierOfInboxView(m_view);
    query.states = m_view == InboxView::Done ? ItemQuery::States::Done : ItemQuery::States::Open;
    if (m_filter != DeadlineFilter::None) {
        query.tier.reset();
        query.states = ItemQuery::States::Open;
    }
    query.nowMs = nowMs();

    ItemStore *store = m_store;
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, generation] {
        applyLoad(generation, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([store, query] {
        return LoadResult{store->items(query), store->counts(query.nowMs)};
    }));
}

void InboxModel::applyLoad(quint64 generation, const LoadResult &result)
{
    if (generation != m_generation)
        return; // A newer request is on its way; its result wins.
    m_loading = false;
    if (m_filter == DeadlineFilter::None) {
        applyRows(result);
        return;
    }
    LoadResult filtered;
    filtered.counts = result.counts;
    for (const Item &item : result.items) {
        if (matchesFilter(item))
            filtered.items.append(item);
    }
    applyRows(filtered);
}

bool InboxModel::matchesFilter(const Item &item) const
{
    const auto state = DeadlineState(deadlineStateOf(item));
    switch (m_filter) {
    case DeadlineFilter::None: return true;
    case DeadlineFilter::Overdue: return state == DeadlineState::Overdue;
    case DeadlineFilter::DueToday:
        return item.dueMs && (state == DeadlineState::Overdue || state == DeadlineState::DueSoon
                              || state == DeadlineState::OnTrack)
            && m_due.isDueToday(*item.dueMs, nowMs());
    }
    return true;
}

void InboxModel::setDueFormatter(DueFormatter formatter)
{
    m_due = std::move(formatter);
    refreshTimes();
    if (m_filter != DeadlineFilter::None)
        reload();
}

void InboxModel::setDeadlineFilter(DeadlineFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT deadlineFilterChanged(filter);
    reload();
}

void InboxModel::applyRows(const LoadResult &result)
{
    const bool sameRows = std::equal(m_items.cbegin(), m_items.cend(), result.items.cbegin(),
                                     result.items.cend(),
                                     [](const Item &a, const Item &b) { return a.id == b.id; });
    if (sameRows) {
        m_items = result.items;
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    } else {
        beginResetModel();
        m_items = result.items;
        endResetModel();
    }
    const bool countsChangedNow = std::tie(m_counts.now, m_counts.async, m_counts.reference,
                                           m_counts.done, m_counts.snoozed, m_counts.overdue)
        != std::tie(result.counts.now, result.counts.async, result.counts.reference,
                    result.counts.done, result.counts.snoozed, result.counts.overdue);
    m_counts = result.counts;
    if (countsChangedNow)
        Q_EMIT countsChanged(m_counts);
    Q_EMIT loaded();
}

int InboxModel::rowForId(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

bool InboxModel::showsSampleItems() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [](const Item &item) { return item.record.sample; });
}

void InboxModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshTimes();
}

qint64 InboxModel::nowMs() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void InboxModel::refreshTimes()
{
    if (m_filter != DeadlineFilter::None && !m_loading)
        reload(); // time moves items into or out of the filter
    if (m_items.isEmpty())
        return;
    Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                       {DueTextRole, DeadlineStateRole, AgeTextRole});
}

QString InboxModel::formatAge(qint64 receivedMs, qint64 nowMs)
{
    const qint64 ageMs = std::max<qint64>(0, nowMs - receivedMs);
    const qint64 minutes = ageMs / 60000;
    if (minutes < 1)
        return tr("now");
    if (minutes < 60)
        return tr("%1m").arg(minutes);
    if (minutes < 24 * 60)
        return tr("%1h").arg(minutes / 60);
    if (minutes < 14 * 24 * 60)
        return tr("%1d").arg(minutes / (24 * 60));
    const QDate date = QDateTime::fromMSecsSinceEpoch(receivedMs).toLocalTime().date();
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime().date();
    return QLocale().toString(date, date.year() == today.year() ? tr("d MMM") : tr("d MMM yyyy"));
}

} // namespace fi
