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
 */
class MaildirSource : public Source {
    Q_OBJECT
public:
    explicit MaildirSource(SourceConfig config, QObject *parent = nullptr);
    ~MaildirSource() override;

    void start(const KnownItems &known, const QMap<QString, QByteArray> &syncState) override;
    void abort() override;
    QStringList watchPaths() const override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace fi
