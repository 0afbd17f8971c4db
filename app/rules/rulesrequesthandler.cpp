#include "rules/rulesrequesthandler.h"

#include "triage/rulesrequest.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fi {

void handleRulesRequest(ItemStore &store, const QString &configPath, const InstanceRequest &request, QObject *context,
                        const std::function<void(const AppConfig &)> &adopt,
                        std::function<void(const QJsonObject &)> reply)
{
    const AppConfig config = AppConfig::load(configPath);
    if (request.rules == InstanceRequest::RulesAction::Apply) {
        const QString marker = QStringLiteral(": rules: ");
        for (const QString &problem : config.errors()) {
            if (problem.contains(marker)) {
                RulesResult refused;
                refused.error = QCoreApplication::translate("fi::RulesResult", "config.json has rules that do not load: %1")
                                    .arg(problem);
                reply(refused.toJson());
                return;
            }
        }
        qInfo("Focus Inbox: re-tiering stored items by config.json's rules (from the command line)");
        if (adopt)
            adopt(config);
    }
    runRulesRequest(store, config, request, QDateTime::currentMSecsSinceEpoch())
        .then(context, [reply = std::move(reply)](const RulesResult &result) { reply(result.toJson()); });
}

} // namespace fi
