// GitHub notifications as a source kind (issue 13), against a scripted HTTP server on 127.0.0.1
// that answers like GitHub's REST API documentation (thread JSON, Link pagination, 304 with
// Last-Modified, X-Poll-Interval, 401 "Bad credentials", 403 with X-RateLimit-Remaining: 0, 429
// with Retry-After, malformed JSON, a 5 MB body) and records every request. The token lives in a
// real gnome-keyring under a private D-Bus session; the store, SyncManager, Tiering and
// ChangeReplayService are the app's own.
#include "imapkeyring.h"
#include "scriptedhttpserver.h"

#include "config/appconfig.h"
#include "secrets/secretstore.h"
#include "sources/github/githubapi.h"
#include "sources/github/githubkind.h"
#include "sources/github/githubsyncstate.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "sync/changereplayservice.h"
#include "sync/syncmanager.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace fi;
using namespace fi::test;
using Script = ScriptedHttpServer;

namespace {

const QString kToken = QStringLiteral("github_pat_11ABCDEFG0123456789_testtoken");

/// A thread object as GitHub documents it; its own API URL points at the test server ({PORT}).
QString threadJson(const QString &id, const QString &title, const QString &type, const QString &reason,
               const QString &updatedAt, const QString &repo = QStringLiteral("octocat/Hello-World"))
{
    const QString subjectUrl = type == QLatin1String("PullRequest")
                                   ? QStringLiteral("\"https://api.github.com/repos/%1/pulls/%2\"").arg(repo, id)
                                   : type == QLatin1String("Issue")
                                         ? QStringLiteral("\"https://api.github.com/repos/%1/issues/%2\"").arg(repo, id)
                                         : QStringLiteral("null");
    return QStringLiteral("{\"id\": \"%1\", \"unread\": true, \"reason\": \"%4\", \"updated_at\": \"%5\", \"last_read_at\": null,"
                          " \"subject\": {\"title\": \"%2\", \"url\": %7, \"latest_comment_url\": %7, \"type\": \"%3\"},"
                          " \"repository\": {\"id\": 1296269, \"name\": \"Hello-World\", \"full_name\": \"%6\","
                          " \"private\": false, \"html_url\": \"https://github.com/%6\", \"url\": \"https://api.github.com/repos/%6\"},"
                          " \"url\": \"http://127.0.0.1:{PORT}/notifications/threads/%1\","
                          " \"subscription_url\": \"http://127.0.0.1:{PORT}/notifications/threads/%1/subscription\"}")
        .arg(id, title, type, reason, updatedAt, repo, subjectUrl);
}

QByteArray page(const QStringList &threads) { return ("[" + threads.join(QStringLiteral(",\n")) + "]").toUtf8(); }

const char kLastModified[] = "Thu, 03 Dec 2026 10:00:00 GMT";

} // namespace

class TestGitHubSource : public QObject {
    Q_OBJECT

    KeyringSession m_keyring;
    QTemporaryDir m_dir;
    std::unique_ptr<Script> m_server;
    std::unique_ptr<ItemStore> m_store;
    std::unique_ptr<SyncManager> m_sync;
    qint64 m_source = 0;

    SyncResult syncOne()
    {
        QSignalSpy finished(m_sync.get(), &SyncManager::sourceFinished);
        m_sync->syncSource(m_source);
        if (!finished.wait(30000)) {
            SyncResult timeout;
            timeout.ok = false;
            timeout.error = QStringLiteral("test: no sourceFinished within 30 s");
            return timeout;
        }
        m_store->flush();
        return finished.first().at(2).value<SyncResult>();
    }

    QList<Item> items() const
    {
        ItemQuery q;
        q.states = ItemQuery::States::All;
        q.sourceId = m_source;
        return m_store->items(q);
    }

    std::optional<Item> item(const QString &remoteId) const
    {
        for (const Item &i : items())
            if (i.record.remoteId == remoteId)
                return i;
        return std::nullopt;
    }

    github::GitHubSyncState state() const
    {
        return github::GitHubSyncState::decode(m_store->syncState(m_source).value(github::stateFolder()));
    }

