// Issue 12, "act on many, act at the source": a keyboard triage session on the real MainWindow
// over a real ItemStore (offscreen). x / Shift+J / Shift+K mark several items, every action
// (e, 1/2/3, m, f) applies to the marked items as ONE undo step and moves the selection on, g
// then n/a/r/d/s switches views, Home / g g / End / Shift+G jump. The session ends in the
// expected store state; undo all restores the start exactly and redo all the end again.

#include "inboxfixture.h"
#include "inboxlistview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "settings/preferencesdialog.h"
#include "settings/triagepage.h"
#include "shortcutoverlay.h"
#include "tiersidebar.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace fi;
using namespace fitest;

namespace {

/// What a user checks per item (and what undo must restore).
struct Triaged {
    ItemState state = ItemState::Open;
    Tier tier = Tier::Async;
    QString tierReason;
    std::optional<qint64> dueMs;
    bool seen = false;
    bool flagged = false;
    bool operator==(const Triaged &) const = default;
};

QString describe(const QString &remoteId, const Triaged &t)
{
    return QStringLiteral("%1: state %2 tier %3 (%4) due %5 seen %6 flagged %7")
        .arg(remoteId, itemStateName(t.state))
        .arg(int(t.tier))
        .arg(t.tierReason)
        .arg(t.dueMs ? QString::number(*t.dueMs) : QStringLiteral("-"))
        .arg(t.seen)
        .arg(t.flagged);
}

} // namespace

class TestTriageSession : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<MainWindow> m_w;
    int m_keys = 0;

    const QStringList m_ids = {QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3"),
                               QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"),
                               QStringLiteral("a4"), QStringLiteral("a5"), QStringLiteral("r1"),
                               QStringLiteral("r2")};

    InboxModel *model() const { return m_w->inboxModel(); }
    bool settled() const { return settle(model(), m_f->store.get()); }
    /// One keystroke to the item list, then let the store and the list catch up.
    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(m_w->itemList(), Qt::Key(k), mods);
        ++m_keys;
        QVERIFY(settled());
    }
    QString current() const
    {
        const qint64 id = m_w->itemList()->currentItemId();
        for (const QString &rid : m_ids)
            if (m_f->idOf(rid) == id)
                return rid;
        return QString();
    }
    QStringList marked() const
    {
        QStringList result;
        for (const qint64 id : m_w->itemList()->markedIds())
            for (const QString &rid : m_ids)
                if (m_f->idOf(rid) == id)
                    result << rid;
        return result;
    }
    Triaged triaged(const QString &remoteId) const
    {
        const Item item = *m_f->store->item(m_f->idOf(remoteId));
        return {item.state, item.tier, item.tierReason, item.dueMs, item.record.flags.seen, item.record.flags.flagged};
    }
    QMap<QString, Triaged> snapshot() const
    {
        QMap<QString, Triaged> all;
        for (const QString &rid : m_ids)
            all.insert(rid, triaged(rid));
        return all;
    }
    void compareAll(const QMap<QString, Triaged> &actual, const QMap<QString, Triaged> &expected)
    {
        for (const QString &rid : m_ids)
            QVERIFY2(actual.value(rid) == expected.value(rid),
                     qPrintable(describe(rid, actual.value(rid)) + QStringLiteral("  expected  ")
                                + describe(rid, expected.value(rid))));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_keys = 0;
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        Item a2 = makeItem(QStringLiteral("a2"), QStringLiteral("Tom"), QStringLiteral("Design doc"), Tier::Async,
                           m_now - 3 * kHour, m_now + 2 * kHour, /*seen=*/true);
        Item r2 = makeItem(QStringLiteral("r2"), QStringLiteral("Qt Blog"), QStringLiteral("Release notes"),
                           Tier::Reference, m_now - 30 * kHour, std::nullopt);
        r2.record.flags.flagged = true;  // flagged at the source
        QVERIFY(m_f->add({
            makeItem(QStringLiteral("n1"), QStringLiteral("PagerDuty"), QStringLiteral("Disk full on db-1"),
                     Tier::Now, m_now - 10 * kMinute, m_now + 5 * kMinute),
            makeItem(QStringLiteral("n2"), QStringLiteral("Ops Lead"), QStringLiteral("Checkout errors"),
                     Tier::Now, m_now - 8 * kMinute, m_now + 10 * kMinute),
            makeItem(QStringLiteral("n3"), QStringLiteral("Alerts"), QStringLiteral("Pager test"),
                     Tier::Now, m_now - 6 * kMinute, m_now + 15 * kMinute),
            makeItem(QStringLiteral("a1"), QStringLiteral("Maria"), QStringLiteral("Review PR 101"),
                     Tier::Async, m_now - 2 * kHour, m_now + 1 * kHour),
            a2,
            makeItem(QStringLiteral("a3"), QStringLiteral("Lena"), QStringLiteral("Budget question"),
                     Tier::Async, m_now - 4 * kHour, m_now + 3 * kHour),
            makeItem(QStringLiteral("a4"), QStringLiteral("Ravi"), QStringLiteral("Hiring loop"),
                     Tier::Async, m_now - 5 * kHour, m_now + 4 * kHour),
            makeItem(QStringLiteral("a5"), QStringLiteral("Ana Souza"), QStringLiteral("Offsite plan"),
                     Tier::Async, m_now - 6 * kHour, m_now + 5 * kHour),
            makeItem(QStringLiteral("r1"), QStringLiteral("Newsletter"), QStringLiteral("Weekly digest"),
                     Tier::Reference, m_now - 26 * kHour, std::nullopt),
            r2,
        }));
        m_w = std::make_unique<MainWindow>(m_f->store.get());
        m_w->show();
        QApplication::setActiveWindow(m_w.get());
        QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
        QVERIFY(settled());
    }

    void cleanup()
    {
        m_w.reset();
        m_f.reset();
    }

    void thirtyKeystrokeSessionUndoAllRedoAll();
    void navigationKeysAreNotAmbiguous();
    void afterActionPreviousIsASetting();
    void preferencesHaveATriagePage();
    void actionsAreListedOnceEnabled();
    void markingSurvivesCursorMovesAndViewSwitchClearsIt();
};

