#pragma once
/// @file notificationspage.h
/// @brief Preferences ▸ Notifications (issue 14): the master switch, per tier (Now, Async,
/// Reference) off / quiet / normal, the coalescing window (0–600 s) and the digest at the end
/// of a focus session. The page edits a copy; the dialog's OK hands it back through applyTo()
/// and the running app applies it at once (FocusController::setConfig). GUI thread only.

#include "config/appconfig.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace fi {

class NotificationsPage : public QWidget {
    Q_OBJECT
public:
    /// @param config its "notifications" section is the starting state.
    explicit NotificationsPage(const AppConfig &config, QWidget *parent = nullptr);

    /// @p config with this page's settings (per-source modes are kept as they are).
    AppConfig applyTo(AppConfig config) const;
    /// The page's settings on top of the defaults (per-source modes empty).
    NotificationSettings settings() const;

    /// Widgets, for tests (object names "notificationsEnabled", "tierMode3", "tierMode2",
    /// "tierMode1", "coalesceSeconds", "digestEnabled"). Each combo's item data is a
    /// TierNotifyMode as int.
    QCheckBox *enabledBox() const { return m_enabled; }
    QComboBox *tierCombo(Tier tier) const;
    QSpinBox *coalesceSpin() const { return m_coalesce; }
    QCheckBox *digestBox() const { return m_digest; }

private:
    QCheckBox *m_enabled;
    QComboBox *m_now;
    QComboBox *m_async;
    QComboBox *m_reference;
    QSpinBox *m_coalesce;
    QCheckBox *m_digest;
};

} // namespace fi
