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

std::optional<TierNotifyMode> tierNotifyModeFromName(const QString &name)
{
    if (name == QLatin1String("off"))
        return TierNotifyMode::Off;
    if (name == QLatin1String("quiet"))
        return TierNotifyMode::Quiet;
    if (name == QLatin1String("normal"))
        return TierNotifyMode::Normal;
    return std::nullopt;
}

QString tierNotifyModeName(TierNotifyMode mode)
{
    switch (mode) {
    case TierNotifyMode::Off: return QStringLiteral("off");
    case TierNotifyMode::Quiet: return QStringLiteral("quiet");
    case TierNotifyMode::Normal: return QStringLiteral("normal");
    }
    return QStringLiteral("normal");
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
    s.breakthrough.overdue = b.value(QStringLiteral("overdue")).toBool(false);
    const int minutes = json.value(QStringLiteral("defaultSessionMinutes")).toInt(s.defaultSessionMinutes);
    if (minutes >= 5 && minutes <= 480)
        s.defaultSessionMinutes = minutes;
    else if (errors)
        *errors << QCoreApplication::translate("fi::FocusSettings", "defaultSessionMinutes must be between 5 and 480");
    return s;
}

QJsonObject FocusSettings::toJson() const
{
    return QJsonObject{
        {QStringLiteral("schedule"), schedule.toJson()},
        {QStringLiteral("calendar"),
         QJsonObject{{QStringLiteral("file"), calendarFile}, {QStringLiteral("pattern"), calendarPattern}}},
        {QStringLiteral("controlDesktopDnd"), controlDesktopDnd},
        {QStringLiteral("defaultSessionMinutes"), defaultSessionMinutes},
        {QStringLiteral("breakthrough"),
         QJsonObject{{QStringLiteral("tier3"), breakthrough.tier3},
                     {QStringLiteral("tier3Sources"), QJsonArray::fromStringList(breakthrough.tier3Sources)},
                     {QStringLiteral("senders"), QJsonArray::fromStringList(breakthrough.senders)},
                     {QStringLiteral("deadlineBeforeEnd"), breakthrough.deadlineBeforeEnd},
                     {QStringLiteral("overdue"), breakthrough.overdue}}}};
}

SourceNotifyMode NotificationSettings::modeFor(const QString &sourceName, const QString &sourceSetting) const
{
    if (const auto own = sourceNotifyModeFromName(sourceSetting))
        return *own;
    return perSource.value(sourceName, SourceNotifyMode::Notify);
}

TierNotifyMode NotificationSettings::tierMode(Tier tier) const
{
    switch (tier) {
    case Tier::Now: return now;
    case Tier::Async: return async;
    case Tier::Reference: return reference;
    }
    return TierNotifyMode::Off;
}

void NotificationSettings::setTierMode(Tier tier, TierNotifyMode mode)
{
    switch (tier) {
    case Tier::Now: now = mode; break;
    case Tier::Async: async = mode; break;
    case Tier::Reference: reference = mode; break;
    }
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
    // Issue 14: "perTier": {"3": "normal", "2": "quiet", "1": "off"}; a missing tier keeps its default.
    const QJsonObject perTier = json.value(QStringLiteral("perTier")).toObject();
    for (auto it = perTier.begin(); it != perTier.end(); ++it) {
        bool isNumber = false;
        const int tier = it.key().toInt(&isNumber);
        const std::optional<TierNotifyMode> mode = tierNotifyModeFromName(it.value().toString());
        if (isNumber && isValidTier(tier) && mode)
            s.setTierMode(Tier(tier), *mode);
        else if (errors)
            *errors << QCoreApplication::translate("fi::FocusSettings", "perTier %1: the key must be 1, 2 or 3 and the mode off, quiet or normal").arg(it.key());
    }
    const QJsonValue digest = json.value(QStringLiteral("digest"));
    if (digest.isBool())
        s.digest = digest.toBool();
    else if (!digest.isUndefined() && errors)
        *errors << QCoreApplication::translate("fi::FocusSettings", "digest must be true or false");
    return s;
}

QJsonObject NotificationSettings::toJson() const
{
    QJsonObject sources;
    for (auto it = perSource.begin(); it != perSource.end(); ++it)
        sources.insert(it.key(), sourceNotifyModeName(it.value()));
    const QJsonObject perTier{{QStringLiteral("3"), tierNotifyModeName(now)},
                              {QStringLiteral("2"), tierNotifyModeName(async)},
                              {QStringLiteral("1"), tierNotifyModeName(reference)}};
    return QJsonObject{{QStringLiteral("enabled"), enabled},
                       {QStringLiteral("coalesceSeconds"), coalesceSeconds},
                       {QStringLiteral("sources"), sources},
                       {QStringLiteral("perTier"), perTier},
                       {QStringLiteral("digest"), digest}};
}

} // namespace fi