void TestTriageSession::thirtyKeystrokeSessionUndoAllRedoAll()
{
    const QMap<QString, Triaged> start = snapshot();
    QCOMPARE(model()->view(), InboxView::Now);
    QCOMPARE(current(), QStringLiteral("n1"));

    key(Qt::Key_J);                          // n2
    QCOMPARE(current(), QStringLiteral("n2"));
    key(Qt::Key_F);                          // flag n2, on to n3
    QCOMPARE(current(), QStringLiteral("n3"));
    key(Qt::Key_K);                          // back to n2
    key(Qt::Key_M);                          // n2 read, on to n3
    QCOMPARE(current(), QStringLiteral("n3"));
    key(Qt::Key_E);                          // n3 done; last row: back to n2
    QCOMPARE(current(), QStringLiteral("n2"));
    key(Qt::Key_G);
    key(Qt::Key_A);                          // g a: Async
    QCOMPARE(model()->view(), InboxView::Async);
    QCOMPARE(current(), QStringLiteral("a1"));
    key(Qt::Key_X);                          // mark a1
    key(Qt::Key_J);
    key(Qt::Key_J);                          // cursor on a3, a1 still marked
    QCOMPARE(current(), QStringLiteral("a3"));
    QCOMPARE(marked(), QStringList{QStringLiteral("a1")});
    key(Qt::Key_X);                          // mark a3
    QCOMPARE(marked(), (QStringList{QStringLiteral("a1"), QStringLiteral("a3")}));
    const int beforeMove = m_w->undoStack()->count();
    key(Qt::Key_1);                          // a1 + a3 to Reference: one undo step
    QCOMPARE(m_w->undoStack()->count(), beforeMove + 1);
    QCOMPARE(marked(), QStringList{});       // the selection is spent
    QCOMPARE(current(), QStringLiteral("a4"));
    key(Qt::Key_J, Qt::ShiftModifier);       // mark a4 and a5
    QCOMPARE(marked(), (QStringList{QStringLiteral("a4"), QStringLiteral("a5")}));
    key(Qt::Key_M);                          // both read; nothing below: back to a2
    QCOMPARE(current(), QStringLiteral("a2"));
    key(Qt::Key_J);                          // a4
    key(Qt::Key_K, Qt::ShiftModifier);       // mark a4 and a2
    QCOMPARE(marked(), (QStringList{QStringLiteral("a2"), QStringLiteral("a4")}));
    key(Qt::Key_F);                          // flag both, on to a5
    QCOMPARE(current(), QStringLiteral("a5"));
    key(Qt::Key_3);                          // a5 to Now, back to a4
    QCOMPARE(current(), QStringLiteral("a4"));
    key(Qt::Key_Home);
    QCOMPARE(current(), QStringLiteral("a2"));
    key(Qt::Key_G, Qt::ShiftModifier);       // last
    QCOMPARE(current(), QStringLiteral("a4"));
    key(Qt::Key_E);                          // a4 done …
    key(Qt::Key_U);                          // … undone: a4 is back and selected
    QTRY_COMPARE(current(), QStringLiteral("a4"));
    key(Qt::Key_G);
    key(Qt::Key_R);                          // g r: Reference (a1, a3 with their due first)
    QCOMPARE(model()->view(), InboxView::Reference);
    QCOMPARE(current(), QStringLiteral("a1"));
    key(Qt::Key_End);
    QCOMPARE(current(), QStringLiteral("r2"));
    key(Qt::Key_F);                          // r2 was flagged at the source: unflag; back to r1
    QCOMPARE(current(), QStringLiteral("r1"));
    key(Qt::Key_G);
    key(Qt::Key_G);                          // g g: first
    QCOMPARE(current(), QStringLiteral("a1"));
    key(Qt::Key_2);                          // a1 back to Async, on to a3
    QCOMPARE(current(), QStringLiteral("a3"));
    key(Qt::Key_M);                          // a3 read
    key(Qt::Key_G);
    key(Qt::Key_N);                          // g n: Now (n1, n2, a5)
    QCOMPARE(model()->view(), InboxView::Now);
    QCOMPARE(current(), QStringLiteral("n1"));
    key(Qt::Key_X);
    key(Qt::Key_J, Qt::ShiftModifier);       // n1 + n2 marked
    key(Qt::Key_E);                          // both done, on to a5
    QCOMPARE(current(), QStringLiteral("a5"));
    key(Qt::Key_U);                          // undo that one step: both open again, n1 selected
    QTRY_COMPARE(current(), QStringLiteral("n1"));
    QCOMPARE(triaged(QStringLiteral("n2")).state, ItemState::Open);
    key(Qt::Key_F);                          // flag n1 (a new step: nothing left to redo)
    QVERIFY(!m_w->undoStack()->canRedo());
    QVERIFY2(m_keys >= 30, qPrintable(QString::number(m_keys)));

    // The end state, as a user would check it item by item.
    QMap<QString, Triaged> end = start;
    end[QStringLiteral("n1")].flagged = true;
    end[QStringLiteral("n2")].seen = true;
    end[QStringLiteral("n2")].flagged = true;
    end[QStringLiteral("n3")].state = ItemState::Done;
    end[QStringLiteral("a1")].tierReason = QStringLiteral("manual");  // Reference, then Async by hand
    end[QStringLiteral("a2")].flagged = true;
    end[QStringLiteral("a3")].tier = Tier::Reference;
    end[QStringLiteral("a3")].tierReason = QStringLiteral("manual");
    end[QStringLiteral("a3")].seen = true;
    end[QStringLiteral("a4")].seen = true;
    end[QStringLiteral("a4")].flagged = true;
    end[QStringLiteral("a5")].seen = true;
    end[QStringLiteral("a5")].tier = Tier::Now;
    end[QStringLiteral("a5")].tierReason = QStringLiteral("manual");
    end[QStringLiteral("r2")].flagged = false;
    const QMap<QString, Triaged> reached = snapshot();
    compareAll(reached, end);
    QCOMPARE(m_w->sidebar()->countShown(InboxView::Now), 3);
    QCOMPARE(m_w->sidebar()->countShown(InboxView::Async), 3);
    QCOMPARE(m_w->sidebar()->countShown(InboxView::Reference), 3);
    QCOMPARE(m_w->sidebar()->countShown(InboxView::Done), 1);

    // Undo everything with U: exactly the start again.
    while (m_w->undoStack()->canUndo())
        key(Qt::Key_U);
    compareAll(snapshot(), start);
    QCOMPARE(m_w->sidebar()->countShown(InboxView::Done), 0);
    // Redo everything with Shift+U: exactly the end again.
    while (m_w->undoStack()->canRedo())
        key(Qt::Key_U, Qt::ShiftModifier);
    compareAll(snapshot(), reached);
}

