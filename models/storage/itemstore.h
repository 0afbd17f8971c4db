#pragma once
/// @file itemstore.h
/// @brief Typed access to the Focus Inbox database (SQLite via Qt SQL).
///
/// Threading (qBittorrent's dbresumedatastorage pattern):
///  - One writer thread owns the only write connection. Every write call below is queued
///    to it and runs in exactly one transaction; the returned QFuture finishes after COMMIT
///    (or ROLLBACK — then the future carries the failure and nothing was written).
///  - Reads may be called from any thread; each thread gets its own named read connection
///    (WAL lets readers run while the writer commits).
///  - itemsChanged()/sourcesChanged() are emitted on the thread that owns the ItemStore
///    object (normally the GUI thread) after the commit.
///
/// Times are UTC epoch milliseconds.
///
/// Errors: reads return empty results (and log a warning) on SQL errors; writes report
/// failure through their future (0 / false / StoreBatchResult::ok == false). Writes before a
/// successful open() fail at once. Schema: resources/sql, see storage/migrator.h and
/// docs/decisions/0001-storage-sqlite.md. Several ItemStore instances on different files may
/// live in one process.

#include "domain/item.h"
#include "mail/conversations.h"
#include "search/searchquery.h"
#include "sources/changereplayer.h"
#include "sources/source.h"
#include "storage/tierbatch.h"

#include <QFuture>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

class QSqlDatabase;

