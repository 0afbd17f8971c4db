#pragma once
/// @file killloop.h
/// @brief Fault injection shared by bench/killloop and tests/integration/tst_killloop: runs the
/// real CLI sync (`focusinbox --data-dir D sync`) of a Dovecot folder filled from the shared
/// corpus, kills it with SIGKILL at a random moment, and checks after every kill that the
/// database is intact (PRAGMA integrity_check, the FTS5 integrity-check) and that every UID
/// below the committed UIDNEXT is stored. A final clean sync must store exactly the folder.
///
/// Needs dovecot, dbus-daemon and gnome-keyring (the CLI reads the IMAP password from the
/// keychain). Use from the main thread of a Q(Core)Application; blocking.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace fi::test {

struct KillLoopOptions {
    int rounds = 20;          ///< Kill rounds (each starts one CLI sync).
    int messages = 20000;     ///< Messages in the Dovecot INBOX.
    quint32 seed = 0;         ///< Random seed for the kill moments; 0 = from the clock.
    /// Stop starting rounds after this many seconds of the loop (0 = run every round); the
    /// final clean sync still runs and KillLoopReport::rounds says how many ran.
    int maxSeconds = 0;
    /// Progress and problems, one line each (e.g. to stderr); may be empty.
    std::function<void(const QString &)> log;
};

struct KillLoopReport {
    int rounds = 0;              ///< Rounds run.
    int kills = 0;               ///< Rounds in which SIGKILL hit a running sync.
    int partial = 0;             ///< Kills that left a partly synced store (0 < items < messages).
    int completed = 0;           ///< Rounds whose sync finished before its kill moment.
    int epochs = 0;              ///< Fresh data directories used (a new one after each completed sync).
    int integrityFailures = 0;   ///< Failed PRAGMA integrity_check or FTS5 integrity-check.
    int missingUids = 0;         ///< UIDs below the committed UIDNEXT not stored (summed over rounds).
    int finalCount = -1;         ///< Items after the final clean sync.
    int expected = 0;            ///< Messages in the folder.
    double seconds = 0;          ///< Wall time of the loop (without filling Dovecot).
    quint32 seed = 0;
    QString setupError;          ///< Non-empty: the loop could not run (fixture missing, …).
    QStringList problems;        ///< First problems found (capped), for the log.

    bool ok() const
    {
        return setupError.isEmpty() && integrityFailures == 0 && missingUids == 0
            && finalCount == expected;
    }
    /// One JSON line (no newline).
    QByteArray json() const;
};

/// Runs the loop (see file comment). Never throws; setup trouble lands in setupError.
KillLoopReport runKillLoop(const KillLoopOptions &options);

/// What a check of a data directory's database found.
struct StoreCheck {
    bool integrityOk = false;    ///< PRAGMA integrity_check said "ok".
    bool ftsOk = false;          ///< The FTS5 integrity-check passed.
    int items = 0;               ///< Rows in items.
    quint32 uidNext = 1;         ///< Committed UIDNEXT of INBOX (1 = nothing committed).
    QList<quint32> storedUids;   ///< UIDs of INBOX items (from their locators), sorted.
    QString error;               ///< Why a check failed (SQLite's text).
};

/// Opens @p databasePath with its own connection and checks it (see StoreCheck).
StoreCheck checkStore(const QString &databasePath);

} // namespace fi::test
