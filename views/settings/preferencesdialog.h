#pragma once
/// @file preferencesdialog.h
/// @brief Edit ▸ Preferences…: a dialog with settings pages (currently "Deadlines"). OK hands
/// back the edited configuration; the caller saves it and applies it. GUI thread only.

#include "config/appconfig.h"

#include <QDialog>

class QDialogButtonBox;

namespace fi {

class DeadlinesPage;

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const AppConfig &config, QWidget *parent = nullptr);

    /// The configuration passed in, with every page's edits applied.
    AppConfig config() const;
    DeadlinesPage *deadlinesPage() const { return m_deadlines; }

private:
    AppConfig m_config;
    DeadlinesPage *m_deadlines;
    QDialogButtonBox *m_buttons;
};

} // namespace fi
