#pragma once
/// @file inboxmodel.h
/// @brief List model over the items of one inbox view (a tier, or Done), read from ItemStore.
///
/// Paged: the model holds the key of every row of the view (ItemKey: id and order columns, a
/// few dozen bytes) and a bounded cache of whole Items (at most kCacheRows, least recently
/// used first out). data() for a row not cached reads a page of kPageRows rows around it
/// by primary key in one query on the calling (GUI) thread, so 100,000 rows cost a few MB.
///
/// Loads run off the GUI thread (QtConcurrent); the newest request wins. A load that replaces
/// the rows (first load, another view, a search) reads the first kFirstPageRows rows first (with
/// their items, so the first paint reads nothing on the GUI thread) and shows them (one reset,
/// loaded()); then it reads the whole list and appends the rest with rowsInserted, so a search
/// or a 100,000-row view paints after tens of ms instead of hundreds. The per-tier
/// counts are read by a job of their own beside each load (countsChanged() when they differ),
/// so a triage key never waits for them. The worker also
/// computes the difference to the rows on screen (inboxrowdiff.h, rows keyed by item id), and
/// the model announces exactly that: rowsRemoved / rowsMoved / rowsInserted / dataChanged, so
/// views keep current index, selection and persistent indexes on their own. A model reset
/// happens only when the view or the deadline filter changes, on the first load, or when the
/// difference has more than stepLimit() steps (then one reset is cheaper for a view
/// than thousands of single-row signals). The model reloads itself when the store reports
/// changes (coalesced; when they name few items, only those are read and placed into the rows,
/// see inboxquery.h) and refreshes its time-dependent roles (due text, deadline state, age)
/// every 30 s.
///
/// Times are UTC epoch milliseconds. Thread affinity: the GUI thread (the thread that owns it).

#include "deadlines/dueformatter.h"
#include "domain/item.h"
#include "inboxconversations.h"
#include "inboxrowdiff.h"
#include "rules/ruleexplain.h"
#include "storage/itemstore.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>

class QFutureWatcherBase;

