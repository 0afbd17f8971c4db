// The JSON write-back queues of earlier versions (imap-writeback-<id>.json) move into the change
// journal once, in one transaction, and the file is deleted only after COMMIT (issue 10).
#include "sources/imap/imaplegacyqueue.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "storeitems.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

/// pending_changes rows as "kind|item_id|folder|remote_id|locator|attempts", in id order
/// (read through a connection of the test's own).
QStringList journalRows(const QString &dbPath)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT kind, item_id, folder, remote_id, locator, attempts FROM pending_changes ORDER BY id"));
            while (q.next())
                rows << QStringLiteral("%1|%2|%3|%4|%5|%6")
                            .arg(q.value(0).toString(), q.value(1).isNull() ? QStringLiteral("null") : q.value(1).toString(),
                                 q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return rows;
}

} // namespace

class TestImapLegacyQueue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importsEveryValidEntryOnceAndDeletesTheFile();
    void aBrokenFileIsKeptAsideAndNothingImported();
    void aRefusedWriteKeepsTheFile();
    void theImapKindRegistersTheImport();
};

void TestImapLegacyQueue::importsEveryValidEntryOnceAndDeletesTheFile()
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("db.sqlite"));
    ItemStore store(dbPath);
    QCOMPARE(store.open(), OpenError::None);
    SourceConfig source;
    source.kind = QStringLiteral("imap");
    source.name = QStringLiteral("Work");
    source.location = QStringLiteral("imaps://alice@127.0.0.1/INBOX");
    source.id = store.addSource(source).result();
    QVERIFY(source.id > 0);
    Item item = makeItem(QStringLiteral("INBOX#<a@example.org>"), QStringLiteral("Hello"), kBase);
    item.record.folder = QString();  // INBOX
    item.record.locator = QStringLiteral("7:42");
    QVERIFY(store.applyBatch(StoreBatch{source.id, {item}, {}, {}, {}}).result().ok);
    const qint64 itemId = idOf(store, item.record.remoteId);

    const QString file = imap::legacyQueueFile(dir.path(), source.id);
    QCOMPARE(file, dir.filePath(QStringLiteral("imap-writeback-%1.json").arg(source.id)));
    QVERIFY(writeFile(file, R"([
        {"kind": "done", "mailbox": "INBOX", "uidvalidity": 7, "uid": 42, "attempts": 2},
        {"kind": "seen", "mailbox": "Lists/Qt", "uidvalidity": 9, "uid": 3, "attempts": 0},
        {"kind": "seen", "mailbox": "INBOX", "uidvalidity": 7, "uid": 0},
        {"kind": "done", "mailbox": "INBOX", "uidvalidity": -1, "uid": 5},
        {"kind": "seen", "mailbox": "INBOX", "uidvalidity": 7, "uid": 1.5}
    ])"));
    QString error;
    QCOMPARE(imap::importLegacyQueue(store, source, dir.path(), &error), 2);
    QVERIFY(error.isEmpty());
    QVERIFY(!QFile::exists(file));
    QCOMPARE(journalRows(dbPath),
             (QStringList{QStringLiteral("done|%1||INBOX#<a@example.org>|7:42|2").arg(itemId),
                          QStringLiteral("seen|null|Lists/Qt||9:3|0")}));

    // Once: a second start finds no file and imports nothing.
    QCOMPARE(imap::importLegacyQueue(store, source, dir.path(), &error), 0);
    QCOMPARE(journalRows(dbPath).size(), 2);
}

void TestImapLegacyQueue::aBrokenFileIsKeptAsideAndNothingImported()
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("db.sqlite"));
    ItemStore store(dbPath);
    QCOMPARE(store.open(), OpenError::None);
    SourceConfig source;
    source.kind = QStringLiteral("imap");
    source.id = store.addSource(source).result();
    const QString file = imap::legacyQueueFile(dir.path(), source.id);
    const QByteArray broken = R"([{"kind": "done", "mailbox": "INBOX", "uid": 4)";
    QVERIFY(writeFile(file, broken));
    QCOMPARE(imap::importLegacyQueue(store, source, dir.path()), 0);
    QVERIFY(!QFile::exists(file));
    const QStringList aside = QDir(dir.path()).entryList({QFileInfo(file).fileName() + QStringLiteral(".broken-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);  // kept for the user, never silently dropped
    QFile kept(dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), broken);
    QVERIFY(journalRows(dbPath).isEmpty());
}

void TestImapLegacyQueue::aRefusedWriteKeepsTheFile()
{
    QTemporaryDir dir;
    ItemStore store(dir.filePath(QStringLiteral("db.sqlite")));  // never opened: every write fails
    SourceConfig source;
    source.id = 3;
    source.name = QStringLiteral("Work");
    const QString file = imap::legacyQueueFile(dir.path(), source.id);
    QVERIFY(writeFile(file, R"([{"kind": "seen", "mailbox": "INBOX", "uidvalidity": 7, "uid": 42}])"));
    QString error;
    QCOMPARE(imap::importLegacyQueue(store, source, dir.path(), &error), -1);
    QVERIFY(!error.isEmpty());
    QVERIFY(QFile::exists(file));  // tried again at the next start
    QCOMPARE(imap::readLegacyQueue(file).size(), 1);
}

void TestImapLegacyQueue::theImapKindRegistersTheImport()
{
    const SourceKind *kind = SourceRegistry::instance().kind(QStringLiteral("imap"));
    QVERIFY(kind);
    QVERIFY(kind->migrateLegacy);
}

QTEST_GUILESS_MAIN(TestImapLegacyQueue)
#include "tst_imaplegacyqueue.moc"
