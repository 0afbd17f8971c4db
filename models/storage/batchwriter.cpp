/// @file batchwriter.cpp
/// @brief ItemStore::applyBatch's body: upserts, flag updates, removals and sync state of one
/// source batch, all with statements prepared once per writer connection.

#include "storage/batchconversations.h"
#include "storage/batchnonmail.h"
#include "storage/batchreplies.h"
#include "storage/itemrow.h"
#include "storage/itemstore_p.h"
#include "storage/messagekey.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>

#include <bit>
#include <deque>
#include <optional>

namespace fi {

namespace {

const QString kFindSql = QStringLiteral(
    "SELECT id, tier_reason FROM items WHERE source_id = ? AND remote_id = ?");

constexpr int kInsertColumns = 32;

/// New items go in with multi-row INSERTs of up to this many rows (31 values each, far below
/// SQLITE_MAX_VARIABLE_NUMBER). Why: the FTS insert trigger makes every INSERT statement open a
/// statement savepoint, and FTS5 (SQLite 3.40) flushes its pending terms to a new segment at
/// every savepoint, so one row per statement meant one FTS segment (plus merging) per row.
constexpr int kInsertRowsPerStatement = 100;

QString insertSql(int rows)
{
    QString sql = QStringLiteral(
        "INSERT INTO items (source_id, remote_id, folder, locator, fingerprint, message_id,"
        " message_key, thread_key, from_name, from_address, to_json, cc_json, subject, snippet, received_ms,"
        " seen, flagged, answered, headers_json, sample, url, activity_ms, from_handle,"
        " attributes_json, conversation_id, tier, tier_reason, due_ms, policy, state, snoozed_until_ms, done_ms) VALUES ");
    const QString row = QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += u',';
        sql += row;
    }
    // RETURNING (SQLite >= 3.35) hands back the new row ids; matched by remote id, since the
    // order of RETURNING rows is not specified.
    return sql + QStringLiteral(" RETURNING id, remote_id");
}

const QString kRecordColumns = QStringLiteral(
    "folder = ?, locator = ?, fingerprint = ?, message_id = ?, message_key = ?, thread_key = ?,"
    " from_name = ?, from_address = ?, to_json = ?, cc_json = ?, subject = ?, snippet = ?,"
    " received_ms = ?, seen = ?, flagged = ?, answered = ?, headers_json = ?, sample = ?,"
    " url = ?, activity_ms = ?, from_handle = ?, attributes_json = ?,"
    " conversation_id = COALESCE(?, conversation_id)");

const QString kUpdateRecordSql =
    QStringLiteral("UPDATE items SET ") + kRecordColumns + QStringLiteral(" WHERE id = ?");

const QString kUpdateRecordAndTierSql = QStringLiteral("UPDATE items SET ") + kRecordColumns
    + QStringLiteral(", tier = ?, tier_reason = ?, due_ms = ?, policy = ? WHERE id = ?");

const QString kFlagsSql = QStringLiteral(
    "UPDATE items SET seen = ?, flagged = ?, answered = ?, locator = COALESCE(?, locator),"
    " fingerprint = COALESCE(?, fingerprint) WHERE id = ?");

/// Done items stay when their message goes away at the source: with IMAP write-back, "done"
/// moves the message to the archive folder, and the Done list is the record of triage.
/// Items with journaled changes stay too: they are in flux (a replayed MOVE relocates them).
const QString kDeleteSql = QStringLiteral(
    "DELETE FROM items WHERE id = ? AND state <> 'done'"
    " AND NOT EXISTS (SELECT 1 FROM pending_changes WHERE pending_changes.item_id = items.id)");

const QString kSourceLocationSql = QStringLiteral("UPDATE sources SET location = ? WHERE id = ?");
const QString kSyncStateSql = QStringLiteral(
    "INSERT INTO sync_state (source_id, folder, state, updated_ms) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (source_id, folder) DO UPDATE SET state = excluded.state,"
    " updated_ms = excluded.updated_ms");

const QString kManual = QStringLiteral("manual");

/// A sender with an item outside the screener in a source of the batch source's kind.
const QString kSenderKnownSql = QStringLiteral(
    "SELECT 1 FROM items WHERE items.from_address = ? COLLATE NOCASE AND items.tier_reason <> 'screener'"
    " AND items.source_id IN (SELECT id FROM sources WHERE kind = (SELECT kind FROM sources WHERE id = ?)) LIMIT 1");

/// Binds the record columns in kRecordColumns order starting at @p i; returns the next index.
/// @p conversation 0 = keep the stored one (an update; NULL on insert never happens).
int bindRecord(QSqlQuery &q, int i, const ItemRecord &r, qint64 conversation)
{
    q.bindValue(i++, rows::text(r.folder));
    q.bindValue(i++, rows::text(r.locator));
    q.bindValue(i++, rows::text(r.fingerprint));
    q.bindValue(i++, rows::text(r.messageId));
    q.bindValue(i++, db::messageKeyValue(r.messageId));
    q.bindValue(i++, rows::text(r.threadKey));
    q.bindValue(i++, rows::text(r.from.name));
    q.bindValue(i++, rows::text(r.from.address));
    q.bindValue(i++, rows::addressesToJson(r.to));
    q.bindValue(i++, rows::addressesToJson(r.cc));
    q.bindValue(i++, rows::text(r.subject));
    q.bindValue(i++, rows::text(r.snippet));
    q.bindValue(i++, r.receivedMs);
    q.bindValue(i++, int(r.flags.seen));
    q.bindValue(i++, int(r.flags.flagged));
    q.bindValue(i++, int(r.flags.answered));
    q.bindValue(i++, rows::headersToJson(r.headers));
    q.bindValue(i++, int(r.sample));
    q.bindValue(i++, rows::text(r.url));
    q.bindValue(i++, r.activityMs);
    q.bindValue(i++, rows::text(r.from.handle));
    q.bindValue(i++, rows::headersToJson(r.attributes));
    q.bindValue(i++, conversation > 0 ? QVariant(conversation) : QVariant(QMetaType(QMetaType::LongLong)));
    return i;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

/// Looks up (sourceId, remoteId); @return false on SQL error. *id = 0 when unknown.
bool find(WriteContext &ctx, QSqlQuery &q, qint64 sourceId, const QString &remoteId, qint64 *id,
          QString *tierReason)
{
    q.bindValue(0, sourceId);
    q.bindValue(1, rows::text(remoteId));
    if (!ctx.exec(q))
        return false;
    *id = 0;
    if (q.next()) {
        *id = q.value(0).toLongLong();
        if (tierReason)
            *tierReason = q.value(1).toString();
    }
    q.finish();
    return true;
}

/// Items waiting for one multi-row INSERT, with the slots their new ids go to.
struct PendingInserts {
    struct Entry {
        const Item *item;
        qint64 conversation;
        qsizetype changedSlot;
        qsizetype addedSlot;
    };
    QList<Entry> entries;
    QSet<QString> remoteIds;
};

/// Inserts @p pending in statements of up to kInsertRowsPerStatement rows and fills the id slots.
bool flushInserts(WriteContext &ctx, qint64 sourceId, PendingInserts &pending,
                  const BatchConversations &conversations, StoreBatchResult &result)
{
    int count = 0;
    for (qsizetype start = 0; start < pending.entries.size(); start += count) {
        // Full statements, then the rest in power-of-two pieces (50 = 32 + 16 + 2), so at most 8
        // statement sizes exist and each is prepared once per connection. Preparing a statement
        // of n rows for one use costs O(n²) in Qt 6.4's SQLite driver (placeholder lookups): with
        // a fresh 50-row statement per feed refresh, that was 2/3 of 500 feeds' first refresh.
        const qsizetype left = pending.entries.size() - start;
        count = left >= kInsertRowsPerStatement ? kInsertRowsPerStatement : int(std::bit_floor(quint64(left)));
        QSqlQuery *q = ctx.prepared(insertSql(count));
        if (!q)
            return false;
        QHash<QString, qsizetype> slotOf; // remote id → index into pending.entries
        slotOf.reserve(count);
        int i = 0;
        for (qsizetype k = start; k < start + count; ++k) {
            const Item &item = *pending.entries.at(k).item;
            const ItemRecord &r = item.record;
            slotOf.insert(r.remoteId, k);
            q->bindValue(i++, sourceId);
            q->bindValue(i++, rows::text(r.remoteId));
            i = bindRecord(*q, i, r, conversations.resolve(pending.entries.at(k).conversation));
            q->bindValue(i++, int(item.tier));
            q->bindValue(i++, rows::text(item.tierReason));
            q->bindValue(i++, rows::nullable(item.dueMs));
            q->bindValue(i++, rows::text(item.policy));
            q->bindValue(i++, itemStateName(item.state));
            q->bindValue(i++, rows::nullable(item.snoozedUntilMs));
            q->bindValue(i++, rows::nullable(item.doneMs));
        }
        Q_ASSERT(i == count * kInsertColumns);
        if (!ctx.exec(*q))
            return false;
        int returned = 0;
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            const qsizetype k = slotOf.value(q->value(1).toString(), -1);
            if (k < 0)
                continue;
            const PendingInserts::Entry &e = pending.entries.at(k);
            result.changedIds[e.changedSlot] = id;
            result.addedIds[e.addedSlot] = id;
            ++returned;
        }
        q->finish();
        if (returned != count) {
            ctx.error = QStringLiteral("insert returned %1 of %2 rows").arg(returned).arg(count);
            return false;
        }
        result.added += count;
    }
    pending.entries.clear();
    pending.remoteIds.clear();
    return true;
}

/// The screener (StoreBatch::screenReasons): whether new @p item waits in "New senders".
/// @return false on an SQL error.
bool screens(WriteContext &ctx, const StoreBatch &batch, const Item &item, bool *screen)
{
    *screen = false;
    const QString address = item.record.from.address.trimmed();
    if (batch.screenReasons.isEmpty() || address.isEmpty() || !batch.screenReasons.contains(item.tierReason))
        return true;
    QSqlQuery *q = ctx.prepared(kSenderKnownSql);
    if (!q)
        return false;
    q->bindValue(0, address);
    q->bindValue(1, batch.sourceId);
    if (!ctx.exec(*q))
        return false;
    *screen = !q->next();
    q->finish();
    return true;
}

} // namespace

