// End to end through the real executable: sources add → sync → list --json, as a script would.
#include "cliprocess.h"

#include <QDir>
#include <QFile>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using fi::test::runCli;

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion();
    void corpusEndToEnd();
    void secondSyncAddsNothing();
    void filtersByTierAndState();
    void rejectsBadArguments();
    void missingMaildirFailsThatSource();
    void ownAddressMakesMailPersonal();
    void filesArePrivateAfterSync();
    void symlinkedLogIsNotWrittenThrough();
    void refusesDataDirOfAnotherUser();
    void brokenConfigIsKeptAside();
    void unknownCommandsAndOptionsAreUsageErrors_data();
    void unknownCommandsAndOptionsAreUsageErrors();
};

namespace {
QString corpusMaildir() { return fi::test::corpusDir() + QStringLiteral("/mail/spamassassin-spam"); }

int corpusFileCount()
{
    int count = 0;
    for (const char *sub : {"cur", "new"})
        count += QDir(corpusMaildir() + QLatin1Char('/') + QLatin1String(sub)).entryList(QDir::Files).size();
    return count;  // QDir::Files without QDir::Hidden skips .gitkeep
}

// Two files in the corpus are not messages: "bsmtp" is a raw SMTP session (HELO, MAIL FROM, DATA…)
// and "bsmtpnull" is a single newline. They must be reported as failed, with their paths.
const QStringList notMessages{QStringLiteral("bsmtp"), QStringLiteral("bsmtpnull")};

int corpusMessageCount() { return corpusFileCount() - int(notMessages.size()); }
} // namespace

