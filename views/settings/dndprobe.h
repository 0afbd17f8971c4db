#pragma once
/// @file dndprobe.h
/// @brief What Preferences ▸ Focus learns about the desktop's Do Not Disturb switch, handed in by
/// the application (app/focus/focusfeature.cpp) so the views need no app code.

#include <QString>

#include <functional>

namespace fi {

/// The DND backend the running app detected on the session bus, and a way to try it.
struct DndProbe {
    QString name;             ///< Translated display name ("GNOME", "KDE Plasma", "dunst", "not supported here").
    bool functional = false;  ///< false: the app cannot switch this desktop's DND.
    /// Turns DND on, reads it back, restores it; @return a translated sentence for the user.
    /// Runs on the GUI thread and may block briefly (D-Bus / gsettings). Empty = no test possible.
    std::function<QString()> test;
};

} // namespace fi
