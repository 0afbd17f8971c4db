// Triage from the shell (issue 12, "Act on many, act at the source"): `focusinbox done|reopen|
// seen|unseen ID...`, `tier ID... 1|2|3`, `snooze ID... --until …`, through the real executable
// on a temporary data directory — straight to the store when no instance runs, and through the
// running instance (a GUI on the offscreen platform) when one does. For an IMAP account on a
// real Dovecot the change journal holds the change after a CLI `done`, and the server gets it
// (\Seen) once the app replays it; through the running app, `unseen`/`seen` reach the server.
#include "cliprocess.h"
#include "dovecotserver.h"
#include "imapkeyring.h"
#include "imaptestutil.h"
#include "sources/changereplayer.h"
#include "sources/imap/imapcert.h"
#include "storage/itemstore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

#include <csignal>
#include <sys/types.h>

using namespace fi;
using namespace fi::test;

class TestCliTriage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void helpDescribesTriage();
    void triageWithoutInstance();
    void idsAndErrors_data();
    void idsAndErrors();
    void unknownIdChangesNothing();
    void untilIsReadInTheConfiguredZone();
    void untilPhrases();
    void triageThroughRunningInstance();
    void silentInstanceIsReported();
    void imapDoneIsJournaledAndReachesTheServer();

private:
    /// A Maildir of @p count corpus messages in a temporary directory, added and synced into
    /// @p data. @return the item ids (list --json), sorted.
    QList<qint64> seedMaildir(const QString &data, int count);
    /// Start the window on @p data (offscreen) and wait until it answers as the instance.
    QProcess *startInstance(const QString &data);
    /// The item @p id as list --json prints it (empty object when absent).
    static QJsonObject itemOf(const QString &data, qint64 id);
    static QStringList ids(const QList<qint64> &list);

    QTemporaryDir m_runtime;  ///< $XDG_RUNTIME_DIR of this test, its GUIs and CLIs (0700)
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_maildir;
    std::vector<std::unique_ptr<QProcess>> m_guis;
};

namespace {

const QString kInbox = QStringLiteral("INBOX");

QString isoIn(qint64 fromNowMs)
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + fromNowMs, Qt::UTC)
        .toString(Qt::ISODate);
}

} // namespace

void TestCliTriage::initTestCase()
{
    QVERIFY(m_runtime.isValid() && m_home.isValid());
    // The CLIs (runCli inherits this environment) and the GUIs meet on this runtime directory.
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
}

void TestCliTriage::cleanup()
{
    for (auto &p : m_guis) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(10000)) {
                p->kill();
                p->waitForFinished(10000);
            }
        }
    }
    m_guis.clear();
}

QStringList TestCliTriage::ids(const QList<qint64> &list)
{
    QStringList out;
    for (const qint64 id : list)
        out << QString::number(id);
    return out;
}

QList<qint64> TestCliTriage::seedMaildir(const QString &data, int count)
{
    m_maildir = std::make_unique<QTemporaryDir>();
    const QString root = m_maildir->path();
    for (const char *sub : {"cur", "new", "tmp"})
        QDir(root).mkpath(QLatin1String(sub));
    const QString corpus = corpusDir() + QStringLiteral("/mail/spamassassin-spam/cur");
    QStringList files = QDir(corpus).entryList(QDir::Files, QDir::Name);
    files.removeAll(QStringLiteral("bsmtp"));
    files.removeAll(QStringLiteral("bsmtpnull"));
    int copied = 0;
    for (const QString &name : std::as_const(files)) {
        if (copied == count)
            break;
        if (QFile::copy(corpus + QLatin1Char('/') + name, root + QStringLiteral("/cur/") + name))
            ++copied;
    }
    if (copied != count)
        return {};
    if (runCli(data, {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"), root}).exitCode != 0)
        return {};
    if (runCli(data, {QStringLiteral("sync")}).exitCode != 0)
        return {};
    const auto list = runCli(data, {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"),
                                    QStringLiteral("all")});
    QList<qint64> result;
    for (const QJsonObject &o : list.jsonLines())
        result << o.value(QStringLiteral("id")).toInteger();
    std::sort(result.begin(), result.end());
    return result;
}

QJsonObject TestCliTriage::itemOf(const QString &data, qint64 id)
{
    const auto list = runCli(data, {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"),
                                    QStringLiteral("all")});
    for (const QJsonObject &o : list.jsonLines())
        if (o.value(QStringLiteral("id")).toInteger() == id)
            return o;
    return {};
}

QProcess *TestCliTriage::startInstance(const QString &data)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();  // XDG_RUNTIME_DIR, keyring bus
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_home.path());  // no ~/Maildir offer, own QSettings
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->start(QStringLiteral(FOCUSINBOX_CLI), {QStringLiteral("--data-dir"), data});
    if (!p->waitForStarted(10000))
        return nullptr;
    QProcess *gui = p.get();
    m_guis.push_back(std::move(p));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 90000 && gui->state() == QProcess::Running) {
        const auto status = runCli(data, {QStringLiteral("focus"), QStringLiteral("status"), QStringLiteral("--json")});
        if (status.exitCode == 0 && status.out.contains("\"instance\":true"))
            return gui;
        QTest::qWait(300);
    }
    qWarning("the instance did not answer: %s", gui->readAllStandardError().constData());
    return nullptr;
}

