// GitHub notification threads (issue 13): pages shaped like GitHub's documented example of
// GET /notifications become records; odd entries are counted, not fatal; Link pagination.
#include "sources/github/githubthreads.h"

#include <QDateTime>
#include <QTest>

using namespace fi;
using namespace fi::github;

namespace {

/// A thread object with the fields GitHub documents (repository abbreviated to its usual keys).
QByteArray threadJson(const QString &id, const QString &title, const QString &type, const QString &subjectUrl,
                      const QString &reason, bool unread, const QString &updatedAt,
                      const QString &fullName = QStringLiteral("octocat/Hello-World"),
                      const QString &htmlUrl = QStringLiteral("https://github.com/octocat/Hello-World"))
{
    const QString url = subjectUrl.isEmpty() ? QStringLiteral("null") : QLatin1Char('"') + subjectUrl + QLatin1Char('"');
    return QStringLiteral("{\n"
        "  \"id\": \"%1\",\n"
        "  \"repository\": {\n"
        "    \"id\": 1296269, \"node_id\": \"MDEwOlJlcG9zaXRvcnkxMjk2MjY5\", \"name\": \"Hello-World\",\n"
        "    \"full_name\": \"%7\",\n"
        "    \"owner\": {\"login\": \"octocat\", \"id\": 1, \"type\": \"User\", \"site_admin\": false},\n"
        "    \"private\": false, \"html_url\": \"%8\", \"description\": \"This your first repo!\", \"fork\": false,\n"
        "    \"url\": \"https://api.github.com/repos/%7\"\n"
        "  },\n"
        "  \"subject\": {\"title\": \"%2\", \"url\": %3, \"latest_comment_url\": %3, \"type\": \"%4\"},\n"
        "  \"reason\": \"%5\",\n"
        "  \"unread\": %6,\n"
        "  \"updated_at\": \"%9\",\n"
        "  \"last_read_at\": null,\n"
        "  \"url\": \"https://api.github.com/notifications/threads/%1\",\n"
        "  \"subscription_url\": \"https://api.github.com/notifications/threads/%1/subscription\"\n"
        "}")
        .arg(id, title, url, type, reason, unread ? QStringLiteral("true") : QStringLiteral("false"), fullName,
             htmlUrl, updatedAt)
        .toUtf8();
}

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class TestGithubThreads : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documentedPageBecomesRecords()
    {
        const QByteArray page = "[" + threadJson(QStringLiteral("1"), QStringLiteral("Greetings"), QStringLiteral("Issue"),
                                                 QStringLiteral("https://api.github.com/repos/octocat/Hello-World/issues/123"),
                                                 QStringLiteral("subscribed"), true, QStringLiteral("2014-11-07T22:01:45Z"))
            + ",\n" + threadJson(QStringLiteral("2"), QStringLiteral("Add <b>dark</b> mode"), QStringLiteral("PullRequest"),
                                 QStringLiteral("https://api.github.com/repos/octocat/Hello-World/pulls/1347"),
                                 QStringLiteral("review_requested"), false, QStringLiteral("2014-11-08T09:30:00Z"))
            + "]";
        QString error;
        const std::optional<ThreadPage> parsed = parseThreads(page, &error);
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY2(parsed->problems.isEmpty(), qPrintable(parsed->problems.join(QLatin1Char('\n'))));
        QCOMPARE(parsed->threads.size(), 2);

        const ItemRecord issue = recordOf(parsed->threads.at(0));
        QCOMPARE(issue.remoteId, QStringLiteral("1"));
        QCOMPARE(issue.subject, QStringLiteral("Greetings"));
        QCOMPARE(issue.url, QStringLiteral("https://github.com/octocat/Hello-World/issues/123"));
        QCOMPARE(issue.locator, QStringLiteral("https://api.github.com/notifications/threads/1"));
        QCOMPARE(issue.receivedMs, utcMs("2014-11-07T22:01:45Z"));
        QCOMPARE(issue.activityMs, issue.receivedMs);
        QVERIFY(!issue.flags.seen); // unread
        QCOMPARE(issue.from.name, QStringLiteral("octocat/Hello-World"));
        QVERIFY(issue.from.address.isEmpty()); // mail rules never match a thread
        QCOMPARE(issue.attributes.value(QStringLiteral("github.reason")), QStringLiteral("subscribed"));
        QCOMPARE(issue.attributes.value(QStringLiteral("github.type")), QStringLiteral("Issue"));
        QCOMPARE(issue.attributes.value(QStringLiteral("github.repository")), QStringLiteral("octocat/Hello-World"));

        const ItemRecord pull = recordOf(parsed->threads.at(1));
        QCOMPARE(pull.url, QStringLiteral("https://github.com/octocat/Hello-World/pull/1347"));
        QCOMPARE(pull.subject, QStringLiteral("Add <b>dark</b> mode")); // text, as given
        QVERIFY(pull.flags.seen);
        QCOMPARE(pull.attributes.value(QStringLiteral("github.reason")), QStringLiteral("review_requested"));
    }

