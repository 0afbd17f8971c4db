// The data directory is private (issue 9, "The machine is shared"): 0700 directory, 0600 files,
// looser modes tightened, a directory of another user refused, logs never written through a
// symlink, corrupt JSON state kept aside instead of replaced.
#include "config/apppaths.h"
#include "config/jsonfile.h"
#include "config/privatefiles.h"
#include "focus/focusstatefile.h"
#include "sources/imap/imaplegacyqueue.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace fi;

class TestPrivateFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsPrivateDirectory();
    void tightensExistingModes();
    void refusesDirectoryOfAnotherUser();
    void logNeverFollowsSymlinks();
    void corruptStateFilesAreKeptAside();
};

namespace {
mode_t modeOf(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

void writeFile(const QString &path, const QByteArray &data, mode_t mode)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

void TestPrivateFiles::createsPrivateDirectory()
{
    QTemporaryDir root;
    const QString data = root.filePath(QStringLiteral("a/b/FocusInbox"));
    const AppPaths paths = AppPaths::resolve(data);
    QString error;
    QCOMPARE(paths.prepare(&error), PrivateDirStatus::Ok);
    QCOMPARE(modeOf(data), mode_t(0700));
    QCOMPARE(modeOf(paths.logDir()), mode_t(0700));
}

void TestPrivateFiles::tightensExistingModes()
{
    QTemporaryDir root;
    const QString data = root.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data + QStringLiteral("/cache/bodies")));
    QCOMPARE(::chmod(QFile::encodeName(data).constData(), 0755), 0);
    QCOMPARE(::chmod(QFile::encodeName(data + QStringLiteral("/cache")).constData(), 0777), 0);
    writeFile(data + QStringLiteral("/config.json"), "{}", 0644);
    writeFile(data + QStringLiteral("/focusinbox.sqlite.bak-v3"), "x", 0664);
    writeFile(data + QStringLiteral("/cache/bodies/1.eml"), "x", 0666);
    // A symlink inside must neither be followed nor changed: its target stays as it was.
    QTemporaryDir outside;
    const QString target = outside.filePath(QStringLiteral("elsewhere.txt"));
    writeFile(target, "not ours to change", 0644);
    QVERIFY(QFile::link(target, data + QStringLiteral("/link.txt")));

    QString error;
    QCOMPARE(AppPaths::resolve(data).prepare(&error), PrivateDirStatus::Ok);
    QCOMPARE(modeOf(data), mode_t(0700));
    QCOMPARE(modeOf(data + QStringLiteral("/cache")), mode_t(0700));
    QCOMPARE(modeOf(data + QStringLiteral("/config.json")), mode_t(0600));
    QCOMPARE(modeOf(data + QStringLiteral("/focusinbox.sqlite.bak-v3")), mode_t(0600));
    QCOMPARE(modeOf(data + QStringLiteral("/cache/bodies/1.eml")), mode_t(0600));
    QCOMPARE(modeOf(target), mode_t(0644));
}

