#include "config/appconfig.h"

#include "config/jsonfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace fi {

namespace {
} // namespace

AppConfig::AppConfig()
    : rules(RuleSet::defaults()),
      policies(PolicySet::defaults()),
      workingHours(WorkingHours::defaults(QTimeZone::systemTimeZone()))
{
}

AppConfig AppConfig::load(const QString &path)
{
    AppConfig config;
    QFile file(path);
    if (!file.exists())
        return config;
    if (!file.open(QIODevice::ReadOnly)) {
        config.m_errors << QCoreApplication::translate("fi::AppConfig", "%1: cannot read: %2").arg(path, file.errorString());
        return config;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        config.m_errors << QCoreApplication::translate("fi::AppConfig", "%1: not valid JSON (offset %2: %3); using defaults")
                               .arg(path)
                               .arg(parseError.offset)
                               .arg(parseError.errorString());
        return config;
    }
    const QJsonObject root = doc.object();
    auto prefixed = [&](const QString &section, const QStringList &errors) {
        for (const QString &e : errors)
            config.m_errors << QStringLiteral("%1: %2: %3").arg(path, section, e);
    };

    for (const QJsonValue &v : root.value(QStringLiteral("me")).toArray()) {
        const QString address = v.toString().trimmed().toLower();
        if (!address.isEmpty())
            config.myAddresses << address;
    }
    if (root.contains(QStringLiteral("rules"))) {
        QStringList errors;
        config.rules = RuleSet::fromJson(root.value(QStringLiteral("rules")).toArray(), &errors);
        prefixed(QStringLiteral("rules"), errors);
    }
    if (root.contains(QStringLiteral("policies"))) {
        QStringList errors;
        config.policies = PolicySet::fromJson(root.value(QStringLiteral("policies")).toObject(), &errors);
        prefixed(QStringLiteral("policies"), errors);
    }
    if (root.contains(QStringLiteral("workingHours"))) {
        QStringList errors;
        config.workingHours =
            WorkingHours::fromJson(root.value(QStringLiteral("workingHours")).toObject(), &errors);
        prefixed(QStringLiteral("workingHours"), errors);
    }
    if (root.contains(QStringLiteral("focus"))) {
        QStringList errors;
        config.focus = FocusSettings::fromJson(root.value(QStringLiteral("focus")).toObject(), &errors);
        prefixed(QStringLiteral("focus"), errors);
    }
    if (root.contains(QStringLiteral("notifications"))) {
        QStringList errors;
        config.notifications =
            NotificationSettings::fromJson(root.value(QStringLiteral("notifications")).toObject(), &errors);
        prefixed(QStringLiteral("notifications"), errors);
    }
    if (root.contains(QStringLiteral("sentFolders"))) {
        config.sentFolders.clear();
        for (const QJsonValue &v : root.value(QStringLiteral("sentFolders")).toArray()) {
            if (!v.toString().trimmed().isEmpty())
                config.sentFolders << v.toString().trimmed();
        }
    }
    const int rescan = root.value(QStringLiteral("rescanIntervalSeconds")).toInt(config.rescanIntervalSeconds);
    if (rescan >= 5)
        config.rescanIntervalSeconds = rescan;
    else
        prefixed(QStringLiteral("rescanIntervalSeconds"), {QCoreApplication::translate("fi::AppConfig", "must be at least 5 seconds")});
    return config;
}

bool AppConfig::save(const QString &path, QString *error) const
{
    QJsonObject root;
    root.insert(QStringLiteral("me"), QJsonArray::fromStringList(myAddresses));
    root.insert(QStringLiteral("rules"), rules.toJson());
    root.insert(QStringLiteral("policies"), policies.toJson());
    root.insert(QStringLiteral("workingHours"), workingHours.toJson());
    root.insert(QStringLiteral("sentFolders"), QJsonArray::fromStringList(sentFolders));
    root.insert(QStringLiteral("rescanIntervalSeconds"), rescanIntervalSeconds);
    root.insert(QStringLiteral("focus"), focus.toJson());
    root.insert(QStringLiteral("notifications"), notifications.toJson());
    return writeJsonFileAtomically(path, root, error);
}

} // namespace fi
