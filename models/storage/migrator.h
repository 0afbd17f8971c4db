#pragma once
/// @file migrator.h
/// @brief Applies the SQL migrations NNNN_name.sql of a directory to a database file.
///
/// Version bookkeeping: the schema version is PRAGMA user_version (0 = empty database).
/// user_version is part of the database header and is transactional, so it is written in
/// the same transaction as the migration it records.
///
/// Rules (see docs/decisions/0001-storage-sqlite.md):
///  - Migrations are applied in ascending NNNN order, each in one BEGIN IMMEDIATE transaction
///    that also sets user_version = NNNN. A failing migration is rolled back; the database stays
///    at the previous version and is usable.
///  - Before an EXISTING database with a lower version is migrated, the WAL is checkpointed and
///    the file is copied to "<db>.bak-v<oldversion>" (RSS Guard does the same).
///  - A database with a version newer than the highest migration is refused (SchemaTooNew) and
///    is not written to: the version is read through a read-only connection first.
///  - Migrations run with foreign_keys=OFF and end with PRAGMA foreign_key_check (SQLite's
///    documented procedure for table rebuilds, https://sqlite.org/lang_altertable.html).
///
/// Threading: migrate() is blocking and uses its own temporary connection on the calling thread;
/// run it before any other connection to the file is opened.

#include "storage/itemstore.h"

#include <QList>
#include <QString>

namespace fi {

/// One migration file.
struct Migration {
    int version = 0;   ///< NNNN from the file name.
    QString name;      ///< File name, e.g. "0001_initial.sql".
    QString path;      ///< Full path (may be a Qt resource path ":/sql/...").
};

/// Outcome of Migrator::migrate().
struct MigrationResult {
    OpenError error = OpenError::None;
    QString message;      ///< Translated explanation when error != None.
    int oldVersion = 0;   ///< Version found in the file (0 for a new file).
    int version = 0;      ///< Version after migrating (== oldVersion on failure before/at the first step).
    QString backupPath;   ///< "<db>.bak-v<old>" when a backup was written, else empty.
};

class Migrator {
public:
    /// The migrations of the application (Qt resource directory ":/sql").
    static QString defaultDirectory();

    /// @param directory folder holding NNNN_name.sql files (others are ignored).
    explicit Migrator(QString directory = defaultDirectory());

    /// Migration files sorted by version. Files whose NNNN is not a number are skipped.
    QList<Migration> migrations() const;
    /// Highest version available (0 when the directory has none).
    int latestVersion() const;

    /// Create or upgrade @p databasePath (its directory must exist). Blocking.
    MigrationResult migrate(const QString &databasePath) const;

private:
    QString m_directory;
};

} // namespace fi
