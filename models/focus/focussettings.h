#pragma once
/// @file focussettings.h
/// @brief The "focus" and "notifications" sections of config.json (docs/configuration.md).

#include "focus/focusschedule.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace fi {

/// Per-source notification mode.
enum class SourceNotifyMode {
    Notify,     ///< Desktop notifications for new Tier 3 / addressed Tier 2 items (default).
    BadgeOnly,  ///< Only the tray badge and counts change.
    Silent,     ///< Nothing: no notification, not held for the digest.
};

/// Which items may interrupt a focus session.
struct BreakthroughRules {
    bool tier3 = true;              ///< Tier 3 items break through.
    QStringList tier3Sources;       ///< If non-empty: Tier 3 breaks through only from these source names.
    QStringList senders;            ///< Sender addresses (lower case) that always break through, any tier.
    bool deadlineBeforeEnd = false; ///< Items due before the session ends break through.
};

/// "focus" section.
struct FocusSettings {
    FocusSchedule schedule;              ///< Weekly blocks ("schedule": {"timeZone", "blocks"}).
    QString calendarFile;                ///< .ics file whose matching events become sessions ("" = none).
    QString calendarPattern = QStringLiteral("Focus|Deep work"); ///< Regex on SUMMARY, case-insensitive.
    bool controlDesktopDnd = true;       ///< Switch the desktop's Do-Not-Disturb during sessions.
    BreakthroughRules breakthrough;

    static FocusSettings fromJson(const QJsonObject &json, QStringList *errors);
    QJsonObject toJson() const;
};

/// "notifications" section.
struct NotificationSettings {
    bool enabled = true;                         ///< Master switch for desktop notifications.
    int coalesceSeconds = 30;                    ///< Window in which one source's items share one notification.
    QHash<QString, SourceNotifyMode> perSource;  ///< Source name → mode; missing = Notify.

    /// Mode for @p sourceName (a source's own settings["notify"] wins if given).
    SourceNotifyMode modeFor(const QString &sourceName, const QString &sourceSetting = QString()) const;

    static NotificationSettings fromJson(const QJsonObject &json, QStringList *errors);
    QJsonObject toJson() const;
};

/// "notify" / "badge" / "silent" → mode; unknown → nullopt.
std::optional<SourceNotifyMode> sourceNotifyModeFromName(const QString &name);
QString sourceNotifyModeName(SourceNotifyMode mode);

} // namespace fi
