#pragma once
/// @file maildirscan.h
/// @brief Pure, blocking Maildir / Maildir++ directory listing (no parsing). Used by
/// MaildirSource on its worker thread and by loadItemBody(). Thread-safe (no shared state).
///
/// Layout (D. J. Bernstein, "Using maildir format"; Courier Maildir++): a folder is a directory
/// with cur/ new/ tmp/; Maildir++ subfolders are ".Name" directories in the root, nesting written
/// with dots (".Work.Reports" = folder "Work/Reports"). Messages are files in cur/ and new/
/// (never tmp/); a name is "unique[:2,FLAGS]" with flags S seen, F flagged, R replied (answered).

#include "domain/item.h"

#include <QList>
#include <QString>

namespace fi::maildir {

/// One folder of a Maildir tree.
struct Folder {
    QString name;  ///< "" for the root, else "Sub" or "Sub/Child" (Maildir++ dots → '/').
    QString path;  ///< Absolute path of the directory holding cur/ and new/.
};

/// One message file.
struct MessageFile {
    QString folder;      ///< Folder::name.
    QString fileName;    ///< Current file name (with ":2,…" info).
    QString uniqueName;  ///< File name before ":2," (or before the first ':').
    QString relPath;     ///< Path relative to the root, e.g. ".Work/cur/123.abc:2,S".
    QString absPath;
    qint64 mtimeMs = 0;  ///< Modification time, UTC epoch ms.
    ItemFlags flags;
};

/// Folders under @p root (the root first, then subfolders sorted by name). A directory counts
/// when it has a cur/ or new/ subdirectory. The root itself is listed when it has cur/ or new/.
QList<Folder> listFolders(const QString &root);

/// Message files in cur/ and new/ of @p folder, skipping dotfiles and subdirectories.
/// @param root the Maildir root (for MessageFile::relPath).
QList<MessageFile> listMessages(const QString &root, const Folder &folder);

/// File name before ":2," (or before the first ':' for other info versions).
QString uniqueNameOf(const QString &fileName);

/// Flags from the ":2,FLAGS" info of @p fileName; files in new/ (@p inNew) are never seen.
ItemFlags flagsOf(const QString &fileName, bool inNew);

/// remoteId of a message: folder + "/" + unique name (root folder: "/unique").
QString remoteIdOf(const QString &folder, const QString &uniqueName);

/// Fingerprint: file name + ":" + mtime ms. splitFingerprint() inverts it (nullopt-like:
/// empty name when malformed).
QString fingerprintOf(const QString &fileName, qint64 mtimeMs);
void splitFingerprint(const QString &fingerprint, QString *fileName, qint64 *mtimeMs);

} // namespace fi::maildir