void TestCli::helpAndVersion()
{
    QTemporaryDir dir;
    const auto help = runCli(dir.path(), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("sources add maildir"));
    const auto version = runCli(dir.path(), {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(FOCUSINBOX_VERSION));
}

void TestCli::corpusEndToEnd()
{
    QTemporaryDir dir;
    const int expected = corpusMessageCount();
    QVERIFY(expected > 50);

    const auto add = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"),
                                         corpusMaildir(), QStringLiteral("--name"), QStringLiteral("Spam corpus")});
    QVERIFY2(add.exitCode == 0, add.err.constData());
    const auto list = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("list")});
    QVERIFY(list.out.contains("Spam corpus"));
    QVERIFY(list.out.contains("maildir"));

    const auto sync = runCli(dir.path(), {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    // The summary line: "N new, N updated, N failed", every message new, none failed.
    const QByteArray summary = sync.out.trimmed();
    QCOMPARE(summary, QByteArray::number(expected) + " new, 0 updated, 2 failed");
    for (const QString &name : notMessages)
        QVERIFY2(sync.err.contains(QStringLiteral("/cur/%1: ").arg(name).toUtf8()), sync.err.constData());
    // ...and logged with where they came from.
    QFile log(dir.filePath(QStringLiteral("logs/sync.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    for (const QString &name : notMessages)
        QVERIFY(logText.contains(QStringLiteral("/cur/%1: ").arg(name).toUtf8()));

    const auto items = runCli(dir.path(), {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"),
                                           QStringLiteral("all")});
    QCOMPARE(items.exitCode, 0);
    const QList<QJsonObject> rows = items.jsonLines();
    QCOMPARE(rows.size(), expected);
    QSet<QString> remoteIds;
    for (const QJsonObject &row : rows) {
        for (const char *key : {"id", "source", "remote_id", "message_id", "from_name", "from_address", "subject",
                                "snippet", "received", "tier", "tier_reason", "due", "state", "seen",
                                "deadline_state", "policy"})
            QVERIFY2(row.contains(QLatin1String(key)), key);
        remoteIds.insert(row.value(QStringLiteral("remote_id")).toString());
        const QString subject = row.value(QStringLiteral("subject")).toString();
        QVERIFY2(!subject.contains(QLatin1String("=?")), qPrintable(subject));  // encoded words decoded
        QVERIFY2(!subject.contains(QChar::ReplacementCharacter), qPrintable(subject));
        const int tier = row.value(QStringLiteral("tier")).toInt();
        QVERIFY(tier >= 1 && tier <= 3);
        QVERIFY(!row.value(QStringLiteral("tier_reason")).toString().isEmpty());
        QVERIFY(row.value(QStringLiteral("received")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(row.value(QStringLiteral("source")).toString(), QStringLiteral("Spam corpus"));
        // Reference items owe no reply; others carry a due instant.
        QCOMPARE(row.value(QStringLiteral("due")).isNull(), tier == 1);
    }
    QCOMPARE(remoteIds.size(), expected);

    // Known messages, decoded as a person reads them (checked by hand in the raw files).
    auto bySubject = [&](const QString &subject) {
        return std::count_if(rows.begin(), rows.end(), [&](const QJsonObject &o) {
            return o.value(QStringLiteral("subject")).toString() == subject;
        });
    };
    QVERIFY(bySubject(QStringLiteral("There yours for FREE!")) >= 1);
}

void TestCli::secondSyncAddsNothing()
{
    QTemporaryDir dir;
    QCOMPARE(runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"),
                                 corpusMaildir()}).exitCode, 0);
    QCOMPARE(runCli(dir.path(), {QStringLiteral("sync")}).exitCode, 0);
    const auto again = runCli(dir.path(), {QStringLiteral("sync")});
    QCOMPARE(again.exitCode, 0);
    // The two unreadable files were reported by the first sync; unchanged, they are not reported again.
    QCOMPARE(again.out.trimmed(), QByteArray("0 new, 0 updated, 0 failed"));
}

void TestCli::filtersByTierAndState()
{
    QTemporaryDir dir;
    runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"), corpusMaildir()});
    runCli(dir.path(), {QStringLiteral("sync")});
    int total = 0;
    for (int tier = 1; tier <= 3; ++tier) {
        const auto r = runCli(dir.path(), {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--tier"),
                                           QString::number(tier)});
        QCOMPARE(r.exitCode, 0);
        for (const QJsonObject &row : r.jsonLines()) {
            QCOMPARE(row.value(QStringLiteral("tier")).toInt(), tier);
            QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        }
        total += r.jsonLines().size();
    }
    QCOMPARE(total, corpusMessageCount());
    const auto done = runCli(dir.path(), {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"),
                                          QStringLiteral("done")});
    QCOMPARE(done.exitCode, 0);
    QCOMPARE(done.jsonLines().size(), 0);
}

void TestCli::rejectsBadArguments()
{
    QTemporaryDir dir;
    QCOMPARE(runCli(dir.path(), {QStringLiteral("list"), QStringLiteral("--tier"), QStringLiteral("7")}).exitCode, 2);
    QCOMPARE(runCli(dir.path(), {QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("x")}).exitCode, 2);
    const auto notMaildir = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("add"),
                                                QStringLiteral("maildir"), dir.path() + QStringLiteral("/nope")});
    QCOMPARE(notMaildir.exitCode, 2);
    QVERIFY(notMaildir.err.contains("Not a Maildir"));
}

void TestCli::missingMaildirFailsThatSource()
{
    QTemporaryDir dir;
    QTemporaryDir maildir;
    for (const char *sub : {"cur", "new", "tmp"})
        QVERIFY(QDir(maildir.path()).mkpath(QLatin1String(sub)));
    QCOMPARE(runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"),
                                 maildir.path()}).exitCode, 0);
    QVERIFY(maildir.remove());  // the Maildir disappears (unmounted disk, deleted folder)
    const auto sync = runCli(dir.path(), {QStringLiteral("sync")});
    QCOMPARE(sync.exitCode, 1);
    QVERIFY(sync.err.contains("sync failed"));
    QCOMPARE(sync.out.trimmed(), QByteArray("0 new, 0 updated, 0 failed"));
}