void TestCliTriage::helpDescribesTriage()
{
    QTemporaryDir data;
    const auto help = runCli(data.path(), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *line : {"done ID...", "reopen ID...", "seen ID... | unseen ID...", "tier ID... 1|2|3",
                             "snooze ID... --until ISO|PHRASE", "4 no item with such an id", "focusinbox done 12 17"})
        QVERIFY2(help.out.contains(line), line);
}

void TestCliTriage::triageWithoutInstance()
{
    QTemporaryDir data;
    const QList<qint64> items = seedMaildir(data.path(), 4);
    QCOMPARE(items.size(), 4);
    const QString a = QString::number(items[0]), b = QString::number(items[1]), c = QString::number(items[2]);

    // done: two items at once, printed as list --json prints them, each "changed".
    auto done = runCli(data.path(), {QStringLiteral("done"), a, b, QStringLiteral("--json")});
    QVERIFY2(done.exitCode == 0, failure(done));
    QList<QJsonObject> rows = done.jsonLines();
    QCOMPARE(rows.size(), 2);
    for (const QJsonObject &row : rows) {
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QVERIFY(row.value(QStringLiteral("changed")).toBool());
        QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("maildir"));
    }
    QCOMPARE(rows[0].value(QStringLiteral("id")).toInteger(), items[0]);
    // list sees it; the third item is untouched.
    const auto doneList = runCli(data.path(), {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"),
                                               QStringLiteral("done")});
    QCOMPARE(doneList.jsonLines().size(), 2);
    QCOMPARE(itemOf(data.path(), items[2]).value(QStringLiteral("state")).toString(), QStringLiteral("open"));

    // Again: nothing to change, still success; the human summary says so.
    auto again = runCli(data.path(), {QStringLiteral("done"), a});
    QVERIFY2(again.exitCode == 0, failure(again));
    QVERIFY2(again.out.trimmed() == QStringLiteral("Marked done: %1 (already so: %1)").arg(a).toUtf8(), again.out.constData());

    // reopen
    auto reopen = runCli(data.path(), {QStringLiteral("reopen"), a, QStringLiteral("--json")});
    QVERIFY2(reopen.exitCode == 0, failure(reopen));
    QCOMPARE(reopen.jsonLines().value(0).value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QVERIFY(reopen.jsonLines().value(0).value(QStringLiteral("changed")).toBool());

    // seen / unseen
    auto seen = runCli(data.path(), {QStringLiteral("seen"), c, QStringLiteral("--json")});
    QVERIFY2(seen.exitCode == 0, failure(seen));
    QCOMPARE(seen.jsonLines().value(0).value(QStringLiteral("seen")).toBool(), true);
    QCOMPARE(itemOf(data.path(), items[2]).value(QStringLiteral("seen")).toBool(), true);
    auto unseen = runCli(data.path(), {QStringLiteral("unseen"), c});
    QVERIFY2(unseen.exitCode == 0, failure(unseen));
    QVERIFY2(unseen.out.trimmed() == QStringLiteral("Marked unread: %1").arg(c).toUtf8(), unseen.out.constData());
    QCOMPARE(itemOf(data.path(), items[2]).value(QStringLiteral("seen")).toBool(), false);

    // tier: the tier comes last; pinned by hand ("manual"), due and policy kept.
    const QJsonObject beforeTier = itemOf(data.path(), items[2]);
    const int newTier = beforeTier.value(QStringLiteral("tier")).toInt() == 3 ? 1 : 3;
    auto tier = runCli(data.path(), {QStringLiteral("tier"), c, QString::number(newTier), QStringLiteral("--json")});
    QVERIFY2(tier.exitCode == 0, failure(tier));
    const QJsonObject afterTier = itemOf(data.path(), items[2]);
    QCOMPARE(afterTier.value(QStringLiteral("tier")).toInt(), newTier);
    QCOMPARE(afterTier.value(QStringLiteral("tier_reason")).toString(), QStringLiteral("manual"));
    QCOMPARE(afterTier.value(QStringLiteral("due")), beforeTier.value(QStringLiteral("due")));
    QCOMPARE(afterTier.value(QStringLiteral("policy")), beforeTier.value(QStringLiteral("policy")));
    // The same with --tier, for two items at once.
    auto tierOption = runCli(data.path(), {QStringLiteral("tier"), b, c, QStringLiteral("--tier"), QStringLiteral("2")});
    QVERIFY2(tierOption.exitCode == 0, failure(tierOption));
    QCOMPARE(itemOf(data.path(), items[1]).value(QStringLiteral("tier")).toInt(), 2);
    QCOMPARE(itemOf(data.path(), items[2]).value(QStringLiteral("tier")).toInt(), 2);

    // snooze --until ISO (UTC), comma-separated ids
    const QString until = isoIn(3 * 24 * 3600 * 1000LL);
    auto snooze = runCli(data.path(), {QStringLiteral("snooze"), a + QLatin1Char(',') + c, QStringLiteral("--until"), until,
                                       QStringLiteral("--json")});
    QVERIFY2(snooze.exitCode == 0, failure(snooze));
    rows = snooze.jsonLines();
    QCOMPARE(rows.size(), 2);
    for (const QJsonObject &row : rows) {
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("snoozed"));
        QCOMPARE(row.value(QStringLiteral("snoozed_until")).toString(), until);
    }
    const auto snoozedList = runCli(data.path(), {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"),
                                                  QStringLiteral("snoozed")});
    QCOMPARE(snoozedList.jsonLines().size(), 2);
    // A done item can be snoozed too (it leaves Done); reopen wakes it.
    auto reopenSnoozed = runCli(data.path(), {QStringLiteral("reopen"), c});
    QVERIFY2(reopenSnoozed.exitCode == 0, failure(reopenSnoozed));
    QCOMPARE(itemOf(data.path(), items[2]).value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(itemOf(data.path(), items[1]).value(QStringLiteral("state")).toString(), QStringLiteral("done"));
}

