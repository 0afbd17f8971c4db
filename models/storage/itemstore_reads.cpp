/// @file itemstore_reads.cpp
/// @brief ItemStore's read calls: any thread, each on that thread's read-only connection.
/// Every query is finished before returning so no read transaction stays open (WAL snapshot).

#include "storage/itemrow.h"
#include "storage/itemssql.h"
#include "storage/itemstore_p.h"

#include <QDateTime>
#include <QSqlError>

#include <algorithm>

namespace fi {

namespace {

/// Item::isAnswered() negated: neither the source's \Answered flag nor a reply the app found.
/// An answered item's deadline is met, so it is never overdue.
const char *const kUnansweredSql = "(items.answered = 0 AND items.replied_ms IS NULL)";

bool run(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qWarning("ItemStore::%s failed: %s", what, qUtf8Printable(q.lastError().text()));
    return false;
}

/// remote id → fingerprint of the source's items whose @p column is one of @p values (in chunks of
/// 500, well under SQLite's limit of bound parameters), with @p extraSql (one placeholder, bound
/// to @p extraValue) added to the condition when not empty.
KnownItems knownWhereIn(QSqlDatabase &db, qint64 sourceId, const char *column, const QStringList &values,
                        const QString &extraSql, const QVariant &extraValue, const char *what)
{
    KnownItems known;
    if (!db.isOpen() || values.isEmpty())
        return known;
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < values.size(); from += kChunk) {
        const QStringList chunk = values.mid(from, kChunk);
        QStringList marks;
        marks.fill(QStringLiteral("?"), chunk.size());
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT remote_id, fingerprint FROM items WHERE source_id = ? AND %1 IN (%2)%3")
                      .arg(QLatin1String(column), marks.join(QLatin1Char(',')), extraSql));
        q.addBindValue(sourceId);
        for (const QString &value : chunk)
            q.addBindValue(value);
        if (!extraSql.isEmpty())
            q.addBindValue(extraValue);
        if (run(q, what))
            while (q.next())
                known.insert(q.value(0).toString(), q.value(1).toString());
    }
    return known;
}

} // namespace

QList<SourceConfig> ItemStore::sources() const
{
    QList<SourceConfig> result;
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(rows::sourceSelectSql() + QStringLiteral(" ORDER BY id"));
    if (run(q, "sources"))
        while (q.next())
            result << rows::sourceFromQuery(q);
    return result;
}

std::optional<SourceConfig> ItemStore::source(qint64 id) const
{
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(rows::sourceSelectSql() + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (run(q, "source") && q.next())
        return rows::sourceFromQuery(q);
    return std::nullopt;
}

QList<Item> ItemStore::items(const ItemQuery &query) const
{
    QList<Item> result;
    visitItems(query, [&result](Item &&item) {
        result << std::move(item);
        return true;
    });
    return result;
}

void ItemStore::visitItems(const ItemQuery &query, const std::function<bool(Item &&item)> &visit) const
{
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return;
    const ItemsSql select = itemsSql(query, ItemsSql::Rows);
    if (select.matchesNothing)
        return;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(select.sql);
    for (const QVariant &v : select.values)
        q.addBindValue(v);
    if (run(q, "items"))
        while (q.next())
            if (!visit(rows::itemFromQuery(q)))
                break;
}

std::vector<ItemKey> ItemStore::itemKeys(const ItemQuery &query) const
{
    std::vector<ItemKey> result;
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return result;
    // A ranked page with other conditions first looks at the best hits only (itemsSql()): four
    // times the rows it needs (at least 256); when too few of them pass, at all of them.
    const int needed = query.limit >= 0 ? std::max(0, query.offset) + query.limit : 0;
    int window = needed > 0 ? std::max(256, 4 * needed) : 0;
    for (;;) {
        const ItemsSql select = itemsSql(query, ItemsSql::Keys, window);
        if (select.matchesNothing)
            return result;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(select.sql);
        for (const QVariant &v : select.values)
            q.addBindValue(v);
        result.clear();
        if (run(q, "itemKeys"))
            while (q.next())
                result.push_back(rows::itemKeyFromQuery(q));
        if (select.hitWindow <= 0 || qsizetype(result.size()) >= query.limit)
            return result;
        window = 0;
    }
}

QList<Item> ItemStore::itemsByIds(const QList<qint64> &ids) const
{
    return itemsWhereIn(QStringLiteral("items.id"), ids, "itemsByIds");
}

QList<Item> ItemStore::conversationItems(const QList<qint64> &conversationIds) const
{
    return itemsWhereIn(QStringLiteral("items.conversation_id"), conversationIds, "conversationItems");
}

QList<Item> ItemStore::itemsWhereIn(const QString &column, const QList<qint64> &values, const char *what) const
{
    constexpr qsizetype kChunk = 500;
    QList<Item> result;
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen() || values.isEmpty())
        return result;
    result.reserve(values.size());
    for (qsizetype from = 0; from < values.size(); from += kChunk) {
        const qsizetype n = std::min(kChunk, values.size() - from);
        QString marks(n * 2 - 1, QLatin1Char(','));
        for (qsizetype i = 0; i < n; ++i)
            marks[i * 2] = QLatin1Char('?');
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(rows::itemSelectSql() + QStringLiteral(" WHERE %1 IN (%2)").arg(column, marks));
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(values.at(from + i));
        if (run(q, what))
            while (q.next())
                result << rows::itemFromQuery(q);
    }
    return result;
}

