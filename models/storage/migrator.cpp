#include "storage/migrator.h"

#include "storage/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

/// The migrations live in focusinbox_models, a static library: its resources must be
/// registered explicitly, from outside any namespace (Q_INIT_RESOURCE declares a global symbol).
static void initSqlResources()
{
    Q_INIT_RESOURCE(sql);
}

namespace fi {

namespace {

QAtomicInteger<quint64> s_migrationSerial = 0;

/// Copies @p from to @p to through a temporary file renamed over @p to (QSaveFile), so two
/// first starts racing on one new database never fail on each other's half-written backup.
bool copyAtomically(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    char buffer[1 << 16];
    for (;;) {
        const qint64 n = in.read(buffer, sizeof buffer);
        if (n < 0)
            return false;
        if (n == 0)
            break;
        if (out.write(buffer, n) != n)
            return false;
    }
    return out.commit();
}

/// Closes the temporary connection on every return path.
struct ConnectionGuard {
    QString name;
    ~ConnectionGuard() { db::closeConnection(name); }
};

int probeVersion(const QString &path, QString *errorText)
{
    const QString name =
        QStringLiteral("fi-probe-%1").arg(s_migrationSerial.fetchAndAddRelaxed(1));
    ConnectionGuard guard{name};
    QSqlDatabase db = db::openConnection(path, name, db::Role::Probe, errorText);
    if (!db.isOpen())
        return -1;
    return db::userVersion(db, errorText);
}

enum class Applied { Now, Already, Failed };

/// Apply @p migration in one write transaction. The version is read again under the write lock:
/// another process (the GUI and a CLI command started together) may have applied it meanwhile.
Applied applyOne(QSqlDatabase &db, const Migration &migration, QString *errorText)
{
    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorText = file.errorString();
        return Applied::Failed;
    }
    const QStringList statements = db::splitSqlScript(QString::fromUtf8(file.readAll()));
    if (!db::exec(db, QStringLiteral("BEGIN IMMEDIATE"), errorText))
        return Applied::Failed;
    const int current = db::userVersion(db, errorText);
    if (current >= migration.version) {
        db::exec(db, QStringLiteral("ROLLBACK"));
        return Applied::Already;
    }
    bool ok = current >= 0;
    for (const QString &statement : statements) {
        if (!db::exec(db, statement, errorText)) {
            *errorText = QStringLiteral("%1 (in: %2)").arg(*errorText, statement.left(120));
            ok = false;
            break;
        }
    }
    if (ok) {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            *errorText = QStringLiteral("foreign_key_check failed");
            ok = false;
        } else if (check.next()) {
            *errorText = QStringLiteral("foreign key violation in table %1").arg(check.value(0).toString());
            ok = false;
        }
    }
    if (ok)
        ok = db::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version), errorText);
    if (ok)
        ok = db::exec(db, QStringLiteral("COMMIT"), errorText);
    if (!ok)
        db::exec(db, QStringLiteral("ROLLBACK"));
    return ok ? Applied::Now : Applied::Failed;
}

} // namespace

QString Migrator::defaultDirectory()
{
    initSqlResources();
    return QStringLiteral(":/sql");
}

Migrator::Migrator(QString directory) : m_directory(std::move(directory))
{
    initSqlResources();
}

QList<Migration> Migrator::migrations() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[A-Za-z0-9_-]+\\.sql$"));
    QList<Migration> result;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        result.append({match.captured(1).toInt(), name, dir.filePath(name)});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

int Migrator::latestVersion() const
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

MigrationResult Migrator::migrate(const QString &databasePath) const
{
    MigrationResult result;
    const QList<Migration> all = migrations();
    const int latest = all.isEmpty() ? 0 : all.last().version;
    const QFileInfo info(databasePath);
    const bool existed = info.exists() && info.size() > 0;

    QString error;
    if (existed) {
        result.oldVersion = probeVersion(databasePath, &error);
        if (result.oldVersion < 0) {
            result.error = OpenError::CannotOpen;
            result.message = QCoreApplication::translate("fi::ItemStore", "Cannot open the database %1: %2").arg(databasePath, error);
            result.oldVersion = 0;
            return result;
        }
    }
    result.version = result.oldVersion;
    if (result.oldVersion > latest) {
        result.error = OpenError::SchemaTooNew;
        result.message = QCoreApplication::translate("fi::ItemStore", "The database %1 was written by a newer version of Focus Inbox "
                            "(schema %2, this version knows up to %3). It was left unchanged; "
                            "please update Focus Inbox.")
                             .arg(databasePath)
                             .arg(result.oldVersion)
                             .arg(latest);
        return result;
    }

    // Up to date: nothing to write, so no write connection either (every `focusinbox` command
    // opens the store; issue 17). The store's writer opens the file for writing next and reports
    // a file it cannot write.
    if (existed && result.oldVersion == latest)
        return result;

    const QString name =
        QStringLiteral("fi-migrate-%1").arg(s_migrationSerial.fetchAndAddRelaxed(1));
    ConnectionGuard guard{name};
    QSqlDatabase db = db::openConnection(databasePath, name, db::Role::Migrate, &error);
    if (!db.isOpen()) {
        result.error = OpenError::CannotOpen;
        result.message = QCoreApplication::translate("fi::ItemStore", "Cannot open the database %1: %2").arg(databasePath, error);
        return result;
    }
    if (result.oldVersion == latest)
        return result;

    if (existed) {
        // Everything committed must be in the main file before it is copied.
        if (!db::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error)) {
            result.error = OpenError::MigrationFailed;
            result.message = QCoreApplication::translate("fi::ItemStore", "Cannot back up the database %1: %2").arg(databasePath, error);
            return result;
        }
        const QString backup =
            QStringLiteral("%1.bak-v%2").arg(databasePath).arg(result.oldVersion);
        if (!copyAtomically(databasePath, backup)) {
            result.error = OpenError::MigrationFailed;
            result.message = QCoreApplication::translate("fi::ItemStore", "Cannot write the backup %1 before upgrading the database.").arg(backup);
            return result;
        }
        result.backupPath = backup;
    }

    for (const Migration &migration : all) {
        if (migration.version <= result.version)
            continue;
        if (applyOne(db, migration, &error) == Applied::Failed) {
            result.error = OpenError::MigrationFailed;
            result.message = QCoreApplication::translate("fi::ItemStore", "Upgrading the database %1 with %2 failed: %3. "
                                "It was left at schema version %4.")
                                 .arg(databasePath, migration.name, error)
                                 .arg(result.version);
            return result;
        }
        result.version = migration.version;
    }
    return result;
}

} // namespace fi
