#pragma once
/// @file maildirsource.h
/// @brief Maildir / Maildir++ source (cur/new/tmp, nested ".Folder" dirs, ":2," info flags).

#include "sources/source.h"

#include <memory>

namespace fi {

/**
 * @brief Scans a Maildir root (and Maildir++ subfolders) and reports items in batches.
 *
 * config().location is the root directory (the one holding cur/ new/ tmp/).
 * remoteId = the message's unique name (file name before ":2,"), qualified by folder;
 * fingerprint = current file name + mtime, so incremental rescans parse only new or changed
 * files, and a rename that only changes flags becomes a FlagUpdate.
 * Parsing runs on a pool thread; signals are emitted on the owner thread.
 *
 * Details (see maildirscan.h for the layout rules):
 *  - remoteId = folder + "/" + unique name ("/123.abc" for the root, "Work/Reports/123.abc");
 *    locator = path relative to the root; fingerprint = file name + ":" + mtime (UTC ms).
 *  - A known item whose file name changed but whose mtime did not (rename(2) keeps it) becomes
 *    a FlagUpdate without parsing; a changed mtime means new content and a re-parse.
 *  - Files are parsed in parallel (all cores) and reported in ordered batches of at most 500
 *    upserts; flag updates and removals come in one last batch. progress(done, total) counts
 *    files to parse. A file that cannot be read or parsed → itemFailed({path, reason}),
 *    SyncResult::failed, and the sync goes on.
 *  - A missing root (or a directory with neither cur/ nor new/ nor Maildir++ subfolders)
 *    → finished() with ok = false and a translated error.
 *  - abort(): stops between files; finished() follows with aborted = true and no removals.
 *  - start() while a sync runs: that call gets its own finished() with ok = false.
 *  - The destructor aborts and waits for the worker.
 * Works in a GUI or a headless QCoreApplication event loop (signals are queued to the owner).
 */
class MaildirSource : public Source {
    Q_OBJECT
public:
    explicit MaildirSource(SourceConfig config, QObject *parent = nullptr);
    ~MaildirSource() override;

    void start(const KnownItemsProvider &known, const QMap<QString, QByteArray> &syncState) override;
    void abort() override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace fi
