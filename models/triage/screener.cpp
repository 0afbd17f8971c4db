#include "triage/screener.h"

#include "storage/itemstore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fi {

bool screensNewSenders(const SourceConfig &source, bool deliversMail)
{
    return deliversMail && !source.sample && source.settings.value(QStringLiteral("screener"), true).toBool();
}

QStringList screenableReasons()
{
    return {QStringLiteral("to-me"), QStringLiteral("cc-me"), QStringLiteral("fallback")};
}

QString screenerSender(const Item &item)
{
    const QString address = item.record.from.address.trimmed();
    return (address.isEmpty() ? item.record.from.handle.trimmed() : address).toLower();
}

QJsonObject senderRule(const QString &sender, const QString &kind, ScreenerDecision decision)
{
    const int tier = decision == ScreenerDecision::Now ? 3 : decision == ScreenerDecision::Async ? 2 : 1;
    QJsonObject rule{
        {QStringLiteral("name"), QStringLiteral("Sender %1").arg(sender)},
        {QStringLiteral("tier"), tier},
        {QStringLiteral("comment"), QStringLiteral("screener")},
        {QStringLiteral("when"),
         QJsonObject{{QStringLiteral("conditions"),
                      QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("sender")},
                                             {QStringLiteral("op"), QStringLiteral("is")},
                                             {QStringLiteral("value"), sender}},
                                 QJsonObject{{QStringLiteral("field"), QStringLiteral("kind")},
                                             {QStringLiteral("op"), QStringLiteral("is")},
                                             {QStringLiteral("value"), kind}}}}}}};
    if (decision == ScreenerDecision::Block) {
        rule.insert(QStringLiteral("done"), true);
        rule.insert(QStringLiteral("notify"), false);
        rule.insert(QStringLiteral("policy"), QStringLiteral("none"));
    }
    return rule;
}

AppConfig withSenderRule(const AppConfig &config, const QString &sender, const QString &kind,
                         ScreenerDecision decision, QString *error)
{
    const QJsonObject rule = senderRule(sender, kind, decision);
    QJsonArray rules{rule};
    for (const QJsonValue &existing : config.rules.toJson())
        if (existing.toObject().value(QStringLiteral("name")) != rule.value(QStringLiteral("name")))
            rules.append(existing);
    QStringList errors;
    const RuleSet set = RuleSet::fromJson(rules, &errors);
    if (!errors.isEmpty() || set.size() != rules.size()) {
        if (error)
            *error = errors.join(QLatin1Char(' '));
        return config;
    }
    AppConfig out = config;
    out.rules = set;
    return out;
}

} // namespace fi