namespace fi {

/// Why open() failed.
enum class OpenError {
    None,
    CannotOpen,      ///< File not creatable/readable, or not a SQLite database.
    SchemaTooNew,    ///< Database written by a newer Focus Inbox; left untouched.
    MigrationFailed, ///< A migration failed; rolled back, the backup file is kept.
};

/// Filter for item reads.
struct ItemQuery {
    /// Open = state open, or snoozed with snoozedUntilMs <= now; Done = done;
    /// Snoozed = snoozed and still asleep (snoozedUntilMs > now); All = every state.
    enum class States { Open, Done, Snoozed, All };
    std::optional<Tier> tier;          ///< nullopt = every tier.
    States states = States::Open;      ///< Open = open items plus snoozed ones whose time has come.
    std::optional<qint64> sourceId;
    /// Words searched with FTS5 in subject, sender name, sender address and snippet (all words
    /// must match; the last one as a prefix, so "inci" finds "incident"). Typed text, not FTS5
    /// syntax: quotes and operators are matched literally. Empty = no search; text without any
    /// letter or digit matches nothing.
    QString search;
    /// A parsed search (search/searchquery.h: words, phrases, operators), ANDed with the
    /// fields above; null or empty = none. With words or phrases the results are ranked by
    /// relevance (fi_rank, storage/ftsrank.h), equal ranks newest first (search/searchsql.h);
    /// without, in the inbox order.
    std::shared_ptr<const SearchQuery> parsedSearch;
    qint64 nowMs = 0;                  ///< "Now" for snooze wake-up; 0 = current time.
    int limit = -1;                    ///< -1 = no limit.
    /// The screener's queue (issue 14): true = only items waiting in it (tier reason
    /// screenerReason()); false = with a tier set and States::Open (a tier list), they are left out.
    bool newSenders = false;
    int offset = 0;                    ///< Rows to skip (pages: offset = page × limit).
};

/// What a list needs to know of an item to place it in its order (ItemQuery's ORDER BY without
/// the search rank) without holding the whole Item: InboxModel keeps one per row (a few dozen
/// bytes, where an Item takes kilobytes). Times are UTC epoch ms.
struct ItemKey {
    qint64 id = 0;
    std::optional<qint64> dueMs;
    qint64 receivedMs = 0;
    std::optional<qint64> snoozedUntilMs;
    bool sample = false; ///< Shipped sample data (ItemRecord::sample).
    /// Item::conversationId (issue 18; 0 = none): the list keeps one row per conversation.
    qint64 conversationId = 0;
    bool answered = false; ///< Item::isAnswered(): a conversation's lead row is its first unanswered item.
    bool operator==(const ItemKey &) const = default;
};

/// Per-tier counts of the inbox as the sidebar/tray show them.
struct TierCounts {
    int now = 0;        ///< Open Tier 3.
    int async = 0;      ///< Open Tier 2.
    int reference = 0;  ///< Open Tier 1.
    int done = 0;
    int snoozed = 0;    ///< Snoozed and not yet woken.
    int overdue = 0;    ///< Open, unanswered (Item::isAnswered()) items with dueMs < now.
    int overdueNow = 0; ///< The overdue items that are Tier 3 (counted in both now and overdue).
    int newSenders = 0; ///< Open items waiting in the screener (not counted in their tier).
    /// Items that need attention now: open Tier 3 plus overdue items of other tiers (each once).
    int attention() const { return now + overdue - overdueNow; }
    int count(Tier t) const { return t == Tier::Now ? now : t == Tier::Async ? async : reference; }
};

/// A batch ready to store: items already tiered and given a deadline by the sync layer.
struct StoreBatch {
    qint64 sourceId = 0;
    /// New or changed items. On conflict (sourceId, remoteId) the record fields are updated;
    /// tier/tierReason/due/policy are updated only if the STORED tierReason != "manual"
    /// (a manual move pins the item); state/snooze/done are kept. Every upsert of a known
    /// remoteId counts as updated. Order of application: upserts, flagUpdates, removals.
    /// A record with inline content (ItemRecord::content, non-empty body) stores it in
    /// item_content (inserted or replaced); an empty body leaves stored content as it is.
    QList<Item> upserts;
    QList<FlagUpdate> flagUpdates;   ///< Unknown remoteIds are ignored; empty locator/fingerprint = keep.
    /// Items gone at the source. Done items are kept (the Done list is the record of triage; IMAP
    /// write-back moves done mail to the archive folder) and do not count as removed; so are
    /// items with rows in the change journal (in flux: a replayed move relocates them).
    QStringList removedRemoteIds;
    QMap<QString, QByteArray> syncState;  ///< folder → opaque state, written in the same transaction.
    /// Non-empty: the source's stored location becomes this in the same transaction
    /// (SourceBatch::location: a permanent redirect). sourcesChanged() follows the commit.
    QString location;
    /// Replies found in the user's sent mail of this batch (mail/replydetection.h): Message-ID
    /// answered (without angle brackets) → when the reply was sent (UTC ms; 0 = now). In the
    /// batch's transaction, after the upserts: remembered in replied_message_ids, and every item
    /// of any source with that message_id gets replied_ms (the app's own knowledge, never
    /// touched by flags). The batch's own upserts whose message_id was answered earlier get it
    /// too, so the order in which a reply and its original arrive does not matter. Index
    /// lookups only (storage/batchreplies.h). Such items count in StoreBatchResult::changedIds.
    QMap<QString, qint64> repliedMessageIds;
    /// The sync run this batch belongs to (ItemStore::newSyncRun()), 0 = none. A run's batches
    /// depend on each other in order: each one's syncState claims every batch before it as
    /// stored. So once one batch of a run fails to commit (a statement error, SQLITE_BUSY past
    /// the busy timeout, a full disk), the writer thread refuses every later batch of that run
    /// without writing anything (StoreBatchResult::skipped), and the folder's sync state stays
    /// where the last good batch left it: the next run fetches the missing messages again.
    quint64 runId = 0;
    /// Called once on the writer thread when the batch's statements have run (or were refused),
    /// before its group commits: flow control for the source that produced it
    /// (Source::batchCreditReleaser()). Must be thread-safe and cheap. Empty = nothing.
    std::function<void()> written;
    /// New activity reopens done items (SourceKind::reopenOnActivity of the source's kind). When
    /// on, an upsert of a stored item that is done, whose record's activityMs is later than the
    /// stored activity_ms and than its done_ms, makes it open again in the same transaction:
    /// done_ms cleared, an item_events row "reopened" with detail "activity", and its deadline
    /// restarted from the activity time (the upsert's dueMs — Tiering computes it from
    /// ItemRecord::lastActivityMs() — or reopenDue for an item pinned by a manual move). Its id
    /// goes to StoreBatchResult::reopenedIds.
    bool reopenOnActivity = false;
    /// Due (UTC epoch ms, nullopt = none) of a reopened item pinned by a manual move (its tier
    /// and policy are kept, so the upsert's dueMs does not apply), read after the upsert; runs
    /// on the writer thread: thread-safe, captures values only. Empty = such an item keeps its
    /// due. SyncManager passes ItemDeadlines::dueOf().
    std::function<std::optional<qint64>(const Item &)> reopenDue;
    /// The screener (issue 14): a NEW item whose tierReason is one of these (the catch-all rules
    /// "to-me", "cc-me", "fallback": no rule of the user's placed it) and whose sender has no
    /// item yet in a source of the same kind, other than items waiting in the screener, waits
    /// in the "New senders" queue: tierReason "screener" (screenerReason()), no deadline
    /// (policy "none"). Re-syncing such an item keeps it there unless a rule now places it.
    /// Empty = no screening (SyncManager sets it for sources that screen, after their first sync).
    QStringList screenReasons;
    /// Conversations (issue 18): every upsert gets items.conversation_id in the batch's
    /// transaction (storage/batchconversations.h). An update of a stored item without Message-ID
    /// links (feeds, GitHub) keeps its conversation. These are the user's own sent messages of
    /// the batch, which are not items: their ids join conversations too, so that a reply to one
    /// of them (In-Reply-To only) finds its conversation.
    QList<mail::ThreadingInput> sentThreading;
    /// Whether the batch's messages may join a conversation by subject (the narrow fallback of
    /// mail/conversations.h). SyncManager sets it for kinds with SourceKind::Capability::Mail.
    bool threadBySubject = false;
};

/// The tier reason of items waiting in the screener's "New senders" queue (StoreBatch::screenReasons).
QString screenerReason();

/// What a committed batch changed.
struct StoreBatchResult {
    bool ok = false;
    QString error;
    /// Not attempted (nothing written) because an earlier batch of the same run failed.
    bool skipped = false;
    int added = 0;
    int updated = 0;   ///< Re-parsed records and flag changes.
    int removed = 0;
    /// Inserted or updated row ids, including items (of any source) that a reply in this batch
    /// answered (StoreBatch::repliedMessageIds).
    QList<qint64> changedIds;
    QList<qint64> addedIds;    ///< Row ids of newly inserted items (subset of changedIds).
    QList<qint64> removedIds;  ///< Row ids deleted by removedRemoteIds (no longer readable).
    /// Row ids of done items that new activity reopened (StoreBatch::reopenOnActivity; a subset
    /// of changedIds, never in addedIds). For notifications they count as new items.
    QList<qint64> reopenedIds;
};

/// One entry of the item_events table (for undo and stats).
struct ItemEvent {
    qint64 itemId = 0;
    QString kind;      ///< "done", "reopened", "snoozed", "tier", …
    qint64 atMs = 0;
    QString detail;    ///< e.g. "2->3", snooze time in ISO 8601.
};

class ItemStore : public QObject {
    Q_OBJECT
public:
    /// @param databasePath the SQLite file; created if missing. Directory must exist.
    explicit ItemStore(QString databasePath, QObject *parent = nullptr);
    ~ItemStore() override;  ///< Drains pending writes, stops the writer thread, closes connections.

