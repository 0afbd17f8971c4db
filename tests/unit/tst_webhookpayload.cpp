// The webhook's payload (models/sources/webhook/webhookpayload.h) and what Tiering makes of it:
// what a script may send, what it is told when it sends something else, and where the item lands.
#include "config/appconfig.h"
#include "deadlines/itemdeadlines.h"
#include "deadlines/responsepolicy.h"
#include "sources/webhook/webhookkind.h"
#include "sources/webhook/webhookpayload.h"
#include "sync/tiering.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;

namespace {
constexpr qint64 kNow = 1764777600000;  // 2025-12-03T16:00:00Z

ItemRecord parsed(const QByteArray &body)
{
    QString error;
    const std::optional<ItemRecord> record = webhook::parseItem(body, kNow, &error);
    if (!record)
        qWarning("refused: %s", qPrintable(error));
    return record.value_or(ItemRecord{});
}

QString refusal(const QByteArray &body)
{
    QString error;
    return webhook::parseItem(body, kNow, &error) ? QString() : error;
}

SourceConfig webhookSource()
{
    SourceConfig config = webhook::configFor(18765, QStringLiteral("0123456789abcdef"), QStringLiteral("CI"));
    config.id = 7;
    return config;
}

/// Defaults (no config file): the built-in policies and working hours.
AppConfig defaults()
{
    QTemporaryDir dir;
    return AppConfig::load(dir.filePath(QStringLiteral("missing.json")));
}
} // namespace

