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
    void start(const KnownItems &, const QMap<QString, QByteArray> &) override
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

void registerTestKinds()
{
    for (const QString &key : {kTestKind, kTestKindNoReopen}) {
        SourceKind kind;
        kind.name = key;
        kind.create = [](const SourceConfig &c) { return std::unique_ptr<Source>(std::make_unique<TickerSource>(c)); };
        SourceRegistry::instance().registerKind(kind);
    }
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
};

QTEST_GUILESS_MAIN(TestNonMailKind)
#include "tst_nonmailkind.moc"
