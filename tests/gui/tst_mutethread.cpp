// Shift+M "Mute thread" in the main window (issue 13) over a real ItemStore: enabled only for
// items whose kind can mute (GitHub), it marks the thread done and journals "mute" then "done"
// for the source in one step; `u` reopens it here (the source keeps it muted: nothing to undo
// remotely, and the journal says so by its "reopen").
#include "inboxfixture.h"
#include "inboxlistview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "readingpane.h"
#include "sources/github/githubkind.h"

#include <QAction>
#include <QDateTime>
#include <QTest>

using namespace fi;
using namespace fitest;

class TestMuteThread : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<MainWindow> m_w;
    qint64 m_github = 0;

    bool select(qint64 id)
    {
        m_w->openItem(id);
        return QTest::qWaitFor([&] { return m_w->readingPane()->itemId() == id; }, 5000);
    }
    ItemState stateOf(qint64 id) const
    {
        ItemQuery q;
        q.states = ItemQuery::States::All;
        for (const Item &i : m_f->store->items(q))
            if (i.id == id)
                return i.state;
        return ItemState::Open;
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        m_github = m_f->store->addSource(github::configFor(QString(), QStringLiteral("octocat"))).result();
        QVERIFY(m_github > 0);
        QVERIFY(m_f->add({makeItem(QStringLiteral("mail-1"), QStringLiteral("Ana Souza"), QStringLiteral("Budget"),
                                   Tier::Async, m_now - kHour, m_now + kHour)}));
        Item thread = makeItem(QStringLiteral("4242"), QStringLiteral("acme/api"), QStringLiteral("Bump deps (weekly)"),
                               Tier::Async, m_now - 2 * kHour, m_now + 2 * kHour);
        thread.record.locator = QStringLiteral("https://api.github.com/notifications/threads/4242");
        thread.record.url = QStringLiteral("https://github.com/acme/api/pull/4242");
        StoreBatch batch;
        batch.sourceId = m_github;
        batch.upserts = {thread};
        QVERIFY(m_f->store->applyBatch(batch).result().ok);
        m_w = std::make_unique<MainWindow>(m_f->store.get());
        m_w->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    }

    void cleanup()
    {
        m_w.reset();
        m_f.reset();
    }

    void onlyThreadsThatCanBeMuted()
    {
        QAction *mute = m_w->actions().muteThread;
        QCOMPARE(mute->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_M));
        QVERIFY(select(m_f->idOf(QStringLiteral("mail-1"))));
        QVERIFY(!mute->isEnabled());  // mail has no thread subscription to drop
        QTest::keyClick(m_w->itemList(), Qt::Key_M, Qt::ShiftModifier);
        QCOMPARE(stateOf(m_f->idOf(QStringLiteral("mail-1"))), ItemState::Open);
        QVERIFY(m_f->store->pendingChanges(m_f->sourceId).isEmpty());

        const qint64 thread = m_f->idOf(QStringLiteral("4242"));
        QVERIFY(select(thread));
        QVERIFY(mute->isEnabled());
        QTest::keyClick(m_w->itemList(), Qt::Key_M, Qt::ShiftModifier);
        QTRY_COMPARE(stateOf(thread), ItemState::Done);
        QList<PendingChange> pending = m_f->store->pendingChanges(m_github);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[0].kind, ChangeKind::Mute);
        QCOMPARE(pending[1].kind, ChangeKind::Done);
        QCOMPARE(pending[0].location.locator, QStringLiteral("https://api.github.com/notifications/threads/4242"));

        // u: back in the inbox; GitHub has no "unmute" for a thread, so only a reopen is journaled.
        QTest::keyClick(m_w->itemList(), Qt::Key_U);
        QTRY_COMPARE(stateOf(thread), ItemState::Open);
        pending = m_f->store->pendingChanges(m_github);
        QCOMPARE(pending.size(), 3);
        QCOMPARE(pending[2].kind, ChangeKind::Reopen);
    }
};

QTEST_MAIN(TestMuteThread)
#include "tst_mutethread.moc"
