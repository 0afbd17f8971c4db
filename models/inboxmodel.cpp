#include "inboxmodel.h"

#include "accessibletext.h"
#include "concurrency/workerpool.h"
#include "deadlines/deadlinestate.h"
#include "domain/senderdisplay.h"
#include "inboxquery.h"
#include "search/searchscope.h"
#include "snooze/snoozetext.h"

#include <QDateTime>
#include <QElapsedTimer>
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

InboxModel::InboxModel(ItemStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    qRegisterMetaType<fi::TierCounts>();
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadCoalesceMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &InboxModel::reloadChanges);
    connect(m_store, &ItemStore::itemsChanged, this, [this](const QList<qint64> &ids) {
        m_changedIds.unite(QSet<qint64>(ids.cbegin(), ids.cend()));
        scheduleReload();
    });
    connect(m_store, &ItemStore::itemsPreviewed, this, &InboxModel::previewItems);
    connect(m_store, &ItemStore::sourcesChanged, this, [this] {
        m_sourcesChanged = true;
        scheduleReload();
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
    return parent.isValid() ? 0 : int(m_keys.size());
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
    if (role == ItemIdRole)
        return idAt(index.row()); // without reading the item
    const ItemRow row = rowAt(index.row());
    const Item &item = *row;
    const ItemRecord &rec = item.record;
    // Issue 18: a conversation's row shows its first subject and newest sender.
    const ConversationSummary *conversation = item.conversationId > 0 ? conversationRow(item.conversationId) : nullptr;
    if (conversation && conversation->count < 2)
        conversation = nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole:
        return conversation ? conversation->subject : rec.subject;
    case ConversationIdRole: return item.conversationId;
    case ConversationCountRole: return conversation ? conversation->count : 1;
    case Qt::ToolTipRole: {
        QString who;
        if (const QString withHandle = senderHandleText(rec.from); !withHandle.isEmpty())
            who = QStringLiteral("%1\n%2").arg(withHandle, rec.subject);
        else
            who = rec.from.address.isEmpty() ? rec.subject
                                             : tr("%1 <%2>\n%3").arg(rec.from.name, rec.from.address, rec.subject);
        // Issue 14: "Why is this here?" first, then who sent what (plain text: the delegate
        // shows it with plainToolTip()).
        const QString why = m_explainer.explain(item).full();
        return why.isEmpty() ? who : tr("%1\n\n%2", "row tooltip: why it is here, then sender and subject").arg(why, who);
    }
    case ItemIdRole: return item.id;
    case SenderRole: return senderListName(conversation ? conversation->latestSender : rec.from);
    case SenderAddressRole: return rec.from.address;
    case SnippetRole: return rec.snippet;
    case SourceRole: return item.sourceName;
    case ReceivedRole: return rec.receivedMs;
    case AgeTextRole:  // a conversation's row: how old its newest message is
        return formatAge(conversation ? conversation->latestMs : rec.receivedMs, nowMs());
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
    case ExplanationRole: return m_explainer.explain(item).full();
    case SnoozedUntilRole:  // issue 12: the Snoozed view shows wake times
        return item.state == ItemState::Snoozed && item.snoozedUntilMs && *item.snoozedUntilMs > nowMs()
            ? QVariant(*item.snoozedUntilMs) : QVariant();
    case WakeTextRole:
        return item.state == ItemState::Snoozed && item.snoozedUntilMs && *item.snoozedUntilMs > nowMs()
            ? formatWakeText(*item.snoozedUntilMs, nowMs(), m_due.zone()) : QString();
    case Qt::AccessibleTextRole: {  // issue 12 (KEYS): the row read as one sentence, accessibletext.h
        const QString text = accessibleItemText(item, DeadlineState(deadlineStateOf(item)), nowMs(), m_due.isWorking(item));
        return conversation ? tr("%1, conversation of %n message(s)", "screen reader: a row, then its size", conversation->count).arg(text)
                            : text;
    }
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
                  {WakeTextRole, "wakeText"},
                  {ExplanationRole, "explanation"}, {ConversationIdRole, "conversationId"},
                  {ConversationCountRole, "conversationCount"}});
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
    m_cache.clear(); // another view: none of these items is likely to show
    m_conversationRows.clear();
    m_resetNext = true;
    endResetModel();
    Q_EMIT viewChanged(view);
    reload();
}

