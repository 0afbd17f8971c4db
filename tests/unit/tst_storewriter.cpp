// The store writer's group commit (storage/storewriter.h): transactional jobs queued back to
// back share one COMMIT, each in its own SAVEPOINT, so a failing job still rolls back alone,
// a failed chain still refuses its later jobs, and a raw job ends the group.
#include "storage/database.h"
#include "storage/storewriter.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;

namespace {

struct Outcome {
    bool ok = false;
    QString error;
};

} // namespace

class TestStoreWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void failingJobRollsBackAloneInsideAGroup();
    void queuedJobsShareOneCommit();
    void failedChainRefusesItsLaterJobsInTheSameGroup();
    void rawJobEndsTheGroup();

private:
    /// Queue a job that blocks the writer until the returned semaphore is released, so the
    /// jobs queued after it are all waiting when it returns (one group).
    std::shared_ptr<QSemaphore> holdWriter();
    QFuture<Outcome> insert(const QString &value, quint64 chain = 0, bool fail = false,
                            std::function<void()> onCommit = {});
    QStringList rows() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreWriter> m_writer;
    QString m_path;
    QStringList m_events; ///< Writer-thread order of bodies and commits (guarded by joins).
    QMutex m_eventsMutex;
};

void TestStoreWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("w.sqlite"));
    {
        QString error;
        QSqlDatabase db = db::openConnection(m_path, QStringLiteral("setup"), db::Role::Write, &error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY(db::exec(db, QStringLiteral("CREATE TABLE t (v TEXT NOT NULL UNIQUE)")));
    }
    db::closeConnection(QStringLiteral("setup"));
    m_writer = std::make_unique<StoreWriter>(m_path);
    QString error;
    QVERIFY2(m_writer->startAndWait(&error), qPrintable(error));
    m_events.clear();
}

void TestStoreWriter::cleanup()
{
    m_writer.reset();
    m_dir.reset();
}

std::shared_ptr<QSemaphore> TestStoreWriter::holdWriter()
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

QFuture<Outcome> TestStoreWriter::insert(const QString &value, quint64 chain, bool fail,
                                         std::function<void()> onCommit)
{
    return m_writer->transact<Outcome>(
        [this, value, fail](WriteContext &ctx, Outcome &out) {
            {
                QMutexLocker lock(&m_eventsMutex);
                m_events << QStringLiteral("body ") + value;
            }
            QSqlQuery *q = ctx.prepared(QStringLiteral("INSERT INTO t (v) VALUES (?)"));
            if (!q)
                return false;
            q->bindValue(0, value);
            if (!ctx.exec(*q))
                return false;
            if (fail) {
                ctx.error = QStringLiteral("refused by the test");
                return false;
            }
            out.ok = true;
            return true;
        },
        [](Outcome &out, const QString &error) {
            out.ok = false;
            out.error = error;
        },
        [this, value, onCommit](const Outcome &) {
            {
                QMutexLocker lock(&m_eventsMutex);
                m_events << QStringLiteral("commit ") + value;
            }
            if (onCommit)
                onCommit();
        },
        chain);
}

QStringList TestStoreWriter::rows() const
{
    QStringList out;
    {
        QString error;
        QSqlDatabase db = db::openConnection(m_path, QStringLiteral("check"), db::Role::Read, &error);
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT v FROM t ORDER BY v"));
        while (q.next())
            out << q.value(0).toString();
    }
    db::closeConnection(QStringLiteral("check"));
    return out;
}

void TestStoreWriter::failingJobRollsBackAloneInsideAGroup()
{
    auto gate = holdWriter();
    auto a = insert(QStringLiteral("a"));
    auto b = insert(QStringLiteral("b"), 0, /*fail*/ true);
    auto c = insert(QStringLiteral("c"));
    gate->release();
    QVERIFY(a.result().ok);
    QVERIFY(!b.result().ok);
    QCOMPARE(b.result().error, QStringLiteral("refused by the test"));
    QVERIFY(c.result().ok);
    // b's row was inserted before it failed: its savepoint took it back, a and c stay.
    QCOMPARE(rows(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
}

void TestStoreWriter::queuedJobsShareOneCommit()
{
    auto gate = holdWriter();
    auto a = insert(QStringLiteral("a"));
    auto b = insert(QStringLiteral("b"));
    gate->release();
    QVERIFY(a.result().ok && b.result().ok);
    // One group: both bodies ran before the first commit callback (one COMMIT for both).
    QCOMPARE(m_events, (QStringList{QStringLiteral("body a"), QStringLiteral("body b"),
                                    QStringLiteral("commit a"), QStringLiteral("commit b")}));
}

void TestStoreWriter::failedChainRefusesItsLaterJobsInTheSameGroup()
{
    auto gate = holdWriter();
    auto first = insert(QStringLiteral("run1-a"), 1);
    auto broken = insert(QStringLiteral("run1-b"), 1, true);
    auto later = insert(QStringLiteral("run1-c"), 1);
    auto other = insert(QStringLiteral("run2-a"), 2);
    // A duplicate of a committed-in-this-group row fails on the UNIQUE constraint: also alone.
    auto duplicate = insert(QStringLiteral("run2-a"), 3);
    gate->release();
    QVERIFY(first.result().ok);
    QVERIFY(!broken.result().ok);
    QVERIFY(!later.result().ok);
    QCOMPARE(later.result().error, StoreWriter::kChainFailed);
    QVERIFY(other.result().ok);
    QVERIFY(!duplicate.result().ok);
    QVERIFY2(duplicate.result().error.contains(QStringLiteral("UNIQUE")), qPrintable(duplicate.result().error));
    QCOMPARE(rows(), (QStringList{QStringLiteral("run1-a"), QStringLiteral("run2-a")}));
    // The chain stays refused until it ends; then a new job of that id is written again.
    QVERIFY(!insert(QStringLiteral("run1-d"), 1).result().ok);
    m_writer->endChain(1);
    QVERIFY(insert(QStringLiteral("run1-e"), 1).result().ok);
}

void TestStoreWriter::rawJobEndsTheGroup()
{
    auto gate = holdWriter();
    auto a = insert(QStringLiteral("a"));
    // A raw job sees what the transactional jobs before it wrote, committed: it reads through
    // another connection, which only sees committed rows.
    auto seen = std::make_shared<QStringList>();
    m_writer->enqueue([this, seen](WriteContext &) { *seen = rows(); });
    auto b = insert(QStringLiteral("b"));
    gate->release();
    QVERIFY(a.result().ok && b.result().ok);
    m_writer->flush();
    QCOMPARE(*seen, QStringList{QStringLiteral("a")});
    QCOMPARE(m_events, (QStringList{QStringLiteral("body a"), QStringLiteral("commit a"),
                                    QStringLiteral("body b"), QStringLiteral("commit b")}));
}

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "tst_storewriter.moc"
