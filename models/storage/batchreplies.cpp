/// @file batchreplies.cpp
/// @brief writeBatchReplies(): reply detection's store side, in the batch's transaction.

#include "storage/batchreplies.h"

#include "storage/itemrow.h"
#include "storage/messagekey.h"
#include "storage/storewriter.h"

namespace fi {

namespace {

const QString kRememberSql = QStringLiteral(
    "INSERT INTO replied_message_ids (message_id, replied_ms) VALUES (?, ?)"
    " ON CONFLICT (message_id) DO UPDATE SET replied_ms = MIN(replied_ms, excluded.replied_ms)");

/// Items answered by a reply of this batch (any source; index items_message_key, then the
/// Message-ID itself, see storage/messagekey.h).
const QString kAnswerSql = QStringLiteral(
    "UPDATE items SET replied_ms = (SELECT replied_ms FROM replied_message_ids WHERE message_id = ?)"
    " WHERE message_key = ? AND message_id = ? AND replied_ms IS NULL RETURNING id");

/// One of the batch's own items whose reply came earlier (row id, then the primary key).
const QString kAnsweredBeforeSql = QStringLiteral(
    "UPDATE items SET replied_ms = r.replied_ms FROM replied_message_ids r"
    " WHERE items.id = ? AND items.replied_ms IS NULL AND r.message_id = items.message_id");

const QString kAnyReplySql = QStringLiteral("SELECT EXISTS (SELECT 1 FROM replied_message_ids)");

void noteChanged(StoreBatchResult &result, qint64 id)
{
    if (!result.changedIds.contains(id))
        result.changedIds << id;
}

} // namespace

bool writeBatchReplies(WriteContext &ctx, const StoreBatch &batch, const QList<qint64> &upsertIds,
                       qint64 nowMs, StoreBatchResult &result)
{
    if (!batch.repliedMessageIds.isEmpty()) {
        QSqlQuery *remember = ctx.prepared(kRememberSql);
        QSqlQuery *answer = ctx.prepared(kAnswerSql);
        if (!remember || !answer)
            return false;
        for (auto it = batch.repliedMessageIds.cbegin(); it != batch.repliedMessageIds.cend(); ++it) {
            if (it.key().isEmpty())
                continue;
            // A Date in the future (a wrong clock) or none: the reply is known from now on.
            const qint64 at = it.value() > 0 && it.value() <= nowMs ? it.value() : nowMs;
            remember->bindValue(0, rows::text(it.key()));
            remember->bindValue(1, at);
            if (!ctx.exec(*remember))
                return false;
            answer->bindValue(0, rows::text(it.key()));
            answer->bindValue(1, db::messageKey(it.key()));
            answer->bindValue(2, rows::text(it.key()));
            if (!ctx.exec(*answer))
                return false;
            while (answer->next())
                noteChanged(result, answer->value(0).toLongLong());
            answer->finish();
        }
    }

    // The batch's own items, answered by a reply stored earlier. Skipped while no reply was
    // ever found (no sent folder): then it costs one query per batch, not one per item.
    bool anyReply = !batch.repliedMessageIds.isEmpty();
    if (!anyReply && !batch.upserts.isEmpty()) {
        QSqlQuery *any = ctx.prepared(kAnyReplySql);
        if (!any || !ctx.exec(*any))
            return false;
        anyReply = any->next() && any->value(0).toBool();
        any->finish();
    }
    if (!anyReply)
        return true;
    QSqlQuery *before = ctx.prepared(kAnsweredBeforeSql);
    if (!before)
        return false;
    for (qsizetype i = 0; i < batch.upserts.size() && i < upsertIds.size(); ++i) {
        if (batch.upserts.at(i).record.messageId.isEmpty() || upsertIds.at(i) <= 0)
            continue;
        before->bindValue(0, upsertIds.at(i));
        if (!ctx.exec(*before))
            return false;
        if (before->numRowsAffected() > 0)
            noteChanged(result, upsertIds.at(i));
    }
    return true;
}

} // namespace fi
