// `focusinbox search QUERY... [--json] [--limit N]` (issue 12, "Find"): the search field's
// language (search/searchquery.h) over the store, with the field's scope (every tier and
// state, ranked; search/searchscope.h). The words after `search` are joined by spaces into
// one query; quote a phrase for the shell and for the query: search '"weekly report"'.
// Any hint of the parser (unknown operator, bad value, …) is an error here: a script should
// not get results for a query it did not mean. It is printed to stderr, exit 2, no results.
#include "cli/clicontext.h"
#include "cli/itemjson.h"
#include "search/searchquery.h"
#include "search/searchscope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace fi::cli {

int searchCommand(Context &ctx)
{
    const QString text = ctx.args.join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty()) {
        ctx.err << QCoreApplication::translate("fi::cli", "search needs a query, e.g. focusinbox search from:ana is:open")
                << Qt::endl;
        return UsageError;
    }
    int limit = -1;
    if (ctx.parser->isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = ctx.parser->value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1) {
            ctx.err << QCoreApplication::translate("fi::cli", "--limit must be a positive number") << Qt::endl;
            return UsageError;
        }
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    SearchContext context;
    context.nowMs = nowMs;
    context.zone = ctx.config.workingHours.timeZone();  // dates without a zone: the user's, as in the window
    auto query = std::make_shared<const SearchQuery>(parseSearch(text, context));
    if (!query->hints.isEmpty()) {
        for (const SearchHint &hint : query->hints)
            ctx.err << QCoreApplication::translate("fi::cli", "focusinbox: search: %1").arg(hint.message) << Qt::endl;
        return UsageError;
    }
    QList<Item> items;
    if (!query->isEmpty()) {
        ItemQuery itemQuery = searchListQuery(query, nowMs);
        itemQuery.limit = limit;
        items = ctx.store->items(itemQuery);
    }
    if (ctx.parser->isSet(QStringLiteral("json"))) {
        const QHash<qint64, QString> kindOf = sourceKinds(*ctx.store);
        for (const Item &item : items)
            ctx.out << QJsonDocument(itemToJson(item, nowMs, kindOf)).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const Item &item : items) {
            ctx.out << item.id << '\t' << int(item.tier) << '\t' << itemStateName(item.state) << '\t'
                    << item.record.from.address << '\t' << item.record.subject << '\n';
        }
    }
    ctx.out.flush();
    return Ok;
}

} // namespace fi::cli
