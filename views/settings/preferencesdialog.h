#pragma once
/// @file preferencesdialog.h
/// @brief Edit ▸ Preferences…: a dialog with settings pages (Deadlines, Keyboard, Triage). OK hands
/// back the edited configuration; the caller saves it and applies it. GUI thread only.

#include "config/appconfig.h"

#include <QDialog>

class QAction;
class QDialogButtonBox;
class QTabWidget;

namespace fi {

class DeadlinesPage;
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
    /// Show the page named "deadlines", "keyboard" or "triage".
    void showPage(const QString &name);

private:
    AppConfig m_config;
    DeadlinesPage *m_deadlines;
    KeyboardPage *m_keyboard = nullptr;
    TriagePage *m_triage;
    QTabWidget *m_tabs;
    QDialogButtonBox *m_buttons;
};

} // namespace fi