void TestCliTriage::idsAndErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no id") << QStringList{QStringLiteral("done")} << 2 << QStringLiteral("no item id given");
    QTest::newRow("not a number") << QStringList{QStringLiteral("done"), QStringLiteral("abc")} << 2
                                  << QStringLiteral("\"abc\" is not an item id");
    QTest::newRow("zero") << QStringList{QStringLiteral("seen"), QStringLiteral("0")} << 2
                          << QStringLiteral("\"0\" is not an item id");
    QTest::newRow("negative") << QStringList{QStringLiteral("unseen"), QStringLiteral("--"), QStringLiteral("-4")} << 2
                              << QStringLiteral("\"-4\" is not an item id");
    QTest::newRow("tier missing") << QStringList{QStringLiteral("tier"), QStringLiteral("1")} << 2
                                  << QStringLiteral("no item id given");
    QTest::newRow("tier 4") << QStringList{QStringLiteral("tier"), QStringLiteral("1"), QStringLiteral("4")} << 2
                            << QStringLiteral("usage: tier ID... 1|2|3");
    QTest::newRow("tier word") << QStringList{QStringLiteral("tier"), QStringLiteral("1"), QStringLiteral("now")} << 2
                               << QStringLiteral("usage: tier ID... 1|2|3");
    QTest::newRow("--tier 0") << QStringList{QStringLiteral("tier"), QStringLiteral("1"), QStringLiteral("--tier"),
                                             QStringLiteral("0")}
                              << 2 << QStringLiteral("usage: tier ID... 1|2|3");
    QTest::newRow("snooze without until") << QStringList{QStringLiteral("snooze"), QStringLiteral("1")} << 2
                                          << QStringLiteral("usage: snooze ID... --until");
    QTest::newRow("until passed") << QStringList{QStringLiteral("snooze"), QStringLiteral("1"), QStringLiteral("--until"),
                                                 QStringLiteral("2001-01-01T09:00:00Z")}
                                  << 2 << QStringLiteral("has passed already");
    QTest::newRow("until garbage") << QStringList{QStringLiteral("snooze"), QStringLiteral("1"), QStringLiteral("--until"),
                                                  QStringLiteral("whenever-ish")}
                                   << 2 << QStringLiteral("whenever-ish");
    QTest::newRow("until on done") << QStringList{QStringLiteral("done"), QStringLiteral("1"), QStringLiteral("--until"),
                                                  QStringLiteral("2030-01-01T09:00:00Z")}
                                   << 2 << QStringLiteral("--until belongs to snooze");
    QStringList tooMany{QStringLiteral("done")};
    for (int i = 1; i <= 2001; ++i)
        tooMany << QString::number(i);
    QTest::newRow("too many ids") << tooMany << 2 << QStringLiteral("at most 2000 item ids");
}