void TestTriageSession::navigationKeysAreNotAmbiguous()
{
    // "G, N" … and "G, G" share the prefix G; Shift+G and the single-key actions (S snooze, E
    // done, N …) must still work. An ambiguous shortcut would trigger nothing and warn.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("[Aa]mbiguous")));
    const std::pair<int, InboxView> views[] = {
        {Qt::Key_A, InboxView::Async}, {Qt::Key_R, InboxView::Reference}, {Qt::Key_D, InboxView::Done},
        {Qt::Key_S, InboxView::Snoozed}, {Qt::Key_N, InboxView::Now},
    };
    for (const auto &[second, view] : views) {
        key(Qt::Key_G);
        key(second);
        QCOMPARE(model()->view(), view);
        QCOMPARE(m_w->sidebar()->currentView(), view);
    }
    QCOMPARE(current(), QStringLiteral("n1"));
    key(Qt::Key_End);
    QCOMPARE(current(), QStringLiteral("n3"));
    key(Qt::Key_Home);
    QCOMPARE(current(), QStringLiteral("n1"));
    key(Qt::Key_G, Qt::ShiftModifier);
    QCOMPARE(current(), QStringLiteral("n3"));
    key(Qt::Key_G);
    key(Qt::Key_G);
    QCOMPARE(current(), QStringLiteral("n1"));
    // After g g, a plain key is itself again: j moves, e marks done.
    key(Qt::Key_J);
    QCOMPARE(current(), QStringLiteral("n2"));
    key(Qt::Key_E);
    QCOMPARE(triaged(QStringLiteral("n2")).state, ItemState::Done);
    // Every two-key sequence of the window starts with G, and no single G is bound.
    for (QAction *action : m_w->actions().all()) {
        for (const QKeySequence &seq : action->shortcuts())
            QVERIFY2(seq != QKeySequence(Qt::Key_G), qPrintable(action->objectName()));
    }
}

