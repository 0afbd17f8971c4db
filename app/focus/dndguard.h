#pragma once
/// @file dndguard.h
/// @brief Switches the desktop's DND on for a session and restores the previous state after it,
/// remembering what it changed ({"backend", "previous", "engaged"} in focus-state.json) so a
/// crash mid-session is repaired at the next start. GUI thread only.

#include "dnd/dndbackend.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace fi {

class DndGuard {
public:
    /// Writes the DND record (toJson()'s shape) durably, e.g. into focus-state.json.
    /// @return false when it could not be written.
    using Persist = std::function<bool(const QJsonObject &record)>;

    /// @param backend the desktop's backend (owned).
    explicit DndGuard(std::unique_ptr<DndBackend> backend);

    /// Where engage() records what to restore BEFORE it switches DND on, so a crash between the
    /// two still restores the desktop at the next start (resume()). Without one, nothing is
    /// recorded first. When it fails, DND is not switched on (it could never be restored).
    void setPersist(Persist persist) { m_persist = std::move(persist); }

    /// Take over the persisted record of an earlier run. If it says DND was engaged and
    /// @p stillFocusing is false, restore the previous state now (through the backend that
    /// engaged it); if still focusing, re-engage (KDE drops an inhibition with its client).
    void resume(const QJsonObject &persisted, bool stillFocusing);
    /// Session started: read the current state, record it through the Persist callback (with
    /// "engaged": true), and only then switch DND on. If switching fails, the record is cleared.
    void engage();
    /// Session ended: put back the state engage() found.
    void release();

    bool isEngaged() const { return m_engaged; }
    /// Whether breakthroughs need the app's own alert (DND engaged and the backend hides critical ones).
    bool needsOwnAlert() const { return m_engaged && !m_backend->showsCriticalDuringDnd(); }
    DndBackend *backend() const { return m_backend.get(); }
    /// What to persist now.
    QJsonObject toJson() const;

private:
    std::unique_ptr<DndBackend> m_backend;
    Persist m_persist;
    bool m_engaged = false;
    bool m_previous = false;
};

/**
 * @brief Preferences ▸ Focus "Test": switch @p backend's Do Not Disturb on, read it back, and put
 * it off again. When DND is already on (another app, or a running session), nothing is switched.
 * Blocks briefly (the backend's D-Bus or gsettings round trips). GUI thread only.
 * @return a translated sentence for the user, e.g. "GNOME: Do Not Disturb turned on and off
 * again", or "No desktop Do Not Disturb found" for the no-op backend.
 */
QString testDesktopDnd(DndBackend &backend);

} // namespace fi
