// Full-text indexing once per group commit (storage/fulltextgroup.h, schema version 5): rows
// inserted, updated and deleted by jobs of one group are found by search exactly as if each had
// been indexed at once, a failing job leaves nothing in the index, FTS5's own integrity check
// passes, and writes outside a group (another connection) are indexed at once.
#include "storage/database.h"
#include "storage/fulltextgroup.h"
#include "storage/migrator.h"

#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;

class TestFullTextGroup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void groupOfJobsIsSearchableAfterCommit();
    void failingJobLeavesNothingInTheIndex();
    void writesOutsideAGroupAreIndexedAtOnce();

private:
    /// Block the writer until the returned semaphore is released (the jobs queued meanwhile form one group).
    std::shared_ptr<QSemaphore> holdWriter();
    /// Queue a job that runs @p statements; with @p fail it returns false after them (rolled back).
    QFuture<bool> job(const QStringList &statements, bool fail = false);
    /// Subjects of the items whose index entry matches @p match, sorted.
    QStringList search(const QString &match);
    /// Result of FTS5's 'integrity-check' (empty when the index matches the items table).
    QString integrityError();
    QVariant scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreWriter> m_writer;
    QString m_path;
};

void TestFullTextGroup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("store.sqlite"));
    const MigrationResult migrated = Migrator().migrate(m_path);
    QVERIFY2(migrated.error == OpenError::None, qPrintable(migrated.message));
    QVERIFY(migrated.version >= 5);
    m_writer = std::make_unique<StoreWriter>(m_path, fullTextGroupHooks());
    QString error;
    QVERIFY2(m_writer->startAndWait(&error), qPrintable(error));
    QVERIFY(job({QStringLiteral("INSERT INTO sources (id, kind, name, created) VALUES (1, 'maildir', 'm', 0)")})
                .result());
}

void TestFullTextGroup::cleanup()
{
    m_writer.reset();
    m_dir.reset();
}

std::shared_ptr<QSemaphore> TestFullTextGroup::holdWriter()
{
    auto gate = std::make_shared<QSemaphore>(0);
    auto entered = std::make_shared<QSemaphore>(0);
    m_writer->enqueue([gate, entered](WriteContext &) {
        entered->release();
        gate->acquire();
    });
    entered->acquire();
    return gate;
}

QFuture<bool> TestFullTextGroup::job(const QStringList &statements, bool fail)
{
    return m_writer->transact<bool>(
        [statements, fail](WriteContext &ctx, bool &ok) {
            for (const QString &sql : statements) {
                if (!ctx.exec(sql))
                    return false;
            }
            if (fail) {
                ctx.error = QStringLiteral("refused by the test");
                return false;
            }
            ok = true;
            return true;
        },
        [](bool &ok, const QString &) { ok = false; });
}

static QString insertItem(int id, const QString &subject)
{
    return QStringLiteral("INSERT INTO items (id, source_id, remote_id, subject, from_name, from_address, snippet)"
                          " VALUES (%1, 1, 'r%1', '%2', 'Ana Souza', 'ana@example.org', 'body of %2')")
        .arg(id)
        .arg(subject);
}

QVariant TestFullTextGroup::scalar(const QString &sql)
{
    QVariant value;
    {
        QString error;
        QSqlDatabase db = db::openConnection(m_path, QStringLiteral("check"), db::Role::Read, &error);
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            value = q.value(0);
        else
            value = q.lastError().text();
    }
    db::closeConnection(QStringLiteral("check"));
    return value;
}

QStringList TestFullTextGroup::search(const QString &match)
{
    QStringList subjects;
    {
        QString error;
        QSqlDatabase db = db::openConnection(m_path, QStringLiteral("search"), db::Role::Read, &error);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT i.subject FROM items_fts f JOIN items i ON i.id = f.rowid"
                                 " WHERE items_fts MATCH ? ORDER BY i.subject"));
        q.addBindValue(match);
        q.exec();
        while (q.next())
            subjects << q.value(0).toString();
    }
    db::closeConnection(QStringLiteral("search"));
    return subjects;
}

