#include "inboxmodel.h"

#include "accessibletext.h"
#include "deadlines/deadlinestate.h"
#include "domain/senderdisplay.h"
#include "inboxquery.h"
#include "search/searchscope.h"
#include "snooze/snoozetext.h"

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
    case InboxView::Snoozed: return InboxView::Now;
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
    case InboxView::Done:
    case InboxView::Snoozed: return std::nullopt;
    }
    return std::nullopt;
}

QString inboxViewDisplayName(InboxView view)
{
    if (const auto tier = tierOfInboxView(view))
        return tierDisplayName(*tier);
    return view == InboxView::Snoozed ? InboxModel::tr("Snoozed") : InboxModel::tr("Done");
}

InboxModel::InboxModel(ItemStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    qRegisterMetaType<fi::TierCounts>();
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadCoalesceMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &InboxModel::reloadChanges);
    connect(m_store, &ItemStore::itemsChanged, this, [this](const QList<qint64> &ids) {
        m_changedIds.unite(QSet<qint64>(ids.cbegin(), ids.cend()));
        m_reloadTimer.start();
    });
    connect(m_store, &ItemStore::sourcesChanged, this, [this] {
        m_sourcesChanged = true;
        m_reloadTimer.start();
    });

    m_tickTimer.setInterval(kTickMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &InboxModel::refreshTimes);
    m_tickTimer.start();

    reload();
}

InboxModel::~InboxModel()
{
    // Loads capture the store pointer; never let one outlive the model. (Only loads still
    // running: a finished watcher whose result was taken no longer reports "finished".)
    const auto running = m_runningLoads;
    for (QFutureWatcherBase *watcher : running)
        watcher->waitForFinished();
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

namespace {
int deadlineStateAt(const Item &item, qint64 nowMs)
{
    return int(deadlineState(item.dueMs, item.record.lastActivityMs(), item.state, item.doneMs,
                             item.isAnswered(), nowMs));
}
} // namespace

int InboxModel::deadlineStateOf(const Item &item) const
{
    return deadlineStateAt(item, nowMs());
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
    const Item &item = *m_rows.at(std::size_t(index.row()));
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
    case SnoozedUntilRole:  // issue 12: the Snoozed view shows wake times
        return item.state == ItemState::Snoozed && item.snoozedUntilMs && *item.snoozedUntilMs > nowMs()
            ? QVariant(*item.snoozedUntilMs) : QVariant();
    case WakeTextRole:
        return item.state == ItemState::Snoozed && item.snoozedUntilMs && *item.snoozedUntilMs > nowMs()
            ? formatWakeText(*item.snoozedUntilMs, nowMs(), m_due.zone()) : QString();
    case Qt::AccessibleTextRole:  // issue 12 (KEYS): the row read as one sentence, accessibletext.h
        return accessibleItemText(item, DeadlineState(deadlineStateOf(item)), nowMs(), m_due.isWorking(item));
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
                  {DueToolTipRole, "dueToolTip"}, {SnoozedUntilRole, "snoozedUntil"},
                  {WakeTextRole, "wakeText"}});
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
    replaceRows({});
    m_resetNext = true;
    endResetModel();
    Q_EMIT viewChanged(view);
    reload();
}

void InboxModel::reload()
{
    startLoad(std::nullopt);
}

void InboxModel::reloadChanges()
{
    // Only the items the store named, when that is known to be enough: no source changed
    // (names), no deadline filter (it depends on the clock), a base to patch, no load in
    // flight (a newer request discards it, with what it would have brought).
    const bool targeted = !m_resetNext && !m_sourcesChanged && m_filter == DeadlineFilter::None
        && !m_loading && !m_changedIds.isEmpty() && m_changedIds.size() <= kMaxTargetedIds;
    if (targeted)
        startLoad(QList<qint64>(m_changedIds.cbegin(), m_changedIds.cend()));
    else
        startLoad(std::nullopt);
}

