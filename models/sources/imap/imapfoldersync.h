#pragma once
/// @file imapfoldersync.h
/// @brief Synchronises one IMAP folder over an open Session: initial fetch, new UIDs (UIDNEXT),
/// flag changes (CONDSTORE CHANGEDSINCE, RFC 7162 §3.1.4, else a FLAGS listing), expunges and
/// UIDVALIDITY changes (re-keyed by Message-ID, see imapsyncstate.h).
///
/// Runs on the session's worker thread; blocking. Every emitted batch carries the folder's
/// state as of that batch, so a sync killed after any batch resumes from there without
/// losing or duplicating items.

#include "sources/imap/imapsession.h"
#include "sources/imap/imapsyncstate.h"
#include "sources/source.h"

#include <atomic>
#include <functional>

namespace fi::imap {

/// Counters of one folder sync (for tests and the benchmark).
struct FolderSyncStats {
    /// The folder's UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ and EXISTS matched its saved state: the
    /// sync stopped after SELECT and read no stored item (issue 17).
    bool unchanged = false;
    int added = 0;
    int updated = 0;       ///< Flag updates and re-keyed items.
    int removed = 0;
    int failed = 0;
    int bodiesFetched = 0; ///< Messages whose header/text were downloaded.
    /// The whole folder's UIDs were listed to find expunges: no QRESYNC, or its VANISHED report
    /// did not account for the change in the number of messages (issue 17).
    bool uidsListed = false;
};

struct FolderSyncOptions {
    int batchSize = 500;     ///< Messages per UID FETCH and per SourceBatch.
    int snippetBytes = 4096; ///< Bytes of BODY[TEXT] fetched for the snippet.
};

/// Callbacks into the owner; called on the worker thread.
struct FolderSyncSink {
    std::function<void(SourceBatch)> batch;
    std::function<void(SourceError)> itemFailed;
    std::function<void(int done, int total)> progress;
    const std::atomic_bool *abort = nullptr;
};

/**
 * @brief Sync @p mailbox. @p known gives the store's items of this source (all folders; only
 * this folder's are used); it is read only when the folder changed since @p savedState (with
 * CONDSTORE, RFC 7162: same UIDVALIDITY, UIDNEXT and HIGHESTMODSEQ, and EXISTS equal to the
 * saved UID set's size means no new message, no flag change and no expunge). @return false with
 * @p error set on a network/protocol failure (batches emitted before stay valid) or on abort
 * (error kind None).
 */
bool syncFolder(Session &session, const QString &mailbox, const KnownItemsProvider &known,
                const QByteArray &savedState, const FolderSyncOptions &options,
                const FolderSyncSink &sink, FolderSyncStats *stats, Error *error);

} // namespace fi::imap
