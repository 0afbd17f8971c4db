// The GitHub kind from the shell (issue 13): `focusinbox sources add github --base-url URL` with
// the token on stdin checks it with GET /user and keeps it in the keychain only; `sync` polls the
// notifications; `list --json` shows kind "github", the thread's web URL and its title as the
// subject; a rule in config.json that tests github.repository wins over the tiers by reason.
// Real CLI process, a scripted HTTP server on 127.0.0.1, a real gnome-keyring.
#include "cliprocess.h"
#include "imapkeyring.h"
#include "scriptedhttpserver.h"

#include "secrets/secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace fi;
using namespace fi::test;
using Script = ScriptedHttpServer;

namespace {

const QByteArray kToken = "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB";

QByteArray threadsPage()
{
    auto thread = [](const char *id, const char *title, const char *type, const char *kindPath, const char *reason,
                     const char *repo) {
        return QStringLiteral("{\"id\": \"%1\", \"unread\": true, \"reason\": \"%5\", \"updated_at\": \"2026-12-03T09:00:00Z\","
                              " \"last_read_at\": null, \"subject\": {\"title\": \"%2\", \"url\": \"https://api.github.com/repos/%6/%4/%1\","
                              " \"latest_comment_url\": null, \"type\": \"%3\"}, \"repository\": {\"full_name\": \"%6\","
                              " \"html_url\": \"https://github.com/%6\"}, \"url\": \"http://127.0.0.1:{PORT}/notifications/threads/%1\"}")
            .arg(QLatin1String(id), QLatin1String(title), QLatin1String(type), QLatin1String(kindPath), QLatin1String(reason),
                 QLatin1String(repo));
    };
    return ("[" + thread("11", "Please review: retry budget", "PullRequest", "pulls", "review_requested", "acme/api") + ",\n"
            + thread("12", "Nightly build broke", "Issue", "issues", "subscribed", "acme/infra") + "]")
        .toUtf8();
}

/// Does any file under @p dir contain @p needle?
bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestCliGitHub : public QObject {
    Q_OBJECT

    KeyringSession m_keyring;
    Script m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.error()));
        QVERIFY(m_server.setScript(QJsonArray{
            Script::route(QStringLiteral("GET"), QStringLiteral("/user"),
                          {Script::response(200, "{\"login\": \"octocat\", \"id\": 1, \"type\": \"User\"}")}),
            Script::route(QStringLiteral("GET"), QStringLiteral("/notifications"),
                          {Script::response(200, threadsPage(), {{QStringLiteral("X-Poll-Interval"), QStringLiteral("60")}})}),
        }));
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    }

    void cleanupTestCase() { secrets::shutdown(); }

    void addSyncList()
    {
        QTemporaryDir data;
        // A rule of the user's own: anything from acme/infra is Now (it beats the tiers by reason).
        QFile config(data.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{\"rules\": [{\"name\": \"infra-is-urgent\", \"tier\": 3,"
                     " \"when\": {\"attributes\": {\"github.repository\": \"^acme/infra$\"}}}]}");
        config.close();

        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_server.port());
        const CliResult add = runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("github"),
                                                   QStringLiteral("--base-url"), base},
                                     kToken + "\n");
        QVERIFY2(add.exitCode == 0, failure(add).constData());
        const QList<Script::Request> me = m_server.requestsFor(QStringLiteral("GET"), QStringLiteral("/user"));
        QCOMPARE(me.size(), 1);
        QCOMPARE(me[0].header(QStringLiteral("Authorization")), QString::fromLatin1("Bearer " + kToken));

        const CliResult list = runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("list")});
        QVERIFY2(list.out.contains("github\tGitHub (octocat)\t" + base.toUtf8()), failure(list).constData());

        const CliResult sync = runCli(data.path(), {QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, failure(sync).constData());

        const CliResult items = runCli(data.path(), {QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(items.exitCode == 0, failure(items).constData());
        QHash<QString, QJsonObject> bySubject;
        for (const QJsonObject &o : items.jsonLines())
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String("github"))
                bySubject.insert(o.value(QStringLiteral("subject")).toString(), o);
        QCOMPARE(bySubject.size(), 2);
        const QJsonObject review = bySubject.value(QStringLiteral("Please review: retry budget"));
        QCOMPARE(review.value(QStringLiteral("url")).toString(), QStringLiteral("https://github.com/acme/api/pull/11"));
        QCOMPARE(review.value(QStringLiteral("tier")).toInt(), 2);
        QVERIFY(!review.value(QStringLiteral("due")).toString().isEmpty());
        const QJsonObject build = bySubject.value(QStringLiteral("Nightly build broke"));
        QCOMPARE(build.value(QStringLiteral("url")).toString(), QStringLiteral("https://github.com/acme/infra/issues/12"));
        QCOMPARE(build.value(QStringLiteral("tier")).toInt(), 3);  // the user's rule, not "subscribed" → Reference

        // The token went to the keychain only.
        QVERIFY(!anyFileContains(data.path(), kToken));

        // Adding the same account again is refused.
        const CliResult again = runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("github"),
                                                     QStringLiteral("--base-url"), base},
                                       kToken + "\n");
        QCOMPARE(again.exitCode, 2);
    }

    void aRefusedTokenIsNotStored()
    {
        Script refusing;
        QVERIFY(refusing.setScript(QJsonArray{Script::route(
            QStringLiteral("GET"), QStringLiteral("/user"),
            {Script::response(401, "{\"message\": \"Bad credentials\", \"documentation_url\": \"https://docs.github.com/rest\"}")})}));
        QVERIFY2(refusing.start(), qPrintable(refusing.error()));
        QTemporaryDir data;
        const CliResult add = runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("github"),
                                                   QStringLiteral("--base-url"), refusing.url(QString()).toString()},
                                     "wrong-token\n");
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.err.contains("Bad credentials"), failure(add).constData());
        const CliResult list = runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("list")});
        QVERIFY(!list.out.contains("github"));
        // No token on stdin: a usage error that says how to give one.
        const CliResult none = runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("github")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("standard input"), failure(none).constData());
        // Plain http to a host that is not loopback would send the token in clear text: refused.
        const CliResult plain = runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("github"),
                                                     QStringLiteral("--base-url"), QStringLiteral("http://ghe.example.com/api/v3")},
                                       "token\n");
        QCOMPARE(plain.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliGitHub)
#include "tst_cli_github.moc"