QString TestFullTextGroup::integrityError()
{
    QString result;
    {
        QString error;
        QSqlDatabase db = db::openConnection(m_path, QStringLiteral("integrity"), db::Role::Write, &error);
        QSqlQuery q(db);
        // rank 1: also compare the index with the content of the items table.
        if (!q.exec(QStringLiteral("INSERT INTO items_fts(items_fts, rank) VALUES ('integrity-check', 1)")))
            result = q.lastError().text();
    }
    db::closeConnection(QStringLiteral("integrity"));
    return result;
}

void TestFullTextGroup::groupOfJobsIsSearchableAfterCommit()
{
    // Two committed items from an earlier group, then one group that inserts, renames a
    // committed item and a new one, and deletes a committed item and a new one.
    QVERIFY(job({insertItem(1, QStringLiteral("quarterly budget")), insertItem(2, QStringLiteral("offsite agenda"))})
                .result());
    QCOMPARE(search(QStringLiteral("budget")), QStringList{QStringLiteral("quarterly budget")});

    auto gate = holdWriter();
    QList<QFuture<bool>> jobs;
    jobs << job({insertItem(3, QStringLiteral("incident review")), insertItem(4, QStringLiteral("release notes"))});
    jobs << job({QStringLiteral("UPDATE items SET subject = 'annual budget', snippet = 'numbers' WHERE id = 1"),
                 QStringLiteral("UPDATE items SET subject = 'incident postmortem', snippet = 'timeline' WHERE id = 3")});
    jobs << job({QStringLiteral("DELETE FROM items WHERE id = 2"), QStringLiteral("DELETE FROM items WHERE id = 4")});
    jobs << job({insertItem(5, QStringLiteral("contract review"))});
    gate->release();
    for (QFuture<bool> &f : jobs)
        QVERIFY(f.result());

    QCOMPARE(search(QStringLiteral("budget")), QStringList{QStringLiteral("annual budget")});
    QCOMPARE(search(QStringLiteral("quarterly")), QStringList{});
    QCOMPARE(search(QStringLiteral("incident")), QStringList{QStringLiteral("incident postmortem")});
    QCOMPARE(search(QStringLiteral("review")), QStringList{QStringLiteral("contract review")});
    QCOMPARE(search(QStringLiteral("agenda OR release")), QStringList{});
    QCOMPARE(search(QStringLiteral("ana")).size(), 3);  // sender names are indexed too
    QCOMPARE(integrityError(), QString());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM fts_pending")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT deferred FROM fts_control")).toInt(), 0);
}

void TestFullTextGroup::failingJobLeavesNothingInTheIndex()
{
    auto gate = holdWriter();
    QFuture<bool> good = job({insertItem(10, QStringLiteral("welcome aboard"))});
    QFuture<bool> bad = job({insertItem(11, QStringLiteral("phantom message"))}, /*fail=*/true);
    QFuture<bool> after = job({QStringLiteral("UPDATE items SET snippet = 'phantom no more' WHERE id = 10")});
    gate->release();
    QVERIFY(good.result());
    QVERIFY(!bad.result());
    QVERIFY(after.result());

    QCOMPARE(search(QStringLiteral("welcome")), QStringList{QStringLiteral("welcome aboard")});
    QCOMPARE(search(QStringLiteral("phantom")), QStringList{QStringLiteral("welcome aboard")});  // via the new snippet
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM items WHERE id = 11")).toInt(), 0);
    QCOMPARE(integrityError(), QString());
}

void TestFullTextGroup::writesOutsideAGroupAreIndexedAtOnce()
{
    // Another connection (as a migration or an older tool would) writes without the hooks.
    {
        QString error;
        QSqlDatabase db = db::openConnection(m_path, QStringLiteral("other"), db::Role::Write, &error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY(db::exec(db, insertItem(20, QStringLiteral("direct write"))));
        QVERIFY(db::exec(db, QStringLiteral("UPDATE items SET subject = 'direct edit' WHERE id = 20")));
    }
    db::closeConnection(QStringLiteral("other"));
    QCOMPARE(search(QStringLiteral("direct")), QStringList{QStringLiteral("direct edit")});
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM fts_pending")).toInt(), 0);

    // …and a group afterwards deletes it from the index like any committed row.
    QVERIFY(job({QStringLiteral("DELETE FROM items WHERE id = 20")}).result());
    QCOMPARE(search(QStringLiteral("direct")), QStringList{});
    QCOMPARE(integrityError(), QString());
}

QTEST_GUILESS_MAIN(TestFullTextGroup)
#include "tst_fulltextgroup.moc"