bool InboxModel::changesAreFew() const
{
    return !m_resetNext && !m_sourcesChanged && m_filter == DeadlineFilter::None && !m_changedIds.isEmpty()
        && m_changedIds.size() <= kMaxTargetedIds;
}

void InboxModel::scheduleReload()
{
    if (m_reloadTimer.isActive())
        return;
    // A change that names few items (a triage key, an undo) reads just those, in a ms or two:
    // at once, unless a load runs (then right after it, see applyLoad()). The first change after
    // a quiet spell loads at once too; other changes that follow a load closely are coalesced.
    const bool now = !m_loading
        && (changesAreFew() || !m_sinceLoadStart.isValid() || m_sinceLoadStart.elapsed() >= kReloadCoalesceMs);
    m_reloadTimer.start(now ? 0 : kReloadCoalesceMs);
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
    if (request.firstPage) {
        ItemQuery page = request.query;
        page.limit = kFirstPageRows;
        result.rows = request.store->itemKeys(page);
        if (request.conversations)
            result.rows = listConversationLeads(*request.store, request.query, result.rows);
        QList<qint64> ids;
        ids.reserve(qsizetype(result.rows.size()));
        for (const ItemKey &key : result.rows)
            ids << key.id;
        for (Item &item : request.store->itemsByIds(ids))
            result.fresh << std::make_shared<const Item>(std::move(item));
        result.replacesCache = true;
        result.diff.reset = true;
        readConversations(request, result);
        return result;
    }
    result.asleep = request.store->asleepCount(request.query.nowMs);
    const auto states = request.query.states;
    const auto less = [states](const ItemKey &a, const ItemKey &b) { return inboxKeyLess(a, b, states); };
    // An item read again: what the model shows of it changes when it was not cached (the view
    // may show it, nobody knows what) or differs from the cached copy.
    const auto readAgain = [&](Item &&item) {
        const ItemRow row = std::make_shared<const Item>(std::move(item));
        const auto it = request.cached.constFind(row->id);
        if (it == request.cached.cend() || !sameRowContent(**it, *row))
            result.changed.insert(row->id);
        result.fresh << row;
    };
    // A snooze that woke up (or began) changes the rows without naming them: read them all.
    bool targeted = request.onlyIds && result.asleep == request.baseAsleep;
    result.partial = targeted;
    if (targeted && request.conversations) {
        targeted = loadNamedConversations(request, result);
    } else if (targeted) {
        const QSet<qint64> ids(request.onlyIds->cbegin(), request.onlyIds->cend());
        QList<Item> items = request.store->itemsByIds(QList<qint64>(ids.cbegin(), ids.cend()));
        std::vector<ItemKey> fresh;
        for (Item &item : items) { // a deleted item is missing: it leaves the list
            const std::optional<bool> belongs = matchesItemQuery(item, request.query);
            if (!belongs) {
                targeted = false;
                break;
            }
            if (*belongs)
                fresh.push_back(itemKeyOf(item));
            readAgain(std::move(item));
        }
        if (targeted) {
            std::sort(fresh.begin(), fresh.end(), less);
            std::vector<ItemKey> kept;
            kept.reserve(request.base.size());
            std::copy_if(request.base.cbegin(), request.base.cend(), std::back_inserter(kept),
                         [&ids](const ItemKey &row) { return !ids.contains(row.id); });
            result.rows.reserve(kept.size() + fresh.size());
            std::merge(kept.cbegin(), kept.cend(), fresh.cbegin(), fresh.cend(),
                       std::back_inserter(result.rows), less);
        }
    }
    if (!targeted) {
        result.partial = false;
        result.rows.clear();
        result.fresh.clear();
        result.changed.clear();
        if (request.filter == DeadlineFilter::None) {
            result.rows = request.store->itemKeys(request.query);
            if (request.conversations)
                result.rows = listConversationLeads(*request.store, request.query, result.rows);
        } else {
            request.store->visitItems(request.query, [&](Item &&item) {
                if (matchesFilter(item, request.filter, request.due, request.query.nowMs))
                    result.rows.push_back(itemKeyOf(item));
                return true;
            });
        }
        if (request.wantReset) {
            // Other rows (a view, a search): what the cache holds is of no use, and the view
            // shows the top rows next; read those here instead of on the GUI thread.
            const std::size_t n = std::min(result.rows.size(), std::size_t(kPageRows));
            QList<qint64> firstPage;
            firstPage.reserve(qsizetype(n));
            for (std::size_t i = 0; i < n; ++i)
                firstPage << result.rows[i].id;
            for (Item &item : request.store->itemsByIds(firstPage))
                result.fresh << std::make_shared<const Item>(std::move(item));
            result.replacesCache = true;
        } else {
            // Whatever the store reported, the cached items are read again: the view shows those.
            const QList<qint64> cachedIds = request.cached.keys();
            for (Item &item : request.store->itemsByIds(cachedIds))
                readAgain(std::move(item));
        }
        readConversations(request, result);
    }
    if (request.wantReset) {
        result.diff.reset = true;
    } else {
        const int rows = int(std::max(request.base.size(), result.rows.size()));
        std::vector<qint64> oldIds;
        oldIds.reserve(request.base.size());
        for (const ItemKey &key : request.base)
            oldIds.push_back(key.id);
        std::vector<qint64> newIds;
        newIds.reserve(result.rows.size());
        for (const ItemKey &key : result.rows)
            newIds.push_back(key.id);
        const int maxSteps = request.maxSteps >= 0 ? request.maxSteps : stepLimit(rows);
        const auto changed = [&](int newRow, int) { return result.changed.contains(newIds[std::size_t(newRow)]); };
        std::optional<RowDiff> named;
        if (result.partial)
            named = diffNamedRowIds(oldIds, newIds,
                                    !result.named.isEmpty()
                                        ? result.named
                                        : QSet<qint64>(request.onlyIds->cbegin(), request.onlyIds->cend()),
                                    maxSteps, changed);
        result.diff = named ? std::move(*named) : diffRowIds(oldIds, newIds, maxSteps, changed);
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
    m_sinceLoadStart.start();

    LoadRequest request;
    request.store = m_store;
    request.query = listQuery(nowMs());
    // The worker diffs against the rows on screen now; applyLoad() checks they are still those.
    request.wantReset = m_resetNext;
    if (!m_resetNext)
        request.base = m_keys;
    // What the cache holds, to tell what changed (targeted: only the items named).
    if (onlyIds) {
        for (const qint64 id : std::as_const(*onlyIds))
            if (const auto it = m_cache.constFind(id); it != m_cache.cend())
                request.cached.insert(id, it->row);
    } else if (!m_resetNext) {
        request.cached.reserve(m_cache.size());
        for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it)
            request.cached.insert(it.key(), it->row);
    }
    request.baseVersion = m_rowsVersion;
    request.baseAsleep = m_asleep;
    request.filter = m_filter;
    request.due = m_due;
    request.maxSteps = m_maxSteps;
    request.onlyIds = std::move(onlyIds);
    request.conversations = showsConversations();
    if (request.conversations && !request.wantReset)
        request.cachedConversations = m_conversationRows;

    // The whole list, and the counts beside it.
    auto shared = std::make_shared<const LoadRequest>(std::move(request));
    auto whole = [this, generation, request = shared] {
        auto *watcher = new QFutureWatcher<LoadResult>(this);
        m_runningLoads.insert(watcher);
        connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, generation] {
            m_runningLoads.remove(watcher);
            applyLoad(generation, watcher->future().takeResult());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run(workerPool(), [request] { return load(*request); }));
        startCounts();
    };
    if (!(shared->wantReset && !shared->onlyIds && shared->filter == DeadlineFilter::None)) {
        whole();
        return;
    }
    // Rows to replace: the first page first, alone on the workers (two cores share the disk
    // cache and the CPU), then the rest.
    LoadRequest pageRequest = *shared;
    pageRequest.firstPage = true;
    auto *page = new QFutureWatcher<LoadResult>(this);
    m_runningLoads.insert(page);
    connect(page, &QFutureWatcher<LoadResult>::finished, this, [this, page, generation, whole] {
        m_runningLoads.remove(page);
        LoadResult result = page->future().takeResult();
        page->deleteLater();
        if (generation != m_generation)
            return; // a newer load replaced this one
        applyFirstPage(generation, std::move(result));
        whole();
    });
    page->setFuture(QtConcurrent::run(workerPool(), [pageRequest = std::move(pageRequest)] { return load(pageRequest); }));
}