namespace fi {

/// Which list the inbox shows. Tab cycles through Now, Async, Reference and Done in this
/// order; Snoozed (items still asleep, ItemQuery::States::Snoozed) is reached from the sidebar
/// and `g s`, not by Tab.
/// NewSenders (issue 14): the screener's queue, items from senders never seen before that no
/// rule of the user's placed (ItemQuery::newSenders); they are in no tier list until decided.
enum class InboxView : int { Now, Async, Reference, Done, Snoozed, NewSenders };

/// Deadline filters (View ▸ Overdue / Due today). While one is on, the list shows the open
/// items of every tier that match it.
enum class DeadlineFilter : int {
    None,
    Overdue,  ///< Deadline state Overdue.
    DueToday, ///< Open, due on today's local date in the configured zone (earlier today included).
};

/// The view Tab moves to: Now → Async → Reference → Done → Now (Snoozed → Now).
InboxView nextInboxView(InboxView view);
/// The open-items view of @p tier.
InboxView inboxViewForTier(Tier tier);
/// The tier an open-items view shows; nullopt for Done and Snoozed.
std::optional<Tier> tierOfInboxView(InboxView view);
/// Translated display name: "Now", "Async", "Reference", "Done", "Snoozed".
QString inboxViewDisplayName(InboxView view);

class InboxModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1, ///< qint64 store id.
        SenderRole,         ///< Display name, else address (senderListName(): "Name (handle)" for a non-mail sender).
        SenderAddressRole,  ///< addr-spec of the sender.
        SubjectRole,
        SnippetRole,
        SourceRole,         ///< Source display name.
        ReceivedRole,       ///< qint64 UTC epoch ms.
        AgeTextRole,        ///< Relative age: "now", "5m", "3h", "2d", or a short date (a conversation's: its newest message's).
        DueRole,            ///< qint64 UTC epoch ms, or an invalid QVariant when no reply is owed.
        DeadlineStateRole,  ///< int value of fi::DeadlineState.
        DueTextRole,        ///< "due in 3h 20m", "overdue 1d 2h", "met", "missed", or "".
        TierRole,           ///< int 1..3.
        TierReasonRole,
        PolicyRole,
        SeenRole,           ///< bool.
        SampleRole,         ///< bool: shipped sample data.
        StateRole,          ///< int value of fi::ItemState.
        ItemRole,           ///< The whole fi::Item.
        DueToolTipRole,     ///< Exact local due time (configured zone) and the policy that set it.
        SnoozedUntilRole,   ///< qint64 UTC epoch ms the item wakes, or an invalid QVariant when not asleep.
        WakeTextRole,       ///< "wakes Tue 09:00" while asleep (the Snoozed view's badge), else "".
        /// "Why is this here?" (issue 14): the item's tier and deadline explained in one plain
        /// sentence (TierExplanation::full()), "" until setExplainer(). Qt::ToolTipRole starts with it.
        ExplanationRole,
        /// qint64 Item::conversationId of the row's item (issue 18; 0 = none).
        ConversationIdRole,
        /// int: messages in the row's conversation while conversations are on (1 for a message
        /// alone, and always 1 when they are off).
        ConversationCountRole,
    };
    Q_ENUM(Role)

    /// Returns "now" in UTC epoch ms; replaceable for tests.
    using Clock = std::function<qint64()>;

    /// @param store not owned; must outlive the model. Loading starts immediately (view Now).
    explicit InboxModel(ItemStore *store, QObject *parent = nullptr);
    ~InboxModel() override; ///< Waits for loads still running on the pool.

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    InboxView view() const { return m_view; }
    /// Switch to another view: rows are cleared at once, then the new view loads.
    void setView(InboxView view);

    /// Read the whole list now (the newest request wins). loaded() follows.
    void reload();
    /**
     * @brief Shows @p items as the store will hold them once a write already decided is done
     * (ItemStore::itemsPreviewed(): an undoable triage command, before its write), so a triage
     * key or an undo paints at once instead of after the write and the reload. Each item is
     * removed, inserted or moved to its place with the usual row signals, and cached as given.
     * The reload that follows the write (itemsChanged()) corrects whatever differs. Does nothing
     * while a load is in flight or replaces the rows, under a deadline filter (it depends on the
     * clock) or when the view's query cannot be decided in C++ (a search: matchesItemQuery()).
     */
    void previewItems(const QList<fi::Item> &items);
    /// Store notifications naming at most this many items (and nothing else changed) read just
    /// those items and patch them into the rows (inboxquery.h) instead of the whole list.
    static constexpr int kMaxTargetedIds = 500;
    /// How many loads so far read only the items named by the store (diagnostics, tests).
    quint64 partialLoads() const { return m_partialLoads; }
    /// True from a reload() until its result is in.
    bool isLoading() const { return m_loading; }
    /// True while a load runs or a coalesced reload is scheduled (tests wait until false).
    /// The counts may still be on their way (countsPending()).
    bool isBusy() const { return m_loading || m_reloadTimer.isActive(); }
    /// True while the counts of the last load are being read.
    bool countsPending() const { return m_countsRunning || m_countsAgain; }

    /// By default, a reload whose difference has more steps than stepLimit(rows) is applied
    /// as one model reset. Measured with bench/inbox_diff (100,000 rows in a QListView): a step
    /// costs ~35 µs of GUI-thread time there (mostly moving the row pointers after it), a reset
    /// 3-20 ms but the view then only finds the current item again by id; so the limit keeps a
    /// row update under ~20 ms: steps × rows ≤ 50,000,000, at least 100 and at most 1000 steps
    /// (500 at 100,000 rows).
    static int stepLimit(int rows);
    /// Replace stepLimit() (tests, benchmarks): @p steps ≥ 0 is the limit for any size
    /// (0 = a reset for every change); -1 restores the default.
    void setMaxIncrementalSteps(int steps) { m_maxSteps = steps; }

    /// Row of the item with store id @p id, or -1.
    int rowForId(qint64 id) const;
    /// The item in @p row (row must be valid): a copy, read from the store with the page
    /// around it when not cached (a deleted item reads as an Item with only its id and keys).
    Item itemAt(int row) const { return *rowAt(row); }
    /// The store id of the item in @p row (row must be valid); never reads the store.
    qint64 idAt(int row) const { return m_keys.at(std::size_t(row)).id; }
    /// At most this many whole items are kept in memory (the rest are keys only).
    static constexpr int kCacheRows = 3000;
    /// Rows read in one query when data() asks for a row that is not cached.
    static constexpr int kPageRows = 200;
    /// Rows a load that replaces the rows shows first, before the whole list: more than a
    /// screenful (rows are at least 40 px high). Fewer rows to read, rank and reset make a
    /// search paint sooner (bench/triage).
    static constexpr int kFirstPageRows = 64;
    /// How many whole items the cache holds now (≤ kCacheRows; tests, benchmarks).
    int cachedRows() const { return int(m_cache.size()); }

    /// List what @p text finds in the search language of search/searchquery.h (words,
    /// "phrases", from:, tier:, is:, before:, -negation, OR…) in every tier and state
    /// (search/searchscope.h: tier: and is: narrow it), ranked as ItemStore::items() ranks a
    /// parsed search (relevance first, equal ranks newest first).
    /// Empty (or only white space, or nothing searchable) = no search: the whole view. The
    /// rows on screen stay until the results are in (one model reset, then loaded()).
    /// Relative dates (before:7d) are taken at the time of the call, in the due formatter's zone.
    void setSearch(const QString &text);
    /// The text given to setSearch() ("" = none).
    QString search() const { return m_search; }
    /**
     * @brief Conversations (issue 18; on by default): the tier lists, Done and Snoozed show one
     * row per conversation (inboxconversations.h), at the place of its lead item (its first
     * unanswered message). The row is the lead item's (ItemIdRole, ItemRole, the deadline roles)
     * with the conversation's first subject (SubjectRole), newest sender (SenderRole) and size
     * (ConversationCountRole). A search, a deadline filter and New senders list messages.
     * Off: one row per message. Reloads with one reset when it changes.
     */
    void setConversations(bool on);
    bool conversations() const { return m_conversations; }
    /// Whether the rows are conversations now (conversations() and a list that groups them).
    bool showsConversations() const;
    /**
     * @brief The row of the item @p id: its own, or while showsConversations() the row of its
     * conversation @p conversationId (Item::conversationId; 0 = none); -1 when none shows it.
     */
    int rowForItem(qint64 id, qint64 conversationId) const;
    /// Per-tier counts, read beside the rows (see countsPending()).
    TierCounts counts() const { return m_counts; }
    /// True when any row is shipped sample data.
    bool showsSampleItems() const;

    /// Policies and zone for the due texts (working suffix, tooltip, "due today").
    void setDueFormatter(DueFormatter formatter);
    const DueFormatter &dueFormatter() const { return m_due; }
    /// Rules and policies for ExplanationRole and the row tooltip ("Why is this here?",
    /// rules/ruleexplain.h). A null explainer (the default) explains nothing: the tooltip is
    /// sender and subject only.
    void setExplainer(ItemExplainer explainer) { m_explainer = std::move(explainer); }
    /// Show only items matching @p filter (all tiers); None restores the view. Reloads.
    void setDeadlineFilter(fi::DeadlineFilter filter);
    DeadlineFilter deadlineFilter() const { return m_filter; }

    void setClock(Clock clock);
    qint64 nowMs() const;

    /// Relative age of @p receivedMs at @p nowMs: "now", "5m", "3h", "2d", then a short date.
    static QString formatAge(qint64 receivedMs, qint64 nowMs);

