#pragma once
/// @file preferencesdialog.h
/// @brief Edit ▸ Preferences…: a dialog with settings pages (General, Me, Rules, Focus,
/// Notifications, Deadlines, Keyboard, Triage). OK hands
/// back the edited configuration; the caller saves it and applies it. GUI thread only.

#include "config/appconfig.h"
#include "settings/dndprobe.h"
#include "sources/source.h"

#include <QDialog>

class QAction;
class QDialogButtonBox;
class QTabWidget;

namespace fi {

class DeadlinesPage;
class ItemStore;
class RulesPage;
class FocusPage;
class GeneralPage;
class MePage;
class NotificationsPage;
class KeyboardPage;
class TriagePage;

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const AppConfig &config, QWidget *parent = nullptr);
    /// With a "Keyboard" page listing @p actions (MainActions::all(); not owned, not changed:
    /// the caller applies config().shortcuts, see keyboard/shortcutbindings.h).
    PreferencesDialog(const AppConfig &config, const QList<QAction *> &actions, QWidget *parent = nullptr);

    /// The configuration passed in, with every page's edits applied.
    AppConfig config() const;
    DeadlinesPage *deadlinesPage() const { return m_deadlines; }
    /// nullptr when constructed without actions.
    KeyboardPage *keyboardPage() const { return m_keyboard; }
    /// Issue 12: Preferences ▸ Triage (where the selection goes after an action).
    TriagePage *triagePage() const { return m_triage; }
    /// Issue 14: Preferences ▸ Focus (schedule, calendar, breakthrough, desktop DND).
    FocusPage *focusPage() const { return m_focus; }
    /// The desktop DND backend the app detected, shown (and tested) on the Focus page.
    void setDndProbe(const DndProbe &probe);
    /// Issue 14: Preferences ▸ General (start at login, start minimised, language, data folder).
    GeneralPage *generalPage() const { return m_general; }
    /// Issue 14: Preferences ▸ Me (own addresses and GitHub logins).
    MePage *mePage() const { return m_me; }
    /// Issue 14: Preferences ▸ Notifications (per tier, grouping, digest).
    NotificationsPage *notificationsPage() const { return m_notifications; }
    /// The data directory the General page shows (AppPaths::dataDir()).
    void setDataDirectory(const QString &dir);
    /// Issue 14: Preferences ▸ Rules (the tiering rules, their preview and Apply).
    RulesPage *rulesPage() const { return m_rules; }
    /// The store the Rules page previews and applies to (not owned; may be null: no preview).
    void setStore(ItemStore *store);
    /// The sources whose own addresses and logins the Me page lists (read-only).
    void setSources(const QList<SourceConfig> &sources);
    /// Show the page named "general", "me", "rules", "focus", "notifications", "deadlines", "keyboard" or "triage".
    void showPage(const QString &name);

    /// OK: writes or removes the autostart entry (GeneralPage::commitAutostart()) and closes;
    /// when that fails the dialog stays open on the General page, which says why.
    void accept() override;

private:
    AppConfig m_config;
    DeadlinesPage *m_deadlines;
    KeyboardPage *m_keyboard = nullptr;
    TriagePage *m_triage;
    FocusPage *m_focus = nullptr;
    GeneralPage *m_general = nullptr;              // issue 14
    MePage *m_me = nullptr;                        // issue 14
    NotificationsPage *m_notifications = nullptr;  // issue 14
    RulesPage *m_rules = nullptr;                  // issue 14
    /// Every page that validates as you type is valid (OK enabled).
    bool pagesValid() const;
    QTabWidget *m_tabs;
    QDialogButtonBox *m_buttons;
};

} // namespace fi
