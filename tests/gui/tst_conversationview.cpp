// Issue 18, "conversations as the unit of triage", in the window: the list shows one row per
// conversation (first subject, newest sender, message count), in the highest tier of its open
// messages; the reading pane stacks its messages (newest expanded; J, K, Enter inside the stack);
// done, a tier and undo act on the whole conversation as one undo step; the setting turns it off.
// The real MainWindow over a real ItemStore (offscreen); threading by the store's writer.

#include "conversationstack.h"
#include "inboxfixture.h"
#include "inboxlistview.h"
#include "mainwindow.h"
#include "readingpane.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace fi;
using namespace fitest;

class TestConversationView : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<MainWindow> m_w;

    InboxModel *model() const { return m_w->inboxModel(); }
    bool settled() const { return settle(model(), m_f->store.get()); }
    void key(QWidget *to, int k)
    {
        QTest::keyClick(to, Qt::Key(k));
        QVERIFY(settled());
    }
    /// A message of the "Launch plan" thread: @p parent is the remote id it replies to.
    Item reply(const QString &remoteId, const QString &sender, const QString &subject, qint64 ageMs, qint64 dueInMs,
               const QStringList &parents)
    {
        Item item = makeItem(remoteId, sender, subject, Tier::Async, m_now - ageMs, m_now + dueInMs);
        for (const QString &parent : parents)
            item.record.threadLinks << parent + QStringLiteral("@example.com");
        return item;
    }
    QString rowRemoteId(int row) const
    {
        const qint64 id = model()->idAt(row);
        return m_f->store->item(id)->record.remoteId;
    }
    ItemState stateOf(const QString &remoteId) const { return m_f->store->item(m_f->idOf(remoteId))->state; }
    Tier tierOf(const QString &remoteId) const { return m_f->store->item(m_f->idOf(remoteId))->tier; }
    void selectRow(int row)
    {
        m_w->itemList()->setCurrentIndex(model()->index(row));
        QVERIFY(settled());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        // t1 ← t2 ← t3: one conversation of three, each from another sender; o1 alone.
        QVERIFY(m_f->add({
            reply(QStringLiteral("t1"), QStringLiteral("Ana"), QStringLiteral("Launch plan"), 5 * kHour, 1 * kHour, {}),
            reply(QStringLiteral("t2"), QStringLiteral("Bruno"), QStringLiteral("Re: Launch plan"), 3 * kHour,
                  3 * kHour, {QStringLiteral("t1")}),
            reply(QStringLiteral("t3"), QStringLiteral("Carla"), QStringLiteral("Re: Launch plan"), 1 * kHour,
                  5 * kHour, {QStringLiteral("t1"), QStringLiteral("t2")}),
            makeItem(QStringLiteral("o1"), QStringLiteral("Dora"), QStringLiteral("Budget question"), Tier::Async,
                     m_now - 2 * kHour, m_now + 2 * kHour),
        }));
        m_w = std::make_unique<MainWindow>(m_f->store.get());
        m_w->show();
        QApplication::setActiveWindow(m_w.get());
        QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
        QVERIFY(settled());
        model()->setView(InboxView::Async);
        QVERIFY(settled());
    }

    void cleanup()
    {
        m_w.reset();
        m_f.reset();
    }

    void oneRowPerConversation();
    void conversationListedInItsHighestTier();
    void stackedReadingPaneWithKeys();
    void doneOnConversationUndoneInOneStep();
    void settingShowsOneRowPerMessage();
};

void TestConversationView::oneRowPerConversation()
{
    QCOMPARE(model()->rowCount(), 2);
    // The conversation sits where its oldest unanswered message is due (in 1 h, before o1's 2 h).
    QCOMPARE(rowRemoteId(0), QStringLiteral("t1"));
    const QModelIndex row = model()->index(0);
    QCOMPARE(row.data(InboxModel::SubjectRole).toString(), QStringLiteral("Launch plan"));
    QCOMPARE(row.data(InboxModel::SenderRole).toString(), QStringLiteral("Carla"));
    QCOMPARE(row.data(InboxModel::ConversationCountRole).toInt(), 3);
    // Its age is the newest message's (t3, 1 h), not the lead's (t1, 5 h).
    QCOMPARE(row.data(InboxModel::AgeTextRole).toString(), InboxModel::formatAge(m_now - kHour, model()->nowMs()));
    QCOMPARE(model()->index(1).data(InboxModel::SubjectRole).toString(), QStringLiteral("Budget question"));
    QCOMPARE(model()->index(1).data(InboxModel::ConversationCountRole).toInt(), 1);
    QVERIFY(row.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("3")));
    // The sidebar counts conversations: two in Async, as the list shows.
    QCOMPARE(model()->counts().async, 2);
    QCOMPARE(model()->counts().now, 0);

    // A fourth message arrives: still one row, now counting four, from its sender.
    QVERIFY(m_f->add({reply(QStringLiteral("t4"), QStringLiteral("Duda"), QStringLiteral("Re: Launch plan"),
                            10 * 60 * 1000, 6 * kHour, {QStringLiteral("t3")})}));
    QVERIFY(settled());
    QCOMPARE(model()->rowCount(), 2);
    QCOMPARE(model()->index(0).data(InboxModel::ConversationCountRole).toInt(), 4);
    QCOMPARE(model()->index(0).data(InboxModel::SenderRole).toString(), QStringLiteral("Duda"));
}

