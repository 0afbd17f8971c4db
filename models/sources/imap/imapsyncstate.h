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

#include <QByteArray>
#include <QString>

#include <optional>

namespace fi::imap {

struct FolderState {
    quint32 uidValidity = 0;
    quint32 uidNext = 1;         ///< Every UID below this one has been committed.
    quint64 highestModSeq = 0;   ///< 0 = unknown / no CONDSTORE.
    QByteArray encode() const;   ///< "v1 <uidvalidity> <uidnext> <modseq>".
    static FolderState decode(const QByteArray &bytes); ///< Garbage → default (full sync).
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
