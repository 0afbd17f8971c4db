// `focusinbox rules preview|apply|undo` (issue 14) through the real executable on a temporary
// data directory: the preview names the items config.json's rules would move and changes
// nothing; apply moves exactly those (straight to the store, and through a running instance,
// which adopts the rules); undo puts them back; rules that do not load are refused.
#include "cliprocess.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fi::test;

namespace {

QByteArray message(const char *from, const char *subject, const char *extraHeaders = "")
{
    return QByteArray("From: ") + from + "\r\nTo: Me <me@example.org>\r\nSubject: " + subject
        + "\r\nDate: Tue, 01 Dec 2026 09:00:00 +0000\r\nMessage-ID: <" + QByteArray(subject).toHex().left(24)
        + "@example.com>\r\n" + extraHeaders + "\r\nHello.\r\n";
}

/// config.json with "me" and, first, the incident rule when @p incident (else only the rest).
QByteArray config(bool incident, bool broken = false)
{
    QJsonArray rules;
    if (incident)
        rules.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Incident keywords")},
                                 {QStringLiteral("tier"), QStringLiteral("now")},
                                 {QStringLiteral("when"),
                                  QJsonObject{{QStringLiteral("conditions"),
                                               QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("subject")},
                                                                      {QStringLiteral("op"), QStringLiteral("contains")},
                                                                      {QStringLiteral("value"), QStringLiteral("outage")}}}}}}});
    if (broken)
        rules.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("typo")},
                                 {QStringLiteral("tier"), 3},
                                 {QStringLiteral("when"), QJsonObject{{QStringLiteral("subjcet"), QStringLiteral("x")}}}});
    rules.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("list")},
                             {QStringLiteral("tier"), 1},
                             {QStringLiteral("when"), QJsonObject{{QStringLiteral("recipient"), QStringLiteral("list")}}}});
    rules.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("to-me")},
                             {QStringLiteral("tier"), 2},
                             {QStringLiteral("when"), QJsonObject{{QStringLiteral("recipient"), QStringLiteral("to-me")}}}});
    return QJsonDocument(QJsonObject{{QStringLiteral("me"), QJsonArray{QStringLiteral("me@example.org")}},
                                     {QStringLiteral("rules"), rules}})
        .toJson();
}

} // namespace

class TestCliRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void previewApplyUndo();
    void brokenRulesAreRefused();
    void applyThroughRunningInstance();

private:
    /// Three messages in a Maildir added to @p data and synced with the rules without the
    /// incident rule. @return id by subject.
    QHash<QString, qint64> seed(const QString &data);
    QProcess *startInstance(const QString &data);
    static QHash<qint64, int> tiers(const QString &data);

    QTemporaryDir m_runtime, m_home;
    std::unique_ptr<QTemporaryDir> m_maildir;
    std::vector<std::unique_ptr<QProcess>> m_guis;
};