void TestConversationView::conversationListedInItsHighestTier()
{
    // t2 is moved to Now at the source of truth (the store): the conversation is a Now row and
    // leaves Async, where only o1 stays.
    m_f->store->setTier({m_f->idOf(QStringLiteral("t2"))}, Tier::Now, QStringLiteral("manual"), m_now + kHour,
                        QStringLiteral("tier3-default"));
    QVERIFY(settled());
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(rowRemoteId(0), QStringLiteral("o1"));
    QCOMPARE(model()->counts().async, 1);
    QCOMPARE(model()->counts().now, 1);
    model()->setView(InboxView::Now);
    QVERIFY(settled());
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->index(0).data(InboxModel::ConversationCountRole).toInt(), 3);
    QCOMPARE(model()->index(0).data(InboxModel::SubjectRole).toString(), QStringLiteral("Launch plan"));
}

void TestConversationView::stackedReadingPaneWithKeys()
{
    selectRow(0);
    ReadingPane *pane = m_w->readingPane();
    ConversationStack *stack = pane->conversationStack();
    QVERIFY(stack->isVisibleTo(pane));
    QCOMPARE(stack->count(), 3);
    // Oldest first, the newest expanded and shown in full below the stack.
    QCOMPARE(stack->messageIds(), QList<qint64>({m_f->idOf(QStringLiteral("t1")), m_f->idOf(QStringLiteral("t2")),
                                                 m_f->idOf(QStringLiteral("t3"))}));
    QCOMPARE(stack->expandedId(), m_f->idOf(QStringLiteral("t3")));
    QCOMPARE(pane->itemId(), m_f->idOf(QStringLiteral("t3")));
    QVERIFY(stack->item(2)->text().contains(QStringLiteral("Carla")));
    QVERIFY(stack->item(2)->font().bold());
    QVERIFY(!stack->item(0)->font().bold());

    // Enter on the list opens the conversation: the focus goes into the stack.
    key(m_w->itemList(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([stack] { return stack->hasFocus(); }, 2000));
    // K twice, Enter: the oldest message is expanded; the list's current row did not move.
    const qint64 listCurrent = m_w->itemList()->currentItemId();
    key(stack, Qt::Key_K);
    key(stack, Qt::Key_K);
    QCOMPARE(stack->currentRow(), 0);
    // A reload meanwhile (another item changed) leaves the stack's cursor and expanded message be.
    QSignalSpy loaded(model(), &InboxModel::loaded);
    m_f->store->setSeen({m_f->idOf(QStringLiteral("o1"))}, true);
    QVERIFY(settled());
    QVERIFY(!loaded.isEmpty());
    QCOMPARE(stack->currentRow(), 0);
    QCOMPARE(stack->expandedId(), m_f->idOf(QStringLiteral("t3")));
    key(stack, Qt::Key_Return);
    QCOMPARE(stack->expandedId(), m_f->idOf(QStringLiteral("t1")));
    QCOMPARE(pane->itemId(), m_f->idOf(QStringLiteral("t1")));
    QCOMPARE(pane->findChildren<QLabel *>().first()->textFormat(), Qt::PlainText);
    key(stack, Qt::Key_J);
    key(stack, Qt::Key_Enter);
    QCOMPARE(pane->itemId(), m_f->idOf(QStringLiteral("t2")));
    QCOMPARE(m_w->itemList()->currentItemId(), listCurrent);
    // Opening read the whole conversation.
    for (const QString &id : {QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")})
        QVERIFY2(m_f->store->item(m_f->idOf(id))->record.flags.seen, qPrintable(id));
    // Escape: back to the list, where J moves the list again.
    key(stack, Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([this] { return m_w->itemList()->hasFocus(); }, 2000));
    key(m_w->itemList(), Qt::Key_J);
    QCOMPARE(rowRemoteId(m_w->itemList()->currentIndex().row()), QStringLiteral("o1"));
    QVERIFY(!stack->isVisibleTo(pane));  // o1 is a message alone
}

void TestConversationView::doneOnConversationUndoneInOneStep()
{
    selectRow(0);
    const int steps = m_w->undoStack()->count();
    key(m_w->itemList(), Qt::Key_E);
    QCOMPARE(m_w->undoStack()->count(), steps + 1);
    for (const QString &id : {QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")})
        QCOMPARE(stateOf(id), ItemState::Done);
    QCOMPARE(stateOf(QStringLiteral("o1")), ItemState::Open);
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(rowRemoteId(0), QStringLiteral("o1"));
    QCOMPARE(model()->counts().done, 1);  // one conversation done

    key(m_w->itemList(), Qt::Key_U);  // one undo brings the whole conversation back
    for (const QString &id : {QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")})
        QCOMPARE(stateOf(id), ItemState::Open);
    QCOMPARE(model()->rowCount(), 2);
    QCOMPARE(rowRemoteId(0), QStringLiteral("t1"));
    QCOMPARE(m_w->itemList()->currentItemId(), m_f->idOf(QStringLiteral("t1")));

    // A tier acts on all three too; the conversation leaves Async as one row.
    key(m_w->itemList(), Qt::Key_3);
    for (const QString &id : {QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")})
        QCOMPARE(tierOf(id), Tier::Now);
    QCOMPARE(model()->rowCount(), 1);
}

void TestConversationView::settingShowsOneRowPerMessage()
{
    AppConfig config = m_w->appConfig();
    config.conversations = false;
    m_w->setAppConfig(config);
    QVERIFY(settled());
    QCOMPARE(model()->rowCount(), 4);
    QCOMPARE(model()->index(0).data(InboxModel::ConversationCountRole).toInt(), 1);
    QCOMPARE(model()->counts().async, 4);
    selectRow(0);
    QVERIFY(!m_w->readingPane()->conversationStack()->isVisibleTo(m_w->readingPane()));
    key(m_w->itemList(), Qt::Key_E);  // done on the message alone
    QCOMPARE(stateOf(QStringLiteral("t1")), ItemState::Done);
    QCOMPARE(stateOf(QStringLiteral("t2")), ItemState::Open);
    QCOMPARE(model()->rowCount(), 3);
}

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"