void TestCli::ownAddressMakesMailPersonal()
{
    QTemporaryDir maildir;
    for (const char *sub : {"cur", "new", "tmp"})
        QVERIFY(QDir(maildir.path()).mkpath(QLatin1String(sub)));
    QFile message(maildir.path() + QStringLiteral("/new/1763700000.M1P1.host"));
    QVERIFY(message.open(QIODevice::WriteOnly));
    message.write("From: Bea Lima <bea@example.org>\nTo: Ana <ana@example.org>\nSubject: Question about the budget\n"
                  "Message-ID: <q1@example.org>\nDate: Fri, 21 Nov 2025 10:00:00 +0000\n\nCan you check line 4?\n");
    message.close();

    // Without knowing who "me" is, nothing is addressed to me: the mail is Reference.
    QTemporaryDir anonymous;
    QCOMPARE(runCli(anonymous.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"),
                                       maildir.path()}).exitCode, 0);
    QCOMPARE(runCli(anonymous.path(), {QStringLiteral("sync")}).exitCode, 0);
    QList<QJsonObject> rows = runCli(anonymous.path(), {QStringLiteral("list"), QStringLiteral("--json")}).jsonLines();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().value(QStringLiteral("tier")).toInt(), 1);

    // With the source's own address (case-insensitive), it is personal work mail: Async, with a deadline.
    QTemporaryDir personal;
    QCOMPARE(runCli(personal.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"),
                                      maildir.path(), QStringLiteral("--address"), QStringLiteral("Ana@Example.org")})
                 .exitCode, 0);
    QCOMPARE(runCli(personal.path(), {QStringLiteral("sync")}).exitCode, 0);
    rows = runCli(personal.path(), {QStringLiteral("list"), QStringLiteral("--json")}).jsonLines();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().value(QStringLiteral("tier")).toInt(), 2);
    QCOMPARE(rows.first().value(QStringLiteral("tier_reason")).toString(), QStringLiteral("to-me"));
    QVERIFY(!rows.first().value(QStringLiteral("due")).isNull());
}

namespace {
mode_t modeOf(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}
} // namespace

