/// @file itemstore_deadlines.cpp
/// @brief ItemStore calls for response deadlines (issue 4): recompute after a configuration
/// change, paused clocks of "snooze and pause", and the record of early warnings. Tables:
/// resources/sql/0003_deadline_clock.sql. Replies found in Sent folders are stored with their
/// batch (StoreBatch::repliedMessageIds, storage/batchreplies.cpp).

#include "storage/itemrow.h"
#include "storage/itemstore_p.h"

#include <QDateTime>
#include <QSqlError>

namespace fi {

namespace {

qint64 nowIfZero(qint64 atMs)
{
    return atMs != 0 ? atMs : QDateTime::currentMSecsSinceEpoch();
}

/// Items of @p where (SQL after WHERE), read on the writer connection.
bool readItems(WriteContext &ctx, const QString &where, const QVariantList &values, QList<Item> *out)
{
    QSqlQuery *q = ctx.prepared(rows::itemSelectSql() + QStringLiteral(" WHERE ") + where);
    if (!q)
        return false;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!ctx.exec(*q))
        return false;
    while (q->next())
        out->append(rows::itemFromQuery(*q));
    q->finish();
    return true;
}

bool writeDue(WriteContext &ctx, qint64 id, std::optional<qint64> dueMs)
{
    QSqlQuery *set = ctx.prepared(QStringLiteral("UPDATE items SET due_ms = ? WHERE id = ?"));
    if (!set)
        return false;
    set->bindValue(0, rows::nullable(dueMs));
    set->bindValue(1, id);
    return ctx.exec(*set);
}

} // namespace

QFuture<int> ItemStore::recomputeDue(DueFunction dueOf)
{
    if (!d->writer || !dueOf)
        return Private::finished(0);
    auto changed = std::make_shared<QList<qint64>>();
    return d->writer->transact<int>(
        [dueOf = std::move(dueOf), changed](WriteContext &ctx, int &count) {
            QList<Item> items;
            if (!readItems(ctx,
                           QStringLiteral("items.state <> 'done' AND items.id NOT IN"
                                          " (SELECT item_id FROM deadline_pauses)"),
                           {}, &items))
                return false;
            for (const Item &item : std::as_const(items)) {
                const std::optional<qint64> due = dueOf(item);
                if (due == item.dueMs)
                    continue;
                if (!writeDue(ctx, item.id, due))
                    return false;
                changed->append(item.id);
            }
            count = int(changed->size());
            return true;
        },
        [changed](int &count, const QString &error) {
            count = 0;
            changed->clear();
            qWarning("ItemStore::recomputeDue failed: %s", qUtf8Printable(error));
        },
        [this, changed](const int &) { d->postItemsChanged(*changed); });
}

QFuture<bool> ItemStore::pauseClocks(const QMap<qint64, qint64> &remainingMinutes, qint64 atMs)
{
    if (!d->writer)
        return Private::finished(false);
    const qint64 at = nowIfZero(atMs);
    return d->writer->transact<bool>(
        [remainingMinutes, at](WriteContext &ctx, bool &ok) {
            QSqlQuery *put = ctx.prepared(QStringLiteral(
                "INSERT OR REPLACE INTO deadline_pauses (item_id, remaining_minutes, paused_at_ms)"
                " SELECT id, ?, ? FROM items WHERE id = ?"));
            if (!put)
                return false;
            for (auto it = remainingMinutes.cbegin(); it != remainingMinutes.cend(); ++it) {
                put->bindValue(0, std::max<qint64>(0, it.value()));
                put->bindValue(1, at);
                put->bindValue(2, it.key());
                if (!ctx.exec(*put))
                    return false;
            }
            ok = true;
            return true;
        },
        [](bool &ok, const QString &error) {
            ok = false;
            qWarning("ItemStore::pauseClocks failed: %s", qUtf8Printable(error));
        });
}

QFuture<bool> ItemStore::clearPausedClocks(const QList<qint64> &ids)
{
    if (!d->writer)
        return Private::finished(false);
    return d->writer->transact<bool>(
        [ids](WriteContext &ctx, bool &ok) {
            QSqlQuery *del = ctx.prepared(QStringLiteral("DELETE FROM deadline_pauses WHERE item_id = ?"));
            if (!del)
                return false;
            for (qint64 id : ids) {
                del->bindValue(0, id);
                if (!ctx.exec(*del))
                    return false;
            }
            ok = true;
            return true;
        },
        [](bool &ok, const QString &) { ok = false; });
}

