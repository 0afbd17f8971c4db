#include "config/appconfig.h"

#include "config/jsonfile.h"
#include "domain/identity.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace fi {

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxJsonFileBytes)
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Before config.json is replaced: a file that does not parse (broken after loading, or moving
/// it aside failed) or whose sections fell back to defaults (@p brokenDigest) is copied to
/// config.json.broken-<time> first. @return false (nothing saved) when that copy fails.
bool keepUnparsedAside(const QString &path, const QByteArray &brokenDigest, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    bool keep = false;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxJsonFileBytes) {
        keep = true;
    } else {
        const QByteArray bytes = file.readAll();
        QJsonParseError parseError{};
        keep = !QJsonDocument::fromJson(bytes, &parseError).isObject()
               || (!brokenDigest.isEmpty() && QCryptographicHash::hash(bytes, QCryptographicHash::Sha256) == brokenDigest);
    }
    file.close();
    if (!keep)
        return true;
    QString copyError;
    if (copyFileAside(path, &copyError).isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("fi::AppConfig", "%1 could not be kept aside before saving (%2); not overwritten")
                         .arg(path, copyError);
        return false;
    }
    return true;
}

/// "shortcuts": {"item.done": ["E"], "go.now": ["G, N"], "item.reply": []}. A value that is not
/// a list of strings is skipped with an error naming its id; the other ids still load.
QMap<QString, QStringList> shortcutsFromJson(const QJsonValue &value, QStringList *errors)
{
    QMap<QString, QStringList> result;
    if (!value.isObject()) {
        *errors << QCoreApplication::translate("fi::AppConfig", "must be an object of action id → list of keys");
        return result;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool ok = it.value().isArray();
        QStringList keys;
        for (const QJsonValue &key : it.value().toArray()) {
            ok = ok && key.isString() && !key.toString().trimmed().isEmpty();
            keys << key.toString().trimmed();
        }
        if (!ok || it.key().trimmed().isEmpty()) {
            *errors << QCoreApplication::translate("fi::AppConfig", "%1: must be a list of key strings such as [\"Ctrl+K\"]")
                           .arg(it.key());
            continue;
        }
        result.insert(it.key(), keys);
    }
    return result;
}

QJsonObject shortcutsToJson(const QMap<QString, QStringList> &shortcuts)
{
    QJsonObject object;
    for (auto it = shortcuts.begin(); it != shortcuts.end(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return object;
}

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
    const JsonFileRead read = readJsonFile(path, JsonShape::Object);
    switch (read.status) {
    case JsonFileRead::Status::Missing:
        return config;
    case JsonFileRead::Status::Unreadable:
        config.m_errors << QCoreApplication::translate("fi::AppConfig", "%1: cannot read: %2").arg(path, read.detail);
        return config;
    case JsonFileRead::Status::Corrupt:
        // Kept aside (config.json.broken-<time>): saving Preferences later cannot overwrite it.
        config.m_errors << QCoreApplication::translate("fi::AppConfig", "%1; using defaults")
                               .arg(describeCorruptJson(path, read));
        return config;
    case JsonFileRead::Status::Ok:
        break;
    }
    const QJsonDocument doc = read.document;
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
    for (const QJsonValue &v : root.value(QStringLiteral("meLogins")).toArray()) {
        const QString login = v.toString().trimmed().toLower();
        if (!v.isString())
            prefixed(QStringLiteral("meLogins"), {QCoreApplication::translate("fi::AppConfig", "every entry must be a string")});
        else if (isLoginForm(login))
            config.myLogins << login;
        else if (!login.isEmpty())
            prefixed(QStringLiteral("meLogins"),
                     {QCoreApplication::translate("fi::AppConfig", "\"%1\" is not a GitHub login (letters, digits and '-', at most 39)")
                          .arg(v.toString())});
    }
    if (root.contains(QStringLiteral("general"))) {
        const QJsonObject general = root.value(QStringLiteral("general")).toObject();
        const QJsonValue minimized = general.value(QStringLiteral("startMinimized"));
        if (minimized.isBool())
            config.general.startMinimized = minimized.toBool();
        else if (!minimized.isUndefined())
            prefixed(QStringLiteral("general"),
                     {QCoreApplication::translate("fi::AppConfig", "startMinimized must be true or false")});
        const QString language = general.value(QStringLiteral("language")).toString();
        if (language.isEmpty() || GeneralSettings::knownLanguages().contains(language))
            config.general.language = language;
        else
            prefixed(QStringLiteral("general"),
                     {QCoreApplication::translate("fi::AppConfig", "language must be \"\" (the system's), \"en\", \"es\" or \"pt_BR\"")});
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
    if (root.contains(QStringLiteral("shortcuts"))) {
        QStringList errors;
        config.shortcuts = shortcutsFromJson(root.value(QStringLiteral("shortcuts")), &errors);
        prefixed(QStringLiteral("shortcuts"), errors);
    }
    if (root.contains(QStringLiteral("triage"))) {
        const QJsonObject triage = root.value(QStringLiteral("triage")).toObject();
        const QJsonValue conversations = triage.value(QStringLiteral("conversations"));
        if (conversations.isBool())
            config.conversations = conversations.toBool();
        else if (!conversations.isUndefined())
            prefixed(QStringLiteral("triage"),
                     {QCoreApplication::translate("fi::AppConfig", "conversations must be true or false")});
        const QString after = triage.value(QStringLiteral("afterAction")).toString(QStringLiteral("next"));
        if (after == QLatin1String("previous"))
            config.afterTriage = AfterTriage::Previous;
        else if (after != QLatin1String("next"))
            prefixed(QStringLiteral("triage"),
                     {QCoreApplication::translate("fi::AppConfig", "afterAction must be \"next\" or \"previous\"")});
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
    if (!config.m_errors.isEmpty())
        config.m_brokenDigest = fileDigest(path);  // sections fell back: keep this text aside before a save
    return config;
}

bool AppConfig::save(const QString &path, QString *error) const
{
    QJsonObject root;
    root.insert(QStringLiteral("me"), QJsonArray::fromStringList(myAddresses));
    root.insert(QStringLiteral("meLogins"), QJsonArray::fromStringList(myLogins));
    root.insert(QStringLiteral("general"), QJsonObject{{QStringLiteral("startMinimized"), general.startMinimized},
                                                       {QStringLiteral("language"), general.language}});
    root.insert(QStringLiteral("rules"), rules.toJson());
    root.insert(QStringLiteral("policies"), policies.toJson());
    root.insert(QStringLiteral("workingHours"), workingHours.toJson());
    root.insert(QStringLiteral("sentFolders"), QJsonArray::fromStringList(sentFolders));
    root.insert(QStringLiteral("rescanIntervalSeconds"), rescanIntervalSeconds);
    root.insert(QStringLiteral("focus"), focus.toJson());
    root.insert(QStringLiteral("notifications"), notifications.toJson());
    root.insert(QStringLiteral("shortcuts"), shortcutsToJson(shortcuts));
    root.insert(QStringLiteral("triage"),
                QJsonObject{{QStringLiteral("afterAction"), afterTriage == AfterTriage::Previous
                                                                ? QStringLiteral("previous")
                                                                : QStringLiteral("next")},
                            {QStringLiteral("conversations"), conversations}});
    if (!keepUnparsedAside(path, m_brokenDigest, error))
        return false;
    return writeJsonFileAtomically(path, root, error);
}

} // namespace fi
