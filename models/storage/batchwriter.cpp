/// @file batchwriter.cpp
/// @brief ItemStore::applyBatch's body: upserts, flag updates, removals and sync state of one
/// source batch, all with statements prepared once per writer connection.

#include "storage/itemrow.h"
#include "storage/itemstore_p.h"

#include <QDateTime>

namespace fi {

namespace {

const QString kFindSql = QStringLiteral(
    "SELECT id, tier_reason FROM items WHERE source_id = ? AND remote_id = ?");

const QString kInsertSql = QStringLiteral(
    "INSERT INTO items (source_id, remote_id, folder, locator, fingerprint, message_id,"
    " thread_key, from_name, from_address, to_json, cc_json, subject, snippet, received_ms,"
    " seen, flagged, answered, headers_json, sample, tier, tier_reason, due_ms, policy,"
    " state, snoozed_until_ms, done_ms)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");

const QString kRecordColumns = QStringLiteral(
    "folder = ?, locator = ?, fingerprint = ?, message_id = ?, thread_key = ?,"
    " from_name = ?, from_address = ?, to_json = ?, cc_json = ?, subject = ?, snippet = ?,"
    " received_ms = ?, seen = ?, flagged = ?, answered = ?, headers_json = ?, sample = ?");

const QString kUpdateRecordSql =
    QStringLiteral("UPDATE items SET ") + kRecordColumns + QStringLiteral(" WHERE id = ?");

const QString kUpdateRecordAndTierSql = QStringLiteral("UPDATE items SET ") + kRecordColumns
    + QStringLiteral(", tier = ?, tier_reason = ?, due_ms = ?, policy = ? WHERE id = ?");

const QString kFlagsSql = QStringLiteral(
    "UPDATE items SET seen = ?, flagged = ?, answered = ?, locator = COALESCE(?, locator),"
    " fingerprint = COALESCE(?, fingerprint) WHERE id = ?");

const QString kDeleteSql = QStringLiteral("DELETE FROM items WHERE id = ?");

const QString kSyncStateSql = QStringLiteral(
    "INSERT INTO sync_state (source_id, folder, state, updated_ms) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (source_id, folder) DO UPDATE SET state = excluded.state,"
    " updated_ms = excluded.updated_ms");

const QString kManual = QStringLiteral("manual");

/// Binds the record columns in kRecordColumns order starting at @p i; returns the next index.
int bindRecord(QSqlQuery &q, int i, const ItemRecord &r)
{
    q.bindValue(i++, rows::text(r.folder));
    q.bindValue(i++, rows::text(r.locator));
    q.bindValue(i++, rows::text(r.fingerprint));
    q.bindValue(i++, rows::text(r.messageId));
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

} // namespace

bool writeBatch(WriteContext &ctx, const StoreBatch &batch, StoreBatchResult &result)
{
    QSqlQuery *findQ = ctx.prepared(kFindSql);
    QSqlQuery *insertQ = ctx.prepared(kInsertSql);
    QSqlQuery *updateQ = ctx.prepared(kUpdateRecordSql);
    QSqlQuery *updateTierQ = ctx.prepared(kUpdateRecordAndTierSql);
    QSqlQuery *flagsQ = ctx.prepared(kFlagsSql);
    QSqlQuery *deleteQ = ctx.prepared(kDeleteSql);
    QSqlQuery *syncQ = ctx.prepared(kSyncStateSql);
    if (!findQ || !insertQ || !updateQ || !updateTierQ || !flagsQ || !deleteQ || !syncQ)
        return false;

    for (const Item &item : batch.upserts) {
        const ItemRecord &r = item.record;
        if (r.remoteId.isEmpty()) {
            ctx.error = QStringLiteral("item without remote id in batch of source %1").arg(batch.sourceId);
            return false;
        }
        qint64 id = 0;
        QString storedReason;
        if (!find(ctx, *findQ, batch.sourceId, r.remoteId, &id, &storedReason))
            return false;
        if (id == 0) {
            QSqlQuery &q = *insertQ;
            q.bindValue(0, batch.sourceId);
            q.bindValue(1, rows::text(r.remoteId));
            int i = bindRecord(q, 2, r);
            q.bindValue(i++, int(item.tier));
            q.bindValue(i++, rows::text(item.tierReason));
            q.bindValue(i++, rows::nullable(item.dueMs));
            q.bindValue(i++, rows::text(item.policy));
            q.bindValue(i++, itemStateName(item.state));
            q.bindValue(i++, rows::nullable(item.snoozedUntilMs));
            q.bindValue(i++, rows::nullable(item.doneMs));
            if (!ctx.exec(q))
                return false;
            id = q.lastInsertId().toLongLong();
            ++result.added;
            result.addedIds << id;
        } else {
            const bool pinned = storedReason == kManual;
            QSqlQuery &q = pinned ? *updateQ : *updateTierQ;
            int i = bindRecord(q, 0, r);
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
        }
        result.changedIds << id;
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
        ++result.removed;
        result.removedIds << id;
        result.changedIds.removeAll(id);
        result.addedIds.removeAll(id);
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
    return true;
}

} // namespace fi
