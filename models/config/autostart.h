#pragma once
/// @file autostart.h
/// @brief Issue 14, Preferences ▸ General ▸ "Start at login": the XDG autostart entry
/// $XDG_CONFIG_HOME/autostart/focusinbox.desktop (Desktop Application Autostart Specification;
/// ~/.config when XDG_CONFIG_HOME is unset or not absolute). No widgets; file I/O on the
/// calling thread.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fi::autostart {

/// What the entry starts.
struct Entry {
    QString executable;   ///< Absolute path of the program (currentExecutable()).
    bool minimized = false;  ///< Adds `--minimized` (start hidden in the tray).
    QString dataDir;      ///< Adds `--data-dir DIR` when not empty (a data directory other than the default).
};

/// $XDG_CONFIG_HOME/autostart/focusinbox.desktop.
QString entryPath();
/// Whether the entry exists (the checkbox shows this).
bool isEnabled();
/// The program to start at login: $APPIMAGE when running from an AppImage (the mounted path
/// changes at every start), else QCoreApplication::applicationFilePath().
QString currentExecutable();

/// The entry's text (UTF-8): Type, Name, Comment, Exec (quoted and escaped as the Desktop Entry
/// Specification says), Icon, Terminal=false, Categories, StartupNotify=false,
/// X-GNOME-Autostart-enabled=true. Empty when @p entry cannot be written as an Exec line (a
/// relative path, a line break in the path).
QByteArray entryText(const Entry &entry);
/// The Exec value for @p arguments (program first), or "" when one holds a line break.
QString execLine(const QStringList &arguments);

/// Write the entry atomically (QSaveFile), creating the autostart directory.
/// @return false with a translated *error (may be null).
bool enable(const Entry &entry, QString *error);
/// Remove the entry (nothing to do when absent). @return false with a translated *error.
bool disable(QString *error);

} // namespace fi::autostart
