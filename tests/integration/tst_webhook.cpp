// The local webhook source (issue 13) end to end, as a script with curl sees it: a real ItemStore,
// SyncManager and SyncScheduler start the source's listener (its token in a real gnome-keyring on
// a private D-Bus), and real HTTP clients post to it — QNetworkAccessManager for ordinary
// requests, raw QTcpSockets where the bytes matter (exact sizes, chunked floods, a burst, a
// slowloris). Each answer is checked with what landed in the store, read back through a second
// SQLite connection on the same file (the 201 comes only after the commit).
//
// The listener's rate limit (10 requests/s, burst 20) is shared by every request of the run:
// init() waits until the previous test function's requests have been paid back.
#include "imapkeyring.h"
#include "rawhttpclient.h"

#include "config/appconfig.h"
#include "secrets/secretstore.h"
#include "sources/webhook/webhookkind.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"
#include "sync/syncscheduler.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>
#include <optional>

using namespace fi;
using namespace fi::test;

namespace {

using Answer = RawResponse;
using RawClient = RawHttpClient;

QByteArray compact(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

QByteArray bearer(const QString &token) { return "Bearer " + token.toLatin1(); }

/// Binds 127.0.0.1:@p port and releases it: the port bound (0 = any free one), 0 when taken.
quint16 bindable(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress(QHostAddress::LocalHost), port) ? probe.serverPort() : 0;
}

} // namespace

class TestWebhook : public QObject {
    Q_OBJECT

