#pragma once
/// @file imapsyncstate.h
/// @brief Per-folder sync state (RFC 3501 UIDVALIDITY/UIDNEXT, RFC 7162 HIGHESTMODSEQ) and the
/// remote id / locator / fingerprint scheme of IMAP items.
///
/// remoteId   = "<folder>#<Message-ID>" (angle brackets kept) — stable across a UIDVALIDITY
///              change, so triage state survives a folder rebuild; messages without a
///              Message-ID, or a second message with the same Message-ID in the folder, use
///              "<folder>#sum:<SHA-1 of the raw header block>" (also stable), and only a
///              byte-identical second copy falls back to "<folder>#uid:<uidvalidity>:<uid>".
/// fingerprint= "<uidvalidity>:<uid>:<flags>" (flags: s = \Seen, f = \Flagged, a = \Answered).
/// locator    = "<uidvalidity>:<uid>" (the folder is ItemRecord::folder, "" = INBOX).
/// All functions are pure and thread-safe.

#include "domain/item.h"
#include "sources/imap/uidset.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fi::imap {

/// What a folder looked like at the end of its last sync (or of its last committed batch).
struct FolderState {
    quint32 uidValidity = 0;
    quint32 uidNext = 1;         ///< Every UID below this one has been committed.
    quint64 highestModSeq = 0;   ///< 0 = unknown / no CONDSTORE.
    /// The UIDs below uidNext that the folder held (issue 17), including messages that failed to
    /// parse: with EXISTS, UIDNEXT and HIGHESTMODSEQ it tells a folder that did not change without
    /// reading a single stored item, and it counts the known messages without the items table.
    /// nullopt in a state written before it existed ("v1"): the next sync rebuilds it.
    std::optional<UidSet> knownUids;
    /// "v2 <uidvalidity> <uidnext> <modseq> <uid set>" (the set in UidSet::encode()'s form, "-"
    /// when empty).
    QByteArray encode() const;
    /// encode()'s form, or the older "v1 <uidvalidity> <uidnext> <modseq>" (knownUids = nullopt).
    /// Garbage → default (full sync).
    static FolderState decode(const QByteArray &bytes);
    bool operator==(const FolderState &) const = default;
};

/// Identity of a stored IMAP item, recovered from its fingerprint.
struct UidRef {
    quint32 uidValidity = 0;
    quint32 uid = 0;
    ItemFlags flags;
};

QString remoteIdForMessageId(const QString &folder, const QString &messageId);
QString remoteIdForHeader(const QString &folder, const QByteArray &rawHeader);
QString remoteIdForUid(const QString &folder, quint32 uidValidity, quint32 uid);
/// Folder part of a remote id ("" if it is not an IMAP remote id).
QString folderOfRemoteId(const QString &remoteId);
QString fingerprintOf(quint32 uidValidity, quint32 uid, const ItemFlags &flags);
std::optional<UidRef> parseFingerprint(const QString &fingerprint);
QString locatorOf(quint32 uidValidity, quint32 uid);
std::optional<UidRef> parseLocator(const QString &locator);
/// ItemRecord::folder of an IMAP mailbox name ("" for INBOX) and back.
QString recordFolder(const QString &mailbox);
QString mailboxOf(const QString &recordFolder);

} // namespace fi::imap
