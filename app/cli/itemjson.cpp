#include "cli/itemjson.h"

#include "deadlines/deadlinestate.h"
#include "storage/itemstore.h"

#include <QDateTime>
#include <QJsonArray>

namespace fi::cli {

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QHash<qint64, QString> sourceKinds(const ItemStore &store)
{
    QHash<qint64, QString> kindOf;
    for (const SourceConfig &source : store.sources())
        kindOf.insert(source.id, source.kind);
    return kindOf;
}

namespace {

/// "c<N>", or null for an item without a conversation.
QJsonValue conversationValue(qint64 conversationId)
{
    return conversationId > 0 ? QJsonValue(conversationKey(conversationId)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject itemToJson(const Item &item, qint64 nowMs, const QHash<qint64, QString> &kindOf)
{
    const ItemRecord &r = item.record;
    QJsonObject o;
    o.insert(QStringLiteral("id"), item.id);
    o.insert(QStringLiteral("conversation"), conversationValue(item.conversationId));
    o.insert(QStringLiteral("source"), item.sourceName);
    o.insert(QStringLiteral("kind"), kindOf.value(item.sourceId));
    o.insert(QStringLiteral("url"), r.url);
    o.insert(QStringLiteral("remote_id"), r.remoteId);
    o.insert(QStringLiteral("message_id"), r.messageId);
    o.insert(QStringLiteral("from_name"), r.from.name);
    o.insert(QStringLiteral("from_address"), r.from.address);
    o.insert(QStringLiteral("subject"), r.subject);
    o.insert(QStringLiteral("snippet"), r.snippet);
    o.insert(QStringLiteral("received"), isoUtc(r.receivedMs));
    o.insert(QStringLiteral("tier"), int(item.tier));
    o.insert(QStringLiteral("tier_reason"), item.tierReason);
    o.insert(QStringLiteral("due"), item.dueMs ? QJsonValue(isoUtc(*item.dueMs)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("deadline_state"),
             deadlineStateName(deadlineState(item.dueMs, r.lastActivityMs(), item.state, item.doneMs, item.isAnswered(), nowMs)));
    o.insert(QStringLiteral("policy"), item.policy);
    o.insert(QStringLiteral("state"), itemStateName(item.state));
    o.insert(QStringLiteral("seen"), r.flags.seen);
    if (item.state == ItemState::Snoozed && item.snoozedUntilMs)
        o.insert(QStringLiteral("snoozed_until"), isoUtc(*item.snoozedUntilMs));
    return o;
}

QString conversationKey(qint64 conversationId)
{
    return conversationId > 0 ? QStringLiteral("c%1").arg(conversationId) : QString();
}

std::optional<qint64> conversationFromKey(const QString &word)
{
    const QString w = word.trimmed();
    if (w.size() < 2 || (w.at(0) != QLatin1Char('c') && w.at(0) != QLatin1Char('C')))
        return std::nullopt;
    bool ok = false;
    const qint64 id = w.mid(1).toLongLong(&ok);
    if (!ok || id < 1 || !w.at(1).isDigit())
        return std::nullopt;
    return id;
}

QJsonObject conversationToJson(const ConversationSummary &summary)
{
    QJsonObject o;
    o.insert(QStringLiteral("conversation"), conversationValue(summary.conversationId));
    o.insert(QStringLiteral("subject"), summary.subject);
    o.insert(QStringLiteral("count"), summary.count);
    o.insert(QStringLiteral("tier"), int(summary.tier));
    o.insert(QStringLiteral("due"), summary.dueMs ? QJsonValue(isoUtc(*summary.dueMs)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("deadline_state"), deadlineStateName(summary.deadlineState));
    o.insert(QStringLiteral("state"), itemStateName(summary.state));
    QJsonArray ids;
    for (const qint64 id : summary.itemIds)
        ids.append(id);
    o.insert(QStringLiteral("item_ids"), ids);
    o.insert(QStringLiteral("from_name"), summary.latestSender.name);
    o.insert(QStringLiteral("from_address"), summary.latestSender.address);
    o.insert(QStringLiteral("latest"), isoUtc(summary.latestMs));
    return o;
}

} // namespace fi::cli