    KeyringSession m_keyring;
    QTemporaryDir m_dir;
    std::unique_ptr<ItemStore> m_store;
    std::unique_ptr<SyncManager> m_sync;
    std::unique_ptr<SyncScheduler> m_scheduler;
    QNetworkAccessManager m_nam;
    qint64 m_source = 0;
    quint16 m_port = 0;
    QString m_token;
    int m_requests = 0;       // requests (token bucket) spent by the current test function
    QElapsedTimer m_lastRequest;
    int m_connections = 0;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("inbox.sqlite")); }

    void spent(int requests = 1)
    {
        m_requests += requests;
        m_lastRequest.restart();
    }

    /// One request with QNetworkAccessManager, as curl would send it.
    Answer request(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QByteArray &authorization, quint16 port = 0)
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port ? port : m_port).arg(path)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!authorization.isEmpty())
            req.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = method == "GET" ? m_nam.get(req) : m_nam.sendCustomRequest(req, method, body);
        spent();
        Answer a;
        if (!reply->isFinished() && !QSignalSpy(reply, &QNetworkReply::finished).wait(20000)) {
            qWarning("no answer within 20 s");
            reply->abort();
        } else {
            a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            for (const auto &pair : reply->rawHeaderPairs())
                a.headers.append({pair.first, pair.second});
            a.body = reply->readAll();
        }
        reply->deleteLater();
        return a;
    }

    Answer post(const QByteArray &body, const QByteArray &authorization, quint16 port = 0)
    {
        return request("POST", QStringLiteral("/items"), body, authorization, port);
    }
    Answer post(const QJsonObject &payload) { return post(compact(payload), bearer(m_token)); }

    /// A raw POST /items with the source's token and @p body (Content-Length given).
    QByteArray rawPost(const QByteArray &body) const
    {
        return "POST /items HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port)
            + "\r\nAuthorization: " + bearer(m_token) + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    /// The first row of @p sql on a connection of its own (what another process would see).
    QVariantMap committed(const QString &sql, const QVariantList &binds = {})
    {
        const QString name = QStringLiteral("check-%1").arg(++m_connections);
        QVariantMap row;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dbPath());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(sql);
                for (const QVariant &bind : binds)
                    q.addBindValue(bind);
                if (q.exec() && q.next()) {
                    for (int i = 0; i < q.record().count(); ++i)
                        row.insert(q.record().fieldName(i), q.value(i));
                } else if (q.lastError().isValid()) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return row;
    }
    /// Committed rows (where @p column = @p value, if given).
    int committedItems(const QString &column = QStringLiteral("1"), const QVariant &value = 1)
    {
        return committed(QStringLiteral("SELECT COUNT(*) AS n FROM items WHERE %1 = ?").arg(column), {value}).value("n").toInt();
    }

    /// Adds a webhook source on @p port with a fresh token in the keychain; 0 on failure.
    qint64 addWebhook(quint16 port, const QString &name, QString *token)
    {
        SourceConfig config = webhook::configFor(port, QString(), name);
        QString why;
        const std::optional<QString> provisioned = webhook::provisionToken(&config, &why);
        if (!provisioned) {
            qWarning("provisionToken: %s", qPrintable(why));
            return 0;
        }
        *token = *provisioned;
        return m_store->addSource(config).result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncResult>();
        qRegisterMetaType<SyncTotals>();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.error()));
        m_nam.setProxy(QNetworkProxy::NoProxy);
        m_store = std::make_unique<ItemStore>(dbPath());
        QCOMPARE(m_store->open(), OpenError::None);
        m_sync = std::make_unique<SyncManager>(m_store.get(), AppConfig(), m_dir.path());
        m_scheduler = std::make_unique<SyncScheduler>(m_sync.get(), m_store.get(), SyncScheduler::Timing{300, 2000, 100});
        m_port = bindable(0);
        QVERIFY(m_port > 0);
        m_source = addWebhook(m_port, QStringLiteral("Scripts"), &m_token);
        QVERIFY(m_source > 0);
        QCOMPARE(m_token.size(), 43);
        m_scheduler->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_scheduler->status(m_source).pushActive, 10000);
        const SourceStatus status = m_scheduler->status(m_source);
        QVERIFY(status.inbound);
        QCOMPARE(status.state, SourceStatus::State::Idle);
        QVERIFY2(status.pushSummary.contains(QString::number(m_port)), qPrintable(status.pushSummary));
        m_lastRequest.start();
    }

    void init()
    {
        // Pay back the previous function's requests (10 per second) so each starts with a full bucket.
        const qint64 left = qMin(m_requests, 20) * 100 + 300 - m_lastRequest.elapsed();
        if (m_requests > 0 && left > 0)
            QTest::qWait(int(left));
        m_requests = 0;
    }

    void cleanupTestCase()
    {
        m_scheduler.reset();
        m_sync.reset();
        m_store.reset();
        secrets::shutdown();
    }

    // 1. 201 + {"id", "created": true} + Location, committed before the answer.
    void createdItemIsCommittedBeforeTheAnswer()
    {
        const QString title = QStringLiteral("Disk 95% full on db-1");
        const QString body = QStringLiteral("Line one\n  Line two <b>not html</b>");
        const Answer a = post(QJsonObject{{"title", title}, {"body", body}, {"url", "https://grafana.example/d/1?x=1"},
                                          {"sender", "Alertmanager"}, {"tier", 3}});
        QCOMPARE(a.status, 201);
        const qint64 id = a.id();
        QVERIFY(id > 0);
        QCOMPARE(a.json().value(QLatin1String("created")), QJsonValue(true));
        QCOMPARE(a.header("Location"), "/items/" + QByteArray::number(id));
        QVERIFY(a.header("Content-Type").startsWith("application/json"));
        // Another connection on the file sees the row right away.
        const QVariantMap row = committed(QStringLiteral("SELECT i.subject, i.tier, i.url, i.source_id, s.kind FROM items i "
                                                         "JOIN sources s ON s.id = i.source_id WHERE i.id = ?"),
                                          {id});
        QCOMPARE(row.value("subject").toString(), title);
        QCOMPARE(row.value("tier").toInt(), 3);
        QCOMPARE(row.value("url").toString(), QStringLiteral("https://grafana.example/d/1?x=1"));
        QCOMPARE(row.value("source_id").toLongLong(), m_source);
        QCOMPARE(row.value("kind").toString(), QStringLiteral("webhook"));
        // And the app's store reads it with its text.
        const std::optional<Item> item = m_store->item(id);
        QVERIFY(item);
        QCOMPARE(item->tier, Tier::Now);
        QCOMPARE(item->record.subject, title);
        QCOMPARE(item->record.from.name, QStringLiteral("Alertmanager"));
        QCOMPARE(m_store->source(item->sourceId)->kind, webhook::kindKey());
        const std::optional<ItemRecord::InlineContent> content = m_store->content(id);
        QVERIFY(content);
        QCOMPARE(content->mimeType, QStringLiteral("text/plain"));
        QCOMPARE(content->body, body);

        const Answer plain = post(QJsonObject{{"title", "Nightly backup finished"}});
        QCOMPARE(plain.status, 201);
        QCOMPARE(committed(QStringLiteral("SELECT tier FROM items WHERE id = ?"), {plain.id()}).value("tier").toInt(), 2);
        QCOMPARE(m_store->item(plain.id())->tierReason, QStringLiteral("webhook-default"));
    }

    // 2. "due" becomes the item's due with policy "fixed"; a due without an offset is refused.
    void dueIsTheItemsDeadline()
    {
        const Answer a = post(QJsonObject{{"title", "Renew the certificate"}, {"due", "2026-12-24T10:00:00Z"}});
        QCOMPARE(a.status, 201);
        const std::optional<Item> item = m_store->item(a.id());
        QVERIFY(item && item->dueMs);
        QCOMPARE(*item->dueMs, QDateTime(QDate(2026, 12, 24), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(item->policy, QStringLiteral("fixed"));
        const QVariantMap row = committed(QStringLiteral("SELECT due_ms, policy FROM items WHERE id = ?"), {a.id()});
        QCOMPARE(row.value("due_ms").toLongLong(), *item->dueMs);
        QCOMPARE(row.value("policy").toString(), QStringLiteral("fixed"));

        const Answer offset = post(QJsonObject{{"title", "Call back"}, {"due", "2026-12-24T07:00:00-03:00"}});
        QCOMPARE(offset.status, 201);
        QCOMPARE(*m_store->item(offset.id())->dueMs, *item->dueMs);

        const int before = committedItems();
        const Answer local = post(QJsonObject{{"title", "Local time"}, {"due", "2026-12-24T10:00:00"}});
        QCOMPARE(local.status, 400);
        QVERIFY2(local.reason().contains(QLatin1String("\"due\"")), qPrintable(local.reason()));
        QCOMPARE(committedItems(), before);
    }

    // 3. The same remote_id twice: one row, updated, 200 created:false with the same id.
    void sameRemoteIdUpdatesTheItem()
    {
        const Answer first = post(QJsonObject{{"title", "CPU high on web-2"}, {"remote_id", "alert-42"}, {"tier", 3}});
        QCOMPARE(first.status, 201);
        const Answer second = post(QJsonObject{{"title", "CPU still high on web-2"}, {"remote_id", "alert-42"}, {"tier", 3}});
        QCOMPARE(second.status, 200);
        QCOMPARE(second.id(), first.id());
        QCOMPARE(second.json().value(QLatin1String("created")), QJsonValue(false));
        QCOMPARE(committedItems(QStringLiteral("remote_id"), QStringLiteral("alert-42")), 1);
        QCOMPARE(committed(QStringLiteral("SELECT subject FROM items WHERE id = ?"), {first.id()}).value("subject").toString(),
                 QStringLiteral("CPU still high on web-2"));
        QCOMPARE(m_store->item(first.id())->record.subject, QStringLiteral("CPU still high on web-2"));
        // Two clients posting the same new remote_id at once: one creates, the other updates.
        RawClient a(m_port), b(m_port);
        QVERIFY(a.waitConnected() && b.waitConnected());
        a.socket.write(rawPost(compact(QJsonObject{{"title", "Race A"}, {"remote_id", "race-1"}})));
        b.socket.write(rawPost(compact(QJsonObject{{"title", "Race B"}, {"remote_id", "race-1"}})));
        spent(2);
        const std::optional<Answer> ra = a.response(), rb = b.response();
        QVERIFY(ra && rb);
        QCOMPARE(QSet<int>({ra->status, rb->status}), QSet<int>({200, 201}));
        QCOMPARE(ra->id(), rb->id());
        QCOMPARE(committedItems(QStringLiteral("remote_id"), QStringLiteral("race-1")), 1);
    }

    // 4. Bad payloads: 400 with a reason naming the problem; nothing stored.
    void badPayloadsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named");
        QTest::newRow("invalid JSON") << QByteArray("{\"title\": \"x\",") << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray("[{\"title\": \"x\"}]") << QStringLiteral("object");
        QTest::newRow("no title") << QByteArray("{\"body\": \"x\"}") << QStringLiteral("\"title\"");
        QTest::newRow("empty title") << QByteArray("{\"title\": \"  \"}") << QStringLiteral("\"title\"");
        QTest::newRow("tier as string") << QByteArray("{\"title\": \"x\", \"tier\": \"3\"}") << QStringLiteral("\"tier\"");
        QTest::newRow("tier 4") << QByteArray("{\"title\": \"x\", \"tier\": 4}") << QStringLiteral("\"tier\"");
        QTest::newRow("unknown member") << QByteArray("{\"title\": \"x\", \"priority\": 1}") << QStringLiteral("\"priority\"");
        QTest::newRow("javascript url") << QByteArray("{\"title\": \"x\", \"url\": \"javascript:alert(1)\"}")
                                        << QStringLiteral("\"url\"");
    }
    void badPayloadsAreRefusedWithAReason()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        const int before = committedItems();
        const Answer a = post(body, bearer(m_token));
        QCOMPARE(a.status, 400);
        QVERIFY2(a.reason().contains(named), qPrintable(a.reason()));
        QCOMPARE(committedItems(), before);
    }

    // 5. No, a wrong or a non-bearer token: 401 with WWW-Authenticate; nothing stored.
    void wrongCredentialsAre401()
    {
        const int before = committedItems();
        const QByteArray payload = compact(QJsonObject{{"title", "Should not be stored"}});
        const QByteArray basic = "Basic " + QByteArray("user:" + m_token.toLatin1()).toBase64();
        QString wrong = m_token;
        wrong[5] = wrong[5] == u'A' ? u'B' : u'A';
        for (const QByteArray &authorization : {QByteArray(), bearer(wrong), basic, QByteArray("Bearer ")}) {
            const Answer a = post(payload, authorization);
            QCOMPARE(a.status, 401);
            QVERIFY2(a.header("WWW-Authenticate").startsWith("Bearer"), a.header("WWW-Authenticate").constData());
            QVERIFY(!a.reason().isEmpty());
        }
        QCOMPARE(committedItems(), before);
        QCOMPARE(committedItems(QStringLiteral("subject"), QStringLiteral("Should not be stored")), 0);
        // The scheme is case-insensitive (RFC 9110 §11.1).
        QCOMPARE(post(compact(QJsonObject{{"title", "lower-case scheme"}}), "bearer " + m_token.toLatin1()).status, 201);
    }

    // 6. Other paths 404, other methods on /items 405 with Allow: POST.
    void otherPathsAndMethods()
    {
        const Answer other = request("POST", QStringLiteral("/other"), compact(QJsonObject{{"title", "x"}}), bearer(m_token));
        QCOMPARE(other.status, 404);
        QVERIFY(!other.reason().isEmpty());
        const Answer get = request("GET", QStringLiteral("/items"), {}, bearer(m_token));
        QCOMPARE(get.status, 405);
        QCOMPARE(get.header("Allow"), QByteArray("POST"));
    }

    // 7. 1 MB is taken; 1 MB + 1 (announced) and a 10 MB chunked flood of whitespace get 413.
    void oversizedBodiesAre413()
    {
        const QByteArray head = "{\"title\": \"One megabyte\", \"body\": \"";
        const QByteArray tail = "\"}";
        const QByteArray exact = head + QByteArray(1024 * 1024 - head.size() - tail.size(), 'a') + tail;
        QCOMPARE(exact.size(), 1024 * 1024);
        {
            RawClient client(m_port);
            QVERIFY(client.waitConnected());
            client.socket.write(rawPost(exact));
            spent();
            const std::optional<Answer> a = client.response();
            QVERIFY(a);
            QCOMPARE(a->status, 201);
            QCOMPARE(m_store->content(a->id())->body.size(), exact.size() - head.size() - tail.size());
        }
        const int before = committedItems();
        {
            const QByteArray over = head + QByteArray(1024 * 1024 + 1 - head.size() - tail.size(), 'a') + tail;
            QCOMPARE(over.size(), 1024 * 1024 + 1);
            RawClient client(m_port);
            QVERIFY(client.waitConnected());
            client.socket.write(rawPost(over));
            spent();
            const std::optional<Answer> a = client.response();
            QVERIFY(a);
            QCOMPARE(a->status, 413);
        }
        {
            RawClient client(m_port);
            QVERIFY(client.waitConnected());
            QByteArray flood = "POST /items HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port)
                + "\r\nAuthorization: " + bearer(m_token) + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n";
            const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, ' ') + "\r\n";
            for (int i = 0; i < 160; ++i)  // 160 × 64 KiB = 10 MiB
                flood += chunk;
            flood += "0\r\n\r\n";
            client.socket.write(flood);
            spent();
            const std::optional<Answer> a = client.response();
            QVERIFY(a);
            QCOMPARE(a->status, 413);
        }
        QCOMPARE(committedItems(), before);
        QCOMPARE(post(QJsonObject{{"title", "After the floods"}}).status, 201);
    }

    // 8. 100,000 nested '[' in a 1 MB body: refused (400) without parsing; the app keeps serving.
    void jsonBombIsRefused()
    {
        QByteArray bomb(100000, '[');
        bomb += QByteArray(1024 * 1024 - bomb.size(), ' ');
        const Answer a = post(bomb, bearer(m_token));
        QCOMPARE(a.status, 400);
        QVERIFY2(a.reason().contains(QLatin1String("nested")), qPrintable(a.reason()));
        QByteArray objects;
        for (int i = 0; i < 50000; ++i)
            objects += "{\"a\":";
        const Answer b = post(objects, bearer(m_token));
        QCOMPARE(b.status, 400);
        QCOMPARE(post(QJsonObject{{"title", "After the bomb"}}).status, 201);
    }

    // 9. A burst over the rate limit: 429 with Retry-After for the excess; served again later.
    void burstIsRateLimited()
    {
        m_nam.clearConnectionCache();  // the burst's 30 connections must stay under the limit of 32
        QTest::qWait(200);
        const int before = committedItems(QStringLiteral("subject"), QStringLiteral("Burst"));
        constexpr int kClients = 30;
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < kClients; ++i)
            clients.push_back(std::make_unique<RawClient>(m_port));
        for (auto &client : clients)
            QVERIFY(client->waitConnected());
        for (auto &client : clients)  // all at once: the listener reads them in one go
            client->socket.write(rawPost(compact(QJsonObject{{"title", "Burst"}})));
        spent(kClients);
        int created = 0, tooMany = 0;
        for (auto &client : clients) {
            const std::optional<Answer> a = client->response();
            QVERIFY(a);
            if (a->status == 429) {
                ++tooMany;
                QCOMPARE(a->header("Retry-After"), QByteArray("1"));
            } else {
                QCOMPARE(a->status, 201);
                ++created;
            }
        }
        qInfo("burst of %d: %d created, %d refused with 429", kClients, created, tooMany);
        QVERIFY(tooMany >= 1);
        QVERIFY(created >= 1);
        QCOMPARE(committedItems(QStringLiteral("subject"), QStringLiteral("Burst")), before + created);
        clients.clear();
        QTest::qWait(1500);
        QCOMPARE(post(QJsonObject{{"title", "After the burst"}}).status, 201);
    }

    // 10. Slowloris: one byte a second of a request head is answered 408 (10 s), others are served.
    void slowlorisIsCutOff()
    {
        const QByteArray head = "POST /items HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\nAuthorization: ";
        RawClient slow(m_port);
        QVERIFY(slow.waitConnected());
        QElapsedTimer clock;
        clock.start();
        int sent = 0;
        QTimer drip;
        connect(&drip, &QTimer::timeout, this, [&] {
            if (slow.socket.state() == QAbstractSocket::ConnectedState && sent < head.size())
                slow.socket.write(head.mid(sent++, 1));
        });
        slow.socket.write(head.mid(sent++, 1));
        drip.start(1000);
        QTest::qWait(2500);
        const Answer meanwhile = post(QJsonObject{{"title", "Served during a slowloris"}});
        QCOMPARE(meanwhile.status, 201);
        const std::optional<Answer> a = slow.response(14000);
        drip.stop();
        QVERIFY2(a, qPrintable(QStringLiteral("no answer after %1 ms").arg(clock.elapsed())));
        QCOMPARE(a->status, 408);
        qInfo("slowloris answered %d after %lld ms, %d bytes sent", a->status, clock.elapsed(), sent);
        QVERIFY(clock.elapsed() < 14000);
        QVERIFY(sent < head.size());  // the head was never complete
        QCOMPARE(post(QJsonObject{{"title", "After the slowloris"}}).status, 201);
    }

    // 11. A taken port: the source fails naming the port; freed, the retry brings the listener.
    void takenPortFailsThenRecovers()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHost), 0));
        const quint16 port = squatter.serverPort();
        QString token;
        const qint64 id = addWebhook(port, QStringLiteral("Taken"), &token);
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_scheduler->status(id).state, SourceStatus::State::Failed, 10000);
        SourceStatus status = m_scheduler->status(id);
        QVERIFY(!status.pushActive);
        QVERIFY(status.inbound);
        QVERIFY2(status.error.contains(QString::number(port)), qPrintable(status.error));
        QVERIFY(status.nextSyncMs > 0);
        squatter.close();
        QTRY_VERIFY_WITH_TIMEOUT(m_scheduler->status(id).pushActive, 10000);
        status = m_scheduler->status(id);
        QCOMPARE(status.state, SourceStatus::State::Idle);
        QVERIFY(status.error.isEmpty());
        const Answer a = post(compact(QJsonObject{{"title", "Via the freed port"}}), bearer(token), port);
        QCOMPARE(a.status, 201);
        QCOMPARE(m_store->item(a.id())->sourceId, id);
        // The main source's token does not open this one.
        QCOMPARE(post(compact(QJsonObject{{"title", "x"}}), bearer(m_token), port).status, 401);
        const QString key = webhook::secretKeyOf(*m_store->source(id));
        QVERIFY(m_store->removeSource(id).result());
        QTRY_VERIFY_WITH_TIMEOUT(!m_scheduler->status(id).pushActive, 10000);
        webhook::forgetToken(key);
        QTRY_COMPARE_WITH_TIMEOUT(bindable(port), port, 10000);  // the listener is gone with its source
    }

    // 12. A rotated token restarts the listener: the old token 401, the new one 201.
    void rotatedTokenRestartsTheListener()
    {
        SourceConfig config = *m_store->source(m_source);
        const QString oldKey = webhook::secretKeyOf(config);
        QString why;
        const std::optional<QString> rotated = webhook::provisionToken(&config, &why);
        QVERIFY2(rotated, qPrintable(why));
        QVERIFY(*rotated != m_token);
        QSignalSpy changed(m_scheduler.get(), &SyncScheduler::statusChanged);
        QVERIFY(m_store->updateSource(config).result());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && m_scheduler->status(m_source).pushActive, 10000);
        webhook::forgetToken(oldKey);
        const QString oldToken = std::exchange(m_token, *rotated);
        m_nam.clearConnectionCache();  // the old listener's connections are gone
        const int before = committedItems();
        QCOMPARE(post(compact(QJsonObject{{"title", "Old token"}}), bearer(oldToken)).status, 401);
        QCOMPARE(committedItems(), before);
        const Answer a = post(QJsonObject{{"title", "New token"}});
        QCOMPARE(a.status, 201);
        QCOMPARE(m_store->item(a.id())->record.subject, QStringLiteral("New token"));
    }

    // 13. SyncManager::newItems (notifications) for a created item, not for an update.
    void newItemsOnlyForCreatedItems()
    {
        QSignalSpy spy(m_sync.get(), &SyncManager::newItems);
        const Answer created = post(QJsonObject{{"title", "Page: db-1 down"}, {"remote_id", "page-7"}, {"tier", 3}});
        QCOMPARE(created.status, 201);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<QList<qint64>>(), QList<qint64>{created.id()});
        const Answer updated = post(QJsonObject{{"title", "Page: db-1 still down"}, {"remote_id", "page-7"}, {"tier", 3}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.id(), created.id());
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWebhook)
#include "tst_webhook.moc"