void TestCli::filesArePrivateAfterSync()
{
    QTemporaryDir root;
    const QString data = root.filePath(QStringLiteral("data"));
    // A data directory an older version (or a restored backup) left readable by everyone.
    QVERIFY(QDir().mkpath(data));
    QCOMPARE(::chmod(QFile::encodeName(data).constData(), 0755), 0);
    QFile config(data + QStringLiteral("/config.json"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("{\"me\": [\"ana@example.org\"]}");
    config.close();
    QCOMPARE(::chmod(QFile::encodeName(config.fileName()).constData(), 0644), 0);

    // A user umask that would make everything world-readable does not matter.
    const mode_t old = ::umask(022);
    QCOMPARE(runCli(data, {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"), corpusMaildir()})
                 .exitCode, 0);
    const auto sync = runCli(data, {QStringLiteral("sync")});
    ::umask(old);
    QCOMPARE(sync.exitCode, 0);

    QCOMPARE(modeOf(data), mode_t(0700));
    QDirIterator it(data, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList names;
    while (it.hasNext()) {
        const QString path = it.next();
        names << it.fileInfo().fileName();
        const mode_t want = it.fileInfo().isDir() ? 0700 : 0600;
        QVERIFY2(modeOf(path) == want, qPrintable(QStringLiteral("%1: %2").arg(path).arg(modeOf(path), 0, 8)));
    }
    for (const char *expected : {"focusinbox.sqlite", "config.json", "sync.log", "logs"})
        QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(names.join(QLatin1Char(' '))));
}

void TestCli::symlinkedLogIsNotWrittenThrough()
{
    QTemporaryDir data;
    QTemporaryDir elsewhere;
    const QString victim = elsewhere.filePath(QStringLiteral("victim.txt"));
    QFile v(victim);
    QVERIFY(v.open(QIODevice::WriteOnly));
    v.write("precious\n");
    v.close();
    QVERIFY(QDir(data.path()).mkpath(QStringLiteral("logs")));
    QVERIFY(QFile::link(victim, data.filePath(QStringLiteral("logs/sync.log"))));

    QCOMPARE(runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"),
                                  corpusMaildir()}).exitCode, 0);
    const auto sync = runCli(data.path(), {QStringLiteral("sync")});  // logs the two unreadable files
    QCOMPARE(sync.exitCode, 0);
    QVERIFY2(sync.err.contains("symbolic link"), sync.err.constData());
    QVERIFY(v.open(QIODevice::ReadOnly));
    QCOMPARE(v.readAll(), QByteArray("precious\n"));
    QVERIFY(QFileInfo(data.filePath(QStringLiteral("logs/sync.log"))).isSymLink());  // left as it was
}

void TestCli::refusesDataDirOfAnotherUser()
{
    QTemporaryDir root;
    QString foreign;
    if (::geteuid() == 0) {
        foreign = root.filePath(QStringLiteral("nobodys"));
        QVERIFY(QDir().mkdir(foreign));
        QCOMPARE(::chmod(QFile::encodeName(foreign).constData(), 0777), 0);
        QCOMPARE(::chown(QFile::encodeName(foreign).constData(), 65534, 65534), 0);
    } else {
        foreign = QStringLiteral("/");  // root's, and we are not root
    }
    for (const QStringList &args : {QStringList{QStringLiteral("sources"), QStringLiteral("list")},
                                    QStringList{QStringLiteral("sync")}}) {
        const auto r = runCli(foreign, args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("belongs to another user"), r.err.constData());
    }
    QVERIFY(!QFileInfo::exists(foreign + QStringLiteral("/focusinbox.sqlite")));
    QVERIFY(!QFileInfo::exists(foreign + QStringLiteral("/logs")));
    if (::geteuid() == 0)
        QCOMPARE(modeOf(foreign), mode_t(0777));  // not touched either
}

void TestCli::brokenConfigIsKeptAside()
{
    QTemporaryDir data;
    QFile config(data.filePath(QStringLiteral("config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("{\"me\": [\"ana@example.org\",");
    config.close();
    const auto r = runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);  // defaults, as before
    const QStringList aside = QDir(data.path()).entryList({QStringLiteral("config.json.broken-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(r.err.contains(aside.first().toUtf8()), r.err.constData());  // says where it went
    QFile kept(data.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("{\"me\": [\"ana@example.org\","));
}

void TestCli::unknownCommandsAndOptionsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("named");  // what the error must name
    QTest::newRow("unknown option of sources add imap")
        << QStringList{QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("imap"),
                       QStringLiteral("imaps://ana@127.0.0.1:993/INBOX"), QStringLiteral("--allow-plaintext")}
        << QByteArray("allow-plaintext");
    QTest::newRow("typo of a command") << QStringList{QStringLiteral("synk")} << QByteArray("synk");
    QTest::newRow("unknown option alone") << QStringList{QStringLiteral("--frobnicate")} << QByteArray("frobnicate");
    QTest::newRow("command typed as an option") << QStringList{QStringLiteral("--sync")} << QByteArray("sync");
    QTest::newRow("GUI option with a command") << QStringList{QStringLiteral("sync"), QStringLiteral("--bogus")}
                                               << QByteArray("bogus");
}

void TestCli::unknownCommandsAndOptionsAreUsageErrors()
{
    // runCli() removes DISPLAY and QT_QPA_PLATFORM: anything that reached the GUI would abort
    // with Qt's "could not connect to display" instead of exiting 2 with the usage.
    QFETCH(QStringList, args);
    QFETCH(QByteArray, named);
    QTemporaryDir dir;
    const auto r = runCli(dir.path(), args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named), r.err.constData());
    QVERIFY2(r.err.contains("sources add maildir"), r.err.constData());  // the usage follows
    QVERIFY2(!r.err.contains("platform plugin"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    // A usage error touches nothing: no database was created.
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("focusinbox.sqlite"))));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
