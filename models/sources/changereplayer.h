#pragma once
/// @file changereplayer.h
/// @brief The change journal's vocabulary and the contract of a kind's change replayer.
///
/// Every triage change that must reach a source (seen, unseen, done, reopen, tier, snooze, flag,
/// unflag) is written to the `pending_changes` table in the SAME transaction as the local change
/// (so a kill -9 right after "done" still delivers it on the next start), and replayed later, in id
/// order per source, by the replayer its kind provides (SourceKind), on a worker thread with
/// backoff. See docs/decisions/0010-source-kinds-and-change-journal.md.

#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace fi {

/// What changed locally. Stored in pending_changes.kind by name (changeKindName()).
enum class ChangeKind {
    Seen,    ///< The user opened it / marked it read ("seen").
    Unseen,  ///< Marked unread ("unseen").
    Done,    ///< Marked done ("done"): IMAP sets \Seen and moves it to the archive folder.
    Reopen,  ///< Done undone / reopened ("reopen"): IMAP moves it back where it came from.
    Tier,    ///< Moved to another tier by hand ("tier"; detail "tier": 1…3), where the source stores it.
    Snooze,  ///< Snoozed ("snooze"; detail "until": UTC ms), where the source can.
    Flag,    ///< Flagged by the user ("flag"): IMAP \Flagged, Maildir F (issue 12).
    Unflag,  ///< Flag removed by the user ("unflag").
    /// Muted by the user ("mute"; journaled before the "done" of ItemStore::muteAndDone()):
    /// GitHub unsubscribes from the thread. Only kinds with SourceKind::Capability::Mute.
    Mute,
};

/// "seen", "unseen", "done", "reopen", "tier", "snooze", "flag", "unflag".
QString changeKindName(ChangeKind kind);
/// Inverse of changeKindName(); nullopt for anything else.
std::optional<ChangeKind> changeKindFromName(const QString &name);

/// Where an item's message lives at its source (the items row's columns of the same names).
struct ItemLocation {
    QString folder;
    QString remoteId;
    QString locator;
    /// Attributes to merge into the item's (ItemRecord::attributes); an empty value removes the
    /// key. E.g. the folder a message was archived from, so undo can move it back.
    QMap<QString, QString> attributes;
};

/// One row of pending_changes, as handed to a replayer.
struct PendingChange {
    qint64 id = 0;          ///< pending_changes.id: replay order within a source.
    qint64 sourceId = 0;
    qint64 itemId = 0;      ///< 0 when the item is gone from the store (the change still replays).
    ChangeKind kind = ChangeKind::Seen;
    /// The item's CURRENT location when the journal is read for a replay (from the items row, so
    /// a move replayed earlier is taken into account), or the location journaled with the
    /// change when the item is gone.
    ItemLocation location;
    /// The change's value ("tier", "until") and the replayer's own progress from earlier
    /// attempts (e.g. "copied": true after an archive COPY without COPYUID). JSON object.
    QVariantMap detail;
    int attempts = 0;       ///< Failed replays so far.
    QString lastError;      ///< Why the last attempt failed (translated), "" if none.
    qint64 createdMs = 0;   ///< UTC epoch ms.
};

/// What replaying one change did; committed by the journal in one transaction.
struct ChangeOutcome {
    enum class Status {
        Applied,   ///< Done at the source: the row is deleted.
        Progress,  ///< Part of it is done (and must never be redone): detail replaces the row's detail.
        Failed,    ///< Not done; try again later: attempts + 1, lastError = error, detail replaces the row's.
        Dropped,   ///< Can never be applied (the message is gone, UIDVALIDITY changed): the row is deleted and logged.
    };
    qint64 changeId = 0;
    Status status = Status::Applied;
    QVariantMap detail;
    QString error;   ///< Translated; for Failed / Dropped.
    /// The item's message now lives elsewhere (MOVE with COPYUID, RFC 6851 / RFC 4315): the
    /// item's folder/remote_id/locator are updated in the same transaction. nullopt = unchanged.
    std::optional<ItemLocation> moved;
};

/// How a whole replay ended.
struct ReplayResult {
    bool ok = true;          ///< false: a connection-level failure stopped it (the rest stays queued).
    QString error;           ///< Translated, when !ok.
    bool retryable = true;   ///< false: needs the user (wrong password, untrusted certificate).
};

/**
 * @brief Applies journaled changes to one source. Created per replay by the kind's factory
 * (SourceKind) for one SourceConfig; replay() blocks on I/O and runs on a worker thread, never
 * the GUI thread; cancel() may be called from any thread while replay() runs.
 */
class ChangeReplayer {
public:
    /// Commits @p outcome durably (blocking until COMMIT) and returns true, or false when the
    /// store could not write it: the replayer must then stop (return) without applying more.
    /// A replayer reports a Progress outcome BEFORE a step that must not be repeated after a
    /// failure, and the outcome of every change it finished, in order.
    using Report = std::function<bool(const ChangeOutcome &outcome)>;

    virtual ~ChangeReplayer() = default;
    /// Replay @p changes (oldest first, all of one source) and report each outcome through
    /// @p report. Changes not reported stay queued unchanged.
    virtual ReplayResult replay(const QList<PendingChange> &changes, const Report &report) = 0;
    /// Stop a running replay soon (shuts its connection down). Thread-safe.
    virtual void cancel() = 0;
};

} // namespace fi