void TestCliRules::initTestCase()
{
    QVERIFY(m_runtime.isValid() && m_home.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
}

void TestCliRules::cleanup()
{
    for (auto &gui : m_guis) {
        gui->terminate();
        if (!gui->waitForFinished(15000))
            gui->kill();
    }
    m_guis.clear();
}

QHash<QString, qint64> TestCliRules::seed(const QString &data)
{
    m_maildir = std::make_unique<QTemporaryDir>();
    const QString root = m_maildir->path();
    for (const char *sub : {"cur", "new", "tmp"})
        QDir(root).mkpath(QLatin1String(sub));
    writeFile(root + QStringLiteral("/cur/1.m:2,"), message("Olga <olga@example.com>", "Payments outage in eu-west"));
    writeFile(root + QStringLiteral("/cur/2.m:2,"), message("Bruno <bruno@example.com>", "Lunch?"));
    writeFile(root + QStringLiteral("/cur/3.m:2,"),
              message("Dev <dev@lists.example.com>", "Planned outage of the wiki", "List-Id: Dev <dev.lists.example.com>\r\n"));
    writeFile(data + QStringLiteral("/config.json"), config(false));
    if (runCli(data, {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"), root}).exitCode != 0
        || runCli(data, {QStringLiteral("sync")}).exitCode != 0)
        return {};
    QHash<QString, qint64> ids;
    const auto list = runCli(data, {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"), QStringLiteral("all")});
    for (const QJsonObject &o : list.jsonLines())
        ids.insert(o.value(QStringLiteral("subject")).toString(), o.value(QStringLiteral("id")).toInteger());
    return ids;
}

QHash<qint64, int> TestCliRules::tiers(const QString &data)
{
    QHash<qint64, int> out;
    const auto list = runCli(data, {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"), QStringLiteral("all")});
    for (const QJsonObject &o : list.jsonLines())
        out.insert(o.value(QStringLiteral("id")).toInteger(), o.value(QStringLiteral("tier")).toInt());
    return out;
}

void TestCliRules::previewApplyUndo()
{
    QTemporaryDir data;
    const QHash<QString, qint64> ids = seed(data.path());
    QCOMPARE(ids.size(), 3);
    const qint64 outage = ids.value(QStringLiteral("Payments outage in eu-west"));
    const qint64 wiki = ids.value(QStringLiteral("Planned outage of the wiki"));
    const QHash<qint64, int> before = tiers(data.path());
    QCOMPARE(before.value(outage), 2);
    QCOMPARE(before.value(wiki), 1);

    // The user adds the incident rule at the top of config.json.
    QVERIFY(writeFile(data.filePath(QStringLiteral("config.json")), config(true)));
    const auto preview = runCli(data.path(), {QStringLiteral("rules"), QStringLiteral("preview"), QStringLiteral("--json")});
    QVERIFY2(preview.exitCode == 0, failure(preview));
    const QList<QJsonObject> lines = preview.jsonLines();
    // The wiki outage comes from a list: the incident rule is first, so it moves too (1 → 3).
    QCOMPARE(lines.size(), 2);
    QHash<qint64, QJsonObject> byId;
    for (const QJsonObject &line : lines)
        byId.insert(line.value(QStringLiteral("id")).toInteger(), line);
    QCOMPARE(QSet<qint64>(byId.keyBegin(), byId.keyEnd()), (QSet<qint64>{outage, wiki}));
    QCOMPARE(byId.value(outage).value(QStringLiteral("subject")).toString(), QStringLiteral("Payments outage in eu-west"));
    QCOMPARE(byId.value(outage).value(QStringLiteral("from_tier")).toInt(), 2);
    QCOMPARE(byId.value(outage).value(QStringLiteral("to_tier")).toInt(), 3);
    QCOMPARE(byId.value(outage).value(QStringLiteral("rule")).toString(), QStringLiteral("Incident keywords"));
    QCOMPARE(byId.value(wiki).value(QStringLiteral("from_tier")).toInt(), 1);
    QCOMPARE(tiers(data.path()), before);  // the preview changed nothing

    const auto human = runCli(data.path(), {QStringLiteral("rules"), QStringLiteral("preview")});
    QVERIFY2(human.out.contains("2 item(s) would move to another tier"), human.out.constData());

    const auto apply = runCli(data.path(), {QStringLiteral("rules"), QStringLiteral("apply"), QStringLiteral("--json")});
    QVERIFY2(apply.exitCode == 0, failure(apply));
    QCOMPARE(apply.jsonLines().size(), 2);
    QHash<qint64, int> after = tiers(data.path());
    QCOMPARE(after.value(outage), 3);
    QCOMPARE(after.value(wiki), 3);
    QCOMPARE(after.value(ids.value(QStringLiteral("Lunch?"))), 2);
    // Nothing is left to move.
    const auto again = runCli(data.path(), {QStringLiteral("rules"), QStringLiteral("apply")});
    QVERIFY2(again.exitCode == 0 && again.out.contains("already sits where the rules put it"), failure(again));

    const auto undo = runCli(data.path(), {QStringLiteral("rules"), QStringLiteral("undo")});
    QVERIFY2(undo.exitCode == 0, failure(undo));
    QVERIFY2(undo.out.contains("back where they were"), undo.out.constData());
    QCOMPARE(tiers(data.path()), before);
    const auto nothing = runCli(data.path(), {QStringLiteral("rules"), QStringLiteral("undo")});
    QVERIFY2(nothing.exitCode == 0 && nothing.out.contains("nothing to undo"), failure(nothing));
    const auto usage = runCli(data.path(), {QStringLiteral("rules"), QStringLiteral("frobnicate")});
    QCOMPARE(usage.exitCode, 2);
}

void TestCliRules::brokenRulesAreRefused()
{
    QTemporaryDir data;
    const QHash<QString, qint64> ids = seed(data.path());
    QCOMPARE(ids.size(), 3);
    const QHash<qint64, int> before = tiers(data.path());
    QVERIFY(writeFile(data.filePath(QStringLiteral("config.json")), config(true, /*broken=*/true)));
    const auto apply = runCli(data.path(), {QStringLiteral("rules"), QStringLiteral("apply")});
    QCOMPARE(apply.exitCode, 2);
    QVERIFY2(apply.err.contains("typo") && apply.err.contains("subjcet"), apply.err.constData());
    QCOMPARE(tiers(data.path()), before);
}

QProcess *TestCliRules::startInstance(const QString &data)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p->setProcessEnvironment(env);
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
    return nullptr;
}

void TestCliRules::applyThroughRunningInstance()
{
    QTemporaryDir data;
    const QHash<QString, qint64> ids = seed(data.path());
    QCOMPARE(ids.size(), 3);
    const QHash<qint64, int> before = tiers(data.path());
    QVERIFY(startInstance(data.path()));
    QVERIFY(writeFile(data.filePath(QStringLiteral("config.json")), config(true)));
    const auto apply = runCli(data.path(), {QStringLiteral("rules"), QStringLiteral("apply")});
    QVERIFY2(apply.exitCode == 0, failure(apply));
    QVERIFY2(apply.out.contains("Moved 2 item(s) to another tier"), apply.out.constData());
    const qint64 outage = ids.value(QStringLiteral("Payments outage in eu-west"));
    QCOMPARE(tiers(data.path()).value(outage), 3);
    const auto undo = runCli(data.path(), {QStringLiteral("rules"), QStringLiteral("undo")});
    QVERIFY2(undo.exitCode == 0, failure(undo));
    QCOMPARE(tiers(data.path()), before);
}

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_cli_rules.moc"