    static QJsonArray routes(const QJsonArray &notifications, const QJsonArray &more = {})
    {
        QJsonArray r{Script::route(QStringLiteral("GET"), QStringLiteral("/notifications"), notifications)};
        for (const QJsonValue &v : more)
            r.append(v);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncResult>();
        qRegisterMetaType<SyncTotals>();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.error()));
    }

    void init()
    {
        m_server = std::make_unique<Script>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_store = std::make_unique<ItemStore>(
            m_dir.filePath(QStringLiteral("inbox-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QCOMPARE(m_store->open(), OpenError::None);
        m_sync = std::make_unique<SyncManager>(m_store.get(), AppConfig(), m_dir.path());
        SourceConfig config = github::configFor(m_server->url(QString()).toString(), QStringLiteral("octocat"));
        QString why;
        QVERIFY2(github::writeToken(config, kToken, &why), qPrintable(why));
        m_source = m_store->addSource(config).result();
        QVERIFY(m_source > 0);
    }

    void cleanup()
    {
        m_sync.reset();
        m_store.reset();
        m_server.reset();
    }

    void cleanupTestCase() { secrets::shutdown(); }

    void theKindDescribesItself()
    {
        const SourceKind *kind = SourceRegistry::instance().kind(github::kindKey());
        QVERIFY(kind);
        QVERIFY(kind->has(SourceKind::Capability::Remote));
        QVERIFY(kind->has(SourceKind::Capability::WriteBack));
        QVERIFY(kind->has(SourceKind::Capability::NeedsSecret));
        QVERIFY(!kind->has(SourceKind::Capability::Mail));
        QVERIFY(kind->reopenOnActivity);
        QVERIFY(QFile::exists(kind->icon));
        SourceConfig config = github::configFor(QString(), QStringLiteral("octocat"));
        QCOMPARE(config.location, QStringLiteral("https://api.github.com"));
        QCOMPARE(config.name, QStringLiteral("GitHub (octocat)"));
        QCOMPARE(kind->pollSeconds(config), 60);
        QVERIFY(kind->problems(config).isEmpty());
        config.location = QStringLiteral("https://ghe.example.com/api/v3/");
        QVERIFY(kind->problems(config).isEmpty());
        QCOMPARE(github::notificationsUrl(github::baseUrlOf(config)).toString(),
                 QStringLiteral("https://ghe.example.com/api/v3/notifications?per_page=50"));
        config.location = QStringLiteral("http://ghe.example.com/api/v3");  // a token in clear text: no
        QCOMPARE(kind->problems(config).size(), 1);
    }

    void threePagesArriveInOneBatchTieredByReason()
    {
        const QString next2 = QStringLiteral("<http://127.0.0.1:{PORT}/notifications?per_page=50&page=2>; rel=\"next\", "
                                             "<http://127.0.0.1:{PORT}/notifications?per_page=50&page=3>; rel=\"last\"");
        const QString next3 = QStringLiteral("<http://127.0.0.1:{PORT}/notifications?per_page=50&page=3>; rel=\"next\", "
                                             "<http://127.0.0.1:{PORT}/notifications?per_page=50&page=1>; rel=\"first\"");
        QVERIFY(m_server->setScript(QJsonArray{
            Script::route(QStringLiteral("GET"), QStringLiteral("/notifications?per_page=50"),
                          {Script::response(200, page({threadJson(QStringLiteral("101"), QStringLiteral("Add dark mode"), QStringLiteral("PullRequest"), QStringLiteral("review_requested"), QStringLiteral("2026-12-03T09:00:00Z")),
                                                       threadJson(QStringLiteral("102"), QStringLiteral("Critical: lodash prototype pollution"), QStringLiteral("RepositoryVulnerabilityAlert"), QStringLiteral("security_alert"), QStringLiteral("2026-12-03T09:05:00Z"))}),
                                            {{QStringLiteral("Link"), next2}, {QStringLiteral("Last-Modified"), QString::fromLatin1(kLastModified)},
                                             {QStringLiteral("X-Poll-Interval"), QStringLiteral("60")}})}),
            Script::route(QStringLiteral("GET"), QStringLiteral("/notifications?per_page=50&page=2"),
                          {Script::response(200, page({threadJson(QStringLiteral("103"), QStringLiteral("Release v2.0"), QStringLiteral("Release"), QStringLiteral("subscribed"), QStringLiteral("2026-12-02T18:00:00Z")),
                                                       threadJson(QStringLiteral("104"), QStringLiteral("Crash on start"), QStringLiteral("Issue"), QStringLiteral("mention"), QStringLiteral("2026-12-02T17:00:00Z"))}),
                                            {{QStringLiteral("Link"), next3}})}),
            Script::route(QStringLiteral("GET"), QStringLiteral("/notifications?per_page=50&page=3"),
                          {Script::response(200, page({threadJson(QStringLiteral("105"), QStringLiteral("CI failed on main"), QStringLiteral("CheckSuite"), QStringLiteral("ci_activity"), QStringLiteral("2026-12-02T16:00:00Z"))}))}),
        }));
        QSignalSpy committed(m_store.get(), &ItemStore::itemsChanged);
        const SyncResult result = syncOne();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.added, 5);

        const QList<Script::Request> gets = m_server->requestsFor(QStringLiteral("GET"), QStringLiteral("/notifications"));
        QCOMPARE(gets.size(), 3);
        for (const Script::Request &r : gets) {
            QCOMPARE(r.header(QStringLiteral("Authorization")), QStringLiteral("Bearer ") + kToken);
            QCOMPARE(r.header(QStringLiteral("X-GitHub-Api-Version")), QStringLiteral("2022-11-28"));
            QCOMPARE(r.header(QStringLiteral("Accept")), QStringLiteral("application/vnd.github+json"));
        }
        QVERIFY(gets[0].header(QStringLiteral("If-Modified-Since")).isNull());  // nothing to compare with yet

        const auto review = item(QStringLiteral("101"));
        QVERIFY(review);
        QCOMPARE(review->tier, Tier::Async);
        QCOMPARE(review->tierReason, QStringLiteral("github-review-requested"));
        QCOMPARE(review->policy, QStringLiteral("review-request"));
        QVERIFY(review->dueMs.has_value());
        QCOMPARE(review->record.subject, QStringLiteral("Add dark mode"));
        QCOMPARE(review->record.url, QStringLiteral("https://github.com/octocat/Hello-World/pull/101"));
        QCOMPARE(review->record.attributes.value(QStringLiteral("github.repository")), QStringLiteral("octocat/Hello-World"));
        QCOMPARE(review->record.attributes.value(QStringLiteral("github.type")), QStringLiteral("PullRequest"));
        const auto content = m_store->content(review->id);  // what the reading pane shows
        QVERIFY(content);
        QCOMPARE(content->mimeType, QStringLiteral("text/plain"));
        QVERIFY2(content->body.contains(QStringLiteral("Your review was requested.")), qPrintable(content->body));
        QVERIFY(content->body.contains(QStringLiteral("https://github.com/octocat/Hello-World/pull/101")));
        QCOMPARE(item(QStringLiteral("102"))->tier, Tier::Now);
        QCOMPARE(item(QStringLiteral("103"))->tier, Tier::Reference);
        QVERIFY(!item(QStringLiteral("103"))->dueMs.has_value());  // reference: no reply owed
        QCOMPARE(item(QStringLiteral("104"))->tier, Tier::Async);
        QCOMPARE(item(QStringLiteral("104"))->record.url, QStringLiteral("https://github.com/octocat/Hello-World/issues/104"));
        QCOMPARE(item(QStringLiteral("105"))->tier, Tier::Reference);
        QCOMPARE(state().lastModified, QByteArray(kLastModified));

        // The token is in the keychain only: not in the database, not in its WAL.
        m_store.reset();
        m_sync.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile db(m_dir.filePath(QStringLiteral("inbox-threePagesArriveInOneBatchTieredByReason.sqlite")) + suffix);
            if (db.open(QIODevice::ReadOnly))
                QVERIFY(!db.readAll().contains(kToken.toUtf8()));
        }
    }

    void noRequestBeforeThePollIntervalThenIfModifiedSince()
    {
        QVERIFY(m_server->setScript(routes({Script::response(200, page({threadJson(QStringLiteral("7"), QStringLiteral("Flaky test"), QStringLiteral("Issue"), QStringLiteral("assign"), QStringLiteral("2026-12-03T08:00:00Z"))}),
                                                             {{QStringLiteral("Last-Modified"), QString::fromLatin1(kLastModified)},
                                                              {QStringLiteral("X-Poll-Interval"), QStringLiteral("60")}})})));
        QVERIFY(syncOne().ok);
        QCOMPARE(m_server->requests().size(), 1);
        // GitHub: "do not poll more often than X-Poll-Interval" — a sync now sends nothing.
        const SyncResult early = syncOne();
        QVERIFY2(early.ok, qPrintable(early.error));
        QCOMPARE(m_server->requests().size(), 1);

        // With a 1 s interval the next poll asks conditionally and a 304 stores nothing new.
        QVERIFY(m_server->setScript(routes({Script::response(304, QByteArray(), {{QStringLiteral("Last-Modified"), QString::fromLatin1(kLastModified)},
                                                                                 {QStringLiteral("X-Poll-Interval"), QStringLiteral("1")}})})));
        github::GitHubSyncState s = state();
        s.notBeforeMs = QDateTime::currentMSecsSinceEpoch() - 1;  // (the 60 s have passed)
        StoreBatch batch;
        batch.sourceId = m_source;
        batch.syncState.insert(github::stateFolder(), s.encode());
        QVERIFY(m_store->applyBatch(batch).result().ok);
        QVERIFY(syncOne().ok);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().last().header(QStringLiteral("If-Modified-Since")), QString::fromLatin1(kLastModified));
        QCOMPARE(items().size(), 1);
        QCOMPARE(state().pollIntervalSeconds, 1);
        QTest::qWait(600);
        QVERIFY(syncOne().ok);  // within the 1 s: nothing sent
        QCOMPARE(m_server->requests().size(), 2);
        QTest::qWait(600);
        QVERIFY(syncOne().ok);
        QCOMPARE(m_server->requests().size(), 3);
        const QList<Script::Request> all = m_server->requests();
        QVERIFY2(all[2].atMs - all[1].atMs >= 1000, qPrintable(QString::number(all[2].atMs - all[1].atMs)));
    }

    void badCredentialsNeedAttention()
    {
        QVERIFY(m_server->setScript(routes({Script::response(401, "{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\"}")})));
        const SyncResult result = syncOne();
        QVERIFY(!result.ok);
        QVERIFY(!result.retryable);  // the scheduler waits for the user
        QVERIFY2(result.error.contains(QStringLiteral("Bad credentials")), qPrintable(result.error));
        QVERIFY(items().isEmpty());
    }

    void rateLimitWaitsUntilReset()
    {
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 3600;
        QVERIFY(m_server->setScript(routes({Script::response(403, "{\"message\":\"API rate limit exceeded for user ID 1.\"}",
                                                             {{QStringLiteral("X-RateLimit-Limit"), QStringLiteral("5000")},
                                                              {QStringLiteral("X-RateLimit-Remaining"), QStringLiteral("0")},
                                                              {QStringLiteral("X-RateLimit-Reset"), QString::number(reset)}})})));
        const SyncResult first = syncOne();
        QVERIFY(!first.ok);
        QVERIFY(first.retryable);
        QCOMPARE(state().notBeforeMs, reset * 1000);
        const SyncResult second = syncOne();
        QVERIFY(!second.ok);
        QVERIFY2(second.error.contains(QStringLiteral("waits until")), qPrintable(second.error));
        QCOMPARE(m_server->requests().size(), 1);  // nothing sent while the limit is used up
    }

    void tooManyRequestsHonoursRetryAfter()
    {
        QVERIFY(m_server->setScript(routes({Script::response(429, "{\"message\":\"You have exceeded a secondary rate limit.\"}",
                                                             {{QStringLiteral("Retry-After"), QStringLiteral("120")}})})));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(!syncOne().ok);
        QVERIFY(state().notBeforeMs >= before + 119000);
        QVERIFY(!syncOne().ok);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void aBadPageStoresNothing()
    {
        QVERIFY(m_server->setScript(QJsonArray{
            Script::route(QStringLiteral("GET"), QStringLiteral("/notifications?per_page=50"),
                          {Script::response(200, page({threadJson(QStringLiteral("1"), QStringLiteral("One"), QStringLiteral("Issue"), QStringLiteral("mention"), QStringLiteral("2026-12-03T08:00:00Z"))}),
                                            {{QStringLiteral("Link"), QStringLiteral("<http://127.0.0.1:{PORT}/notifications?page=2>; rel=\"next\"")},
                                             {QStringLiteral("Last-Modified"), QString::fromLatin1(kLastModified)}})}),
            Script::route(QStringLiteral("GET"), QStringLiteral("/notifications?page=2"),
                          {Script::response(200, "[{\"id\": \"2\", \"subject\": {\"title\": \"Two\"")}),
        }));
        const SyncResult result = syncOne();
        QVERIFY(!result.ok);
        QVERIFY(result.retryable);
        QVERIFY2(result.error.contains(QStringLiteral("page 2")), qPrintable(result.error));
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY(items().isEmpty());              // not even page 1's thread
        QVERIFY(state().lastModified.isEmpty());  // the next poll asks for everything again
        QCOMPARE(state().failures, 1);
    }

    void aFiveMegabyteBodyIsRefused()
    {
        QJsonObject huge = Script::response(200, QByteArray());
        huge.remove(QStringLiteral("body"));
        huge.insert(QStringLiteral("body_bytes"), 5 * 1024 * 1024);
        QVERIFY(m_server->setScript(routes({huge})));
        const SyncResult result = syncOne();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("larger than 2 MB")), qPrintable(result.error));
        QVERIFY(items().isEmpty());
    }

    void newActivityReopensADoneThread()
    {
        QVERIFY(m_server->setScript(routes({Script::response(200, page({threadJson(QStringLiteral("9"), QStringLiteral("Fix the login bug"), QStringLiteral("PullRequest"), QStringLiteral("author"), QStringLiteral("2026-12-01T09:00:00Z"))}))})));
        QVERIFY(syncOne().ok);
        const auto first = item(QStringLiteral("9"));
        QVERIFY(first);
        QVERIFY(m_store->setState({first->id}, ItemState::Done).result());
        QCOMPARE(item(QStringLiteral("9"))->state, ItemState::Done);

        // Someone comments after the user marked it done.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
        const QString laterText = later.toString(Qt::ISODate);
        QVERIFY(m_server->setScript(routes({Script::response(200, page({threadJson(QStringLiteral("9"), QStringLiteral("Fix the login bug"), QStringLiteral("PullRequest"), QStringLiteral("author"), laterText)}))})));
        const SyncResult again = syncOne();
        QVERIFY2(again.ok, qPrintable(again.error));
        const auto reopened = item(QStringLiteral("9"));
        QCOMPARE(reopened->state, ItemState::Open);
        QCOMPARE(reopened->record.receivedMs, QDateTime::fromString(laterText, Qt::ISODate).toMSecsSinceEpoch());
        QVERIFY(reopened->dueMs.has_value());
        QVERIFY(*reopened->dueMs > *first->dueMs);  // the clock restarted
        QCOMPARE(items().size(), 1);  // one item per thread
    }

    void doneMarksTheThreadReadAndUndoSendsNothing()
    {
        QVERIFY(m_server->setScript(routes(
            {Script::response(200, page({threadJson(QStringLiteral("31"), QStringLiteral("Review: cache layer"), QStringLiteral("PullRequest"), QStringLiteral("review_requested"), QStringLiteral("2026-12-03T08:00:00Z")),
                                         threadJson(QStringLiteral("32"), QStringLiteral("Docs typo"), QStringLiteral("Issue"), QStringLiteral("comment"), QStringLiteral("2026-12-03T08:10:00Z"))}))},
            {Script::route(QStringLiteral("PATCH"), QStringLiteral("/notifications/threads/31"), {Script::response(205, QByteArray())}),
             Script::route(QStringLiteral("PATCH"), QStringLiteral("/notifications/threads/32"), {Script::response(205, QByteArray())})})));
        QVERIFY(syncOne().ok);
        ChangeReplayService replay(m_store.get());
        QSignalSpy flushed(&replay, &ChangeReplayService::flushed);
        replay.start();
        const qint64 id31 = item(QStringLiteral("31"))->id;
        QVERIFY(m_store->setState({id31}, ItemState::Done).result());
        QTRY_VERIFY_WITH_TIMEOUT(m_store->pendingChanges(m_source).isEmpty() && !flushed.isEmpty(), 20000);
        const QList<Script::Request> patches = m_server->requestsFor(QStringLiteral("PATCH"), QStringLiteral("/notifications/threads/"));
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches[0].path, QStringLiteral("/notifications/threads/31"));
        QCOMPARE(patches[0].header(QStringLiteral("Authorization")), QStringLiteral("Bearer ") + kToken);

        // Undo (reopen): GitHub has no "unread" for a thread; nothing is sent, nothing stays queued.
        flushed.clear();
        QVERIFY(m_store->setState({id31}, ItemState::Open).result());
        QTRY_VERIFY_WITH_TIMEOUT(m_store->pendingChanges(m_source).isEmpty() && !flushed.isEmpty(), 20000);
        QCOMPARE(m_server->requestsFor(QStringLiteral("PATCH"), QStringLiteral("/")).size(), 1);
        QCOMPARE(m_server->requests().size(), 2);  // the GET and the one PATCH
    }

    void muteUnsubscribesAndMarksRead()
    {
        QVERIFY(m_server->setScript(routes(
            {Script::response(200, page({threadJson(QStringLiteral("41"), QStringLiteral("Bump deps (weekly)"), QStringLiteral("PullRequest"), QStringLiteral("subscribed"), QStringLiteral("2026-12-03T08:00:00Z"))}))},
            {Script::route(QStringLiteral("DELETE"), QStringLiteral("/notifications/threads/41/subscription"), {Script::response(204, QByteArray())}),
             Script::route(QStringLiteral("PATCH"), QStringLiteral("/notifications/threads/41"), {Script::response(205, QByteArray())})})));
        QVERIFY(syncOne().ok);
        const qint64 id = item(QStringLiteral("41"))->id;
        QVERIFY(m_store->muteAndDone({id}).result());
        QCOMPARE(item(QStringLiteral("41"))->state, ItemState::Done);
        QList<PendingChange> pending = m_store->pendingChanges(m_source);
        QCOMPARE(pending.size(), 2);  // journaled with the local change, in one transaction
        QCOMPARE(pending[0].kind, ChangeKind::Mute);
        QCOMPARE(pending[1].kind, ChangeKind::Done);

        ChangeReplayService replay(m_store.get());
        QSignalSpy flushed(&replay, &ChangeReplayService::flushed);
        replay.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->pendingChanges(m_source).isEmpty() && !flushed.isEmpty(), 20000);
        const QList<Script::Request> sent = m_server->requests();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent[1].method, QStringLiteral("DELETE"));
        QCOMPARE(sent[1].path, QStringLiteral("/notifications/threads/41/subscription"));
        QCOMPARE(sent[2].method, QStringLiteral("PATCH"));
        QCOMPARE(sent[2].path, QStringLiteral("/notifications/threads/41"));
    }

    void aRevokedTokenStopsTheReplayAndKeepsTheChange()
    {
        QVERIFY(m_server->setScript(routes(
            {Script::response(200, page({threadJson(QStringLiteral("51"), QStringLiteral("Ship it"), QStringLiteral("PullRequest"), QStringLiteral("author"), QStringLiteral("2026-12-03T08:00:00Z"))}))},
            {Script::route(QStringLiteral("PATCH"), QStringLiteral("/notifications/threads/51"),
                           {Script::response(401, "{\"message\": \"Bad credentials\"}")})})));
        QVERIFY(syncOne().ok);
        ChangeReplayService replay(m_store.get());
        QSignalSpy flushed(&replay, &ChangeReplayService::flushed);
        replay.start();
        QVERIFY(m_store->setState({item(QStringLiteral("51"))->id}, ItemState::Done).result());
        QTRY_VERIFY_WITH_TIMEOUT(!flushed.isEmpty(), 20000);
        QCOMPARE(flushed.first().at(1).toInt(), 1);  // still queued for when the token is fixed
        QVERIFY2(flushed.first().at(2).toString().contains(QStringLiteral("Bad credentials")),
                 qPrintable(flushed.first().at(2).toString()));
        QCOMPARE(m_store->pendingChanges(m_source).size(), 1);
        QTest::qWait(1500);
        QCOMPARE(m_server->requestsFor(QStringLiteral("PATCH"), QStringLiteral("/")).size(), 1);  // not retried by itself
    }
};

QTEST_GUILESS_MAIN(TestGitHubSource)
#include "tst_githubsource.moc"
