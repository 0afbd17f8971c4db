#pragma once
/// @file generalpage.h
/// @brief Preferences ▸ General (issue 14): start at login (the XDG autostart entry,
/// config/autostart.h), start minimised to the tray, the language (after a restart), and where
/// the data lives (the data directory, selectable, with "Open Folder"). The page edits a copy;
/// the dialog's OK hands it back through applyTo() and writes or removes the autostart entry
/// through commitAutostart(). GUI thread only.

#include "config/appconfig.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace fi {

class GeneralPage : public QWidget {
    Q_OBJECT
public:
    /// @param config its "general" section is the starting state; "Start at login" shows
    /// whether the autostart entry exists.
    explicit GeneralPage(const AppConfig &config, QWidget *parent = nullptr);

    /// @p config with this page's start-minimised and language.
    AppConfig applyTo(AppConfig config) const;
    /// The data directory to show (AppPaths::dataDir()); empty = unknown (button disabled).
    void setDataDirectory(const QString &dir);

    /// Make the autostart entry follow the page: written (atomically) when "Start at login" is
    /// on and it was off, or the start-minimised choice changed; removed
    /// when it is off. Nothing when unchanged. @return false with a translated *error, which
    /// the page also shows.
    bool commitAutostart(QString *error);

    /// Widgets, for tests (object names "startAtLogin", "startMinimized", "language",
    /// "languageNote", "dataDirectory", "openDataDirectory", "autostartError"). The language
    /// combo's item data is the config value ("", "en", "es", "pt_BR").
    QCheckBox *startAtLoginBox() const { return m_startAtLogin; }
    QCheckBox *startMinimizedBox() const { return m_startMinimized; }
    QComboBox *languageCombo() const { return m_language; }
    QLabel *dataDirectoryLabel() const { return m_dataDir; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QLabel *autostartError() const { return m_autostartError; }

private:
    void openDataDirectory();

    QCheckBox *m_startAtLogin;
    QCheckBox *m_startMinimized;
    QComboBox *m_language;
    QLabel *m_dataDir;  ///< Qt::PlainText (plainLabel() → makePlainLabel), like every label of the page
    QPushButton *m_openFolder;
    QLabel *m_autostartError;
    QString m_dataDirPath;
    bool m_autostartWas = false;   ///< the entry existed when the page opened
    bool m_minimizedWas = false;
};

} // namespace fi
