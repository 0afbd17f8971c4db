// Fault injection with kill -9 (issue 9): the real CLI sync of a Dovecot folder is killed with
// SIGKILL at random moments, 20 times; after every kill the database passes PRAGMA
// integrity_check and the FTS5 integrity-check, every UID below the committed UIDNEXT is
// stored, and a final clean sync stores exactly the folder. Same loop as bench/killloop
// (tests/support/killloop.cpp), on a smaller folder so it stays short under ASan.
#include "killloop.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fi::test;

class TestKillLoop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twentyKillsLoseNothing();
    void checkStoreSeesMissingUids();
};

void TestKillLoop::twentyKillsLoseNothing()
{
    KillLoopOptions options;
    options.rounds = 20;
    options.messages = 600;
    options.log = [](const QString &line) { qInfo("%s", qPrintable(line)); };
    const KillLoopReport report = runKillLoop(options);
    qInfo("%s", report.json().constData());
    QVERIFY2(report.setupError.isEmpty(), qPrintable(report.setupError));
    QCOMPARE(report.rounds, 20);
    // The loop must really have killed syncs, or it proved nothing.
    QVERIFY2(report.kills >= 5, report.json().constData());
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
    QCOMPARE(report.integrityFailures, 0);
    QCOMPARE(report.missingUids, 0);
    QCOMPARE(report.finalCount, 600);
}

// The checker itself can fail: a store whose committed UIDNEXT runs ahead of its items is caught.
void TestKillLoop::checkStoreSeesMissingUids()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("focusinbox.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, folder TEXT, locator TEXT, subject TEXT)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE sync_state (source_id INTEGER, folder TEXT, state BLOB)")));
        QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE items_fts USING fts5(subject, content = 'items', content_rowid = 'id')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO items (folder, locator, subject) VALUES ('', '7:1', 'a'), ('', '7:3', 'c')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO items_fts (rowid, subject) SELECT id, subject FROM items")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state VALUES (1, 'INBOX', 'v1 7 4 0')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    StoreCheck c = checkStore(path);
    QVERIFY2(c.integrityOk, qPrintable(c.error));
    QVERIFY2(c.ftsOk, qPrintable(c.error));
    QCOMPARE(c.uidNext, 4u);
    QCOMPARE(c.storedUids, (QList<quint32>{1, 3})); // UID 2 is missing below UIDNEXT 4
    // A broken FTS index is reported.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("break"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE items SET subject = 'changed behind the index' WHERE locator = '7:1'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("break"));
    c = checkStore(path);
    QVERIFY(c.integrityOk);
    QVERIFY2(!c.ftsOk, "the FTS5 integrity-check must see an index that no longer matches");
}

QTEST_GUILESS_MAIN(TestKillLoop)
#include "tst_killloop.moc"