    /**
     * @brief Open or create the database and migrate it to the current schema.
     * Blocking; call once on the owner thread before anything else. Before migrating an
     * existing database a copy "<file>.bak-v<old>" is written next to it. Migrations come from
     * resources/sql/NNNN_*.sql (Qt resource ":/sql"), each applied in one transaction.
     * @param errorText receives a translated explanation on failure.
     */
    OpenError open(QString *errorText = nullptr);

    /// Schema version this build knows (highest NNNN in resources/sql).
    static int latestSchemaVersion();
    /// Schema version of the open database.
    int schemaVersion() const;
    QString databasePath() const;
    /// The calling thread's read-only connection (query_only; opened on first use, closed when the
    /// thread ends), for feature queries such as Insights. Invalid when the store is not open.
    /// Any thread; use the connection only on the thread that asked for it.
    QSqlDatabase readConnection() const;

    // ---- writes (writer thread, one transaction each) ----
    QFuture<qint64> addSource(const SourceConfig &config);        ///< Returns the new id (0 on failure).
    /// Add all of @p configs in ONE transaction (an OPML import): the new ids in the same order,
    /// or an empty list when the store refused (then none was added).
    QFuture<QList<qint64>> addSources(const QList<SourceConfig> &configs);
    QFuture<bool> updateSource(const SourceConfig &config);
    QFuture<bool> removeSource(qint64 sourceId);                  ///< Removes its items too.
    QFuture<StoreBatchResult> applyBatch(const StoreBatch &batch);
    /// A new id for StoreBatch::runId, unique in this process. Thread-safe.
    static quint64 newSyncRun();
    /// The run @p runId will send no more batches: forget whether one of them failed (queued
    /// after the batches already sent, so they are still refused if need be).
    void endSyncRun(quint64 runId);
    /// Announces that writes about to be queued (setState(), setTier()) will leave @p items as
    /// given: emits itemsPreviewed() at once, on the calling (owner) thread, so views can show
    /// them before the write commits. Writes nothing. What commits is reported by itemsChanged()
    /// as always, and a setState() or setTier() that fails reports its ids there too, so a view
    /// that showed the preview reads the items again.
    void previewItems(const QList<Item> &items);
    /// Set state of items; records one item_events row per item whose state changes:
    /// "done" (detail: previous state), "reopened" (to Open; detail: previous state) or
    /// "snoozed" (detail: snoozedUntilMs as ISO 8601 UTC). Done sets doneMs = atMs; other
    /// states clear it. snoozedUntilMs is required for Snoozed (else the call fails) and
    /// ignored otherwise. Unknown ids are skipped. atMs 0 = current time.
    /// Change journal, in the same transaction, for items whose source's kind journals it
    /// (SourceKind::journals): to Done → "done"; from Done to Open or Snoozed → "reopen";
    /// to Snoozed (or a new snooze time) → "snooze" (detail "until": UTC ms; after "reopen" when
    /// a done item is snoozed). Open ↔ woken snooze journals nothing.
    QFuture<bool> setState(const QList<qint64> &ids, ItemState state,
                           std::optional<qint64> snoozedUntilMs = std::nullopt, qint64 atMs = 0);
    /// Mark items done and mute their threads at the source (SourceKind::Capability::Mute;
    /// GitHub unsubscribes), in one transaction: as setState(@p ids, Done), with a "mute"
    /// change journaled before each "done" where the source's kind journals ChangeKind::Mute.
    /// Items already done are left alone. Undo is setState(ids, Open): it reopens the item
    /// here; the thread stays muted at the source (GitHub has no "unmute" for it).
    QFuture<bool> muteAndDone(const QList<qint64> &ids, qint64 atMs = 0);
    /// Move items to a tier with a reason ("manual" pins it against re-tiering) and new deadline.
    /// Records a "tier" event with detail "<old>-><new>" (e.g. "2->3") when the tier changes,
    /// and then journals "tier" (detail "tier": 1…3) where the source's kind journals it.
    QFuture<bool> setTier(const QList<qint64> &ids, Tier tier, const QString &reason,
                          std::optional<qint64> dueMs, const QString &policy, qint64 atMs = 0);
    /// Set the seen flag of items (only rows whose flag changes count as changed).
    /// @param openedAtMs > 0: the user opened them in the app at that time (UTC ms): items whose
    ///        opened_ms (Item::openedMs, the app's own knowledge, never written by a sync) is
    ///        still empty get it, in the same transaction, also when they were seen already.
    /// Journals "seen" / "unseen" where the source's kind journals it, in the same transaction.
    /// While such a row waits, a sync does not undo the change (schema v6 trigger).
    QFuture<bool> setSeen(const QList<qint64> &ids, bool seen, qint64 openedAtMs = 0);
    /// Set the flag of items (Item::record.flags.flagged; IMAP \Flagged, Maildir F) in one
    /// transaction, journaling "flag" / "unflag" for each item whose flag changes and whose
    /// source's kind journals it. Items already so and unknown ids are skipped. While such a row
    /// waits in the journal, a sync that still brings the source's old flag does not undo it
    /// (schema v6 trigger: the item keeps the newest journaled value). itemsChanged() lists the
    /// items whose flag changed. Callable from any thread; false through the future on failure.
    QFuture<bool> setFlagged(const QList<qint64> &ids, bool flagged);
    /// Add the body text of item @p id (plain text, as the reading pane shows it) to the body
    /// search index (resources/sql/0008: bodies_fts), so search finds its words from now on.
    /// Does nothing when the item is unknown or already has an indexed body (a message does not
    /// change; inline content is indexed by applyBatch() itself). No itemsChanged(): the list
    /// shows no body. Callable from any thread; false through the future on an SQL error.
    QFuture<bool> indexBody(qint64 id, const QString &text);
    /// Index the inline content (item_content) of items that has no indexed body yet: the
    /// entries stored before schema 8. Cheap when there are none. Any thread.
    QFuture<bool> indexInlineBodies();
    // ---- change journal (itemstore_journal.cpp; docs/decisions/0010) ----
    /// Apply what replaying one journaled change did, in one writer transaction: Applied and
    /// Dropped delete the row (Dropped is logged); Progress replaces its detail; Failed adds 1
    /// to attempts and sets last_error = outcome.error and detail = outcome.detail. With
    /// outcome.moved the item (if it still exists) gets the new folder/remote_id/locator and
    /// the attributes merged (an empty value removes the key); another item of the same source
    /// already at the new remote id is deleted (the moved item carries the triage). Emits
    /// itemsChanged() for the items moved or deleted.
    /// @return true after COMMIT; false when nothing was written (SQL error, or no row
    /// outcome.changeId: the source was removed or the outcome committed already).
    /// Callable from any thread; a replayer's worker may block on the future.
    QFuture<bool> commitChangeOutcome(const ChangeOutcome &outcome);
    /// Run @p body on the writer connection inside one transaction, for small feature tables
    /// (e.g. focus_sessions). @p body returns false (setting *error) to roll back. Emits no
    /// change signal. @p body runs on the writer thread: capture values, not references.
    QFuture<bool> runWrite(std::function<bool(QSqlDatabase &db, QString *error)> body);
    // ---- deadlines (itemstore_deadlines.cpp; writer thread, one transaction each) ----
    /// Deadline function for recomputeDue(): new due (UTC epoch ms) of an item, nullopt = none.
    /// Runs on the writer thread: must be thread-safe and capture values only.
    /// Re-tier every open or snoozed item (not done) in one transaction (issue 14): an item for
    /// which @p placeOf returns a placement different from the stored one gets it (tier,
    /// tier_reason, policy, due_ms; an item whose clock is paused keeps its due). Each moved item
    /// gets a "tier" event "<old>-><new>" and a journaled "tier" change like setTier(); the
    /// before/after placements are kept as tier_batches row @p origin ("rules", "screener") for
    /// undoTierBatch(), also from another process. Emits itemsChanged() for the changed items.
    /// @return the batch (id 0 when nothing changed; ok false on an SQL error, nothing written).
    QFuture<TierBatch> retier(PlacementFunction placeOf, const QString &origin, qint64 atMs = 0);
    /// Undo batch @p batchId (0 = the newest batch not undone yet): every item still where the
    /// batch put it goes back to its placement before (same events and journal as retier());
    /// items changed since are left and counted in TierBatch::skipped. Marks the batch undone.
    /// @return the reversing changes (id = the undone batch; 0 when there was none to undo).
    QFuture<TierBatch> undoTierBatch(qint64 batchId = 0, qint64 atMs = 0);
    /// The changes batch @p batchId made (read connection, calling thread; empty when unknown).
    QList<TierChange> tierBatchChanges(qint64 batchId) const;
    using DueFunction = std::function<std::optional<qint64>(const Item &item)>;
    /// Recompute due_ms of every open or snoozed item (not done) whose clock is not paused
    /// (see pauseClocks()), e.g. after the policies, working hours or time zone changed.
    /// Reads and writes in one transaction; emits itemsChanged() for the items whose due
    /// changed. @return how many changed (0 on failure).
    QFuture<int> recomputeDue(DueFunction dueOf);
    /// "Snooze and pause the clock": remember the deadline time left per item (minutes ≥ 0, on
    /// the clock of its policy) until resumePausedClocks(). Call after setState(Snoozed).
    QFuture<bool> pauseClocks(const QMap<qint64, qint64> &remainingMinutes, qint64 atMs = 0);
    /// Forget paused clocks (undo of a paused snooze); due_ms stays as it is.
    QFuture<bool> clearPausedClocks(const QList<qint64> &ids);
    /// Deadline function for resumePausedClocks(): due of @p item when its clock resumes at
    /// @p wakeMs with @p remainingMinutes left. Runs on the writer thread.
    using ResumeFunction =
        std::function<std::optional<qint64>(const Item &item, qint64 wakeMs, qint64 remainingMinutes)>;
    /// Resume the clocks of paused items that are awake at @p nowMs (snoozed_until_ms ≤ now, or
    /// no longer snoozed): due = dueAt(item, wake instant, remaining), where the wake instant is
    /// snoozed_until_ms (or @p nowMs if the item was reopened by hand). Removes the pause.
    /// @return how many items resumed.
    QFuture<int> resumePausedClocks(qint64 nowMs, ResumeFunction dueAt);
    /// Paused clocks: item id → remaining minutes.
    QMap<qint64, qint64> pausedClocks() const;
    /// Early-warning steps already delivered: (item id, step, due) triples (deadline_warnings).
    struct SentWarning {
        qint64 itemId = 0;
        QString step;
        qint64 dueMs = 0;
    };
    QList<SentWarning> sentWarnings() const;
    /// Record delivered warning steps (ignored when already recorded).
    QFuture<bool> recordWarnings(const QList<SentWarning> &warnings, qint64 atMs = 0);

