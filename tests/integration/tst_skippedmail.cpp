// No skipped mail (issue 9): when one batch of a sync run fails to commit, no later batch of the
// same run may advance the folder's sync state past it. Batches of a run queue up behind each
// other on the store's writer thread; here they are made to queue (the writer is held until the
// source has handed over every batch), and a real SQLite trigger aborts the insert of one
// message. The run must be reported as failed (counted, logged with its origin), the state must
// stay at the last good batch, and the next run must fetch what is missing: every message stored
// exactly once. Against a real Dovecot, and for Maildir (whose state is its file names).
#include "config/appconfig.h"
#include "dovecotserver.h"
#include "imaptestutil.h"
#include "sources/imap/imapsource.h"
#include "sources/imap/imapsyncstate.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fi;
using namespace fi::test;

namespace {

constexpr int kMessages = 1100; // three IMAP batches of 500, 500 and 100 UIDs

struct RunReport {
    SyncTotals totals;
    QList<SyncResult> results;
};

/// One syncAll(). With @p holdWriter, the store's writer thread is held until the source has
/// reported all its work (progress done == total), so every batch of the run is queued behind
/// the first one, as on a busy machine.
RunReport syncOnce(ItemStore &store, SyncManager &sync, bool holdWriter)
{
    auto gate = std::make_shared<QSemaphore>();
    if (holdWriter) {
        store.runWrite([gate](QSqlDatabase &, QString *) {
            gate->tryAcquire(1, 60000);
            return true;
        });
    }
    RunReport report;
    QEventLoop loop;
    QMetaObject::Connection progress = QObject::connect(
        &sync, &SyncManager::sourceProgress, &loop, [gate](qint64, const QString &, int done, int total) {
            if (total > 0 && done == total && gate->available() == 0)
                gate->release();
        });
    QObject::connect(&sync, &SyncManager::sourceFinished, &loop,
                     [&](qint64, const QString &, const SyncResult &r) { report.results << r; });
    QObject::connect(&sync, &SyncManager::allFinished, &loop, [&](const SyncTotals &t) {
        report.totals = t;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    sync.syncAll();
    loop.exec();
    gate->release(); // never leave the writer held
    QObject::disconnect(progress);
    store.flush();
    return report;
}

bool exec(ItemStore &store, const QString &sql, QString *error)
{
    auto text = std::make_shared<QString>();
    const bool ok = store.runWrite([sql, text](QSqlDatabase &db, QString *why) {
                             QSqlQuery q(db);
                             if (q.exec(sql))
                                 return true;
                             *why = *text = q.lastError().text();
                             return false;
                         })
                        .result();
    *error = *text;
    return ok;
}

/// Message-IDs of the stored items of @p sourceId with how often each is stored.
QHash<QString, int> storedMessageIds(const ItemStore &store, qint64 sourceId)
{
    ItemQuery q;
    q.states = ItemQuery::States::All;
    q.sourceId = sourceId;
    QHash<QString, int> ids;
    for (const Item &i : store.items(q))
        ++ids[i.record.messageId];
    return ids;
}

/// Every generated message (gen-0 … gen-<n-1>) stored exactly once, and nothing else.
QString exactlyOnce(const QHash<QString, int> &ids, int n)
{
    if (ids.size() != n)
        return QStringLiteral("%1 distinct messages stored, expected %2").arg(ids.size()).arg(n);
    for (int i = 0; i < n; ++i) {
        const int copies = ids.value(QStringLiteral("gen-%1@focusinbox.test").arg(i));
        if (copies != 1)
            return QStringLiteral("gen-%1 stored %2 times").arg(i).arg(copies);
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSkippedMail : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void imapFailedBatchIsFetchedAgain();
    void maildirFailedBatchIsReadAgain();
    void storeFailureIsAFailureNotACancel();
};

void TestSkippedMail::initTestCase()
{
    qRegisterMetaType<fi::SourceBatch>();
    qRegisterMetaType<fi::SyncResult>();
    qRegisterMetaType<fi::SourceError>();
}

void TestSkippedMail::imapFailedBatchIsFetchedAgain()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QStringList templates = corpusFiles();
    QVERIFY(!templates.isEmpty());
    writeGeneratedMaildir(server.mailDir(), kMessages, templates);
    server.fixOwnership();
    {
        auto admin = adminSession(server);
        QVERIFY(admin);
        imap::Error e;
        QVERIFY(admin->select(QStringLiteral("INBOX"), &e)); // Dovecot assigns UIDs 1…1100 here
    }
    const QString password = server.password();
    imap::ImapSource::setDefaultPasswordProvider(
        [password](const imap::Account &, QString *) { return std::optional<QString>(password); });

    QTemporaryDir dir;
    ItemStore store(dir.filePath(QStringLiteral("inbox.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    SourceConfig config = fixtureConfig(server, fixtureAccount(server));
    const qint64 id = store.addSource(config).result();
    QVERIFY(id > 0);
    config.id = id;

    // The insert of UID 600 (second batch: UIDs 501–1000) fails as a real statement failure would.
    QString why;
    QVERIFY2(exec(store, QStringLiteral("CREATE TRIGGER fail_uid_600 BEFORE INSERT ON items"
                                        " WHEN NEW.locator LIKE '%:600'"
                                        " BEGIN SELECT RAISE(ABORT, 'injected failure at UID 600'); END"), &why),
             qPrintable(why));

    const QString logDir = dir.filePath(QStringLiteral("logs"));
    QDir().mkpath(logDir);
    SyncManager sync(&store, AppConfig{}, logDir);
    const RunReport failing = syncOnce(store, sync, true);
    QCOMPARE(failing.results.size(), 1);
    QVERIFY2(!failing.results.first().ok, "a run with a failed batch must be reported as failed");
    QVERIFY2(failing.results.first().error.contains(QStringLiteral("injected failure")),
             qPrintable(failing.results.first().error));
    QVERIFY2(!failing.results.first().aborted, "failed, not cancelled: the source status must show it");
    QCOMPARE(failing.totals.sourcesFailed, 1);

    // Only the first batch is stored, and the committed UIDNEXT stays right after it.
    const imap::FolderState state = imap::FolderState::decode(store.syncState(id).value(QStringLiteral("INBOX")));
    QCOMPARE(state.uidNext, 501u);
    QCOMPARE(storedMessageIds(store, id).size(), 500);
    // Logged with where it came from (the account's location).
    const QByteArray log = readAll(logDir + QStringLiteral("/sync.log"));
    QVERIFY2(log.contains("injected failure") && log.contains(config.location.toUtf8()), log.constData());

    // The cause is gone: the next run fetches everything that is missing.
    QVERIFY2(exec(store, QStringLiteral("DROP TRIGGER fail_uid_600"), &why), qPrintable(why));
    const RunReport normal = syncOnce(store, sync, false);
    QCOMPARE(normal.results.size(), 1);
    QVERIFY2(normal.results.first().ok, qPrintable(normal.results.first().error));
    QCOMPARE(normal.totals.added, kMessages - 500);
    const QString problem = exactlyOnce(storedMessageIds(store, id), kMessages);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(imap::FolderState::decode(store.syncState(id).value(QStringLiteral("INBOX"))).uidNext,
             quint32(kMessages + 1));
}

void TestSkippedMail::maildirFailedBatchIsReadAgain()
{
    QTemporaryDir dir;
    const QString maildir = dir.filePath(QStringLiteral("Mail"));
    writeGeneratedMaildir(maildir, kMessages, corpusFiles());
    ItemStore store(dir.filePath(QStringLiteral("inbox.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    SourceConfig config;
    config.kind = QStringLiteral("maildir");
    config.name = QStringLiteral("local");
    config.location = maildir;
    const qint64 id = store.addSource(config).result();
    QVERIFY(id > 0);
    QString why;
    QVERIFY2(exec(store, QStringLiteral("CREATE TRIGGER fail_one BEFORE INSERT ON items"
                                        " WHEN NEW.message_id = 'gen-700@focusinbox.test'"
                                        " BEGIN SELECT RAISE(ABORT, 'injected failure at gen-700'); END"), &why),
             qPrintable(why));
    SyncManager sync(&store, AppConfig{}, dir.filePath(QStringLiteral("logs")));
    const RunReport failing = syncOnce(store, sync, true);
    QCOMPARE(failing.results.size(), 1);
    QVERIFY(!failing.results.first().ok);
    QVERIFY(!failing.results.first().aborted);
    QCOMPARE(failing.totals.sourcesFailed, 1);
    QVERIFY(storedMessageIds(store, id).size() < kMessages);

    QVERIFY2(exec(store, QStringLiteral("DROP TRIGGER fail_one"), &why), qPrintable(why));
    const RunReport normal = syncOnce(store, sync, false);
    QVERIFY2(normal.results.value(0).ok, qPrintable(normal.results.value(0).error));
    const QString problem = exactlyOnce(storedMessageIds(store, id), kMessages);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// The source is stopped while it still works (the first batch fails at once, two more are being
// parsed): the run must still count as failed, not as cancelled — a cancelled run shows as idle
// in the source status (SyncScheduler), which would hide the failure.
void TestSkippedMail::storeFailureIsAFailureNotACancel()
{
    QTemporaryDir dir;
    const QString maildir = dir.filePath(QStringLiteral("Mail"));
    writeGeneratedMaildir(maildir, kMessages, corpusFiles());
    ItemStore store(dir.filePath(QStringLiteral("inbox.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    SourceConfig config;
    config.kind = QStringLiteral("maildir");
    config.name = QStringLiteral("local");
    config.location = maildir;
    const qint64 id = store.addSource(config).result();
    QVERIFY(id > 0);
    QString why;
    QVERIFY2(exec(store, QStringLiteral("CREATE TRIGGER fail_all BEFORE INSERT ON items"
                                        " BEGIN SELECT RAISE(ABORT, 'injected failure of every insert'); END"), &why),
             qPrintable(why));
    SyncManager sync(&store, AppConfig{}, dir.filePath(QStringLiteral("logs")));
    const RunReport failing = syncOnce(store, sync, false);
    QCOMPARE(failing.results.size(), 1);
    QVERIFY(!failing.results.first().ok);
    QVERIFY2(!failing.results.first().aborted, "a store failure is not a cancelled sync");
    QVERIFY2(failing.results.first().error.contains(QStringLiteral("injected failure")),
             qPrintable(failing.results.first().error));
    QVERIFY(failing.results.first().retryable);
    QCOMPARE(storedMessageIds(store, id).size(), 0);
}

QTEST_GUILESS_MAIN(TestSkippedMail)
#include "tst_skippedmail.moc"
