#pragma once
/// @file batchnonmail.h
/// @brief Internal: the steps of ItemStore::applyBatch for items that are not mail — inline
/// content (item_content) and reopening done items on new activity. They run on the writer
/// connection inside the batch's transaction; each returns false with ctx.error set on an SQL
/// error (the caller rolls back). Not part of the public API.

#include "storage/itemstore.h"

namespace fi {

class WriteContext;

/// Insert or replace the inline content of item @p itemId (resources/sql/0004: item_content),
/// and its text in the body search index (bodyindex.h).
/// Does nothing when @p content has an empty body (a kind that sends no content this time
/// keeps what is stored). @p nowMs: updated_ms, UTC epoch ms.
bool writeInlineContent(WriteContext &ctx, qint64 itemId, const ItemRecord::InlineContent &content,
                        qint64 nowMs);

/// Before the upsert of stored item @p itemId: whether @p record's activity reopens it
/// (StoreBatch::reopenOnActivity): the item is done and record.activityMs is later than the
/// stored activity_ms and than done_ms. *reopens receives the answer.
bool activityReopens(WriteContext &ctx, qint64 itemId, const ItemRecord &record, bool *reopens);

/// After the upsert: make item @p itemId open again (done_ms and snooze cleared), record an
/// item_events row "reopened" with detail "activity" at @p nowMs, and when @p pinned (a manual
/// move: the upsert kept its due) set its due from @p reopenDue (if given) on the stored row.
bool reopenOnActivity(WriteContext &ctx, qint64 itemId, bool pinned,
                      const std::function<std::optional<qint64>(const Item &)> &reopenDue, qint64 nowMs);

} // namespace fi