void InboxModel::startCounts()
{
    if (m_countsRunning) {
        m_countsAgain = true;
        return;
    }
    m_countsRunning = true;
    m_countsAgain = false;
    auto *watcher = new QFutureWatcher<TierCounts>(this);
    m_runningLoads.insert(watcher);
    connect(watcher, &QFutureWatcher<TierCounts>::finished, this, [this, watcher] {
        m_runningLoads.remove(watcher);
        m_countsRunning = false;
        const TierCounts counts = watcher->future().takeResult();
        watcher->deleteLater();
        updateCounts(counts); // a little old when more changes came meanwhile; they read again
        if (m_countsAgain)
            startCounts();
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [store = m_store, now = nowMs(), grouped = m_conversations] {
        return grouped ? store->conversationCounts(now) : store->counts(now);
    }));
}

void InboxModel::applyFirstPage(quint64 generation, LoadResult result)
{
    // Only while its whole list is still on the way, and only over rows that are to be replaced.
    if (generation != m_generation || !m_loading || !m_resetNext)
        return;
    m_cache.clear();
    for (const ItemRow &row : std::as_const(result.fresh))
        cacheInsert(row);
    takeConversations(std::move(result.conversations), true);
    beginResetModel();
    replaceRows(std::move(result.rows));
    m_resetNext = false;
    endResetModel();
    m_pageShownFor = generation;
    Q_EMIT loaded();
}

