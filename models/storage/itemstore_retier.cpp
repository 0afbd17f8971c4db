/// @file itemstore_retier.cpp
/// @brief ItemStore::retier() and undoTierBatch() (issue 14): re-tiering stored items after a
/// rule change as one undoable batch. Tables: resources/sql/0013_tier_batches.sql.

#include "storage/itemrow.h"
#include "storage/itemstore_p.h"
#include "storage/journalwriter.h"

#include <QDateTime>
#include <QSqlError>

namespace fi {

namespace {

qint64 nowIfZero(qint64 atMs)
{
    return atMs != 0 ? atMs : QDateTime::currentMSecsSinceEpoch();
}

TierPlacement placementOf(const Item &item)
{
    return {item.tier, item.tierReason, item.policy, item.dueMs};
}

/// Items paused by "snooze and pause the clock": their due is set when the clock resumes.
bool pausedIds(WriteContext &ctx, QSet<qint64> *out)
{
    QSqlQuery *q = ctx.prepared(QStringLiteral("SELECT item_id FROM deadline_pauses"));
    if (!q || !ctx.exec(*q))
        return false;
    while (q->next())
        out->insert(q->value(0).toLongLong());
    q->finish();
    return true;
}

/// Moves one item from @p from to @p to: the row, a "tier" event and the journaled change
/// when the tier changes (as ItemStore::setTier() does).
bool place(WriteContext &ctx, JournalWriter &journal, qint64 id, qint64 sourceId, const TierPlacement &from,
           const TierPlacement &to, qint64 at)
{
    QSqlQuery *set = ctx.prepared(QStringLiteral(
        "UPDATE items SET tier = ?, tier_reason = ?, policy = ?, due_ms = ? WHERE id = ?"));
    QSqlQuery *event = ctx.prepared(QStringLiteral(
        "INSERT INTO item_events (item_id, kind, at_ms, detail) VALUES (?, 'tier', ?, ?)"));
    if (!set || !event)
        return false;
    set->bindValue(0, int(to.tier));
    set->bindValue(1, rows::text(to.reason));
    set->bindValue(2, rows::text(to.policy));
    set->bindValue(3, rows::nullable(to.dueMs));
    set->bindValue(4, id);
    if (!ctx.exec(*set))
        return false;
    if (from.tier == to.tier)
        return true;
    event->bindValue(0, id);
    event->bindValue(1, at);
    event->bindValue(2, QStringLiteral("%1->%2").arg(int(from.tier)).arg(int(to.tier)));
    return ctx.exec(*event)
        && journal.record(ctx, sourceId, id, ChangeKind::Tier, {{QStringLiteral("tier"), int(to.tier)}}, at);
}

bool insertBatch(WriteContext &ctx, const QString &origin, qint64 at, qint64 *batchId)
{
    QSqlQuery *q = ctx.prepared(QStringLiteral("INSERT INTO tier_batches (origin, at_ms) VALUES (?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, origin);
    q->bindValue(1, at);
    if (!ctx.exec(*q))
        return false;
    *batchId = q->lastInsertId().toLongLong();
    return true;
}

bool insertBatchItem(WriteContext &ctx, qint64 batchId, const TierChange &c)
{
    QSqlQuery *q = ctx.prepared(QStringLiteral(
        "INSERT INTO tier_batch_items (batch_id, item_id, before_tier, before_reason, before_policy, before_due_ms,"
        " after_tier, after_reason, after_policy, after_due_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return false;
    const QVariantList values{batchId, c.itemId,
                              int(c.before.tier), rows::text(c.before.reason), rows::text(c.before.policy),
                              rows::nullable(c.before.dueMs),
                              int(c.after.tier), rows::text(c.after.reason), rows::text(c.after.policy),
                              rows::nullable(c.after.dueMs)};
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    return ctx.exec(*q);
}

QList<qint64> idsOf(const TierBatch &batch)
{
    QList<qint64> ids;
    for (const TierChange &c : batch.changes)
        ids.append(c.itemId);
    return ids;
}

void failBatch(TierBatch &batch, const char *what, const QString &error)
{
    batch = TierBatch{};
    qWarning("ItemStore::%s failed: %s", what, qUtf8Printable(error));
}

/// The placement in columns @p first … @p first + 3 of @p q (tier, reason, policy, due or NULL).
TierPlacement placementAt(const QSqlQuery &q, int first)
{
    const QVariant due = q.value(first + 3);
    return {Tier(q.value(first).toInt()), q.value(first + 1).toString(), q.value(first + 2).toString(),
            due.isNull() ? std::nullopt : std::optional<qint64>(due.toLongLong())};
}

} // namespace

QFuture<TierBatch> ItemStore::retier(PlacementFunction placeOf, const QString &origin, qint64 atMs)
{
    if (!d->writer || !placeOf)
        return Private::finished(TierBatch{});
    const qint64 at = nowIfZero(atMs);
    auto journal = std::make_shared<JournalWriter>();
    return d->writer->transact<TierBatch>(
        [placeOf = std::move(placeOf), origin, at, journal](WriteContext &ctx, TierBatch &batch) {
            QSet<qint64> paused;
            if (!journal->load(ctx) || !pausedIds(ctx, &paused))
                return false;
            QSqlQuery *q = ctx.prepared(rows::itemSelectSql()
                                        + QStringLiteral(" WHERE items.state <> 'done' ORDER BY items.id"));
            if (!q || !ctx.exec(*q))
                return false;
            QList<std::pair<qint64, TierChange>> planned;  // source id, change
            while (q->next()) {
                const Item item = rows::itemFromQuery(*q);
                std::optional<TierPlacement> to = placeOf(item);
                if (!to || !isValidTier(int(to->tier)))
                    continue;
                if (paused.contains(item.id))
                    to->dueMs = item.dueMs;
                const TierPlacement from = placementOf(item);
                if (*to != from)
                    planned.append({item.sourceId, TierChange{item.id, from, *to}});
            }
            q->finish();
            batch.ok = true;
            if (planned.isEmpty())
                return true;
            if (!insertBatch(ctx, origin, at, &batch.id))
                return false;
            for (const auto &[sourceId, change] : std::as_const(planned)) {
                if (!place(ctx, *journal, change.itemId, sourceId, change.before, change.after, at)
                    || !insertBatchItem(ctx, batch.id, change))
                    return false;
                batch.changes.append(change);
            }
            return true;
        },
        [](TierBatch &batch, const QString &error) { failBatch(batch, "retier", error); },
        [this, journal](const TierBatch &batch) {
            d->postItemsChanged(idsOf(batch));
            d->postChangesJournaled(journal->journaledSources());
        });
}

QFuture<TierBatch> ItemStore::undoTierBatch(qint64 batchId, qint64 atMs)
{
    if (!d->writer)
        return Private::finished(TierBatch{});
    const qint64 at = nowIfZero(atMs);
    auto journal = std::make_shared<JournalWriter>();
    return d->writer->transact<TierBatch>(
        [batchId, at, journal](WriteContext &ctx, TierBatch &batch) {
            if (!journal->load(ctx))
                return false;
            QSqlQuery *find = ctx.prepared(batchId > 0
                ? QStringLiteral("SELECT id FROM tier_batches WHERE id = ? AND undone_ms IS NULL")
                : QStringLiteral("SELECT id FROM tier_batches WHERE undone_ms IS NULL ORDER BY id DESC LIMIT 1"));
            if (!find)
                return false;
            if (batchId > 0)
                find->bindValue(0, batchId);
            if (!ctx.exec(*find))
                return false;
            batch.ok = true;
            if (!find->next())
                return true;  // nothing to undo
            batch.id = find->value(0).toLongLong();
            find->finish();
            QSqlQuery *rowsQ = ctx.prepared(QStringLiteral(
                "SELECT b.item_id, b.before_tier, b.before_reason, b.before_policy, b.before_due_ms,"
                " b.after_tier, b.after_reason, b.after_policy, b.after_due_ms,"
                " i.tier, i.tier_reason, i.policy, i.due_ms, i.source_id, i.state"
                " FROM tier_batch_items b JOIN items i ON i.id = b.item_id WHERE b.batch_id = ? ORDER BY b.item_id"));
            if (!rowsQ)
                return false;
            rowsQ->bindValue(0, batch.id);
            if (!ctx.exec(*rowsQ))
                return false;
            QList<std::pair<qint64, TierChange>> back;
            while (rowsQ->next()) {
                const TierPlacement before = placementAt(*rowsQ, 1);
                const TierPlacement after = placementAt(*rowsQ, 5);
                const TierPlacement now = placementAt(*rowsQ, 9);
                // An item moved, re-tiered or given another due since stays as the user left it.
                if (now.tier != after.tier || now.reason != after.reason || now.policy != after.policy) {
                    ++batch.skipped;
                    continue;
                }
                TierPlacement to = before;
                if (now.dueMs != after.dueMs)
                    to.dueMs = now.dueMs;  // a paused clock resumed, a sync moved the activity: keep
                back.append({rowsQ->value(13).toLongLong(), TierChange{rowsQ->value(0).toLongLong(), now, to}});
            }
            rowsQ->finish();
            for (const auto &[sourceId, change] : std::as_const(back)) {
                if (!place(ctx, *journal, change.itemId, sourceId, change.before, change.after, at))
                    return false;
                batch.changes.append(change);
            }
            QSqlQuery *mark = ctx.prepared(QStringLiteral("UPDATE tier_batches SET undone_ms = ? WHERE id = ?"));
            if (!mark)
                return false;
            mark->bindValue(0, at);
            mark->bindValue(1, batch.id);
            return ctx.exec(*mark);
        },
        [](TierBatch &batch, const QString &error) { failBatch(batch, "undoTierBatch", error); },
        [this, journal](const TierBatch &batch) {
            d->postItemsChanged(idsOf(batch));
            d->postChangesJournaled(journal->journaledSources());
        });
}

} // namespace fi

namespace fi {

QList<TierChange> ItemStore::tierBatchChanges(qint64 batchId) const
{
    QList<TierChange> out;
    QSqlQuery q(d->readConnection());
    q.prepare(QStringLiteral(
        "SELECT item_id, before_tier, before_reason, before_policy, before_due_ms,"
        " after_tier, after_reason, after_policy, after_due_ms FROM tier_batch_items WHERE batch_id = ? ORDER BY item_id"));
    q.addBindValue(batchId);
    if (!q.exec()) {
        qWarning("ItemStore::tierBatchChanges failed: %s", qUtf8Printable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), placementAt(q, 1), placementAt(q, 5)});
    return out;
}

} // namespace fi