    /// Blocks until every write queued so far has committed (or rolled back). Returns at once
    /// when the store is not open. Never call it from a slot of a write's own future.
    void flush();

    // ---- reads (any thread) ----
    QList<SourceConfig> sources() const;
    std::optional<SourceConfig> source(qint64 id) const;
    QList<Item> items(const ItemQuery &query) const;
    /// The keys of the items items(@p query) returns, in the same order (search rank included),
    /// with the same limit/offset: one query without the join to sources, no Item built.
    std::vector<ItemKey> itemKeys(const ItemQuery &query) const;
    /// Call @p visit with each item items(@p query) would return, in its order, without holding
    /// them all (one statement, rows read as they come). @p visit returns false to stop early.
    void visitItems(const ItemQuery &query, const std::function<bool(Item &&item)> &visit) const;
    /// The items with these ids that exist, in no particular order (deleted ids are missing),
    /// read by primary key in statements of at most 500 ids.
    QList<Item> itemsByIds(const QList<qint64> &ids) const;
    /// Every item of these conversations (Item::conversationId; issue 18), in any state, in no
    /// particular order; read through index items_conversation in statements of at most 500 ids.
    QList<Item> conversationItems(const QList<qint64> &conversationIds) const;
    /// The conversations (Item::conversationId; issue 18) that have an item open at @p nowMs
    /// (UTC ms; ItemQuery::States::Open: open, or snoozed and woken) outside the screener, in a tier
    /// above @p above; nullopt = in any tier. The list shows a conversation only in the highest tier
    /// of its open items, and in Done only when none is open. Read from index items_state_tier_due.
    QSet<qint64> conversationsOpenAbove(std::optional<Tier> above, qint64 nowMs) const;
    /// How many items items(@p query) would return without its limit/offset (-1 on error).
    int count(const ItemQuery &query) const;
    std::optional<Item> item(qint64 id) const;
    /// Counts as TierCounts documents, at @p nowMs (UTC ms; 0 = current time).
    TierCounts counts(qint64 nowMs) const;
    /**
     * @brief counts() of conversations (issue 18), as the list shows them: now, async and
     * reference count each conversation once, in the highest tier of its open items; done and
     * snoozed the conversations with no open item; overdue (and overdueNow) the conversations
     * with an overdue unanswered item (of those in Now). newSenders counts items (the screener
     * lists messages). An item without a conversation counts as one of its own.
     */
    TierCounts conversationCounts(qint64 nowMs) const;
    /// TierCounts::snoozed alone (items still asleep at @p nowMs, UTC ms; 0 = current time),
    /// from the items_state_snooze index: well under a millisecond. -1 on error.
    int asleepCount(qint64 nowMs) const;
    /// The source's items, remote id → fingerprint (one row per item). Any thread (through the
    /// calling thread's read connection), so a source's worker may read them (KnownItemsProvider).
    KnownItems knownItems(qint64 sourceId) const;
    /// The entries of knownItems() among @p remoteIds only (an index probe each), on the calling
    /// thread's read connection like knownItems().
    KnownItems knownItemsAmong(qint64 sourceId, const QStringList &remoteIds) const;
    /// The entries of knownItems() in @p folder whose locator is one of @p locators (the
    /// items_source_locator index, one probe each), on the calling thread's read connection.
    KnownItems knownItemsAt(qint64 sourceId, const QString &folder, const QStringList &locators) const;
    /// Whether the source has at least one item (one index probe, not a count).
    bool hasItems(qint64 sourceId) const;
    QMap<QString, QByteArray> syncState(qint64 sourceId) const;
    QList<ItemEvent> events(qint64 itemId) const;
    /// The journaled changes of @p sourceId in replay (id) order. The location of each is the
    /// item's CURRENT folder/remote_id/locator/attributes when the item still exists, else the
    /// one journaled with the change (itemId 0). Empty on error.
    QList<PendingChange> pendingChanges(qint64 sourceId) const;
    /// How many changes of @p sourceId wait in the journal (0 on error).
    int pendingChangeCount(qint64 sourceId) const;
    /// The content delivered with item @p itemId by a kind that has it inline (a feed entry's
    /// HTML; ItemRecord::content, stored by applyBatch() in item_content), or nullopt when the
    /// item has none (mail: its body is loaded on demand) or on error. The body is text from
    /// outside: show it only through a sanitizer (the reading pane turns HTML into plain text).
    std::optional<ItemRecord::InlineContent> content(qint64 itemId) const;

Q_SIGNALS:
    void itemsChanged(const QList<qint64> &ids);
    /// See previewItems(): @p items as a write queued next will leave them (not yet committed).
    void itemsPreviewed(const QList<fi::Item> &items);
    /// After a setState() committed: the items whose state became @p state (triage, e.g. for
    /// mirroring "done" to an IMAP server). Emitted after itemsChanged(), on the owner thread.
    void itemStateChanged(const QList<qint64> &ids, fi::ItemState state);
    /// After a setSeen() committed: the items whose seen flag became @p seen.
    void itemSeenChanged(const QList<qint64> &ids, bool seen);
    void sourcesChanged();
    /// After a commit that added pending_changes rows for @p sourceId (one emission per source
    /// and commit), on the owner thread. ChangeReplayService listens to it.
    void changesJournaled(qint64 sourceId);

private:
    /// setState() and muteAndDone(): @p mute journals ChangeKind::Mute before each "done".
    QFuture<bool> writeState(const QList<qint64> &ids, ItemState state, std::optional<qint64> snoozedUntilMs,
                             qint64 atMs, bool mute);
    /// The items whose @p column ("items.id", "items.conversation_id") is one of @p values.
    QList<Item> itemsWhereIn(const QString &column, const QList<qint64> &values, const char *what) const;

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace fi
