#include "cli/clicontext.h"
#include "cli/itemjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace fi::cli {

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
    if (ctx.parser->isSet(QStringLiteral("conversations"))) {
        // One line per conversation that has an item of the query (issue 18).
        const QList<ConversationSummary> conversations = summarizeConversations(
            items, ctx.store->conversationItems(conversationIdsOf(items)), nowMs);
        const bool json = ctx.parser->isSet(QStringLiteral("json"));
        for (const ConversationSummary &c : conversations) {
            if (json) {
                ctx.out << QJsonDocument(conversationToJson(c)).toJson(QJsonDocument::Compact) << '\n';
            } else {
                ctx.out << conversationKey(c.conversationId) << '\t' << int(c.tier) << '\t'
                        << (c.dueMs ? isoUtc(*c.dueMs) : QStringLiteral("-")) << '\t' << c.count << '\t'
                        << c.latestSender.address << '\t' << c.subject << '\n';
            }
        }
        ctx.out.flush();
        return Ok;
    }
    if (ctx.parser->isSet(QStringLiteral("json"))) {
        const QHash<qint64, QString> kindOf = sourceKinds(*ctx.store);
        for (const Item &item : items)
            ctx.out << QJsonDocument(itemToJson(item, nowMs, kindOf)).toJson(QJsonDocument::Compact) << '\n';
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
