// Items that are not mail (issue 10): a tiny test kind registered in the real SourceRegistry (a
// Source that emits fixed records and delivers no mail) runs through the real SyncManager,
// Tiering and ItemStore with the default configuration. The built-in mail rules do not apply to
// it: "Stocks down 3%" lands in Reference with no deadline, while the same title from a Maildir
// still meets the mail rules (urgent-keywords, Tier 3).
#include "config/appconfig.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fi;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
const QString kTestKind = QStringLiteral("test-ticker");
const QString kTestKindNoReopen = QStringLiteral("test-ticker-noreopen");

/// What the test kind's next sync delivers (set by the test on the main thread).
QList<ItemRecord> &tickerRecords()
{
    static QList<ItemRecord> records;
    return records;
}

/// A source of a non-mail kind: delivers tickerRecords() in one batch, from the owner thread.
class TickerSource final : public Source {
public:
    using Source::Source;
    void start(const KnownItemsProvider &, const QMap<QString, QByteArray> &) override
    {
        QTimer::singleShot(0, this, [this] {
            SourceBatch batch;
            batch.upserts = tickerRecords();
            Q_EMIT batchReady(batch);
            SyncResult result;
            result.added = int(batch.upserts.size());
            Q_EMIT finished(result);
        });
    }
    void abort() override {}
};

/// Two non-mail kinds (no mail capability, default tier Reference): one whose items reopen on
/// new activity, one whose items do not.
void registerTestKinds()
{
    for (const QString &key : {kTestKind, kTestKindNoReopen}) {
        SourceKind kind;
        kind.key = key;
        kind.createSync = [](const SourceConfig &c) { return std::unique_ptr<Source>(std::make_unique<TickerSource>(c)); };
        kind.capabilities = {};
        kind.defaultTier = Tier::Reference;
        kind.reopenOnActivity = key == kTestKind;
        SourceRegistry::instance().registerKind(kind);
    }
}

/// Defaults plus a rule that gives the test kinds' items a one-hour calendar deadline, so a
/// restarted clock can be seen.
AppConfig configWithTickerDeadline()
{
    AppConfig config;
    QStringList errors;
    QJsonArray rules = QJsonDocument::fromJson(R"json([
        {"name": "ticker-hour", "tier": 2, "policy": "ticker-hour",
         "when": {"source": ["test-ticker", "test-ticker-noreopen"]}}])json").array();
    for (const QJsonValue &rule : config.rules.toJson())
        rules.append(rule);
    config.rules = RuleSet::fromJson(rules, &errors);
    config.policies = PolicySet::fromJson(
        QJsonDocument::fromJson(R"json({"ticker-hour": {"windowMinutes": 60, "clock": "calendar"}})json").object(),
        &errors);
    Q_ASSERT(errors.isEmpty());
    return config;
}

ItemRecord tickerRecord(const QString &remoteId, const QString &title, qint64 receivedMs)
{
    ItemRecord r;
    r.remoteId = remoteId;
    r.fingerprint = remoteId + QStringLiteral("-1");
    r.from.name = QStringLiteral("Market Desk");
    r.subject = title;
    r.snippet = QStringLiteral("Shares fell in early trading.");
    r.receivedMs = receivedMs;
    return r;
}

QByteArray mailMessage(const QString &subject)
{
    return QStringLiteral("From: Market Desk <desk@news.example>\r\n"
                          "To: me@example.org\r\n"
                          "Subject: %1\r\n"
                          "Date: Tue, 14 Nov 2023 22:13:20 +0000\r\n"
                          "Message-ID: <stocks-1@news.example>\r\n"
                          "\r\n"
                          "Shares fell in early trading.\r\n")
        .arg(subject)
        .toUtf8();
}

} // namespace

