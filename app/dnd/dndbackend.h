#pragma once
/// @file dndbackend.h
/// @brief The desktop's Do-Not-Disturb switch, behind one interface (docs/decisions/0007).
///
/// Implementations are picked at run time from what is on the session bus: dunst
/// (org.dunstproject.cmd0 "paused"), KDE Plasma (org.freedesktop.Notifications Inhibit/UnInhibit),
/// GNOME (GSettings org.gnome.desktop.notifications show-banners), or a no-op backend that says so
/// in the UI. On Windows and macOS only the no-op backend exists. GUI thread only; calls block
/// briefly (D-Bus round trip or a gsettings process, 2 s timeout at most).

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace fi {

class DndBackend {
public:
    virtual ~DndBackend() = default;

    /// Stable id stored in focus-state.json: "dunst", "kde", "gnome", "none".
    virtual QString id() const = 0;
    /// Translated name for the UI ("dunst", "KDE Plasma", "GNOME", "not supported").
    virtual QString displayName() const = 0;
    /// false for the no-op backend: the app cannot switch the desktop's DND here.
    virtual bool isFunctional() const { return true; }
    /// Whether the desktop's DND is on now; nullopt when it cannot be read.
    virtual std::optional<bool> isEnabled() = 0;
    /// Switch DND; @return false when the desktop refused or is unreachable.
    virtual bool setEnabled(bool on) = 0;
    /// Whether a critical-urgency notification is still shown while DND is on (KDE: yes;
    /// dunst 1.9 pause and GNOME banners: no — the app shows its own alert window then).
    virtual bool showsCriticalDuringDnd() const = 0;
};

/// Probe the session bus and return the backend for the running desktop (never null).
std::unique_ptr<DndBackend> detectDndBackend();
/// The backend with @p id (for restoring a crashed session's state); the no-op one if unknown.
std::unique_ptr<DndBackend> dndBackendById(const QString &id);
/// The no-op backend.
std::unique_ptr<DndBackend> noDndBackend();

} // namespace fi