InboxModel::LoadResult InboxModel::load(const LoadRequest &request)
{
    LoadResult result;
    result.baseVersion = request.baseVersion;
    result.counts = request.store->counts(request.query.nowMs);
    // A snooze that woke up (or began) changes the rows without naming them: read them all.
    bool targeted = request.onlyIds && result.counts.snoozed == request.baseSnoozed;
    result.partial = targeted;
    if (targeted) {
        ItemRows fresh;
        const QSet<qint64> ids(request.onlyIds->cbegin(), request.onlyIds->cend());
        for (const qint64 id : ids) {
            std::optional<Item> item = request.store->item(id);
            if (!item)
                continue; // deleted: leaves the list
            const std::optional<bool> belongs = matchesItemQuery(*item, request.query);
            if (!belongs) {
                targeted = false;
                break;
            }
            if (*belongs)
                fresh.push_back(std::make_shared<const Item>(std::move(*item)));
        }
        if (targeted) {
            const auto states = request.query.states;
            const auto less = [states](const ItemRow &a, const ItemRow &b) { return inboxOrderLess(*a, *b, states); };
            std::sort(fresh.begin(), fresh.end(), less);
            ItemRows kept;
            kept.reserve(request.base.size());
            std::copy_if(request.base.cbegin(), request.base.cend(), std::back_inserter(kept),
                         [&ids](const ItemRow &row) { return !ids.contains(row->id); });
            result.rows.reserve(kept.size() + fresh.size());
            std::merge(kept.cbegin(), kept.cend(), fresh.cbegin(), fresh.cend(),
                       std::back_inserter(result.rows), less);
        }
    }
    if (!targeted) {
        result.partial = false;
        result.rows.clear();
        QList<Item> items = request.store->items(request.query);
        result.rows.reserve(std::size_t(items.size()));
        for (Item &item : items) {
            if (matchesFilter(item, request.filter, request.due, request.query.nowMs))
                result.rows.push_back(std::make_shared<const Item>(std::move(item)));
        }
    }
    if (request.wantReset) {
        result.diff.reset = true;
    } else {
        const int rows = int(std::max(request.base.size(), result.rows.size()));
        result.diff = diffRows(request.base, result.rows,
                               request.maxSteps >= 0 ? request.maxSteps : stepLimit(rows));
        shareUnchangedRows(request.base, result.rows); // new copies are freed here, not on the GUI thread
    }
    return result;
}

void InboxModel::startLoad(std::optional<QList<qint64>> onlyIds)
{
    m_reloadTimer.stop();
    m_changedIds.clear();
    m_sourcesChanged = false;
    const quint64 generation = ++m_generation;
    m_loading = true;

    LoadRequest request;
    request.store = m_store;
    request.query.tier = tierOfInboxView(m_view);
    request.query.states = m_view == InboxView::Done      ? ItemQuery::States::Done
                           : m_view == InboxView::Snoozed ? ItemQuery::States::Snoozed
                                                          : ItemQuery::States::Open;
    if (m_filter != DeadlineFilter::None) {
        request.query.tier.reset();
        request.query.states = ItemQuery::States::Open;
    }
    request.query.nowMs = nowMs();
    if (m_parsedSearch)  // issue 12 (FIND): every tier and state, ranked
        request.query = searchListQuery(m_parsedSearch, request.query.nowMs);
    // The worker diffs against the rows on screen now; applyLoad() checks they are still those.
    request.wantReset = m_resetNext;
    if (!m_resetNext)
        request.base = m_rows;
    request.baseVersion = m_rowsVersion;
    request.baseSnoozed = m_counts.snoozed;
    request.filter = m_filter;
    request.due = m_due;
    request.maxSteps = m_maxSteps;
    request.onlyIds = std::move(onlyIds);

    auto *watcher = new QFutureWatcher<LoadResult>(this);
    m_runningLoads.insert(watcher);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, generation] {
        m_runningLoads.remove(watcher);
        applyLoad(generation, watcher->future().takeResult());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([request = std::move(request)] { return load(request); }));
}

void InboxModel::applyLoad(quint64 generation, LoadResult result)
{
    if (generation != m_generation)
        return; // A newer request is on its way; its result wins.
    m_loading = false;
    if (result.partial)
        ++m_partialLoads;
    if (m_resetNext || result.diff.reset || result.baseVersion != m_rowsVersion) {
        beginResetModel();
        replaceRows(std::move(result.rows));
        m_resetNext = false;
        endResetModel();
    } else if (!result.diff.steps.isEmpty()) {
        applySteps(result);
    } else {
        replaceRows(std::move(result.rows)); // same ids, same content: nothing to announce
    }
    updateCounts(result.counts);
    Q_EMIT loaded();
}

