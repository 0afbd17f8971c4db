/// @file batchnonmail.cpp
/// @brief Inline content and reopen-on-activity steps of a batch (batchnonmail.h), and the
/// read of inline content (ItemStore::content()).

#include "storage/batchnonmail.h"

#include "storage/bodyindex.h"
#include "storage/itemrow.h"
#include "storage/itemstore_p.h"

#include <QSqlError>

namespace fi {

bool writeInlineContent(WriteContext &ctx, qint64 itemId, const ItemRecord::InlineContent &content,
                        qint64 nowMs)
{
    if (content.body.isEmpty())
        return true;
    QSqlQuery *q = ctx.prepared(QStringLiteral(
        "INSERT INTO item_content (item_id, mime_type, body, updated_ms) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (item_id) DO UPDATE SET mime_type = excluded.mime_type, body = excluded.body,"
        " updated_ms = excluded.updated_ms"));
    if (!q)
        return false;
    q->bindValue(0, itemId);
    q->bindValue(1, rows::text(content.mimeType.isEmpty() ? QStringLiteral("text/html") : content.mimeType));
    q->bindValue(2, rows::text(content.body));
    q->bindValue(3, nowMs);
    return ctx.exec(*q) && writeBodyText(ctx, itemId, bodySearchText(content));
}

bool activityReopens(WriteContext &ctx, qint64 itemId, const ItemRecord &record, bool *reopens)
{
    *reopens = false;
    if (record.activityMs <= 0)
        return true;  // the kind reports no activity time: nothing can be newer
    QSqlQuery *q = ctx.prepared(QStringLiteral(
        "SELECT state, activity_ms, done_ms FROM items WHERE id = ?"));
    if (!q)
        return false;
    q->bindValue(0, itemId);
    if (!ctx.exec(*q))
        return false;
    if (q->next()) {
        const bool done = q->value(0).toString() == itemStateName(ItemState::Done);
        const qint64 storedActivity = q->value(1).toLongLong();
        const qint64 doneMs = q->value(2).isNull() ? 0 : q->value(2).toLongLong();
        *reopens = done && record.activityMs > storedActivity && record.activityMs > doneMs;
    }
    q->finish();
    return true;
}

bool reopenOnActivity(WriteContext &ctx, qint64 itemId, bool pinned,
                      const std::function<std::optional<qint64>(const Item &)> &reopenDue, qint64 nowMs)
{
    QSqlQuery *open = ctx.prepared(QStringLiteral(
        "UPDATE items SET state = 'open', done_ms = NULL, snoozed_until_ms = NULL WHERE id = ?"));
    QSqlQuery *event = ctx.prepared(QStringLiteral(
        "INSERT INTO item_events (item_id, kind, at_ms, detail) VALUES (?, 'reopened', ?, 'activity')"));
    if (!open || !event)
        return false;
    open->bindValue(0, itemId);
    if (!ctx.exec(*open))
        return false;
    event->bindValue(0, itemId);
    event->bindValue(1, nowMs);
    if (!ctx.exec(*event))
        return false;
    if (!pinned || !reopenDue)
        return true;  // not pinned: the upsert already wrote the due Tiering computed from the activity
    QSqlQuery *read = ctx.prepared(rows::itemSelectSql() + QStringLiteral(" WHERE items.id = ?"));
    QSqlQuery *due = ctx.prepared(QStringLiteral("UPDATE items SET due_ms = ? WHERE id = ?"));
    if (!read || !due)
        return false;
    read->bindValue(0, itemId);
    if (!ctx.exec(*read))
        return false;
    std::optional<Item> item;
    if (read->next())
        item = rows::itemFromQuery(*read);
    read->finish();
    if (!item)
        return true;
    due->bindValue(0, rows::nullable(reopenDue(*item)));
    due->bindValue(1, itemId);
    return ctx.exec(*due);
}

std::optional<ItemRecord::InlineContent> ItemStore::content(qint64 itemId) const
{
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT mime_type, body FROM item_content WHERE item_id = ?"));
    q.addBindValue(itemId);
    if (!q.exec()) {
        qWarning("ItemStore::content failed: %s", qUtf8Printable(q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    ItemRecord::InlineContent content;
    content.mimeType = q.value(0).toString();
    content.body = q.value(1).toString();
    if (content.body.isEmpty())
        return std::nullopt;
    return content;
}

} // namespace fi
