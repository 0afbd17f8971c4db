// Disk full (issue 9): the CLI syncs into a data directory that runs out of space — a file size
// limit on the CLI process (RLIMIT_FSIZE, SIGXFSZ ignored so write() fails with EFBIG; works
// without privileges) and, where mounting is allowed, a small tmpfs (ENOSPC). The sync fails
// with a clear error, the database stays intact (integrity_check, FTS5 integrity-check), no
// partial file is left behind, and once space is back a new sync stores every message once.
#include "cliprocess.h"
#include "imaptestutil.h"
#include "killloop.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>

using namespace fi::test;

namespace {

constexpr int kMessages = 1500; // three Maildir batches of 500

/// Runs the CLI like runCli(), but with every file it writes limited to @p maxFileBytes.
CliResult runCliLimited(const QString &dataDir, const QStringList &args, rlim_t maxFileBytes)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([maxFileBytes] {
        // In the child between fork and exec: only async-signal-safe calls.
        ::signal(SIGXFSZ, SIG_IGN); // write() past the limit then fails with EFBIG instead of killing
        const rlimit limit{maxFileBytes, maxFileBytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(QStringLiteral(FOCUSINBOX_CLI), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/// Items and distinct Message-IDs in the data dir's database.
QPair<int, int> countItems(const QString &dataDir)
{
    QPair<int, int> counts{-1, -1};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(dataDir + QStringLiteral("/focusinbox.sqlite"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*), count(DISTINCT message_id) FROM items")) && q.next())
                counts = {q.value(0).toInt(), q.value(1).toInt()};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return counts;
}

/// Files under @p dir (relative paths), with JSON files that do not parse marked " (broken)".
QStringList filesIn(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QString rel = QDir(dir).relativeFilePath(path);
        if (path.endsWith(QLatin1String(".json"))) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly) || QJsonDocument::fromJson(f.readAll()).isNull())
                rel += QStringLiteral(" (broken)");
        }
        out << rel;
    }
    out.sort();
    return out;
}

} // namespace

class TestDiskFull : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fileSizeLimit();
    void smallTmpfs();

private:
    /// The shared part: @p dataDir already has the Maildir source; @p syncFull runs a sync that
    /// must run out of space; @p freeSpace gives the space back.
    void runOutOfSpaceThenRecover(const QString &dataDir, const std::function<CliResult()> &syncFull,
                                  const std::function<void()> &freeSpace);
    QTemporaryDir m_mail;
    QString m_maildir;
};

void TestDiskFull::initTestCase()
{
    m_maildir = m_mail.filePath(QStringLiteral("Mail"));
    writeGeneratedMaildir(m_maildir, kMessages, corpusFiles());
}

void TestDiskFull::runOutOfSpaceThenRecover(const QString &dataDir, const std::function<CliResult()> &syncFull,
                                           const std::function<void()> &freeSpace)
{
    const CliResult full = syncFull();
    qInfo("sync without space: exit %d, stdout: %s, stderr: %s", full.exitCode, full.out.trimmed().constData(),
          full.err.right(400).constData());
    QVERIFY2(full.exitCode > 0, "running out of space must fail the sync with an error exit (not crash)");
    // A clear error: what happened in plain words (SQLite's own text follows it).
    QVERIFY2(full.err.contains("The disk is full") || full.err.contains("the disk may be full"), full.err.constData());

    StoreCheck check = checkStore(dataDir + QStringLiteral("/focusinbox.sqlite"));
    QVERIFY2(check.integrityOk, qPrintable(check.error));
    QVERIFY2(check.ftsOk, qPrintable(check.error));
    QVERIFY2(check.items < kMessages, "the limit was too generous to test anything");
    const QStringList afterFailure = filesIn(dataDir);

    freeSpace();
    const CliResult again = runCli(dataDir, {QStringLiteral("sync")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QPair<int, int> counts = countItems(dataDir);
    QCOMPARE(counts.first, kMessages);
    QCOMPARE(counts.second, kMessages);
    check = checkStore(dataDir + QStringLiteral("/focusinbox.sqlite"));
    QVERIFY2(check.integrityOk && check.ftsOk, qPrintable(check.error));

    // No partial files: whatever the failed sync left is a file a good sync has too (the SQLite
    // WAL and shared-memory files aside), and every JSON file still parses.
    QStringList expected = filesIn(dataDir);
    expected << QStringLiteral("focusinbox.sqlite-wal") << QStringLiteral("focusinbox.sqlite-shm");
    for (const QString &f : afterFailure)
        QVERIFY2(expected.contains(f), qPrintable(QStringLiteral("left behind: ") + f));
}

void TestDiskFull::fileSizeLimit()
{
    QTemporaryDir data;
    const CliResult add = runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("add"),
                                               QStringLiteral("maildir"), m_maildir});
    QVERIFY2(add.exitCode == 0, add.err.constData());
    // Room for the empty database and part of the first batch, not for the folder.
    const qint64 size = QFileInfo(data.filePath(QStringLiteral("focusinbox.sqlite"))).size();
    const rlim_t limit = rlim_t(size + 1024 * 1024);
    runOutOfSpaceThenRecover(
        data.path(), [&] { return runCliLimited(data.path(), {QStringLiteral("sync")}, limit); }, [] {});
}

void TestDiskFull::smallTmpfs()
{
    QTemporaryDir mountPoint;
    const QByteArray target = QFile::encodeName(mountPoint.path());
    if (::mount("tmpfs", target.constData(), "tmpfs", 0, "size=1m,mode=0700") != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1); fileSizeLimit covers disk full")
                             .arg(QString::fromLocal8Bit(strerror(errno)))));
    struct Unmount {
        QByteArray target;
        ~Unmount() { ::umount2(target.constData(), MNT_DETACH); }
    } unmount{target};
    const QString dataDir = mountPoint.filePath(QStringLiteral("data"));
    const CliResult add = runCli(dataDir, {QStringLiteral("sources"), QStringLiteral("add"),
                                           QStringLiteral("maildir"), m_maildir});
    QVERIFY2(add.exitCode == 0, add.err.constData());
    runOutOfSpaceThenRecover(
        dataDir, [&] { return runCli(dataDir, {QStringLiteral("sync")}); },
        [&] {
            // "Space is freed": the same filesystem grows.
            QVERIFY(::mount("tmpfs", target.constData(), "tmpfs", MS_REMOUNT, "size=256m,mode=0700") == 0);
        });
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