void InboxModel::applyLoad(quint64 generation, LoadResult result)
{
    if (generation != m_generation)
        return; // A newer request is on its way; its result wins.
    m_loading = false;
    m_asleep = result.asleep;
    if (result.partial)
        ++m_partialLoads;
    if (m_pageShownFor == generation) {
        // Its first page is on screen: append the rest, or start over when the page differs
        // from the top of the whole list (the store changed in between).
        m_pageShownFor = 0;
        for (const ItemRow &row : std::as_const(result.fresh))
            cacheInsert(row);
        takeConversations(std::move(result.conversations), false);
        const std::size_t shown = m_keys.size();
        const bool samePrefix = result.rows.size() >= shown
            && std::equal(m_keys.cbegin(), m_keys.cend(), result.rows.cbegin(),
                          [](const ItemKey &a, const ItemKey &b) { return a.id == b.id; });
        if (!samePrefix) {
            beginResetModel();
            replaceRows(std::move(result.rows));
            endResetModel();
        } else {
            if (result.rows.size() > shown) {
                beginInsertRows({}, int(shown), int(result.rows.size()) - 1);
                replaceRows(std::move(result.rows));
                endInsertRows();
            } else {
                replaceRows(std::move(result.rows));
            }
            if (shown > 0) // the page's items were read again: their content may have changed
                Q_EMIT dataChanged(index(0), index(int(shown) - 1));
        }
        Q_EMIT loaded();
        return;
    }
    m_pageShownFor = 0;
    // The cache first: the row signals below let views read data() at once.
    if (result.replacesCache) {
        m_cache.clear();
        for (const ItemRow &row : std::as_const(result.fresh))
            cacheInsert(row);
    } else {
        refreshCache(result.fresh);
    }
    takeConversations(std::move(result.conversations), result.replacesCache);
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
    if (m_reloadTimer.isActive() && changesAreFew())
        m_reloadTimer.start(0); // a triage came while this load ran: show it now
    Q_EMIT loaded();
}

int InboxModel::stepLimit(int rows)
{
    constexpr qint64 kRowStepBudget = 50'000'000;
    return int(std::clamp<qint64>(kRowStepBudget / std::max(rows, 1), 100, 1000));
}

void InboxModel::replaceRows(std::vector<ItemKey> rows)
{
    m_keys = std::move(rows);
    ++m_rowsVersion;
}

void InboxModel::refreshCache(const QList<ItemRow> &fresh)
{
    for (const ItemRow &row : fresh) {
        const auto it = m_cache.find(row->id);
        if (it != m_cache.end())
            it->row = row;
    }
}