class TestNonMailKind : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ItemStore> m_store;
    std::unique_ptr<SyncManager> m_sync;

    qint64 addSource(const QString &kind, const QString &name, const QString &location = QString())
    {
        SourceConfig config;
        config.kind = kind;
        config.name = name;
        config.location = location.isEmpty() ? m_dir.filePath(name) : location;
        return m_store->addSource(config).result();
    }

    /// Sync one source and wait until its batches have committed.
    bool syncOne(qint64 sourceId)
    {
        QSignalSpy finished(m_sync.get(), &SyncManager::sourceFinished);
        m_sync->syncSource(sourceId);
        if (!finished.wait(10000))
            return false;
        m_store->flush();
        return finished.first().at(2).value<SyncResult>().ok;
    }

    std::optional<Item> itemBySubject(qint64 sourceId, const QString &subject) const
    {
        ItemQuery q;
        q.states = ItemQuery::States::All;
        q.sourceId = sourceId;
        for (const Item &item : m_store->items(q))
            if (item.record.subject == subject)
                return item;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncResult>();
        qRegisterMetaType<SyncTotals>();
        registerTestKinds();
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        tickerRecords().clear();
        m_store = std::make_unique<ItemStore>(m_dir.filePath(QStringLiteral("inbox-%1.sqlite")
                                                                  .arg(QTest::currentTestFunction())));
        QCOMPARE(m_store->open(), OpenError::None);
        m_sync = std::make_unique<SyncManager>(m_store.get(), AppConfig(), m_dir.path());
    }

    void cleanup()
    {
        m_sync.reset();
        m_store.reset();
    }

    /// The acceptance test of issue 10: "A 'Stocks down 3%' title from a non-mail test kind is
    /// not Tier 3 by default" — it lands in Reference with no deadline; the same title by mail
    /// still meets the mail rules.
    void stocksDownIsNotTier3FromANonMailKind()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        tickerRecords() = {tickerRecord(QStringLiteral("t1"), QStringLiteral("Stocks down 3%"), now - kMinute)};
        const qint64 ticker = addSource(kTestKind, QStringLiteral("Ticker"));
        QVERIFY(ticker > 0);
        QVERIFY(syncOne(ticker));
        const std::optional<Item> fromTicker = itemBySubject(ticker, QStringLiteral("Stocks down 3%"));
        QVERIFY(fromTicker);
        QCOMPARE(fromTicker->tier, Tier::Reference);
        QVERIFY2(!fromTicker->dueMs, qPrintable(QString::number(fromTicker->dueMs.value_or(0))));
        QVERIFY(fromTicker->tierReason != QStringLiteral("urgent-keywords"));

        // The same title from a Maildir: the built-in mail rules still apply.
        const QString root = m_dir.filePath(QStringLiteral("Maildir-stocks"));
        for (const char *sub : {"cur", "new", "tmp"})
            QVERIFY(QDir().mkpath(root + QLatin1Char('/') + QLatin1String(sub)));
        QFile message(root + QStringLiteral("/new/1700000000.M1P1.host"));
        QVERIFY(message.open(QIODevice::WriteOnly));
        message.write(mailMessage(QStringLiteral("Stocks down 3%")));
        message.close();
        const qint64 maildir = addSource(QStringLiteral("maildir"), QStringLiteral("Mail"), root);
        QVERIFY(maildir > 0);
        QVERIFY(syncOne(maildir));
        const std::optional<Item> fromMail = itemBySubject(maildir, QStringLiteral("Stocks down 3%"));
        QVERIFY(fromMail);
        QCOMPARE(fromMail->tier, Tier::Now);
        QCOMPARE(fromMail->tierReason, QStringLiteral("urgent-keywords"));
        QVERIFY(fromMail->dueMs);
    }

    /// "none" is the reserved policy for "no deadline": a kind's default uses it, a rule may,
    /// and config.json cannot redefine it.
    void policyNoneMeansNoDeadline()
    {
        QStringList errors;
        const PolicySet policies = PolicySet::fromJson(
            QJsonDocument::fromJson(R"json({"none": {"windowMinutes": 5}, "tier1-default": {"windowMinutes": 60}})json").object(),
            &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QLatin1String("\"none\"")), qPrintable(errors.first()));
        QCOMPARE(policies.resolve(Tier::Now, QStringLiteral("none")).windowMinutes, std::nullopt);
        QCOMPARE(policies.resolve(Tier::Reference, QString()).windowMinutes, std::optional<qint64>(60));

        // A kind's default owes no reply even when the user gave Tier 1 a window.
        AppConfig config;
        config.policies = policies;
        m_sync->setConfig(config);
        tickerRecords() = {tickerRecord(QStringLiteral("x1"), QStringLiteral("Quarterly numbers"),
                                        QDateTime::currentMSecsSinceEpoch())};
        const qint64 ticker = addSource(kTestKind, QStringLiteral("Ticker"));
        QVERIFY(syncOne(ticker));
        const std::optional<Item> item = itemBySubject(ticker, QStringLiteral("Quarterly numbers"));
        QVERIFY(item);
        QCOMPARE(item->tier, Tier::Reference);
        QCOMPARE(item->policy, QStringLiteral("none"));
        QVERIFY(!item->dueMs);
        // …and a recompute (policies changed) keeps it so.
        QCOMPARE(m_store->recomputeDue(Tiering(config).dueFunction()).result(), 0);
        QVERIFY(!m_store->item(item->id)->dueMs);
    }

    /// URL, activity time, sender handle, attributes and inline content survive the store.
    void nonMailFieldsRoundTrip()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ItemRecord r = tickerRecord(QStringLiteral("gh-1"), QStringLiteral("Fix the parser"), now - kHour);
        r.url = QStringLiteral("https://github.example/acme/app/pull/7");
        r.activityMs = now - kMinute;
        r.from = {QStringLiteral("Ana Silva"), QString(), QStringLiteral("@anasilva")};
        r.attributes = {{QStringLiteral("github.reason"), QStringLiteral("review_requested")},
                        {QStringLiteral("github.repo"), QStringLiteral("acme/app")}};
        r.content.mimeType = QStringLiteral("text/html");
        r.content.body = QStringLiteral("<p>Please <b>review</b> — ünïcödé</p>");
        tickerRecords() = {r};
        const qint64 ticker = addSource(kTestKind, QStringLiteral("Ticker"));
        QVERIFY(syncOne(ticker));
        const std::optional<Item> stored = itemBySubject(ticker, QStringLiteral("Fix the parser"));
        QVERIFY(stored);
        QCOMPARE(stored->record.url, r.url);
        QCOMPARE(stored->record.activityMs, r.activityMs);
        QCOMPARE(stored->record.from, r.from);
        QCOMPARE(stored->record.attributes, r.attributes);
        const std::optional<ItemRecord::InlineContent> content = m_store->content(stored->id);
        QVERIFY(content);
        QCOMPARE(*content, r.content);

        // A new version of the entry replaces the content; one without content keeps it.
        r.content.body = QStringLiteral("<p>Updated</p>");
        r.fingerprint = QStringLiteral("gh-1-2");
        tickerRecords() = {r};
        QVERIFY(syncOne(ticker));
        QCOMPARE(m_store->content(stored->id)->body, QStringLiteral("<p>Updated</p>"));
        r.content = {};
        r.fingerprint = QStringLiteral("gh-1-3");
        tickerRecords() = {r};
        QVERIFY(syncOne(ticker));
        QCOMPARE(m_store->content(stored->id)->body, QStringLiteral("<p>Updated</p>"));

        // Mail has no inline content: its body is loaded on demand.
        QVERIFY(!m_store->content(stored->id + 1000));
    }

    /// A rule can test attributes by namespaced key; scope "all" rules see non-mail items.
    void rulesTestAttributes()
    {
        AppConfig config;
        QStringList errors;
        QJsonArray rules = QJsonDocument::fromJson(R"json([
            {"name": "gh-review", "tier": 2, "policy": "review-request",
             "when": {"attributes": {"github.reason": "^review_requested$"}}}])json").array();
        for (const QJsonValue &rule : config.rules.toJson())
            rules.append(rule);
        config.rules = RuleSet::fromJson(rules, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        m_sync->setConfig(config);

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ItemRecord review = tickerRecord(QStringLiteral("r1"), QStringLiteral("Outage fix"), now);
        review.attributes.insert(QStringLiteral("github.reason"), QStringLiteral("review_requested"));
        ItemRecord mention = tickerRecord(QStringLiteral("r2"), QStringLiteral("Outage fix, again"), now);
        mention.attributes.insert(QStringLiteral("github.reason"), QStringLiteral("mention"));
        tickerRecords() = {review, mention};
        const qint64 ticker = addSource(kTestKind, QStringLiteral("Ticker"));
        QVERIFY(syncOne(ticker));
        const std::optional<Item> placed = itemBySubject(ticker, QStringLiteral("Outage fix"));
        QVERIFY(placed);
        QCOMPARE(placed->tierReason, QStringLiteral("gh-review"));
        QCOMPARE(placed->tier, Tier::Async);
        QVERIFY(placed->dueMs);
        const std::optional<Item> other = itemBySubject(ticker, QStringLiteral("Outage fix, again"));
        QVERIFY(other);
        QCOMPARE(other->tierReason, QStringLiteral("kind-default"));  // "outage" is a mail rule's word
        QCOMPARE(other->tier, Tier::Reference);
        QVERIFY(!other->dueMs);
    }

    /// New activity on a done item reopens it and restarts its clock from the activity time.
    void newActivityReopensADoneItem()
    {
        m_sync->setConfig(configWithTickerDeadline());
        QSignalSpy fresh(m_sync.get(), &SyncManager::newItems);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ItemRecord r = tickerRecord(QStringLiteral("a1"), QStringLiteral("Thread"), now - 5 * kHour);
        r.activityMs = now - 4 * kHour;
        tickerRecords() = {r};
        const qint64 ticker = addSource(kTestKind, QStringLiteral("Ticker"));
        QVERIFY(syncOne(ticker));
        std::optional<Item> item = itemBySubject(ticker, QStringLiteral("Thread"));
        QVERIFY(item);
        QCOMPARE(item->tierReason, QStringLiteral("ticker-hour"));
        QCOMPARE(item->dueMs, std::optional<qint64>(r.activityMs + kHour));  // clock from activity, not receipt
        QVERIFY(m_store->setState({item->id}, ItemState::Done, std::nullopt, now - 3 * kHour).result());
        fresh.clear();

        // Activity that is not newer than the stored one (or than "done"): stays done.
        r.activityMs = now - 3 * kHour - kMinute;  // newer than the stored activity, older than done
        r.fingerprint = QStringLiteral("a1-2");
        tickerRecords() = {r};
        QVERIFY(syncOne(ticker));
        item = m_store->item(item->id);
        QCOMPARE(item->state, ItemState::Done);
        QVERIFY(fresh.isEmpty());

        // New activity after it was done: open again, due an hour after the activity.
        r.activityMs = now - kMinute;
        r.fingerprint = QStringLiteral("a1-3");
        tickerRecords() = {r};
        QVERIFY(syncOne(ticker));
        item = m_store->item(item->id);
        QCOMPARE(item->state, ItemState::Open);
        QVERIFY(!item->doneMs);
        QCOMPARE(item->dueMs, std::optional<qint64>(r.activityMs + kHour));
        const QList<ItemEvent> events = m_store->events(item->id);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().kind, QStringLiteral("reopened"));
        QCOMPARE(events.last().detail, QStringLiteral("activity"));
        QCOMPARE(fresh.size(), 1);  // news for notifications
        QCOMPARE(fresh.first().first().value<QList<qint64>>(), QList<qint64>{item->id});

        // The same activity again (a re-sync) after it is done once more: stays done.
        QVERIFY(m_store->setState({item->id}, ItemState::Done).result());
        r.fingerprint = QStringLiteral("a1-4");
        tickerRecords() = {r};
        QVERIFY(syncOne(ticker));
        QCOMPARE(m_store->item(item->id)->state, ItemState::Done);
    }

    /// A reopened item that was moved by hand keeps its tier; its clock restarts on that tier's
    /// default policy (Now: 15 minutes) from the activity time.
    void reopenedPinnedItemRestartsOnItsTier()
    {
        m_sync->setConfig(configWithTickerDeadline());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ItemRecord r = tickerRecord(QStringLiteral("p1"), QStringLiteral("Pinned"), now - 5 * kHour);
        tickerRecords() = {r};
        const qint64 ticker = addSource(kTestKind, QStringLiteral("Ticker"));
        QVERIFY(syncOne(ticker));
        const qint64 id = itemBySubject(ticker, QStringLiteral("Pinned"))->id;
        QVERIFY(m_store->setTier({id}, Tier::Now, QStringLiteral("manual"), now - 4 * kHour,
                                 QStringLiteral("tier3-default")).result());
        QVERIFY(m_store->setState({id}, ItemState::Done, std::nullopt, now - 3 * kHour).result());
        r.activityMs = now - kMinute;
        r.fingerprint = QStringLiteral("p1-2");
        tickerRecords() = {r};
        QVERIFY(syncOne(ticker));
        const std::optional<Item> item = m_store->item(id);
        QCOMPARE(item->state, ItemState::Open);
        QCOMPARE(item->tier, Tier::Now);
        QCOMPARE(item->tierReason, QStringLiteral("manual"));
        QCOMPARE(item->dueMs, std::optional<qint64>(r.activityMs + 15 * kMinute));
    }

    /// A kind that does not reopen on activity: the done item stays done.
    void kindWithoutReopeningKeepsItDone()
    {
        m_sync->setConfig(configWithTickerDeadline());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ItemRecord r = tickerRecord(QStringLiteral("n1"), QStringLiteral("Quiet"), now - 5 * kHour);
        r.activityMs = now - 4 * kHour;
        tickerRecords() = {r};
        const qint64 source = addSource(kTestKindNoReopen, QStringLiteral("Quiet ticker"));
        QVERIFY(syncOne(source));
        const qint64 id = itemBySubject(source, QStringLiteral("Quiet"))->id;
        QVERIFY(m_store->setState({id}, ItemState::Done, std::nullopt, now - 3 * kHour).result());
        r.activityMs = now - kMinute;
        r.fingerprint = QStringLiteral("n1-2");
        tickerRecords() = {r};
        QVERIFY(syncOne(source));
        const std::optional<Item> item = m_store->item(id);
        QCOMPARE(item->state, ItemState::Done);
        QCOMPARE(item->record.activityMs, r.activityMs);  // the record itself is updated
    }
};

QTEST_GUILESS_MAIN(TestNonMailKind)
#include "tst_nonmailkind.moc"
