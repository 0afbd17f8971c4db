// Opening an IMAP item fetches the full message once and caches it: opening it again needs no
// server (works offline), and the cache stays within its size limit.
#include "dovecotserver.h"
#include "imaptestutil.h"
#include "sources/bodycache.h"
#include "sources/bodyloader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

class TestImapBodyCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openedMessageWorksOffline();
    void cacheStaysWithinItsLimit();
};

void TestImapBodyCache::initTestCase()
{
    qRegisterMetaType<fi::SourceBatch>();
    qRegisterMetaType<fi::SyncResult>();
}

void TestImapBodyCache::openedMessageWorksOffline()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    {
        auto admin = adminSession(server);
        QVERIFY(admin);
        QCOMPARE(appendFiles(*admin, QStringLiteral("INBOX"), corpusFiles().mid(0, 5)), 5);
    }
    const QString password = server.password();
    imap::ImapSource::setDefaultPasswordProvider([password](const imap::Account &, QString *) { return password; });
    QTemporaryDir dir;
    ItemStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    const SourceConfig config = fixtureConfig(server, fixtureAccount(server));
    const qint64 id = store.addSource(config).result();
    QVERIFY(runSource(store, id, config, password).result.ok);
    ItemQuery all;
    all.states = ItemQuery::States::All;
    const QList<Item> items = store.items(all);
    QCOMPARE(items.size(), 5);
    const SourceConfig source = *store.source(id);

    const BodyCache cache(dir.filePath(QStringLiteral("cache/bodies")));
    QString error;
    const auto online = loadItemBody(source, items[2].record, &error, &cache);
    QVERIFY2(online, qPrintable(error));
    QVERIFY(!online->bodyText.trimmed().isEmpty());
    QVERIFY(cache.sizeBytes() > 0);

    server.stop();
    QVERIFY2(!loadItemBody(source, items[3].record, &error, &cache), "never opened: needs the server");
    QVERIFY(!error.isEmpty());
    const auto offline = loadItemBody(source, items[2].record, &error, &cache);
    QVERIFY2(offline, qPrintable(error));
    QCOMPARE(offline->bodyText, online->bodyText);
    QCOMPARE(offline->record.subject, online->record.subject);

    cache.removeSource(id);
    QCOMPARE(cache.sizeBytes(), 0);
    imap::ImapSource::setDefaultPasswordProvider({});
}

void TestImapBodyCache::cacheStaysWithinItsLimit()
{
    QTemporaryDir dir;
    const BodyCache cache(dir.path(), 10 * 1024);
    const QByteArray message = "Subject: x\r\n\r\n" + QByteArray(3000, 'a');
    for (int uid = 1; uid <= 10; ++uid) {
        QVERIFY(cache.put(7, QStringLiteral("INBOX"), QStringLiteral("1:%1").arg(uid), message));
        QTest::qSleep(5);  // distinct modification times (ms resolution): "least recently used" is by time
    }
    QVERIFY2(cache.sizeBytes() <= 10 * 1024, qPrintable(QString::number(cache.sizeBytes())));
    QVERIFY(cache.get(7, QStringLiteral("INBOX"), QStringLiteral("1:10")).has_value());  // newest kept
    QVERIFY(!cache.get(7, QStringLiteral("INBOX"), QStringLiteral("1:1")).has_value());  // oldest gone
}

QTEST_GUILESS_MAIN(TestImapBodyCache)
#include "tst_imapbodycache.moc"
