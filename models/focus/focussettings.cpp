#include "focus/focussettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace fi {

namespace {


QStringList lowerList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty())
            out << s.toLower();
    }
    return out;
}

} // namespace

std::optional<SourceNotifyMode> sourceNotifyModeFromName(const QString &name)
{
    if (name == QLatin1String("notify"))
        return SourceNotifyMode::Notify;
    if (name == QLatin1String("badge"))
        return SourceNotifyMode::BadgeOnly;
    if (name == QLatin1String("silent"))
        return SourceNotifyMode::Silent;
    return std::nullopt;
}

QString sourceNotifyModeName(SourceNotifyMode mode)
{
    switch (mode) {
    case SourceNotifyMode::Notify: return QStringLiteral("notify");
    case SourceNotifyMode::BadgeOnly: return QStringLiteral("badge");
    case SourceNotifyMode::Silent: return QStringLiteral("silent");
    }
    return QStringLiteral("notify");
}

FocusSettings FocusSettings::fromJson(const QJsonObject &json, QStringList *errors)
{
    FocusSettings s;
    s.schedule = FocusSchedule::fromJson(json.value(QStringLiteral("schedule")).toObject(), errors);
    const QJsonObject calendar = json.value(QStringLiteral("calendar")).toObject();
    s.calendarFile = calendar.value(QStringLiteral("file")).toString();
    s.calendarPattern = calendar.value(QStringLiteral("pattern")).toString(s.calendarPattern);
    if (!QRegularExpression(s.calendarPattern).isValid()) {
        if (errors)
            *errors << QCoreApplication::translate("fi::FocusSettings", "calendar pattern %1 is not a valid regular expression").arg(s.calendarPattern);
        s.calendarPattern = FocusSettings().calendarPattern;
    }
    s.controlDesktopDnd = json.value(QStringLiteral("controlDesktopDnd")).toBool(true);
    const QJsonObject b = json.value(QStringLiteral("breakthrough")).toObject();
    s.breakthrough.tier3 = b.value(QStringLiteral("tier3")).toBool(true);
    s.breakthrough.tier3Sources.clear();
    for (const QJsonValue &v : b.value(QStringLiteral("tier3Sources")).toArray())
        s.breakthrough.tier3Sources << v.toString();
    s.breakthrough.senders = lowerList(b.value(QStringLiteral("senders")));
    s.breakthrough.deadlineBeforeEnd = b.value(QStringLiteral("deadlineBeforeEnd")).toBool(false);
    return s;
}

QJsonObject FocusSettings::toJson() const
{
    return QJsonObject{
        {QStringLiteral("schedule"), schedule.toJson()},
        {QStringLiteral("calendar"),
         QJsonObject{{QStringLiteral("file"), calendarFile}, {QStringLiteral("pattern"), calendarPattern}}},
        {QStringLiteral("controlDesktopDnd"), controlDesktopDnd},
        {QStringLiteral("breakthrough"),
         QJsonObject{{QStringLiteral("tier3"), breakthrough.tier3},
                     {QStringLiteral("tier3Sources"), QJsonArray::fromStringList(breakthrough.tier3Sources)},
                     {QStringLiteral("senders"), QJsonArray::fromStringList(breakthrough.senders)},
                     {QStringLiteral("deadlineBeforeEnd"), breakthrough.deadlineBeforeEnd}}}};
}

SourceNotifyMode NotificationSettings::modeFor(const QString &sourceName, const QString &sourceSetting) const
{
    if (const auto own = sourceNotifyModeFromName(sourceSetting))
        return *own;
    return perSource.value(sourceName, SourceNotifyMode::Notify);
}

NotificationSettings NotificationSettings::fromJson(const QJsonObject &json, QStringList *errors)
{
    NotificationSettings s;
    s.enabled = json.value(QStringLiteral("enabled")).toBool(true);
    const int seconds = json.value(QStringLiteral("coalesceSeconds")).toInt(s.coalesceSeconds);
    if (seconds >= 0 && seconds <= 3600)
        s.coalesceSeconds = seconds;
    else if (errors)
        *errors << QCoreApplication::translate("fi::FocusSettings", "coalesceSeconds must be between 0 and 3600");
    const QJsonObject sources = json.value(QStringLiteral("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        if (const auto mode = sourceNotifyModeFromName(it.value().toString()))
            s.perSource.insert(it.key(), *mode);
        else if (errors)
            *errors << QCoreApplication::translate("fi::FocusSettings", "source %1: mode must be notify, badge or silent").arg(it.key());
    }
    return s;
}

QJsonObject NotificationSettings::toJson() const
{
    QJsonObject sources;
    for (auto it = perSource.begin(); it != perSource.end(); ++it)
        sources.insert(it.key(), sourceNotifyModeName(it.value()));
    return QJsonObject{{QStringLiteral("enabled"), enabled},
                       {QStringLiteral("coalesceSeconds"), coalesceSeconds},
                       {QStringLiteral("sources"), sources}};
}

} // namespace fi