QFuture<int> ItemStore::resumePausedClocks(qint64 nowMs, ResumeFunction dueAt)
{
    if (!d->writer || !dueAt)
        return Private::finished(0);
    auto changed = std::make_shared<QList<qint64>>();
    return d->writer->transact<int>(
        [nowMs, dueAt = std::move(dueAt), changed](WriteContext &ctx, int &count) {
            QSqlQuery *pauses = ctx.prepared(QStringLiteral(
                "SELECT p.item_id, p.remaining_minutes FROM deadline_pauses p JOIN items i ON i.id = p.item_id"
                " WHERE i.state <> 'snoozed' OR i.snoozed_until_ms IS NULL OR i.snoozed_until_ms <= ?"));
            QSqlQuery *del = ctx.prepared(QStringLiteral("DELETE FROM deadline_pauses WHERE item_id = ?"));
            if (!pauses || !del)
                return false;
            pauses->bindValue(0, nowMs);
            if (!ctx.exec(*pauses))
                return false;
            QMap<qint64, qint64> remaining;
            while (pauses->next())
                remaining.insert(pauses->value(0).toLongLong(), pauses->value(1).toLongLong());
            pauses->finish();
            for (auto it = remaining.cbegin(); it != remaining.cend(); ++it) {
                QList<Item> items;
                if (!readItems(ctx, QStringLiteral("items.id = ?"), {it.key()}, &items))
                    return false;
                if (!items.isEmpty()) {
                    const Item &item = items.first();
                    // Woken by its snooze time, or reopened/done by hand before it: now.
                    const qint64 wake = item.state == ItemState::Snoozed && item.snoozedUntilMs
                        ? *item.snoozedUntilMs
                        : nowMs;
                    if (item.state != ItemState::Done) {
                        const std::optional<qint64> due = dueAt(item, wake, it.value());
                        if (due != item.dueMs) {
                            if (!writeDue(ctx, item.id, due))
                                return false;
                            changed->append(item.id);
                        }
                    }
                }
                del->bindValue(0, it.key());
                if (!ctx.exec(*del))
                    return false;
                ++count;
            }
            return true;
        },
        [changed](int &count, const QString &error) {
            count = 0;
            changed->clear();
            qWarning("ItemStore::resumePausedClocks failed: %s", qUtf8Printable(error));
        },
        [this, changed](const int &) { d->postItemsChanged(*changed); });
}

QMap<qint64, qint64> ItemStore::pausedClocks() const
{
    QMap<qint64, qint64> result;
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT item_id, remaining_minutes FROM deadline_pauses"))) {
        qWarning("ItemStore::pausedClocks failed: %s", qUtf8Printable(q.lastError().text()));
        return result;
    }
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return result;
}

QList<ItemStore::SentWarning> ItemStore::sentWarnings() const
{
    QList<SentWarning> result;
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT item_id, step, due_ms FROM deadline_warnings"))) {
        qWarning("ItemStore::sentWarnings failed: %s", qUtf8Printable(q.lastError().text()));
        return result;
    }
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return result;
}

QFuture<bool> ItemStore::recordWarnings(const QList<SentWarning> &warnings, qint64 atMs)
{
    if (!d->writer)
        return Private::finished(false);
    const qint64 at = nowIfZero(atMs);
    return d->writer->transact<bool>(
        [warnings, at](WriteContext &ctx, bool &ok) {
            QSqlQuery *put = ctx.prepared(QStringLiteral(
                "INSERT OR IGNORE INTO deadline_warnings (item_id, step, due_ms, sent_ms)"
                " SELECT id, ?, ?, ? FROM items WHERE id = ?"));
            if (!put)
                return false;
            for (const SentWarning &w : warnings) {
                put->bindValue(0, rows::text(w.step));
                put->bindValue(1, w.dueMs);
                put->bindValue(2, at);
                put->bindValue(3, w.itemId);
                if (!ctx.exec(*put))
                    return false;
            }
            ok = true;
            return true;
        },
        [](bool &ok, const QString &) { ok = false; });
}

} // namespace fi