class TestWebhookPayload : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullPayloadBecomesARecord()
    {
        const ItemRecord r = parsed("{\"title\": \"Disk 95%  full\\non db-1\", \"body\": \"Check the volume.\\nNow.\", "
                                    "\"url\": \"https://grafana.example/d/1?x=1\", \"sender\": \"Alertmanager\", "
                                    "\"tier\": 3, \"remote_id\": \"alert-42\", \"due\": \"2026-12-03T14:00:00-03:00\"}");
        QCOMPARE(r.subject, QStringLiteral("Disk 95% full on db-1"));  // one line, as the list shows it
        QCOMPARE(r.snippet, QStringLiteral("Check the volume. Now."));
        QCOMPARE(r.content.mimeType, QStringLiteral("text/plain"));
        QCOMPARE(r.content.body, QStringLiteral("Check the volume.\nNow."));
        QCOMPARE(r.url, QStringLiteral("https://grafana.example/d/1?x=1"));
        QCOMPARE(r.from.name, QStringLiteral("Alertmanager"));
        QVERIFY(r.from.address.isEmpty());
        QCOMPARE(r.remoteId, QStringLiteral("alert-42"));
        QCOMPARE(r.attributes.value(QLatin1String(webhook::kTierAttribute)), QStringLiteral("3"));
        QCOMPARE(r.requestedDueMs, QDateTime(QDate(2026, 12, 3), QTime(17, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(r.receivedMs, kNow);
        QVERIFY(!r.fingerprint.isEmpty());
    }

    void minimalPayloadGetsAnIdOfItsOwn()
    {
        const ItemRecord a = parsed("{\"title\": \"Deploy finished\"}");
        const ItemRecord b = parsed("{\"title\": \"Deploy finished\"}");
        QVERIFY(a.remoteId.startsWith(QLatin1String("push-")));
        QVERIFY(a.remoteId != b.remoteId);  // two posts without remote_id are two items
        QVERIFY(a.attributes.isEmpty());
        QCOMPARE(a.requestedDueMs, 0);
        QVERIFY(a.content.body.isEmpty());
        QCOMPARE(parsed("{\"title\": \"x\", \"sender\": \"ops@example.com\"}").from.address, QStringLiteral("ops@example.com"));
    }

    void refusalsNameTheMember_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray("  ") << "empty";
        QTest::newRow("not JSON") << QByteArray("{\"title\": ") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[{\"title\": \"x\"}]") << "object";
        QTest::newRow("no title") << QByteArray("{\"body\": \"x\"}") << "\"title\"";
        QTest::newRow("blank title") << QByteArray("{\"title\": \" \\n \"}") << "\"title\"";
        QTest::newRow("title not a string") << QByteArray("{\"title\": 5}") << "\"title\"";
        QTest::newRow("title too long") << QByteArray("{\"title\": \"" + QByteArray(1001, 'x') + "\"}") << "1000";
        QTest::newRow("control in title") << QByteArray("{\"title\": \"a\\u0007b\"}") << "control";
        QTest::newRow("tier as text") << QByteArray("{\"title\": \"x\", \"tier\": \"3\"}") << "\"tier\"";
        QTest::newRow("tier 4") << QByteArray("{\"title\": \"x\", \"tier\": 4}") << "\"tier\"";
        QTest::newRow("tier 2.5") << QByteArray("{\"title\": \"x\", \"tier\": 2.5}") << "\"tier\"";
        QTest::newRow("unknown member") << QByteArray("{\"title\": \"x\", \"titel\": \"y\"}") << "\"titel\"";
        QTest::newRow("javascript url") << QByteArray("{\"title\": \"x\", \"url\": \"javascript:alert(1)\"}") << "\"url\"";
        QTest::newRow("file url") << QByteArray("{\"title\": \"x\", \"url\": \"file:///etc/passwd\"}") << "\"url\"";
        QTest::newRow("relative url") << QByteArray("{\"title\": \"x\", \"url\": \"/d/1\"}") << "\"url\"";
        QTest::newRow("due without offset") << QByteArray("{\"title\": \"x\", \"due\": \"2026-12-03T17:00:00\"}") << "\"due\"";
        QTest::newRow("due date only") << QByteArray("{\"title\": \"x\", \"due\": \"2026-12-03\"}") << "\"due\"";
        QTest::newRow("due garbage") << QByteArray("{\"title\": \"x\", \"due\": \"tomorrow\"}") << "\"due\"";
        QTest::newRow("due number") << QByteArray("{\"title\": \"x\", \"due\": 1764777600}") << "\"due\"";
        QTest::newRow("empty remote_id") << QByteArray("{\"title\": \"x\", \"remote_id\": \"\"}") << "\"remote_id\"";
        QTest::newRow("long remote_id") << QByteArray("{\"title\": \"x\", \"remote_id\": \"" + QByteArray(201, 'r') + "\"}")
                                        << "\"remote_id\"";
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << "nested";
        QTest::newRow("nested member") << QByteArray("{\"title\": \"x\", \"body\": {\"a\": [1]}}") << "\"body\"";
    }
    void refusalsNameTheMember()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const QString why = refusal(body);
        QVERIFY2(why.contains(mentions), qPrintable(why));
    }

    void bracketsInsideStringsAreNotNesting()
    {
        QVERIFY(!webhook::nestsDeeperThan("{\"title\": \"" + QByteArray(500, '[') + "\\\"[[\"}", 2));
        QVERIFY(webhook::nestsDeeperThan("{\"a\": [[[1]]]}", 3));
        QVERIFY(!webhook::nestsDeeperThan("{\"a\": [[[1]]]}", 4));
        QCOMPARE(parsed("{\"title\": \"[[[[[[[[[[[[[[[[[[[[\"}").subject, QString(20, u'['));
    }

    void tierComesFromThePayloadAfterTheUsersRules()
    {
        const Tiering tiering(defaults());
        const SourceConfig source = webhookSource();
        const Item now = tiering.apply(parsed("{\"title\": \"Outage\", \"tier\": 3}"), source);
        QCOMPARE(now.tier, Tier::Now);
        QCOMPARE(now.tierReason, QStringLiteral("webhook-now"));
        QCOMPARE(now.policy, defaultPolicyName(Tier::Now));
        QVERIFY(now.dueMs && *now.dueMs > kNow);
        const Item reference = tiering.apply(parsed("{\"title\": \"Changelog\", \"tier\": 1}"), source);
        QCOMPARE(reference.tier, Tier::Reference);
        QVERIFY(!reference.dueMs);  // no reply owed
        const Item plain = tiering.apply(parsed("{\"title\": \"Build finished\"}"), source);
        QCOMPARE(plain.tier, Tier::Async);  // no tier: work to look at, with the Async deadline
        QCOMPARE(plain.tierReason, QStringLiteral("webhook-default"));
        QVERIFY(plain.dueMs.has_value());
    }

    void dueOverridesThePolicyAndStays()
    {
        const AppConfig config = defaults();
        const Tiering tiering(config);
        const qint64 due = QDateTime(QDate(2026, 12, 24), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
        const Item item = tiering.apply(parsed("{\"title\": \"Renew cert\", \"tier\": 3, \"due\": \"2026-12-24T10:00:00Z\"}"),
                                        webhookSource());
        QCOMPARE(item.tier, Tier::Now);
        QCOMPARE(item.dueMs, std::optional<qint64>(due));
        QCOMPARE(item.policy, fixedDuePolicyName());
        // Recomputing deadlines (a changed policy, a reopened item) keeps the source's due …
        const ItemDeadlines deadlines(config);
        QCOMPARE(deadlines.dueOf(item), std::optional<qint64>(due));
        // … until the user moves the item by hand: then the tier's policy applies.
        const Item moved = tiering.withTier(item, Tier::Async);
        QCOMPARE(moved.tierReason, QStringLiteral("manual"));
        QVERIFY(moved.dueMs != std::optional<qint64>(due));
        QCOMPARE(deadlines.dueOf(moved), moved.dueMs);
    }

    void fixedIsAReservedPolicyName()
    {
        QStringList errors;
        const PolicySet set = PolicySet::fromJson(QJsonObject{{QStringLiteral("fixed"),
                                                                QJsonObject{{QStringLiteral("windowMinutes"), 60}}}},
                                                  &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QLatin1String("reserved")), qPrintable(errors.first()));
        QVERIFY(!set.named(QStringLiteral("fixed")));
    }

    void pushTargetPicksTheWebhookSource()
    {
        SourceConfig a = webhookSource();
        SourceConfig b = webhook::configFor(18766, QStringLiteral("fedcba9876543210"), QStringLiteral("Alerts"));
        b.id = 8;
        SourceConfig mail;
        mail.kind = QStringLiteral("maildir");
        mail.name = QStringLiteral("CI");
        QString error;
        QCOMPARE(webhook::pushTarget({mail, a}, QString(), &error)->id, a.id);
        QVERIFY(!webhook::pushTarget({mail}, QString(), &error));
        QVERIFY2(error.contains(QLatin1String("sources add webhook")), qPrintable(error));
        QVERIFY(!webhook::pushTarget({a, b}, QString(), &error));
        QVERIFY2(error.contains(QLatin1String("--source")), qPrintable(error));
        QCOMPARE(webhook::pushTarget({a, b}, QStringLiteral("alerts"), &error)->id, b.id);
        b.enabled = false;
        QVERIFY(!webhook::pushTarget({a, b}, QStringLiteral("Alerts"), &error));
    }

    void endpointAndPort()
    {
        const SourceConfig config = webhookSource();
        QCOMPARE(config.location, QStringLiteral("http://127.0.0.1:18765/items"));
        QCOMPARE(webhook::portOf(config), std::optional<quint16>(18765));
        QCOMPARE(webhook::secretKeyOf(config), QStringLiteral("webhook:0123456789abcdef"));
        SourceConfig bad = config;
        for (const char *location : {"http://127.0.0.1:80/items", "http://127.0.0.1:99999/items", "http://example.com:8765/items",
                                     "http://127.0.0.1:+8765/items", "http://127.0.0.1:8765/other"}) {
            bad.location = QLatin1String(location);
            QVERIFY2(!webhook::portOf(bad), location);
        }
        const QString token = webhook::newToken();
        QCOMPARE(token.size(), 43);  // 32 random bytes, base64url
        QVERIFY(token != webhook::newToken());
        QCOMPARE(webhook::newTokenId().size(), 16);
    }
};

QTEST_GUILESS_MAIN(TestWebhookPayload)
#include "tst_webhookpayload.moc"