QSet<qint64> ItemStore::conversationsOpenAbove(std::optional<Tier> above, qint64 nowMs) const
{
    QSet<qint64> result;
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT items.conversation_id FROM items WHERE %1 AND items.tier > ?"
                             " AND items.tier_reason <> 'screener' AND items.conversation_id IS NOT NULL")
                  .arg(QLatin1String(kOpenItemsSql)));
    q.addBindValue(nowMs != 0 ? nowMs : QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(above ? int(*above) : 0);
    if (run(q, "conversationsOpenAbove"))
        while (q.next())
            result.insert(q.value(0).toLongLong());
    return result;
}

int ItemStore::count(const ItemQuery &query) const
{
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return -1;
    const ItemsSql select = itemsSql(query, ItemsSql::Count);
    if (select.matchesNothing)
        return 0;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(select.sql);
    for (const QVariant &v : select.values)
        q.addBindValue(v);
    if (run(q, "count") && q.next())
        return q.value(0).toInt();
    return -1;
}

std::optional<Item> ItemStore::item(qint64 id) const
{
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(rows::itemSelectSql() + QStringLiteral(" WHERE items.id = ?"));
    q.addBindValue(id);
    if (run(q, "item") && q.next())
        return rows::itemFromQuery(q);
    return std::nullopt;
}

TierCounts ItemStore::counts(qint64 nowMs) const
{
    if (nowMs == 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    TierCounts counts;
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return counts;
    // One statement (one snapshot), each count answered by an index (items_state_tier_due,
    // items_state_snooze; the overdue ones by the partial items_unanswered_due, schema 11)
    // instead of one scan of the wide items table: 7.6 ms instead of 150 ms at 100,000 items.
    // "Open" is kOpenItemsSql: open, or snoozed with the wake time passed.
    const QString openInTier = QStringLiteral("(SELECT COUNT(*) FROM items WHERE items.state = 'open'%1)"
                                              " + (SELECT COUNT(*) FROM items WHERE items.state = 'snoozed'"
                                              " AND (items.snoozed_until_ms IS NULL OR items.snoozed_until_ms <= ?)%1)");
    const QString tier3 = QStringLiteral(" AND items.tier = 3 AND items.tier_reason <> 'screener'");
    const QString overdue = QStringLiteral(" AND items.due_ms < ? AND %1").arg(QLatin1String(kUnansweredSql));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %2, %3,"
                             " (SELECT COUNT(*) FROM items WHERE items.state = 'done'),"
                             " (SELECT COUNT(*) FROM items WHERE items.state = 'snoozed' AND items.snoozed_until_ms > ?),"
                             " %4, %5, %6")
                  .arg(openInTier.arg(tier3),
                       openInTier.arg(QStringLiteral(" AND items.tier = 2 AND items.tier_reason <> 'screener'")),
                       openInTier.arg(QStringLiteral(" AND items.tier = 1 AND items.tier_reason <> 'screener'")),
                       openInTier.arg(QStringLiteral(" AND items.tier IN (1, 2, 3)") + overdue),
                       openInTier.arg(tier3 + overdue),
                       openInTier.arg(QStringLiteral(" AND items.tier_reason = 'screener'"))));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(nowMs); // the wake time of each tier's count
    q.addBindValue(nowMs);     // asleep
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(nowMs); // due, open
        q.addBindValue(nowMs); // wake time
        q.addBindValue(nowMs); // due, woken
    }
    q.addBindValue(nowMs);     // the screener's wake time
    if (run(q, "counts") && q.next()) {
        counts.now = q.value(0).toInt();
        counts.async = q.value(1).toInt();
        counts.reference = q.value(2).toInt();
        counts.done = q.value(3).toInt();
        counts.snoozed = q.value(4).toInt();
        counts.overdue = q.value(5).toInt();
        counts.overdueNow = q.value(6).toInt();
        counts.newSenders = q.value(7).toInt();
    }
    return counts;
}

