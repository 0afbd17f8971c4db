#pragma once
/// @file focusstatefile.h
/// @brief <data dir>/focus-state.json: the persisted focus state shared by the app and the CLI.
///
/// Holds the state machine (FocusStateMachine::toJson()) and the desktop DND state the app
/// changed ("dnd": {"backend", "previous", "engaged"}), so a restart resumes a session and a
/// crash mid-session restores the desktop's DND at the next start. When no instance runs,
/// `focusinbox focus start` writes the session here and the app honours it when started.
/// Written atomically (QSaveFile). Any thread; no locking (one writer at a time by design:
/// the running instance, or the CLI when none runs).

#include <QJsonObject>
#include <QString>

namespace fi {

struct FocusStateFile {
    QJsonObject machine;   ///< FocusStateMachine::toJson().
    QJsonObject dnd;       ///< {"backend": name, "previous": bool, "engaged": bool}; empty = untouched.
    /// Set by load() when the file could not be used (translated): unreadable, or corrupt and
    /// kept aside as focus-state.json.broken-<UTC time> (never silently replaced). Empty if fine.
    QString problem;

    static QString pathIn(const QString &dataDir);
    /// Missing file → empty state. Malformed file → empty state, the file renamed aside and
    /// `problem` set (config/jsonfile.h readJsonFile()).
    static FocusStateFile load(const QString &path);
    /// Write atomically and durably (synced before returning). @return false with *error set.
    bool save(const QString &path, QString *error = nullptr) const;
};

} // namespace fi