void TestPrivateFiles::refusesDirectoryOfAnotherUser()
{
    QTemporaryDir root;
    QString foreign;
    if (::geteuid() == 0) {
        foreign = root.filePath(QStringLiteral("nobodys"));
        QVERIFY(QDir().mkdir(foreign));
        QCOMPARE(::chmod(QFile::encodeName(foreign).constData(), 0755), 0);
        QCOMPARE(::chown(QFile::encodeName(foreign).constData(), 65534, 65534), 0);
    } else {
        foreign = QStringLiteral("/");  // root's, and we are not root
    }
    QString error;
    QCOMPARE(AppPaths::resolve(foreign).prepare(&error), PrivateDirStatus::NotOwned);
    QVERIFY2(error.contains(QLatin1String("another user")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(foreign + QStringLiteral("/logs")));  // nothing created in it
    if (::geteuid() == 0)
        QCOMPARE(modeOf(foreign), mode_t(0755));  // and nothing changed
}

void TestPrivateFiles::logNeverFollowsSymlinks()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("sync.log"));
    QString error;
    QVERIFY2(appendToPrivateFile(log, "one\n", &error), qPrintable(error));
    QVERIFY(appendToPrivateFile(log, "two\n", &error));
    QCOMPARE(readFile(log), QByteArray("one\ntwo\n"));
    QCOMPARE(modeOf(log), mode_t(0600));

    QTemporaryDir outside;
    const QString victim = outside.filePath(QStringLiteral("victim"));
    writeFile(victim, "precious\n", 0644);
    const QString planted = dir.filePath(QStringLiteral("planted.log"));
    QVERIFY(QFile::link(victim, planted));
    QVERIFY(!appendToPrivateFile(planted, "overwritten?\n", &error));
    QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
    QCOMPARE(readFile(victim), QByteArray("precious\n"));

    // Nor through a symlinked logs/ directory.
    QTemporaryDir data;
    QVERIFY(QFile::link(outside.path(), data.filePath(QStringLiteral("logs"))));
    QCOMPARE(AppPaths::resolve(data.path()).prepare(&error), PrivateDirStatus::Failed);
    QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));

    const QString hardLinked = dir.filePath(QStringLiteral("hard.log"));
    QCOMPARE(::link(QFile::encodeName(victim).constData(), QFile::encodeName(hardLinked).constData()), 0);
    QVERIFY(!appendToPrivateFile(hardLinked, "overwritten?\n", &error));
    QCOMPARE(readFile(victim), QByteArray("precious\n"));
}

void TestPrivateFiles::corruptStateFilesAreKeptAside()
{
    QTemporaryDir dir;
    // focus-state.json
    const QString state = FocusStateFile::pathIn(dir.path());
    writeFile(state, "{\"machine\": {\"session\": ", 0600);
    const FocusStateFile loaded = FocusStateFile::load(state);
    QVERIFY(loaded.machine.isEmpty());
    QVERIFY2(loaded.problem.contains(QLatin1String("focus-state.json.broken-")), qPrintable(loaded.problem));
    QStringList aside = QDir(dir.path()).entryList({QStringLiteral("focus-state.json.broken-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(readFile(dir.filePath(aside.first())), QByteArray("{\"machine\": {\"session\": "));
    QVERIFY(!QFileInfo::exists(state));
    // A second corrupt file in the same second gets its own name.
    writeFile(state, "[]", 0600);
    QVERIFY(!FocusStateFile::load(state).problem.isEmpty());
    aside = QDir(dir.path()).entryList({QStringLiteral("focus-state.json.broken-*")}, QDir::Files);
    QCOMPARE(aside.size(), 2);

    // imap-writeback-<id>.json (an earlier version's queue, imported once): a broken one is kept.
    const QString queueFile = dir.filePath(QStringLiteral("imap-writeback-7.json"));
    writeFile(queueFile, "[{\"kind\": \"done\", \"mailbox\": \"INBOX\", \"uid\": 4", 0600);
    QString warning;
    QVERIFY(imap::readLegacyQueue(queueFile, &warning).isEmpty());
    QVERIFY(!warning.isEmpty());
    aside = QDir(dir.path()).entryList({QStringLiteral("imap-writeback-7.json.broken-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(readFile(dir.filePath(aside.first())), QByteArray("[{\"kind\": \"done\", \"mailbox\": \"INBOX\", \"uid\": 4"));

    // A valid file is read and left alone.
    writeFile(state, R"({"machine": {"x": 1}, "dnd": {}})", 0600);
    const FocusStateFile good = FocusStateFile::load(state);
    QVERIFY(good.problem.isEmpty());
    QCOMPARE(good.machine.value(QStringLiteral("x")).toInt(), 1);
    QVERIFY(QFileInfo::exists(state));
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