TierCounts ItemStore::conversationCounts(qint64 nowMs) const
{
    if (nowMs == 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    // The item counts (indexed, a few ms), corrected for the conversations of more than one item:
    // their items are taken out and each conversation is counted once instead. Most items are a
    // conversation of their own, so this reads far fewer rows than grouping every open item
    // (100,000 items: ~100 ms that way).
    TierCounts counts = this->counts(nowMs);
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return counts;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("WITH multi AS MATERIALIZED (SELECT conversation_id AS c FROM items"
                             " WHERE conversation_id IS NOT NULL GROUP BY conversation_id HAVING COUNT(*) > 1)"
                             " SELECT items.conversation_id, items.tier, items.tier_reason = 'screener', %1,"
                             " items.state = 'done', items.state = 'snoozed' AND items.snoozed_until_ms > ?,"
                             " items.due_ms < ? AND %2"
                             " FROM items WHERE items.conversation_id IN (SELECT c FROM multi)"
                             " ORDER BY items.conversation_id")
                  .arg(QLatin1String(kOpenItemsSql), QLatin1String(kUnansweredSql)));
    q.addBindValue(nowMs); // wake time
    q.addBindValue(nowMs); // asleep
    q.addBindValue(nowMs); // due
    if (!run(q, "conversationCounts"))
        return counts;
    struct Group {
        qint64 id = 0;
        int top = 0;            ///< Highest tier of its open items outside the screener (0: none).
        bool overdue = false;   ///< One of its open items is overdue.
        bool done = false, asleep = false;
    } group;
    const auto close = [&counts](const Group &g) {
        if (g.id == 0)
            return;
        if (g.top == 3)
            ++counts.now;
        else if (g.top == 2)
            ++counts.async;
        else if (g.top == 1)
            ++counts.reference;
        if (g.overdue) {
            ++counts.overdue;
            if (g.top == 3)
                ++counts.overdueNow;
        }
        if (g.top == 0 && g.done)
            ++counts.done;
        if (g.top == 0 && g.asleep)
            ++counts.snoozed;
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != group.id) {
            close(group);
            group = Group{id};
        }
        const int tier = q.value(1).toInt();
        const bool screener = q.value(2).toBool();
        const bool open = q.value(3).toBool();
        const bool overdue = open && tier >= 1 && tier <= 3 && q.value(6).toBool();
        // Out of the item counts, exactly as counts() counted it.
        if (open && !screener) {
            if (tier == 3)
                --counts.now;
            else if (tier == 2)
                --counts.async;
            else if (tier == 1)
                --counts.reference;
            group.top = std::max(group.top, tier);
        }
        if (overdue) {
            --counts.overdue;
            if (tier == 3 && !screener)
                --counts.overdueNow;
            group.overdue = true;
        }
        if (q.value(4).toBool()) {
            --counts.done;
            group.done = true;
        }
        if (q.value(5).toBool()) {
            --counts.snoozed;
            group.asleep = true;
        }
    }
    close(group);
    return counts;
}

int ItemStore::asleepCount(qint64 nowMs) const
{
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return -1;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM items WHERE items.state = 'snoozed' AND items.snoozed_until_ms > ?"));
    q.addBindValue(nowMs != 0 ? nowMs : QDateTime::currentMSecsSinceEpoch());
    if (run(q, "asleepCount") && q.next())
        return q.value(0).toInt();
    return -1;
}

KnownItems ItemStore::knownItems(qint64 sourceId) const
{
    KnownItems known;
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return known;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT remote_id, fingerprint FROM items WHERE source_id = ?"));
    q.addBindValue(sourceId);
    if (run(q, "knownItems"))
        while (q.next())
            known.insert(q.value(0).toString(), q.value(1).toString());
    return known;
}

KnownItems ItemStore::knownItemsAmong(qint64 sourceId, const QStringList &remoteIds) const
{
    QSqlDatabase db = d->readConnection();
    return knownWhereIn(db, sourceId, "remote_id", remoteIds, QString(), QVariant(), "knownItemsAmong");
}

KnownItems ItemStore::knownItemsAt(qint64 sourceId, const QString &folder, const QStringList &locators) const
{
    QSqlDatabase db = d->readConnection();
    // folder is stored as '' (rows::text), never NULL.
    return knownWhereIn(db, sourceId, "locator", locators, QStringLiteral(" AND folder = ?"),
                        folder.isNull() ? QStringLiteral("") : folder, "knownItemsAt");
}

bool ItemStore::hasItems(qint64 sourceId) const
{
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM items WHERE source_id = ? LIMIT 1"));
    q.addBindValue(sourceId);
    return run(q, "hasItems") && q.next();
}

QMap<QString, QByteArray> ItemStore::syncState(qint64 sourceId) const
{
    QMap<QString, QByteArray> state;
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return state;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT folder, state FROM sync_state WHERE source_id = ?"));
    q.addBindValue(sourceId);
    if (run(q, "syncState"))
        while (q.next())
            state.insert(q.value(0).toString(), q.value(1).toByteArray());
    return state;
}

QList<ItemEvent> ItemStore::events(qint64 itemId) const
{
    QList<ItemEvent> result;
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT item_id, kind, at_ms, detail FROM item_events WHERE item_id = ? ORDER BY at_ms, id"));
    q.addBindValue(itemId);
    if (run(q, "events"))
        while (q.next())
            result << ItemEvent{q.value(0).toLongLong(), q.value(1).toString(),
                                q.value(2).toLongLong(), q.value(3).toString()};
    return result;
}

} // namespace fi