void InboxModel::cacheInsert(ItemRow row) const
{
    const qint64 id = row->id;
    m_cache.insert(id, CacheEntry{std::move(row), ++m_useClock});
    if (m_cache.size() <= kCacheRows)
        return;
    // Drop the least recently used third at once: amortized O(1) per insert.
    std::vector<quint64> uses;
    uses.reserve(std::size_t(m_cache.size()));
    for (const CacheEntry &entry : std::as_const(m_cache))
        uses.push_back(entry.lastUse);
    const std::size_t keep = std::size_t(kCacheRows) * 2 / 3;
    std::nth_element(uses.begin(), uses.end() - std::ptrdiff_t(keep), uses.end());
    const quint64 oldestKept = *(uses.end() - std::ptrdiff_t(keep));
    m_cache.removeIf([oldestKept](const QHash<qint64, CacheEntry>::iterator &it) {
        return it.value().lastUse < oldestKept;
    });
}

void InboxModel::fetchPage(int row) const
{
    const int rows = int(m_keys.size());
    const int first = std::max(0, std::min(row - kPageRows / 4, rows - kPageRows));
    const int last = std::min(rows, first + kPageRows);
    QList<qint64> ids;
    ids.reserve(last - first);
    for (int r = first; r < last; ++r) {
        const qint64 id = m_keys[std::size_t(r)].id;
        if (!m_cache.contains(id))
            ids << id;
    }
    const QList<Item> items = m_store->itemsByIds(ids);
    for (const Item &item : items)
        cacheInsert(std::make_shared<const Item>(item));
    if (showsConversations()) {
        QList<qint64> missing;
        for (const qint64 id : conversationIdsOf(items))
            if (!m_conversationRows.contains(id))
                missing << id;
        takeConversations(readConversationRows(*m_store, missing, nowMs()), false);
    }
}

ItemRow InboxModel::rowAt(int row) const
{
    const ItemKey &key = m_keys.at(std::size_t(row));
    auto it = m_cache.find(key.id);
    if (it == m_cache.end()) {
        fetchPage(row);
        it = m_cache.find(key.id);
        if (it == m_cache.end()) {
            // Deleted since the keys were read (a reload is on its way): what the keys know.
            auto gone = std::make_shared<Item>();
            gone->id = key.id;
            gone->dueMs = key.dueMs;
            gone->record.receivedMs = key.receivedMs;
            gone->snoozedUntilMs = key.snoozedUntilMs;
            gone->record.sample = key.sample;
            cacheInsert(gone);
            return gone;
        }
    }
    it->lastUse = ++m_useClock;
    return it->row;
}

void InboxModel::applySteps(LoadResult &result)
{
    Q_EMIT rowsAboutToBeUpdated();
    std::vector<ItemKey> &target = result.rows;
    const auto at = [this](int row) { return m_keys.begin() + row; };
    for (const RowStep &step : result.diff.steps) {
        switch (step.kind) {
        case RowStep::Kind::Remove:
            beginRemoveRows({}, step.first, step.last);
            m_keys.erase(at(step.first), at(step.last + 1));
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
            m_keys.insert(at(step.first), target.begin() + step.first, target.begin() + step.last + 1);
            endInsertRows();
            break;
        case RowStep::Kind::Change:
            break; // below, once the rows hold the new content
        }
    }
    Q_ASSERT(m_keys.size() == target.size());
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

void InboxModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    const SearchQuery parsed = parseSearch(text, SearchContext{nowMs(), m_due.zone()});
    m_parsedSearch = parsed.isEmpty() ? nullptr : std::make_shared<const SearchQuery>(parsed);
    m_resetNext = true; // another set of rows, in another order: one reset
    Q_EMIT searchChanged(m_search);
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
    const auto it = std::find_if(m_keys.cbegin(), m_keys.cend(),
                                 [id](const ItemKey &row) { return row.id == id; });
    return it == m_keys.cend() ? -1 : int(it - m_keys.cbegin());
}

bool InboxModel::showsSampleItems() const
{
    return std::any_of(m_keys.cbegin(), m_keys.cend(), [](const ItemKey &row) { return row.sample; });
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
    if (m_keys.empty())
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
