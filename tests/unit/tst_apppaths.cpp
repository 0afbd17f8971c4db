// Where the app keeps its files (issue 16): the XDG base directories by default, one directory with
// --data-dir / FOCUSINBOX_DATA_DIR, and the one-time move of an older version's single-directory
// layout, with a backup and without overwriting anything. Runs in QStandardPaths' test mode with
// HOME pointing at a temporary directory, so ~/.qttest/{share,config,cache,state} are scratch.
#include "config/apppaths.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using fi::test::writeFile;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TestAppPaths : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qunsetenv("FOCUSINBOX_DATA_DIR");
        QStandardPaths::setTestModeEnabled(true);
    }
    void cleanup() { QDir(m_home.path() + QStringLiteral("/.qttest")).removeRecursively(); }

    void xdgLayoutByDefault()
    {
        const AppPaths p = AppPaths::resolve();
        const QString t = m_home.path() + QStringLiteral("/.qttest");
        QVERIFY(p.isXdgLayout());
        QCOMPARE(p.databasePath(), t + QStringLiteral("/share/FocusInbox/focusinbox.sqlite"));
        QCOMPARE(p.configPath(), t + QStringLiteral("/config/FocusInbox/config.json"));
        QCOMPARE(p.savedSearchesPath(), t + QStringLiteral("/config/FocusInbox/saved-searches.json"));
        QCOMPARE(p.bodyCacheDir(), t + QStringLiteral("/cache/FocusInbox/bodies"));
        QCOMPARE(p.openedCacheDir(), t + QStringLiteral("/cache/FocusInbox/opened"));
        QCOMPARE(p.logDir(), t + QStringLiteral("/state/FocusInbox/logs"));
        QString error;
        QCOMPARE(p.prepare(&error), PrivateDirStatus::Ok);
        for (const QString &dir : {p.dataDir(), p.configDir(), p.cacheDir(), p.stateDir(), p.logDir()}) {
            QVERIFY2(QFileInfo(dir).isDir(), qPrintable(dir));
            if (dir != p.logDir())
                QCOMPARE(QFileInfo(dir).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther), QFile::Permissions());
        }
    }

    void oneDirectoryWithDataDir()
    {
        QTemporaryDir dir;
        const AppPaths p = AppPaths::resolve(dir.path());
        QVERIFY(!p.isXdgLayout());
        QCOMPARE(p.configPath(), dir.path() + QStringLiteral("/config.json"));
        QCOMPARE(p.logDir(), dir.path() + QStringLiteral("/logs"));
        QCOMPARE(p.bodyCacheDir(), dir.path() + QStringLiteral("/cache/bodies"));
        QCOMPARE(p.databasePath(), dir.path() + QStringLiteral("/focusinbox.sqlite"));
        // An old-looking directory is left exactly as it is.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("config.json")), "{}"));
        QCOMPARE(p.prepare(nullptr), PrivateDirStatus::Ok);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("config.json"))), QByteArray("{}"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("backup-before-xdg"))));
    }

    void oldLayoutMovesOnceWithABackup()
    {
        const AppPaths p = AppPaths::resolve();
        const QString old = p.dataDir();
        QVERIFY(writeFile(old + QStringLiteral("/config.json"), R"({"me": ["ana@example.org"]})"));
        QVERIFY(writeFile(old + QStringLiteral("/saved-searches.json"), R"([{"name": "Mine"}])"));
        QVERIFY(writeFile(old + QStringLiteral("/logs/sync.log"), "line 1\n"));
        QVERIFY(writeFile(old + QStringLiteral("/cache/bodies/3/17.eml"), "Subject: x\r\n\r\nbody"));
        QVERIFY(writeFile(old + QStringLiteral("/focusinbox.sqlite"), "db"));

        QCOMPARE(p.prepare(nullptr), PrivateDirStatus::Ok);
        QCOMPARE(readFile(p.configPath()), QByteArray(R"({"me": ["ana@example.org"]})"));
        QCOMPARE(readFile(p.savedSearchesPath()), QByteArray(R"([{"name": "Mine"}])"));
        QCOMPARE(readFile(p.logDir() + QStringLiteral("/sync.log")), QByteArray("line 1\n"));
        QCOMPARE(readFile(p.bodyCacheDir() + QStringLiteral("/3/17.eml")), QByteArray("Subject: x\r\n\r\nbody"));
        QCOMPARE(readFile(old + QStringLiteral("/focusinbox.sqlite")), QByteArray("db"));  // data stays
        QVERIFY(!QFileInfo::exists(old + QStringLiteral("/config.json")));
        QVERIFY(!QFileInfo::exists(old + QStringLiteral("/logs")));
        QVERIFY(!QFileInfo::exists(old + QStringLiteral("/cache")));
        QCOMPARE(readFile(old + QStringLiteral("/backup-before-xdg/config.json")),
                 QByteArray(R"({"me": ["ana@example.org"]})"));
        QCOMPARE(readFile(old + QStringLiteral("/backup-before-xdg/saved-searches.json")),
                 QByteArray(R"([{"name": "Mine"}])"));

        // Once: the next start finds nothing to move, and the new files are not touched.
        QVERIFY(writeFile(p.configPath(), R"({"me": ["new@example.org"]})"));
        QCOMPARE(p.prepare(nullptr), PrivateDirStatus::Ok);
        QCOMPARE(readFile(p.configPath()), QByteArray(R"({"me": ["new@example.org"]})"));
        QCOMPARE(readFile(old + QStringLiteral("/backup-before-xdg/config.json")),
                 QByteArray(R"({"me": ["ana@example.org"]})"));
    }

    void neverOverwritesANewerFile()
    {
        const AppPaths p = AppPaths::resolve();
        QVERIFY(writeFile(p.configPath(), R"({"new": true})"));
        QVERIFY(writeFile(p.dataDir() + QStringLiteral("/config.json"), R"({"old": true})"));
        QCOMPARE(p.prepare(nullptr), PrivateDirStatus::Ok);
        QCOMPARE(readFile(p.configPath()), QByteArray(R"({"new": true})"));
        QCOMPARE(readFile(p.dataDir() + QStringLiteral("/config.json")), QByteArray(R"({"old": true})"));
    }
};

QTEST_GUILESS_MAIN(TestAppPaths)
#include "tst_apppaths.moc"
