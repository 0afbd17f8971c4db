#pragma once
/// @file imapreplayer.h
/// @brief The IMAP kind's change replayer: mirrors journaled triage (pending_changes) to the
/// server over one libetpan session.
///
/// What each change does at the server (Account::writeBack must be on for it to be journaled):
///  - seen: UID STORE +FLAGS.SILENT (\Seen); unseen: -FLAGS.SILENT (\Seen).
///  - flag: UID STORE +FLAGS.SILENT (\Flagged); unflag: -FLAGS.SILENT (\Flagged) (issue 12).
///  - done: \Seen, and with Account::archiveFolder (unless the message is already there) a
///    UID MOVE there (RFC 6851). Reported Applied with `moved` = the archive folder, remote id
///    "<archive>#<Message-ID>", locator from the COPYUID response (RFC 4315; "" when the server
///    sends none) and attribute "imap.archived-from" = the mailbox it came from.
///    Without MOVE: UID COPY, then a Progress outcome {"copied": true, "archiveLocator": …}
///    is committed BEFORE STORE \Deleted + EXPUNGE (UID EXPUNGE with UIDPLUS, else EXPUNGE), so
///    a later attempt after a failure skips the COPY: one archive copy, however often it fails.
///    The message must be gone from its folder afterwards, else the change Failed.
///  - reopen (undo of done): a message archived by the app ("imap.archived-from" set) moves
///    back there the same way (Progress {"copied": true, "restoredLocator": …} without MOVE),
///    reported with `moved` = that folder, the new UID and "imap.archived-from" removed. A
///    message never archived is left alone (reopen is not "unread").
///  - tier, snooze: nothing the server stores: Dropped.
/// A change whose folder's UIDVALIDITY changed since it was journaled is Dropped (its UID names
/// nothing any more; the next sync re-reads the folder). A locator of "" (no COPYUID was sent)
/// is resolved by UID SEARCH HEADER Message-ID in the item's folder.
///
/// Everything the server sends is bounded by the session's StreamGuard (imapstreamguard.h).

#include "sources/changereplayer.h"
#include "sources/source.h"

#include <memory>

namespace fi::imap {

class StreamGuard;

/// Attribute of an item archived by a "done" replay: the mailbox it was moved from ("INBOX", …).
inline constexpr char kArchivedFromAttribute[] = "imap.archived-from";

/**
 * @brief ChangeReplayer of one IMAP account (SourceConfig as ImapSource takes it).
 *
 * replay() blocks: it looks the password up (ImapSource::passwordFor(), the keychain), connects,
 * logs in and applies the changes in order; call it on a worker thread. cancel() may be called
 * from any thread, also before replay() started: the connection is shut down at once.
 *
 * ReplayResult: ok = every change given was applied or dropped; otherwise ok = false with the
 * first error (translated), and retryable = false only for what needs the user (no password,
 * wrong password, untrusted certificate, invalid settings). A lost connection stops the replay:
 * the change in hand is reported Failed, the ones after it are not reported (they stay queued).
 * After a change of an item failed, the later changes of that item in the same replay are not
 * reported either (order per item: an undo never overtakes the "done" it undoes).
 * One replay() per object (SourceKind::createReplayer makes one for each replay).
 */
class ImapChangeReplayer : public ChangeReplayer {
public:
    explicit ImapChangeReplayer(SourceConfig config);
    ~ImapChangeReplayer() override;

    ReplayResult replay(const QList<PendingChange> &changes, const Report &report) override;
    void cancel() override;

private:
    SourceConfig m_config;
    std::shared_ptr<StreamGuard> m_guard;
};

/// SourceKind::createReplayer of the IMAP kind.
std::unique_ptr<ChangeReplayer> createReplayer(const SourceConfig &config);
/// SourceKind::journals of the IMAP kind: seen, unseen, done, reopen, flag and unflag when the
/// account has write-back on (Account::writeBack); nothing for a config that is not a valid IMAP
/// account.
bool journals(const SourceConfig &config, ChangeKind kind);

} // namespace fi::imap
