#pragma once
/// @file batchreplies.h
/// @brief The reply part of a store batch (StoreBatch::repliedMessageIds): replies found in sent
/// mail answer items inside the batch's own transaction, by index lookups only. Writer thread.

#include "storage/itemstore.h"

#include <QList>

namespace fi {

class WriteContext;

/**
 * @brief Record the batch's replies and set items.replied_ms, inside the caller's transaction.
 * Run after the batch's upserts are written. Steps:
 *  1. every Message-ID of @p batch.repliedMessageIds goes into replied_message_ids (the earliest
 *     reply time wins) and every item of any source with that message_id and no replied_ms yet
 *     gets the reply time (index items_message_key);
 *  2. every item of the batch's upserts (@p upsertIds, parallel to batch.upserts) whose
 *     message_id was answered before (replied_message_ids, primary key) and has no replied_ms
 *     gets the remembered reply time — the reply came before its original.
 * Never touches the source's flags (seen/flagged/answered), and a flag update never touches
 * replied_ms, so a flag-only sync cannot undo a detected reply.
 * @param nowMs "now" (UTC ms) for replies without a usable time (0, or in the future).
 * @return false (ctx.error set) if a statement failed; the caller rolls back. Ids of items that
 *         got replied_ms are added to @p result.changedIds (once).
 */
bool writeBatchReplies(WriteContext &ctx, const StoreBatch &batch, const QList<qint64> &upsertIds,
                       qint64 nowMs, StoreBatchResult &result);

} // namespace fi
