#pragma once
/// @file maildirstamps.h
/// @brief Issue 17: what a Maildir's directories looked like at its last full scan, so a rescan
/// that finds nothing changed stats a few directories and lists no file and reads no stored item.
///
/// Every change a Maildir client makes (deliver into new/, move to cur/, rename for a flag, delete)
/// adds, renames or removes a directory entry, which sets that directory's modification time. A
/// folder created or removed changes the root's. The stamps are those times, taken before the
/// scan lists anything: a change during the listing leaves a newer time, seen next time.
/// A time that is too recent is not trusted: a change in the same clock tick as the stamp would
/// leave the same time (git's "racy" index entries have the same problem). Pure; thread-safe.

#include "sources/maildir/maildirscan.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace fi::maildir {

/// A directory's time counts as settled when it is this much older than the stamps (ms).
inline constexpr qint64 kStampSettledMs = 2000;

struct DirectoryStamps {
    /// Directory relative to the root ("." = the root, "cur", "new", ".Work/cur", …) → its
    /// modification time (UTC epoch ms). A name that cannot be written as a state line (a tab or
    /// a line break in it) does not come back from decode(), so that Maildir is always listed.
    QHash<QString, qint64> mtimes;
    qint64 takenMs = 0;  ///< When the stamps were taken (UTC epoch ms); 0 = none.

    /// Lines of encodeStateLines() (sources/statelines.h), the time taken under "@taken".
    QByteArray encode() const;
    /// encode()'s form; anything else gives empty stamps (the next rescan lists everything).
    static DirectoryStamps decode(const QByteArray &bytes);
    bool operator==(const DirectoryStamps &) const = default;
};

/// Stamps of @p root and of cur/ and new/ of each of @p folders (listFolders(root)), at @p nowMs.
/// A directory that cannot be stat'ed is left out (so it never matches).
DirectoryStamps stampDirectories(const QString &root, const QList<Folder> &folders, qint64 nowMs);

/// Whether @p now shows that nothing changed since @p before: the same directories with the same
/// times, each at least kStampSettledMs older than @p before was taken. False for empty stamps.
bool unchangedSince(const DirectoryStamps &before, const DirectoryStamps &now);

} // namespace fi::maildir
