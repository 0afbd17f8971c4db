#include "cli/clicontext.h"

#include "deadlines/deadlinestate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace fi::cli {

namespace {

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

/// @p kindOf: source id → the source's kind key ("maildir", "imap", "feed", …).
QJsonObject toJson(const Item &item, qint64 nowMs, const QHash<qint64, QString> &kindOf)
{
    const ItemRecord &r = item.record;
    QJsonObject o;
    o.insert(QStringLiteral("id"), item.id);
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
    return o;
}

} // namespace

int listCommand(Context &ctx)
{
    ItemQuery query;
    const QString state = ctx.parser->value(QStringLiteral("state"));
    if (state == QLatin1String("open"))
        query.states = ItemQuery::States::Open;
    else if (state == QLatin1String("done"))
        query.states = ItemQuery::States::Done;
    else if (state == QLatin1String("snoozed"))
        query.states = ItemQuery::States::Snoozed;
    else if (state == QLatin1String("all"))
        query.states = ItemQuery::States::All;
    else {
        ctx.err << QCoreApplication::translate("fi::cli", "--state must be open, done, snoozed or all") << Qt::endl;
        return UsageError;
    }
    if (ctx.parser->isSet(QStringLiteral("tier"))) {
        bool ok = false;
        const int tier = ctx.parser->value(QStringLiteral("tier")).toInt(&ok);
        if (!ok || !isValidTier(tier)) {
            ctx.err << QCoreApplication::translate("fi::cli", "--tier must be 1, 2 or 3") << Qt::endl;
            return UsageError;
        }
        query.tier = Tier(tier);
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    query.nowMs = nowMs;
    const QList<Item> items = ctx.store->items(query);
    if (ctx.parser->isSet(QStringLiteral("json"))) {
        QHash<qint64, QString> kindOf;
        for (const SourceConfig &source : ctx.store->sources())
            kindOf.insert(source.id, source.kind);
        for (const Item &item : items)
            ctx.out << QJsonDocument(toJson(item, nowMs, kindOf)).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const Item &item : items) {
            ctx.out << item.id << '\t' << int(item.tier) << '\t'
                    << (item.dueMs ? isoUtc(*item.dueMs) : QStringLiteral("-")) << '\t'
                    << item.record.from.address << '\t' << item.record.subject << '\n';
        }
    }
    ctx.out.flush();
    return Ok;
}

} // namespace fi::cli