public Q_SLOTS:
    /// Re-evaluate time-dependent roles (due text, deadline state, age) for every row.
    void refreshTimes();

Q_SIGNALS:
    /// A load finished and its rows are in the model: for a load that replaces the rows, first
    /// when its first page is in (isBusy() still true), then when the whole list is.
    void loaded();
    /// A reload is about to announce row changes (no reset): views remember what they show.
    /// Followed by rowsUpdated() after the last of its row signals.
    void rowsAboutToBeUpdated();
    /// A reload announced its row changes (see rowsAboutToBeUpdated()).
    void rowsUpdated();
    /// setView() switched the view (rows were cleared).
    void viewChanged(fi::InboxView view);
    void countsChanged(const fi::TierCounts &counts);
    /// setDeadlineFilter() or setView() changed the filter.
    void deadlineFilterChanged(fi::DeadlineFilter filter);
    /// setSearch() changed the search text.
    void searchChanged(const QString &text);

private:
    struct LoadRequest {
        ItemStore *store = nullptr;
        ItemQuery query;
        std::vector<ItemKey> base;    ///< The rows on screen (empty when wantReset).
        bool wantReset = false;
        quint64 baseVersion = 0;
        int baseAsleep = -1;          ///< ItemStore::asleepCount() when the base was read.
        bool firstPage = false;       ///< Read only the first kFirstPageRows rows, and their items.
        DeadlineFilter filter = DeadlineFilter::None;
        DueFormatter due;
        int maxSteps = -1;
        /// Read only these items and patch them into base; nullopt = read the whole list.
        std::optional<QList<qint64>> onlyIds;
        /// The whole items the model holds (for onlyIds: those of them), to tell what changed.
        QHash<qint64, ItemRow> cached;
        bool conversations = false;   ///< One row per conversation (showsConversations()).
        ConversationRows cachedConversations; ///< The conversation rows the model holds.
    };
    struct LoadResult {
        std::vector<ItemKey> rows;
        int asleep = -1;         ///< ItemStore::asleepCount() at the time of the read.
        RowDiff diff;            ///< From the rows the request saw (reset when it saw none).
        quint64 baseVersion = 0; ///< m_rowsVersion when the request was made.
        bool partial = false;    ///< Read only the items named (LoadRequest::onlyIds).
        QList<ItemRow> fresh;    ///< Items read again: they replace what the cache holds.
        QSet<qint64> changed;    ///< Ids (on both lists) whose content changed: Change steps.
        /// A load that replaces the rows: fresh holds the items of the first kPageRows rows.
        bool replacesCache = false;
        ConversationRows conversations; ///< Read again for the conversations of fresh.
        /// The rows a partial load may have changed when more than the named items (conversations).
        QSet<qint64> named;
    };
    /// Runs on a worker: read, filter, diff against request.base.
    static LoadResult load(const LoadRequest &request);
    /// load() of the items named in conversation mode (inboxmodel_conversations.cpp): their
    /// conversations' rows are placed again. False when the query cannot be decided in C++.
    static bool loadNamedConversations(const LoadRequest &request, LoadResult &result);
    /// Reads the conversation rows of result.fresh and marks the rows whose text they change.
    static void readConversations(const LoadRequest &request, LoadResult &result);
    /// The summary of conversation @p id (read when not held), or null while conversations are off.
    const ConversationSummary *conversationRow(qint64 id) const;
    /// Keep @p rows (replacing what is held for their ids; all of it when @p replace).
    void takeConversations(ConversationRows rows, bool replace) const;
    /// Puts @p key (the row @p old, or -1 for a new row) at its place among the other rows, in the
    /// order of @p states: one insert, move or change signal (previewItems()).
    void placeKey(int old, const ItemKey &key, ItemQuery::States states);
    /// previewItems() while showsConversations(), past its checks: the items' conversations
    /// placed again (@p items are every item of them).
    void previewConversations(const QList<fi::Item> &items);
    /// The query of the rows this model shows at @p now (view, deadline filter, search).
    ItemQuery listQuery(qint64 now) const;
    void startLoad(std::optional<QList<qint64>> onlyIds);
    /// The coalesced reload after store notifications: only the named items when it can.
    void reloadChanges();
    /// A store notification: reloadChanges() at once when it names few items or after a quiet
    /// spell (and no load runs), else in 60 ms.
    void scheduleReload();
    /// The changes noted since the last request can be read by id (reloadChanges() targeted).
    bool changesAreFew() const;
    void applyLoad(quint64 generation, LoadResult result);
    /// The first page of the load @p generation: shown unless the whole list came first.
    void applyFirstPage(quint64 generation, LoadResult result);
    /// Read the counts on a worker (one at a time; a request while one runs reads again after it).
    void startCounts();
    void applySteps(LoadResult &result);
    void replaceRows(std::vector<ItemKey> rows);
    /// The whole item of @p row: from the cache, else read with its page (fetchPage()).
    ItemRow rowAt(int row) const;
    /// Read the items of about kPageRows rows around @p row that are not cached, in one query.
    void fetchPage(int row) const;
    void cacheInsert(ItemRow row) const;
    /// Replace the cached items that @p fresh has again (and only those).
    void refreshCache(const QList<ItemRow> &fresh);
    void updateCounts(const TierCounts &counts);
    QVariant dueText(const Item &item, int deadlineState) const;
    int deadlineStateOf(const Item &item) const;
    static bool matchesFilter(const Item &item, DeadlineFilter filter, const DueFormatter &due,
                              qint64 nowMs);

    ItemStore *m_store;
    InboxView m_view = InboxView::Now;
    std::vector<ItemKey> m_keys; ///< Every row of the view, in order.
    struct CacheEntry {
        ItemRow row;
        quint64 lastUse = 0;
    };
    mutable QHash<qint64, CacheEntry> m_cache; ///< Whole items by id, ≤ kCacheRows.
    mutable quint64 m_useClock = 0;
    bool m_conversations = true;
    mutable ConversationRows m_conversationRows; ///< Summaries of the rows' conversations, bounded.
    QString m_search;
    std::shared_ptr<const SearchQuery> m_parsedSearch; ///< Null = no search.
    quint64 m_rowsVersion = 0; ///< Counts changes of m_keys; a diff applies only to its base.
    int m_maxSteps = -1; ///< -1 = stepLimit()
    QSet<qint64> m_changedIds;     ///< Named by itemsChanged() since the last request.
    bool m_sourcesChanged = false; ///< sourcesChanged() since the last request.
    quint64 m_partialLoads = 0;
    bool m_resetNext = true;   ///< The next load replaces the rows with a reset (view changed).
    TierCounts m_counts;
    Clock m_clock;
    DueFormatter m_due;
    ItemExplainer m_explainer;  ///< Issue 14: "Why is this here?"
    DeadlineFilter m_filter = DeadlineFilter::None;
    QTimer m_reloadTimer;
    QElapsedTimer m_sinceLoadStart; ///< Since the last load started (invalid before the first).
    QTimer m_tickTimer;
    quint64 m_generation = 0;
    QSet<QFutureWatcherBase *> m_runningLoads; ///< Children; removed when their result is taken.
    bool m_loading = false;
    quint64 m_pageShownFor = 0; ///< The generation whose first page is on screen (0 = none).
    int m_asleep = -1;          ///< ItemStore::asleepCount() of the rows on screen.
    bool m_countsRunning = false;
    bool m_countsAgain = false;
};

} // namespace fi

Q_DECLARE_METATYPE(fi::TierCounts)