void TestCliTriage::idsAndErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir data;
    const auto r = runCli(data.path(), args);
    QVERIFY2(r.exitCode == exitCode, failure(r));
    QVERIFY2(r.err.contains(message.toUtf8()), failure(r));
    QVERIFY(r.out.isEmpty());
}

void TestCliTriage::unknownIdChangesNothing()
{
    QTemporaryDir data;
    const QList<qint64> items = seedMaildir(data.path(), 2);
    QCOMPARE(items.size(), 2);
    const qint64 missing = items.last() + 1000;
    const auto r = runCli(data.path(), {QStringLiteral("done"), QString::number(items[0]), QString::number(missing),
                                        QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 4, failure(r));
    QVERIFY2(r.err.contains(QStringLiteral("no such item: %1 (nothing was changed)").arg(missing).toUtf8()), failure(r));
    QVERIFY(r.out.isEmpty());
    // The known item of the same command was not touched either.
    QCOMPARE(itemOf(data.path(), items[0]).value(QStringLiteral("state")).toString(), QStringLiteral("open"));
}

void TestCliTriage::untilIsReadInTheConfiguredZone()
{
    QTemporaryDir data;
    QFile config(data.filePath(QStringLiteral("config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"workingHours": {"timeZone": "Asia/Tokyo"}})");
    config.close();
    const QList<qint64> items = seedMaildir(data.path(), 1);
    QCOMPARE(items.size(), 1);
    // No offset: 09:00 in the user's zone (Tokyo, UTC+9), whatever the machine's zone.
    const auto local = runCli(data.path(), {QStringLiteral("snooze"), QString::number(items[0]), QStringLiteral("--until"),
                                            QStringLiteral("2031-01-02T09:00"), QStringLiteral("--json")});
    QVERIFY2(local.exitCode == 0, failure(local));
    QCOMPARE(local.jsonLines().value(0).value(QStringLiteral("snoozed_until")).toString(),
             QStringLiteral("2031-01-02T00:00:00Z"));
    // An explicit offset wins.
    const auto offset = runCli(data.path(), {QStringLiteral("snooze"), QString::number(items[0]), QStringLiteral("--until"),
                                             QStringLiteral("2031-01-02T09:00:00-03:00"), QStringLiteral("--json")});
    QVERIFY2(offset.exitCode == 0, failure(offset));
    QCOMPARE(offset.jsonLines().value(0).value(QStringLiteral("snoozed_until")).toString(),
             QStringLiteral("2031-01-02T12:00:00Z"));
    QVERIFY(offset.jsonLines().value(0).value(QStringLiteral("changed")).toBool());  // a new wake time is a change
}

void TestCliTriage::untilPhrases()
{
    QTemporaryDir data;
    QFile config(data.filePath(QStringLiteral("config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"workingHours": {"timeZone": "Asia/Tokyo"}})");
    config.close();
    const QList<qint64> items = seedMaildir(data.path(), 1);
    QCOMPARE(items.size(), 1);
    const QString id = QString::number(items[0]);
    const QTimeZone tokyo("Asia/Tokyo");
    auto snoozedUntil = [&](const QString &phrase, QByteArray *err) -> QDateTime {
        const auto r = runCli(data.path(), {QStringLiteral("snooze"), id, QStringLiteral("--until"), phrase,
                                            QStringLiteral("--json")});
        *err = failure(r);
        if (r.exitCode != 0)
            return {};
        return QDateTime::fromString(r.jsonLines().value(0).value(QStringLiteral("snoozed_until")).toString(), Qt::ISODate);
    };
    // "tomorrow 09:00" in en, es and pt_BR: 09:00 tomorrow in the user's zone (Tokyo).
    for (const char *phrase : {"tomorrow 09:00", "mañana 9:00", "amanhã 9h"}) {
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(tokyo).date();
        QByteArray err;
        const QDateTime until = snoozedUntil(QString::fromUtf8(phrase), &err);
        QVERIFY2(until.isValid(), err.constData());
        const QDateTime expected(today.addDays(1), QTime(9, 0), tokyo);
        const QDateTime expectedLate(today.addDays(2), QTime(9, 0), tokyo);  // midnight passed meanwhile
        QVERIFY2(until == expected || until == expectedLate,
                 qPrintable(QStringLiteral("%1 -> %2").arg(QString::fromUtf8(phrase), until.toString(Qt::ISODate))));
    }
    // "in 3h": three hours from when the command ran.
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QByteArray err;
    const QDateTime inThree = snoozedUntil(QStringLiteral("in 3h"), &err);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(inThree.isValid(), err.constData());
    QVERIFY(inThree.toMSecsSinceEpoch() >= before + 3 * 3600 * 1000LL - 60 * 1000);
    QVERIFY(inThree.toMSecsSinceEpoch() <= after + 3 * 3600 * 1000LL + 60 * 1000);

    // "after this focus session": the end of the session the app will resume (none runs here).
    const auto noSession = runCli(data.path(), {QStringLiteral("snooze"), id, QStringLiteral("--until"),
                                                QStringLiteral("after this focus session")});
    QVERIFY2(noSession.exitCode == 2, failure(noSession));
    QVERIFY2(noSession.err.contains("No focus session is running."), failure(noSession));
    const auto start = runCli(data.path(), {QStringLiteral("focus"), QStringLiteral("start"), QStringLiteral("--minutes"),
                                            QStringLiteral("45"), QStringLiteral("--json")});
    QVERIFY2(start.exitCode == 0, failure(start));
    const qint64 plannedEnd = start.jsonLines().value(0).value(QStringLiteral("plannedEndMs")).toInteger();
    QVERIFY(plannedEnd > after);
    const QDateTime afterFocus = snoozedUntil(QStringLiteral("after this focus session"), &err);
    QVERIFY2(afterFocus.isValid(), err.constData());
    QCOMPARE(afterFocus.toMSecsSinceEpoch() / 1000, plannedEnd / 1000);  // ISO output has whole seconds

    // Not understood: a usage error that says why, nothing changed.
    const auto bad = runCli(data.path(), {QStringLiteral("snooze"), id, QStringLiteral("--until"),
                                          QStringLiteral("tomorrow blorp")});
    QVERIFY2(bad.exitCode == 2, failure(bad));
    QVERIFY2(bad.err.contains("\"blorp\"") && bad.err.contains("ISO 8601"), failure(bad));
    QCOMPARE(QDateTime::fromString(itemOf(data.path(), items[0]).value(QStringLiteral("snoozed_until")).toString(), Qt::ISODate),
             afterFocus);
}

void TestCliTriage::triageThroughRunningInstance()
{
    QTemporaryDir data;
    const QList<qint64> items = seedMaildir(data.path(), 3);
    QCOMPARE(items.size(), 3);
    QProcess *gui = startInstance(data.path());
    QVERIFY(gui);
    const QString a = QString::number(items[0]), b = QString::number(items[1]);

    auto done = runCli(data.path(), {QStringLiteral("done"), a, b, QStringLiteral("--json")});
    QVERIFY2(done.exitCode == 0, failure(done));
    QCOMPARE(done.jsonLines().size(), 2);
    for (const QJsonObject &row : done.jsonLines())
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    // The instance applied it (it holds the instance lock: the CLI cannot have written alone).
    QByteArray guiErr;
    QElapsedTimer t;
    t.start();
    while (!guiErr.contains("triage from the command line: done of 2 item(s)") && t.elapsed() < 10000) {
        gui->waitForReadyRead(200);
        guiErr += gui->readAllStandardError();
    }
    QVERIFY2(guiErr.contains("triage from the command line: done of 2 item(s)"), guiErr.constData());

    auto tier = runCli(data.path(), {QStringLiteral("tier"), b, QStringLiteral("3")});
    QVERIFY2(tier.exitCode == 0, failure(tier));
    QVERIFY2(tier.out.trimmed() == QStringLiteral("Moved to Now: %1").arg(b).toUtf8(), tier.out.constData());
    QCOMPARE(itemOf(data.path(), items[1]).value(QStringLiteral("tier")).toInt(), 3);

    const QString until = isoIn(2 * 3600 * 1000LL);
    auto snooze = runCli(data.path(), {QStringLiteral("snooze"), a, QStringLiteral("--until"), until});
    QVERIFY2(snooze.exitCode == 0, failure(snooze));
    const QJsonObject snoozed = itemOf(data.path(), items[0]);
    QCOMPARE(snoozed.value(QStringLiteral("state")).toString(), QStringLiteral("snoozed"));
    QCOMPARE(snoozed.value(QStringLiteral("snoozed_until")).toString(), until);

    auto seen = runCli(data.path(), {QStringLiteral("seen"), QString::number(items[2])});
    QVERIFY2(seen.exitCode == 0, failure(seen));
    QCOMPARE(itemOf(data.path(), items[2]).value(QStringLiteral("seen")).toBool(), true);

    // Errors come back from the instance as they do without one.
    auto unknown = runCli(data.path(), {QStringLiteral("reopen"), QString::number(items.last() + 500)});
    QVERIFY2(unknown.exitCode == 4, failure(unknown));
    QVERIFY2(unknown.err.contains("no such item"), failure(unknown));

    auto reopen = runCli(data.path(), {QStringLiteral("reopen"), a, b, QStringLiteral("--json")});
    QVERIFY2(reopen.exitCode == 0, failure(reopen));
    for (const QJsonObject &row : reopen.jsonLines()) {
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QVERIFY(row.value(QStringLiteral("changed")).toBool());
    }
    QCOMPARE(gui->state(), QProcess::Running);
}

void TestCliTriage::silentInstanceIsReported()
{
    // An instance that holds the data directory but does not answer (stopped here with SIGSTOP):
    // the CLI does not write behind its back; after its wait it says so and exits 1.
    QTemporaryDir data;
    const QList<qint64> items = seedMaildir(data.path(), 1);
    QCOMPARE(items.size(), 1);
    QProcess *gui = startInstance(data.path());
    QVERIFY(gui);
    QCOMPARE(::kill(pid_t(gui->processId()), SIGSTOP), 0);
    QElapsedTimer t;
    t.start();
    const auto r = runCli(data.path(), {QStringLiteral("done"), QString::number(items[0])});
    const qint64 waited = t.elapsed();
    ::kill(pid_t(gui->processId()), SIGCONT);
    QVERIFY2(r.exitCode == 1, failure(r));
    QVERIFY2(r.err.contains("did not answer in time"), failure(r));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(waited >= 25000, qPrintable(QString::number(waited)));  // it waited for a starting instance first
}

void TestCliTriage::imapDoneIsJournaledAndReachesTheServer()
{
    KeyringSession keyring;  // sets DBUS_SESSION_BUS_ADDRESS for this process and its children
    QVERIFY2(keyring.start(), qPrintable(keyring.error()));
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    {
        auto admin = adminSession(server);
        QVERIFY(admin);
        QCOMPARE(appendFiles(*admin, kInbox, corpusFiles().mid(0, 1)), 1);
    }
    const QList<quint32> uids = uidsIn(server, kInbox);
    QCOMPARE(uids.size(), 1);
    QVERIFY(!flagsOf(server, kInbox, uids[0])->seen);

    QTemporaryDir data;
    const QString url = QStringLiteral("imaps://%1@127.0.0.1:%2/INBOX").arg(server.user()).arg(server.tlsPort());
    const auto add = runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("imap"), url,
                                          QStringLiteral("--trust-fingerprint"), imap::sha256Fingerprint(server.certificateDer())},
                            server.password().toUtf8() + "\n");
    QVERIFY2(add.exitCode == 0, failure(add));
    const auto sync = runCli(data.path(), {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, failure(sync));
    const auto list = runCli(data.path(), {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"),
                                           QStringLiteral("all")});
    QCOMPARE(list.jsonLines().size(), 1);
    const qint64 id = list.jsonLines().first().value(QStringLiteral("id")).toInteger();

    // No instance: `done` goes straight to the store, and the journal holds it for the source.
    const auto done = runCli(data.path(), {QStringLiteral("done"), QString::number(id)});
    QVERIFY2(done.exitCode == 0, failure(done));
    {
        ItemStore store(data.filePath(QStringLiteral("focusinbox.sqlite")));
        QVERIFY(store.open() == OpenError::None);
        const QList<SourceConfig> sources = store.sources();
        QCOMPARE(sources.size(), 1);
        const QList<PendingChange> journal = store.pendingChanges(sources.first().id);
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.first().kind, ChangeKind::Done);
        QCOMPARE(journal.first().itemId, id);
        QCOMPARE(store.item(id)->state, ItemState::Done);
    }
    QVERIFY(!flagsOf(server, kInbox, uids[0])->seen);  // nothing reached the server yet

    // The app replays it when it starts: \Seen on the server (no archive folder configured).
    QProcess *gui = startInstance(data.path());
    QVERIFY(gui);
    auto waitForSeen = [&](bool expected) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            const auto flags = flagsOf(server, kInbox, uids[0]);
            if (flags && flags->seen == expected)
                return true;
            QTest::qWait(250);
        }
        return false;
    };
    QVERIFY2(waitForSeen(true), gui->readAllStandardError().constData());

    // Through the running instance: read, unread and read again reach the server the same way.
    // ("done" set \Seen on the server only; the local flag follows with a sync, so mark it read
    // here first: then "unseen" surely changes the item and is journaled.)
    const auto read = runCli(data.path(), {QStringLiteral("seen"), QString::number(id), QStringLiteral("--json")});
    QVERIFY2(read.exitCode == 0, failure(read));
    QCOMPARE(read.jsonLines().value(0).value(QStringLiteral("seen")).toBool(), true);
    const auto unseen = runCli(data.path(), {QStringLiteral("unseen"), QString::number(id)});
    QVERIFY2(unseen.exitCode == 0, failure(unseen));
    QVERIFY2(waitForSeen(false), gui->readAllStandardError().constData());
    const auto seen = runCli(data.path(), {QStringLiteral("seen"), QString::number(id)});
    QVERIFY2(seen.exitCode == 0, failure(seen));
    QVERIFY2(waitForSeen(true), gui->readAllStandardError().constData());
    cleanup();  // the app goes before the keyring and the server it uses
}

QTEST_GUILESS_MAIN(TestCliTriage)
#include "tst_cli_triage.moc"