void TestTriageSession::afterActionPreviousIsASetting()
{
    AppConfig config = m_w->appConfig();
    config.afterTriage = AppConfig::AfterTriage::Previous;
    m_w->setAppConfig(config);
    key(Qt::Key_J);
    QCOMPARE(current(), QStringLiteral("n2"));
    key(Qt::Key_E);                          // previous: n1
    QCOMPARE(current(), QStringLiteral("n1"));
    key(Qt::Key_F);                          // n1 flagged; nothing above: the next one (n3)
    QCOMPARE(current(), QStringLiteral("n3"));
    QVERIFY(triaged(QStringLiteral("n1")).flagged);
    // Saved and read back through config.json.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QString error;
    QVERIFY2(config.save(path, &error), qPrintable(error));
    QCOMPARE(AppConfig::load(path).afterTriage, AppConfig::AfterTriage::Previous);
    config.afterTriage = AppConfig::AfterTriage::Next;
    QVERIFY(config.save(path, &error));
    QCOMPARE(AppConfig::load(path).afterTriage, AppConfig::AfterTriage::Next);
}

void TestTriageSession::preferencesHaveATriagePage()
{
    PreferencesDialog dialog(m_w->appConfig(), m_w->actions().all());
    QVERIFY(dialog.triagePage());
    QVERIFY(dialog.triagePage()->nextButton()->isChecked());
    dialog.showPage(QStringLiteral("triage"));
    dialog.triagePage()->previousButton()->click();
    QCOMPARE(dialog.config().afterTriage, AppConfig::AfterTriage::Previous);
    // The other pages still contribute (the Keyboard page keeps the bindings).
    QCOMPARE(dialog.config().shortcuts, m_w->appConfig().shortcuts);
}

