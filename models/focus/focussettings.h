#pragma once
/// @file focussettings.h
/// @brief The "focus" and "notifications" sections of config.json (docs/configuration.md).

#include "domain/tier.h"
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
    /// Items already overdue when they arrive (due before "now") break through ("overdue").
    bool overdue = false;
};

/// "focus" section.
struct FocusSettings {
    FocusSchedule schedule;              ///< Weekly blocks ("schedule": {"timeZone", "blocks"}).
    QString calendarFile;                ///< .ics file whose matching events become sessions ("" = none).
    QString calendarPattern = QStringLiteral("Focus|Deep work"); ///< Regex on SUMMARY, case-insensitive.
    bool controlDesktopDnd = true;       ///< Switch the desktop's Do-Not-Disturb during sessions.
    BreakthroughRules breakthrough;
    /// Length of a manual session started without one (Focus ▸ Start focus, Shift+F,
    /// `focusinbox focus start`), in minutes, 5…480 ("defaultSessionMinutes").
    int defaultSessionMinutes = 50;

    static FocusSettings fromJson(const QJsonObject &json, QStringList *errors);
    QJsonObject toJson() const;
};

/// How new items of one tier notify (issue 14, Preferences ▸ Notifications; "perTier").
enum class TierNotifyMode {
    Off,     ///< "off": no notification at all (tray badge and counts still change).
    Quiet,   ///< "quiet": a notification with low urgency and no sound.
    Normal,  ///< "normal": as the tier always did (urgency normal).
};

/// "notifications" section.
struct NotificationSettings {
    bool enabled = true;                         ///< Master switch for desktop notifications.
    int coalesceSeconds = 30;                    ///< Window in which one source's items share one notification.
    QHash<QString, SourceNotifyMode> perSource;  ///< Source name → mode; missing = Notify.
    /// Per tier ("perTier": {"3": "normal", "2": "normal", "1": "off"}). Defaults keep the
    /// behaviour before issue 14: Now and (addressed) Async notify, Reference does not.
    TierNotifyMode now = TierNotifyMode::Normal;
    TierNotifyMode async = TierNotifyMode::Normal;
    TierNotifyMode reference = TierNotifyMode::Off;
    /// "digest": post the digest notification when a focus session ends (default true).
    bool digest = true;

    /// Mode for @p sourceName (a source's own settings["notify"] wins if given).
    SourceNotifyMode modeFor(const QString &sourceName, const QString &sourceSetting = QString()) const;
    /// The mode of @p tier.
    TierNotifyMode tierMode(Tier tier) const;
    void setTierMode(Tier tier, TierNotifyMode mode);

    static NotificationSettings fromJson(const QJsonObject &json, QStringList *errors);
    QJsonObject toJson() const;
};

/// "notify" / "badge" / "silent" → mode; unknown → nullopt.
std::optional<SourceNotifyMode> sourceNotifyModeFromName(const QString &name);
QString sourceNotifyModeName(SourceNotifyMode mode);
/// "off" / "quiet" / "normal" → mode; unknown → nullopt.
std::optional<TierNotifyMode> tierNotifyModeFromName(const QString &name);
QString tierNotifyModeName(TierNotifyMode mode);

} // namespace fi
