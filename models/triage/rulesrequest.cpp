#include "triage/rulesrequest.h"

#include "storage/itemstore.h"
#include "triage/retierplan.h"

#include <QCoreApplication>

namespace fi {

QJsonObject RulesResult::toJson() const
{
    QJsonObject o{{QStringLiteral("ok"), ok},
                  {QStringLiteral("batch"), double(batchId)},
                  {QStringLiteral("changed"), changed},
                  {QStringLiteral("moved"), moved},
                  {QStringLiteral("skipped"), skipped}};
    if (!ok)
        o.insert(QStringLiteral("error"), error);
    return o;
}

RulesResult RulesResult::fromJson(const QJsonObject &json)
{
    RulesResult r;
    r.ok = json.value(QStringLiteral("ok")).toBool();
    r.batchId = qint64(json.value(QStringLiteral("batch")).toDouble());
    r.changed = json.value(QStringLiteral("changed")).toInt();
    r.moved = json.value(QStringLiteral("moved")).toInt();
    r.skipped = json.value(QStringLiteral("skipped")).toInt();
    r.error = json.value(QStringLiteral("error")).toString();
    if (!r.ok && r.error.isEmpty())
        r.error = QCoreApplication::translate("fi::RulesResult", "the running Focus Inbox did not apply the rules");
    return r;
}

QFuture<RulesResult> runRulesRequest(ItemStore &store, const AppConfig &config, const InstanceRequest &request,
                                     qint64 nowMs)
{
    QFuture<TierBatch> batch;
    if (request.rules == InstanceRequest::RulesAction::Apply) {
        const RetierPlanner planner(config, store.sources(), request.includeManual);
        batch = store.retier(planner.function(), QStringLiteral("rules"), nowMs);
    } else {
        batch = store.undoTierBatch(request.batchId, nowMs);
    }
    return batch.then([](const TierBatch &b) {
        RulesResult r;
        r.ok = b.ok;
        r.batchId = b.id;
        r.changed = int(b.changes.size());
        r.moved = b.moved();
        r.skipped = b.skipped;
        if (!b.ok)
            r.error = QCoreApplication::translate("fi::RulesResult", "the database refused the change (see the log)");
        return r;
    });
}

} // namespace fi