void TestTriageSession::actionsAreListedOnceEnabled()
{
    const MainActions &a = m_w->actions();
    const QList<QAction *> wired = {a.toggleSelect, a.extendDown, a.extendUp, a.toggleSeen, a.toggleFlag,
                                    a.goNow,        a.goAsync,    a.goReference, a.goDone, a.goSnoozed,
                                    a.firstItem,    a.lastItem};
    for (QAction *action : wired) {
        QVERIFY2(action->isVisible(), qPrintable(action->objectName()));
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    }
    // The ? overlay lists each of them once, with its keys.
    ShortcutOverlay overlay(a.menus);
    const QStringList entries = overlay.entries();
    for (const QString &name : {QStringLiteral("Flag or unflag\tF"), QStringLiteral("Mark read or unread\tM"),
                                QStringLiteral("Select\tX"), QStringLiteral("Extend selection down\tShift+J"),
                                QStringLiteral("Go to Async\tG, A"), QStringLiteral("Last item\tEnd / Shift+G")})
        QVERIFY2(entries.count(name) == 1, qPrintable(name + QStringLiteral(" in ") + entries.join(u'|')));
    QVERIFY(entries.filter(QStringLiteral("First item\tHome / G, G")).size() == 1);
}

void TestTriageSession::markingSurvivesCursorMovesAndViewSwitchClearsIt()
{
    key(Qt::Key_X);
    key(Qt::Key_J);
    key(Qt::Key_J);
    QCOMPARE(marked(), QStringList{QStringLiteral("n1")});
    // Marked rows are the list's selection (highlighted); the cursor row is not.
    QItemSelectionModel *selection = m_w->itemList()->selectionModel();
    QVERIFY(selection->isSelected(model()->index(0)));
    QVERIFY(!selection->isSelected(model()->index(2)));
    QCOMPARE(m_w->targetItems().size(), 1);
    QCOMPARE(m_w->targetItems().first().id, m_f->idOf(QStringLiteral("n1")));
    key(Qt::Key_X);                          // n3 too
    key(Qt::Key_K);
    key(Qt::Key_X);                          // and n2: all three
    QCOMPARE(m_w->targetItems().size(), 3);
    key(Qt::Key_X);                          // x again unmarks n2
    QCOMPARE(marked(), (QStringList{QStringLiteral("n1"), QStringLiteral("n3")}));
    key(Qt::Key_Tab);                        // another view: the marks are gone
    QCOMPARE(marked(), QStringList{});
    QCOMPARE(m_w->targetItems().size(), 1);
    QVERIFY(!m_w->undoStack()->canUndo());   // marking is not a change
}

QTEST_MAIN(TestTriageSession)
#include "tst_triagesession.moc"
