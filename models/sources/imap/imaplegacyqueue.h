#pragma once
/// @file imaplegacyqueue.h
/// @brief One-time import of the JSON write-back queues of earlier versions
/// (<dataDir>/imap-writeback-<sourceId>.json) into the change journal (pending_changes).
///
/// The file was a JSON array of {"kind": "seen"|"done", "mailbox": "<IMAP mailbox>",
/// "uidvalidity": n, "uid": n, "attempts": n}. Each valid entry becomes one pending_changes row
/// of the source (kind seen/done, folder = ItemRecord::folder of the mailbox, locator
/// "<uidvalidity>:<uid>", item_id and remote_id of the item with that folder and locator if the
/// store still has it), all in ONE transaction; the file is deleted only after COMMIT, so a
/// crash in between imports it again next time rather than losing it. A file that does not parse
/// is kept aside (…json.broken-<time>, config/jsonfile.h) and nothing is imported from it.

#include "sources/source.h"

#include <QList>
#include <QString>

namespace fi {
class ItemStore;
}

namespace fi::imap {

/// One entry of a legacy queue file.
struct LegacyQueueEntry {
    bool done = false;      ///< "done" (else "seen").
    QString mailbox;        ///< IMAP mailbox name ("INBOX", …).
    quint32 uidValidity = 0;
    quint32 uid = 0;        ///< 1 … 2^32-1.
    int attempts = 0;       ///< Failed flushes so far (carried over).
};

/// "<dataDir>/imap-writeback-<sourceId>.json".
QString legacyQueueFile(const QString &dataDir, qint64 sourceId);

/// Read a legacy queue file. Entries that are not a valid UID are skipped. A missing file is an
/// empty list; a corrupt one is kept aside and @p warning (may be null) says so (translated).
QList<LegacyQueueEntry> readLegacyQueue(const QString &path, QString *warning = nullptr);

/**
 * @brief Import the legacy queue of @p source into @p store's journal and delete the file.
 * Blocks until the transaction committed (ItemStore::runWrite): call it once per IMAP source at
 * start, before the change replay starts. Any thread but the store's writer.
 * @return the number of changes imported (0 without a file), or -1 when the store refused
 * the write (*error set, may be null; the file stays for the next start).
 */
int importLegacyQueue(ItemStore &store, const SourceConfig &source, const QString &dataDir, QString *error = nullptr);

} // namespace fi::imap
