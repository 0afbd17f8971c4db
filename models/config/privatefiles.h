#pragma once
/// @file privatefiles.h
/// @brief The data directory belongs to one user: it is created 0700, files in it are 0600,
/// looser modes are tightened, a directory owned by someone else is refused, and logs are
/// appended without following symlinks. POSIX only; elsewhere the functions succeed without
/// doing anything. Any thread (no shared state besides the process umask).
///
/// Why: a shared home, `--data-dir /tmp/...` or a backup restored with 0644 must not let other
/// local users read mail, credentials-adjacent state or logs (issue 9, "The machine is shared").

#include <QByteArray>
#include <QString>

namespace fi {

/// Set the process umask to 077 so every file and directory created from now on (SQLite's
/// database, WAL and SHM, QSaveFile, backups, caches) is private. Call once at start.
void restrictProcessUmask();

/// Outcome of preparePrivateDirectory().
enum class PrivateDirStatus {
    Ok,        ///< Exists (or was created), owned by the effective user, mode 0700.
    NotOwned,  ///< Exists but belongs to another user (or is a symlink owned by one): refused.
    Failed,    ///< Cannot be created or its mode cannot be changed.
};

/// Create @p dir (and missing parents) with mode 0700, or check an existing one: it must be
/// owned by the effective user (the directory itself and, if @p dir is a symlink, the link),
/// then its mode is set to 0700. @return the status; *error (may be null) gets a translated
/// sentence naming the directory on failure.
PrivateDirStatus preparePrivateDirectory(const QString &dir, QString *error);

/// Remove group and other permission bits from every file and directory below @p dir
/// (recursively; symlinks are neither followed nor changed; files owned by another user are
/// left alone). @return the number of entries whose mode was changed.
int tightenPermissionsBelow(const QString &dir);

/// Append @p bytes to the log file @p path, creating it with mode 0600. The file is opened with
/// O_NOFOLLOW|O_APPEND: a symlink at @p path is refused (never written through), as is anything
/// that is not a regular file owned by the effective user or that has other hard links.
/// @return false with *error (may be null) set on failure.
bool appendToPrivateFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace fi
