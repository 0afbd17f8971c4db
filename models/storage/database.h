#pragma once
/// @file database.h
/// @brief Low-level SQLite helpers shared by the migrator, the writer thread and the readers:
/// connection set-up (PRAGMAs), script splitting and per-thread read connections.
///
/// All connections use Qt SQL's QSQLITE driver (system libsqlite3 with FTS5).
/// A QSqlDatabase connection may only be used on the thread that opened it (Qt SQL rule).

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace fi::db {

/// How long a connection waits for a lock held by another connection (PRAGMA busy_timeout), ms.
inline constexpr int kBusyTimeoutMs = 5000;
/// Page cache of the write connection, in KiB (SQLite's default is 2 MiB). Big first syncs insert
/// into random places of the remote-id and FTS indexes; with 2 MiB the writer spilled and re-read
/// those pages all the time (bench/ingest_maildir, 100,000 messages: 21 s and 17× the database
/// written with 2 MiB, 14.5 s and 11× with 32 MiB; 24 MiB keeps the sync under 150 MB RSS).
inline constexpr int kWriteCacheKiB = 24 * 1024;
/// WAL pages after which a commit of the write connection copies the WAL into the database
/// (PRAGMA wal_autocheckpoint; SQLite's default is 1000 pages, 4 MB at 4 KiB pages). A first
/// sync commits every batch, and each commit rewrites pages of the indexes that fill in random
/// order (message id, remote id, dates): with checkpoints every ~4 MB nearly every commit was
/// copied into the database file as well, page by page. A longer interval copies a page once
/// for all the commits that changed it in between. The WAL file grows to about this size
/// (32 MB), and is truncated again on a clean shutdown.
inline constexpr int kWalAutoCheckpointPages = 8192;

/// What a connection is used for; decides the PRAGMAs applied by openConnection().
enum class Role {
    Migrate, ///< journal_mode=WAL, synchronous=NORMAL, foreign_keys=OFF (SQLite's ALTER procedure).
    Write,   ///< journal_mode=WAL, synchronous=NORMAL, foreign_keys=ON, cache_size and
             ///< wal_autocheckpoint as above, temp_store=MEMORY: every INSERT into items runs
             ///< FTS triggers, so it keeps a statement journal, and past 64 KiB SQLite spilled
             ///< it to a temporary file; a first sync of 100,000 messages wrote 960 MB of
             ///< them, more than the WAL and the database together (strace, bench/ingest_maildir).
    Read,    ///< foreign_keys=ON, query_only=ON (cannot write by accident).
    Probe,   ///< Opened with SQLITE_OPEN_READONLY, no PRAGMA that writes; used to read the version.
};

/**
 * @brief Add and open a named QSQLITE connection on the calling thread and apply the
 * PRAGMAs of @p role (always busy_timeout = kBusyTimeoutMs).
 * @return the open connection, or an invalid/closed one with @p errorText set. On failure the
 * connection name is removed again.
 */
QSqlDatabase openConnection(const QString &path, const QString &connectionName, Role role,
                            QString *errorText);

/// Close and remove a connection by name (no-op if unknown). Call on the thread that owns it,
/// or after that thread stopped using it (the ReadConnections destructor does so for others).
void closeConnection(const QString &connectionName);

/// Run one statement without bound values; @return false and set @p errorText on failure.
bool exec(QSqlDatabase &db, const QString &sql, QString *errorText = nullptr);

/// PRAGMA user_version of @p db, or -1 when it cannot be read (not a database, I/O error).
int userVersion(QSqlDatabase &db, QString *errorText = nullptr);

/**
 * @brief Split an SQL script into single statements (Qt SQL runs one statement per exec).
 * Knows '...' "..." `...` [...] quoting, -- and C-style comments, and CREATE TRIGGER bodies
 * (which end at "END;"). Comments and empty statements are dropped.
 */
QStringList splitSqlScript(const QString &script);

/**
 * @brief Per-thread read connections to one database file (one instance per ItemStore).
 *
 * connection() returns the calling thread's connection, opening it on first use with the name
 * "fi-read-<serial>-<thread id>". When a thread ends its connections are closed (thread-local
 * storage clean-up); the destructor removes those still open. Thread-safe.
 */
class ReadConnections {
public:
    explicit ReadConnections(QString path);
    ~ReadConnections();
    ReadConnections(const ReadConnections &) = delete;
    ReadConnections &operator=(const ReadConnections &) = delete;

    /// The calling thread's open read connection; invalid (and @p errorText set) on failure.
    QSqlDatabase connection(QString *errorText = nullptr);

private:
    QString m_path;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_names;  ///< Every connection name this instance opened (guarded by m_mutex).
};

} // namespace fi::db