QString screenerReason()
{
    return QStringLiteral("screener");
}

bool writeBatch(WriteContext &ctx, const StoreBatch &batch, StoreBatchResult &result)
{
    QSqlQuery *findQ = ctx.prepared(kFindSql);
    QSqlQuery *updateQ = ctx.prepared(kUpdateRecordSql);
    QSqlQuery *updateTierQ = ctx.prepared(kUpdateRecordAndTierSql);
    QSqlQuery *flagsQ = ctx.prepared(kFlagsSql);
    QSqlQuery *deleteQ = ctx.prepared(kDeleteSql);
    QSqlQuery *syncQ = ctx.prepared(kSyncStateSql);
    if (!findQ || !updateQ || !updateTierQ || !flagsQ || !deleteQ || !syncQ)
        return false;

    PendingInserts pending;
    BatchConversations conversations(ctx, batch.threadBySubject);
    struct NewItem {
        qsizetype changedSlot;
        qint64 conversation;
        qint64 receivedMs;
    };
    QList<NewItem> newItems;  // for the user's earlier replies in their conversations
    std::deque<Item> screened;  // copies of new items that wait in the screener (stable addresses)
    for (const Item &item : batch.upserts) {
        const ItemRecord &r = item.record;
        if (r.remoteId.isEmpty()) {
            ctx.error = QStringLiteral("item without remote id in batch of source %1").arg(batch.sourceId);
            return false;
        }
        // A remote id seen twice in one batch: the first copy must exist before the second
        // is looked up (it then becomes an update, as with one statement per row).
        if (pending.remoteIds.contains(r.remoteId)
            && !flushInserts(ctx, batch.sourceId, pending, conversations, result))
            return false;
        qint64 id = 0;
        QString storedReason;
        if (!find(ctx, *findQ, batch.sourceId, r.remoteId, &id, &storedReason))
            return false;
        // Its conversation: a new item always gets one; a stored item without Message-ID links
        // (a feed entry, a GitHub thread) keeps its own.
        qint64 conversation = 0;
        if (id == 0 || !r.messageId.isEmpty() || !r.threadLinks.isEmpty()) {
            conversation = conversations.assign(mail::threadingInput(r));
            if (conversation <= 0)
                return false;
        }
        if (id == 0) {
            bool screen = false;
            if (!screens(ctx, batch, item, &screen))
                return false;
            const Item *stored = &item;
            if (screen) {
                Item waiting = item;
                waiting.tierReason = screenerReason();
                waiting.dueMs.reset();
                waiting.policy = QStringLiteral("none");
                screened.push_back(std::move(waiting));
                stored = &screened.back();
            }
            newItems.append({result.changedIds.size(), conversation, r.receivedMs});
            pending.entries.append({stored, conversation, result.changedIds.size(), result.addedIds.size()});
            pending.remoteIds.insert(r.remoteId);
            result.changedIds << 0; // filled in by flushInserts()
            result.addedIds << 0;
            continue;
        } else {
            // A manual move pins the item; one waiting in the screener stays there until a rule
            // of the user's places it (the catch-all rules do not).
            const bool pinned = storedReason == kManual
                || (storedReason == screenerReason() && batch.screenReasons.contains(item.tierReason));
            bool reopens = false;
            if (batch.reopenOnActivity && !activityReopens(ctx, id, r, &reopens))
                return false;
            QSqlQuery &q = pinned ? *updateQ : *updateTierQ;
            int i = bindRecord(q, 0, r, conversations.resolve(conversation));
            if (!pinned) {
                q.bindValue(i++, int(item.tier));
                q.bindValue(i++, rows::text(item.tierReason));
                q.bindValue(i++, rows::nullable(item.dueMs));
                q.bindValue(i++, rows::text(item.policy));
            }
            q.bindValue(i, id);
            if (!ctx.exec(q))
                return false;
            ++result.updated;
            if (reopens) {
                if (!reopenOnActivity(ctx, id, pinned, batch.reopenDue, QDateTime::currentMSecsSinceEpoch()))
                    return false;
                result.reopenedIds << id;
            }
        }
        result.changedIds << id;
    }
    if (!flushInserts(ctx, batch.sourceId, pending, conversations, result))
        return false;
    // Inline content, now that every upsert has its id (changedIds holds one per upsert, in order).
    for (qsizetype k = 0; k < batch.upserts.size(); ++k) {
        const ItemRecord::InlineContent &content = batch.upserts.at(k).record.content;
        if (!content.body.isEmpty()
            && !writeInlineContent(ctx, result.changedIds.at(k), content, QDateTime::currentMSecsSinceEpoch()))
            return false;
    }
    // Replies found in sent mail, in this transaction (changedIds starts with the upserts' ids).
    if (!writeBatchReplies(ctx, batch, result.changedIds.first(batch.upserts.size()),
                           QDateTime::currentMSecsSinceEpoch(), result))
        return false;
    // A reply of the user's meets every message of its conversation that came before it: new
    // items answered by a reply stored earlier, then the batch's sent mail, which joins
    // conversations too. Then the items whose conversation or reply changed are changed.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> touched;
    for (const NewItem &fresh : std::as_const(newItems)) {
        if (!conversations.answerNewItem(result.changedIds.at(fresh.changedSlot), fresh.conversation,
                                         fresh.receivedMs, &touched))
            return false;
    }
    for (const mail::ThreadingInput &sent : batch.sentThreading) {
        const qint64 conversation = conversations.assign(sent);
        // A Date in the future (a wrong clock) or none: the reply counts from now on.
        const qint64 at = sent.receivedMs > 0 && sent.receivedMs <= nowMs ? sent.receivedMs : nowMs;
        if (conversation <= 0 || !conversations.recordReply(conversation, at, &touched))
            return false;
    }
    if (!conversations.finish())
        return false;
    touched << conversations.movedItemIds();
    if (!touched.isEmpty()) {
        QSet<qint64> changed(result.changedIds.cbegin(), result.changedIds.cend());
        for (const qint64 moved : std::as_const(touched)) {
            if (!changed.contains(moved)) {
                changed.insert(moved);
                result.changedIds << moved;
            }
        }
    }

    for (const FlagUpdate &flag : batch.flagUpdates) {
        qint64 id = 0;
        if (!find(ctx, *findQ, batch.sourceId, flag.remoteId, &id, nullptr))
            return false;
        if (id == 0)
            continue;
        QSqlQuery &q = *flagsQ;
        q.bindValue(0, int(flag.flags.seen));
        q.bindValue(1, int(flag.flags.flagged));
        q.bindValue(2, int(flag.flags.answered));
        q.bindValue(3, nullIfEmpty(flag.locator));
        q.bindValue(4, nullIfEmpty(flag.fingerprint));
        q.bindValue(5, id);
        if (!ctx.exec(q))
            return false;
        ++result.updated;
        result.changedIds << id;
    }

    for (const QString &remoteId : batch.removedRemoteIds) {
        qint64 id = 0;
        if (!find(ctx, *findQ, batch.sourceId, remoteId, &id, nullptr))
            return false;
        if (id == 0)
            continue;
        deleteQ->bindValue(0, id);
        if (!ctx.exec(*deleteQ))
            return false;
        if (deleteQ->numRowsAffected() <= 0)
            continue;  // a done item, or one with pending changes: kept
        ++result.removed;
        result.removedIds << id;
        result.changedIds.removeAll(id);
        result.addedIds.removeAll(id);
        result.reopenedIds.removeAll(id);
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = batch.syncState.cbegin(); it != batch.syncState.cend(); ++it) {
        syncQ->bindValue(0, batch.sourceId);
        syncQ->bindValue(1, rows::text(it.key()));
        syncQ->bindValue(2, it.value());
        syncQ->bindValue(3, now);
        if (!ctx.exec(*syncQ))
            return false;
    }
    if (!batch.location.isEmpty()) {
        QSqlQuery *locationQ = ctx.prepared(kSourceLocationSql);
        if (!locationQ)
            return false;
        locationQ->bindValue(0, batch.location);
        locationQ->bindValue(1, batch.sourceId);
        if (!ctx.exec(*locationQ))
            return false;
    }
    return true;
}

} // namespace fi
