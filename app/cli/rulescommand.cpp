// `focusinbox rules preview|apply|undo` (issue 14): what config.json's rules would do to the
// stored items, doing it as one undoable batch, and undoing it. apply and undo go through the
// running instance when there is one (it reads config.json again and its views follow), else
// straight to the store while holding the instance lock (models/triage/rulesrequest.h).
#include "cli/clicontext.h"
#include "cli/instanceroute.h"

#include "triage/retierplan.h"
#include "triage/rulesrequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace fi::cli {

namespace {

/// config.json's rules must all load before they move anything: a skipped rule would move items
/// the user meant to keep. @return false after printing the reason.
bool rulesAreClean(Context &ctx)
{
    const QString prefix = QStringLiteral(": rules: ");
    for (const QString &problem : ctx.config.errors())
        if (problem.contains(prefix)) {
            ctx.err << QCoreApplication::translate("fi::cli", "rules: config.json has rules that do not load (listed above); fix them first") << Qt::endl;
            return false;
        }
    return true;
}

QJsonObject moveJson(qint64 id, const QString &subject, const TierPlacement &from, const TierPlacement &to)
{
    return QJsonObject{{QStringLiteral("id"), double(id)},
                       {QStringLiteral("subject"), subject},
                       {QStringLiteral("from_tier"), int(from.tier)},
                       {QStringLiteral("to_tier"), int(to.tier)},
                       {QStringLiteral("rule"), to.reason},
                       {QStringLiteral("from_rule"), from.reason}};
}

void printLine(Context &ctx, const QJsonObject &o)
{
    ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
}

/// "  12  Async → Now   Payments outage  (Incident keywords)"
void printMove(Context &ctx, qint64 id, const QString &subject, const TierPlacement &from, const TierPlacement &to)
{
    ctx.out << QStringLiteral("%1  %2 → %3  %4  (%5)")
                   .arg(id, 6)
                   .arg(tierDisplayName(from.tier), tierDisplayName(to.tier), subject.left(80), to.reason)
            << '\n';
}

int preview(Context &ctx, bool json)
{
    const RetierPlanner planner(ctx.config, ctx.store->sources(), ctx.parser->isSet(QStringLiteral("include-manual")));
    const RetierPreview result = planner.preview(*ctx.store);
    for (const PlannedMove &move : result.moves) {
        if (json)
            printLine(ctx, moveJson(move.itemId, move.subject, move.from, move.to));
        else
            printMove(ctx, move.itemId, move.subject, move.from, move.to);
    }
    if (!json) {
        ctx.out << QCoreApplication::translate("fi::cli", "%n item(s) would move to another tier", nullptr, result.moveCount);
        if (result.relabelCount > 0)
            ctx.out << ' ' << QCoreApplication::translate("fi::cli", "(%n more would only change rule or deadline)", nullptr,
                                                          result.relabelCount);
        ctx.out << "; " << QCoreApplication::translate("fi::cli", "nothing was changed. Apply with: focusinbox rules apply") << '\n';
    }
    ctx.out.flush();
    return Ok;
}

int applyOrUndo(Context &ctx, InstanceRequest request, bool json)
{
    RulesResult result;
    int exitCode = Ok;
    // Apply is idempotent (a second run finds nothing to move); undo of a named batch too.
    const Route route = routeToInstanceOrStore(
        ctx, request, [&](const QJsonObject &reply) { result = RulesResult::fromJson(reply); },
        [&] { result = runRulesRequest(*ctx.store, ctx.config, request, QDateTime::currentMSecsSinceEpoch()).result(); },
        &exitCode);
    if (route == Route::Failed)
        return exitCode;
    if (!result.ok) {
        ctx.err << QCoreApplication::translate("fi::cli", "rules: %1").arg(result.error) << Qt::endl;
        return StorageError;
    }
    const bool undo = request.rules == InstanceRequest::RulesAction::Undo;
    if (json) {
        for (const TierChange &change : ctx.store->tierBatchChanges(result.batchId)) {
            if (!change.moves())
                continue;
            const std::optional<Item> item = ctx.store->item(change.itemId);
            const QString subject = item ? item->record.subject : QString();
            printLine(ctx, undo ? moveJson(change.itemId, subject, change.after, change.before)
                                : moveJson(change.itemId, subject, change.before, change.after));
        }
    } else if (undo) {
        if (result.batchId == 0)
            ctx.out << QCoreApplication::translate("fi::cli", "rules: nothing to undo") << '\n';
        else
            ctx.out << QCoreApplication::translate("fi::cli", "Undid batch %1: %n item(s) back where they were", nullptr,
                                                   result.changed).arg(result.batchId)
                    << (result.skipped > 0 ? QStringLiteral(" ") + QCoreApplication::translate(
                                                 "fi::cli", "(%n changed since, left as they are)", nullptr, result.skipped)
                                           : QString())
                    << '\n';
    } else if (result.batchId == 0) {
        ctx.out << QCoreApplication::translate("fi::cli", "rules: every item already sits where the rules put it") << '\n';
    } else {
        ctx.out << QCoreApplication::translate("fi::cli", "Moved %n item(s) to another tier", nullptr, result.moved)
                << QStringLiteral(" (") << QCoreApplication::translate("fi::cli", "batch %1; undo with: focusinbox rules undo %1")
                                               .arg(result.batchId)
                << QStringLiteral(")\n");
    }
    ctx.out.flush();
    return Ok;
}

} // namespace

int rulesCommand(Context &ctx)
{
    const QString usage = QCoreApplication::translate("fi::cli", "usage: rules preview|apply [--json] [--include-manual] | rules undo [BATCH]");
    const bool json = ctx.parser->isSet(QStringLiteral("json"));
    const QString action = ctx.args.value(0);
    if (action == QLatin1String("preview") && ctx.args.size() == 1)
        return preview(ctx, json);
    InstanceRequest request;
    request.command = InstanceRequest::Command::Rules;
    if (action == QLatin1String("apply") && ctx.args.size() == 1) {
        if (!rulesAreClean(ctx))
            return UsageError;
        request.rules = InstanceRequest::RulesAction::Apply;
        request.includeManual = ctx.parser->isSet(QStringLiteral("include-manual"));
        return applyOrUndo(ctx, request, json);
    }
    if (action == QLatin1String("undo") && ctx.args.size() <= 2) {
        request.rules = InstanceRequest::RulesAction::Undo;
        if (ctx.args.size() == 2) {
            bool ok = false;
            request.batchId = ctx.args.at(1).toLongLong(&ok);
            if (!ok || request.batchId < 1 || request.batchId > kMaxInstanceInteger) {
                ctx.err << usage << Qt::endl;
                return UsageError;
            }
        }
        return applyOrUndo(ctx, request, json);
    }
    ctx.err << usage << Qt::endl;
    return UsageError;
}

} // namespace fi::cli