int InboxModel::stepLimit(int rows)
{
    constexpr qint64 kRowStepBudget = 50'000'000;
    return int(std::clamp<qint64>(kRowStepBudget / std::max(rows, 1), 100, 1000));
}

void InboxModel::replaceRows(ItemRows rows)
{
    std::swap(m_rows, rows);
    ++m_rowsVersion;
    if (rows.empty())
        return;
    // The last owner of an old row may be this vector: let a worker free them.
    (void)QtConcurrent::run([old = std::move(rows)]() mutable { old.clear(); });
}

void InboxModel::applySteps(LoadResult &result)
{
    Q_EMIT rowsAboutToBeUpdated();
    ItemRows &target = result.rows;
    const auto at = [this](int row) { return m_rows.begin() + row; };
    for (const RowStep &step : result.diff.steps) {
        switch (step.kind) {
        case RowStep::Kind::Remove:
            beginRemoveRows({}, step.first, step.last);
            m_rows.erase(at(step.first), at(step.last + 1));
            endRemoveRows();
            break;
        case RowStep::Kind::Move:
            if (!beginMoveRows({}, step.first, step.last, {}, step.to)) {
                qWarning("InboxModel: invalid move %d -> %d; resetting", step.first, step.to);
                beginResetModel();
                replaceRows(std::move(target));
                endResetModel();
                Q_EMIT rowsUpdated();
                return;
            }
            if (step.to > step.first)
                std::rotate(at(step.first), at(step.last + 1), at(step.to));
            else
                std::rotate(at(step.to), at(step.first), at(step.last + 1));
            endMoveRows();
            break;
        case RowStep::Kind::Insert:
            beginInsertRows({}, step.first, step.last);
            m_rows.insert(at(step.first), target.begin() + step.first, target.begin() + step.last + 1);
            endInsertRows();
            break;
        case RowStep::Kind::Change:
            break; // below, once the rows hold the new content
        }
    }
    Q_ASSERT(m_rows.size() == target.size());
    replaceRows(std::move(target));
    for (const RowStep &step : result.diff.steps) {
        if (step.kind == RowStep::Kind::Change)
            Q_EMIT dataChanged(index(step.first), index(step.last));
    }
    Q_EMIT rowsUpdated();
}

bool InboxModel::matchesFilter(const Item &item, DeadlineFilter filter, const DueFormatter &due,
                               qint64 nowMs)
{
    if (filter == DeadlineFilter::None)
        return true;
    const auto state = DeadlineState(deadlineStateAt(item, nowMs));
    switch (filter) {
    case DeadlineFilter::None: return true;
    case DeadlineFilter::Overdue: return state == DeadlineState::Overdue;
    case DeadlineFilter::DueToday:
        return item.dueMs && (state == DeadlineState::Overdue || state == DeadlineState::DueSoon
                              || state == DeadlineState::OnTrack)
            && due.isDueToday(*item.dueMs, nowMs);
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
    m_resetNext = true; // another set of rows: one reset, not thousands of row signals
    Q_EMIT deadlineFilterChanged(filter);
    reload();
}

void InboxModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    SearchContext context;
    context.nowMs = nowMs();
    context.zone = m_due.zone();
    auto parsed = std::make_shared<const SearchQuery>(parseSearch(text, context));
    m_parsedSearch = parsed->isEmpty() ? nullptr : std::move(parsed);
    m_resetNext = true; // another set of rows: one reset
    reload();
}

void InboxModel::updateCounts(const TierCounts &counts)
{
    const bool countsChangedNow = std::tie(m_counts.now, m_counts.async, m_counts.reference,
                                           m_counts.done, m_counts.snoozed, m_counts.overdue)
        != std::tie(counts.now, counts.async, counts.reference, counts.done, counts.snoozed,
                    counts.overdue);
    m_counts = counts;
    if (countsChangedNow)
        Q_EMIT countsChanged(m_counts);
}

int InboxModel::rowForId(qint64 id) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [id](const ItemRow &row) { return row->id == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

bool InboxModel::showsSampleItems() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [](const ItemRow &row) { return row->record.sample; });
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
    if (m_rows.empty())
        return;
    Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                       {DueTextRole, DeadlineStateRole, AgeTextRole, WakeTextRole});
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
