#include "storage/database.h"

#include "storage/ftsrank.h"
#include "storage/messagekey.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fi::db {

namespace {

QString roleError(const QString &what, const QSqlError &error)
{
    return QStringLiteral("%1: %2").arg(what, error.text());
}

/// Read connections opened by the current thread; closed when the thread ends.
struct ThreadConnections {
    QStringList names;
    ~ThreadConnections()
    {
        // A pool thread may end after main() returned, when Qt SQL's connection registry is
        // already destroyed: then the process is exiting and SQLite needs no close (WAL stays
        // consistent), so leave the connections alone rather than touch a dead registry.
        if (!QCoreApplication::instance())
            return;
        for (const QString &name : std::as_const(names))
            closeConnection(name);
    }
};

ThreadConnections &threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

QAtomicInteger<quint64> s_serial = 0;

/// The database is private to its user (issue 9): create it 0600 before SQLite does (SQLite
/// gives its -wal and -shm files the database's mode), and strip group/other bits from the
/// database, WAL and SHM of an existing one. Symlinks are not followed.
void makeDatabaseFilesPrivate(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray file = QFile::encodeName(path);
    const int fd = ::open(file.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd >= 0)
        ::close(fd);  // created empty: SQLite treats an empty file as a new database
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QByteArray name = file + suffix;
        struct stat st {};
        if (::lstat(name.constData(), &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid()
            && (st.st_mode & 077) != 0)
            ::chmod(name.constData(), st.st_mode & 07700);
    }
#else
    Q_UNUSED(path);
#endif
}

/// SQLITE_BUSY or SQLITE_LOCKED (also their extended codes).
bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 5 || code == 6);
}

} // namespace

QSqlDatabase openConnection(const QString &path, const QString &connectionName, Role role,
                            QString *errorText)
{
    QStringList pragmas;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        if (role != Role::Probe && path != QLatin1String(":memory:"))
            makeDatabaseFilesPrivate(path);
        if (role == Role::Probe)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            if (errorText)
                *errorText = roleError(path, db.lastError());
        } else {
            pragmas << QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs);
            switch (role) {
            case Role::Migrate:
                pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                        << QStringLiteral("PRAGMA synchronous = NORMAL")
                        << QStringLiteral("PRAGMA foreign_keys = OFF");
                break;
            case Role::Write:
                pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                        << QStringLiteral("PRAGMA synchronous = NORMAL")
                        << QStringLiteral("PRAGMA foreign_keys = ON")
                        << QStringLiteral("PRAGMA cache_size = %1").arg(-kWriteCacheKiB)
                        << QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kWalAutoCheckpointPages)
                        << QStringLiteral("PRAGMA temp_store = MEMORY");
                break;
            case Role::Read:
                pragmas << QStringLiteral("PRAGMA foreign_keys = ON")
                        << QStringLiteral("PRAGMA query_only = ON");
                break;
            case Role::Probe:
                break;
            }
            bool ok = true;
            for (const QString &pragma : std::as_const(pragmas)) {
                QSqlQuery q(db);
                // Switching a new file to WAL needs an exclusive lock, and SQLite reports BUSY for it
                // at once (no busy handler) while another first start holds the file (issue 10: a
                // longer first migration made concurrent first starts fail). Retry within the
                // busy timeout.
                QElapsedTimer waited;
                waited.start();
                bool executed = q.exec(pragma);
                while (!executed && isBusy(q.lastError()) && waited.elapsed() < kBusyTimeoutMs) {
                    QThread::msleep(10);
                    executed = q.exec(pragma);
                }
                if (!executed) {
                    if (errorText)
                        *errorText = roleError(path, q.lastError());
                    ok = false;
                    break;
                }
                // journal_mode answers with the mode in effect; anything but "wal" is a failure.
                if (pragma.contains(QLatin1String("journal_mode")) && q.next()
                    && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
                    if (errorText)
                        *errorText = QStringLiteral("%1: cannot enable WAL (mode is %2)")
                                         .arg(path, q.value(0).toString());
                    ok = false;
                    break;
                }
            }
            // Searches rank with fi_rank() (storage/ftsrank.h) on any connection that reads;
            // migrations fill message keys with fi_message_key() (storage/messagekey.h).
            if (ok && role != Role::Probe
                && (!registerFtsRank(db, errorText) || !registerMessageKey(db, errorText)))
                ok = false;
            if (ok)
                return db;
        }
    }
    closeConnection(connectionName);
    return QSqlDatabase();
}

void closeConnection(const QString &connectionName)
{
    // removeDatabase() drops the last QSqlDatabase handle, which closes the connection; it does
    // not need QSqlDatabase::database(), which refuses connections of other threads.
    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *errorText)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (errorText)
        *errorText = q.lastError().text();
    return false;
}

int userVersion(QSqlDatabase &db, QString *errorText)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (errorText)
            *errorText = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    QString word;            // the identifier being read (to spot CREATE ... TRIGGER and END)
    QStringList headWords;   // first words of the current statement
    QString lastWord;
    bool inTrigger = false;
    const qsizetype n = script.size();

    auto endWord = [&] {
        if (word.isEmpty())
            return;
        const QString upper = word.toUpper();
        if (headWords.size() < 4) {
            headWords << upper;
            if (headWords.first() == QLatin1String("CREATE") && upper == QLatin1String("TRIGGER"))
                inTrigger = true;
        }
        lastWord = upper;
        word.clear();
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        // Comments.
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            endWord();
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u' ';
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            endWord();
            i += 2;
            while (i + 1 < n && !(script.at(i) == u'*' && script.at(i + 1) == u'/'))
                ++i;
            ++i;
            current += u' ';
            continue;
        }
        // Quoted strings and identifiers are copied verbatim.
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            endWord();
            const QChar close = c == u'[' ? QChar(u']') : c;
            current += c;
            ++i;
            while (i < n) {
                current += script.at(i);
                if (script.at(i) == close) {
                    if (close != u']' && i + 1 < n && script.at(i + 1) == close) {
                        current += script.at(++i);  // doubled quote
                    } else {
                        break;
                    }
                }
                ++i;
            }
            lastWord.clear();
            continue;
        }
        if (c.isLetterOrNumber() || c == u'_') {
            word += c;
            current += c;
            continue;
        }
        endWord();
        if (c == u';' && (!inTrigger || lastWord == QLatin1String("END"))) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                statements << statement;
            current.clear();
            headWords.clear();
            lastWord.clear();
            inTrigger = false;
            continue;
        }
        current += c;
        if (!c.isSpace())
            lastWord.clear();
    }
    endWord();
    const QString rest = current.trimmed();
    if (!rest.isEmpty())
        statements << rest;
    return statements;
}

ReadConnections::ReadConnections(QString path)
    : m_path(std::move(path)),
      m_prefix(QStringLiteral("fi-read-%1-").arg(s_serial.fetchAndAddRelaxed(1)))
{
}

ReadConnections::~ReadConnections()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_names))
        closeConnection(name);
}

QSqlDatabase ReadConnections::connection(QString *errorText)
{
    const QString name =
        m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        closeConnection(name);
    }
    QSqlDatabase db = openConnection(m_path, name, Role::Read, errorText);
    if (db.isOpen()) {
        QMutexLocker lock(&m_mutex);
        if (!m_names.contains(name))
            m_names << name;
        lock.unlock();
        ThreadConnections &mine = threadConnections();
        if (!mine.names.contains(name))
            mine.names << name;
    }
    return db;
}

} // namespace fi::db