    void newActivityChangesTheFingerprint()
    {
        const auto record = [](const char *updated, bool unread) {
            const QByteArray page = "[" + threadJson(QStringLiteral("7"), QStringLiteral("CI"), QStringLiteral("Issue"),
                                                     QString(), QStringLiteral("comment"), unread,
                                                     QString::fromLatin1(updated)) + "]";
            return recordOf(parseThreads(page, nullptr)->threads.at(0));
        };
        const ItemRecord first = record("2026-12-01T10:00:00Z", true);
        QCOMPARE(record("2026-12-01T10:00:00Z", true).fingerprint, first.fingerprint);
        const ItemRecord later = record("2026-12-02T08:00:00Z", true);
        QVERIFY(later.fingerprint != first.fingerprint);
        QVERIFY(later.receivedMs > first.receivedMs); // the clock starts again
        QVERIFY(record("2026-12-01T10:00:00Z", false).fingerprint != first.fingerprint); // read elsewhere
    }

    void webPages_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("subjectUrl");
        QTest::addColumn<QString>("fullName");
        QTest::addColumn<QString>("htmlUrl");
        QTest::addColumn<QString>("expected");
        const QString repo = QStringLiteral("octocat/Hello-World");
        const QString page = QStringLiteral("https://github.com/octocat/Hello-World");
        const QString api = QStringLiteral("https://api.github.com/repos/octocat/Hello-World");
        QTest::newRow("pull") << "PullRequest" << api + "/pulls/12" << repo << page << page + "/pull/12";
        QTest::newRow("issue") << "Issue" << api + "/issues/5" << repo << page << page + "/issues/5";
        QTest::newRow("commit") << "Commit" << api + "/commits/6dcb09b5b57875f334f61aebed695e2e4193db5e" << repo << page
                                << page + "/commit/6dcb09b5b57875f334f61aebed695e2e4193db5e";
        QTest::newRow("release") << "Release" << api + "/releases/1" << repo << page << page + "/releases";
        QTest::newRow("discussion") << "Discussion" << api + "/discussions/3" << repo << page << page + "/discussions/3";
        QTest::newRow("check suite") << "CheckSuite" << QString() << repo << page << page + "/actions";
        QTest::newRow("discussion without url") << "Discussion" << QString() << repo << page << page + "/discussions";
        QTest::newRow("case of the owner") << "Issue" << "https://api.github.com/repos/OctoCat/hello-world/issues/9"
                                           << repo << page << page + "/issues/9";
        QTest::newRow("other repository") << "Issue" << "https://api.github.com/repos/evil/other/issues/1" << repo
                                          << page << page;
        QTest::newRow("enterprise server")
            << "PullRequest" << "https://ghe.example.com/api/v3/repos/team/api/pulls/7" << "team/api"
            << "https://ghe.example.com/team/api" << "https://ghe.example.com/team/api/pull/7";
        QTest::newRow("not a web page") << "Issue" << api + "/issues/5" << repo << "javascript:alert(1)" << QString();
        QTest::newRow("trailing slash") << "Issue" << api + "/issues/5" << repo << page + "/" << page + "/issues/5";
    }

    void webPages()
    {
        QFETCH(QString, type);
        QFETCH(QString, subjectUrl);
        QFETCH(QString, fullName);
        QFETCH(QString, htmlUrl);
        QFETCH(QString, expected);
        const QByteArray page = "[" + threadJson(QStringLiteral("1"), QStringLiteral("t"), type, subjectUrl,
                                                 QStringLiteral("mention"), true, QStringLiteral("2026-12-01T10:00:00Z"),
                                                 fullName, htmlUrl) + "]";
        const std::optional<ThreadPage> parsed = parseThreads(page, nullptr);
        QVERIFY(parsed && parsed->threads.size() == 1);
        QCOMPARE(recordOf(parsed->threads.at(0)).url, expected);
    }

    void oddEntriesAreCountedNotFatal()
    {
        const QByteArray good = threadJson(QStringLiteral("1"), QStringLiteral("ok"), QStringLiteral("Issue"), QString(),
                                           QStringLiteral("mention"), true, QStringLiteral("2026-12-01T10:00:00Z"));
        QByteArray noDate = good;
        noDate.replace("\"updated_at\": \"2026-12-01T10:00:00Z\"", "\"updated_at\": \"yesterday\"");
        QByteArray numberTitle = good;
        numberTitle.replace("\"title\": \"ok\"", "\"title\": 42");
        const QByteArray page = "[" + good + ", 17, " + noDate + ", " + numberTitle + ", {}]";
        const std::optional<ThreadPage> parsed = parseThreads(page, nullptr);
        QVERIFY(parsed);
        QCOMPARE(parsed->threads.size(), 1);
        QCOMPARE(parsed->problems.size(), 4);
        QVERIFY(parsed->problems.at(0).startsWith(QLatin1String("thread 2:")));
        QVERIFY2(parsed->problems.at(1).contains(QLatin1String("updated_at")), qPrintable(parsed->problems.at(1)));
        QVERIFY2(parsed->problems.at(2).contains(QLatin1String("subject.title")), qPrintable(parsed->problems.at(2)));
    }

    void whatIsNotAListIsRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("error object") << QByteArray("{\"message\": \"Bad credentials\", \"documentation_url\": \"https://docs.github.com/rest\"}");
        QTest::newRow("malformed") << QByteArray("[{\"id\": \"1\", \"subject\": ");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("deep nesting") << QByteArray(100000, '[');
    }

    void whatIsNotAListIsRefused()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!parseThreads(body, &error));
        QVERIFY(!error.isEmpty());
    }

    void emptyListIsAPage()
    {
        const std::optional<ThreadPage> parsed = parseThreads("[]\n", nullptr);
        QVERIFY(parsed);
        QVERIFY(parsed->threads.isEmpty() && parsed->problems.isEmpty());
    }

    void nextPage_data()
    {
        QTest::addColumn<QByteArray>("link");
        QTest::addColumn<QString>("expected");
        QTest::newRow("github") << QByteArray("<https://api.github.com/notifications?page=2>; rel=\"next\", <https://api.github.com/notifications?page=3>; rel=\"last\"")
                                << "https://api.github.com/notifications?page=2";
        QTest::newRow("next after prev") << QByteArray("<https://api.github.com/notifications?page=1>; rel=\"prev\", <https://api.github.com/notifications?page=3>; rel=\"next\"")
                                         << "https://api.github.com/notifications?page=3";
        QTest::newRow("unquoted") << QByteArray("<https://ghe.example.com/api/v3/notifications?page=2>; rel=next")
                                  << "https://ghe.example.com/api/v3/notifications?page=2";
        QTest::newRow("several types") << QByteArray("<https://api.github.com/n?page=2>; title=\"x\"; rel=\"prefetch next\"")
                                       << "https://api.github.com/n?page=2";
        QTest::newRow("last page") << QByteArray("<https://api.github.com/notifications?page=1>; rel=\"first\", <https://api.github.com/notifications?page=2>; rel=\"prev\"")
                                   << QString();
        QTest::newRow("no header") << QByteArray() << QString();
        QTest::newRow("not next") << QByteArray("<https://api.github.com/n?page=2>; rel=\"nextish\"") << QString();
        QTest::newRow("not http") << QByteArray("<file:///etc/passwd>; rel=\"next\"") << QString();
    }

    void nextPage()
    {
        QFETCH(QByteArray, link);
        QFETCH(QString, expected);
        QCOMPARE(nextPageUrl(link).toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestGithubThreads)
#include "tst_githubthreads.moc"
