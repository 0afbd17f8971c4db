// Issue 12, "Find": the search field above the list, over a real MainWindow and ItemStore, driven
// by QTest keys: `/` focuses it, typing narrows the list (every tier), Esc restores the view and
// returns focus to the list, Down/Enter reach the first result, an unknown operator shows an
// inline hint and no dialog, choosing a view ends the search. Saved searches: saving adds a
// sidebar entry with the count of its open items, the count follows triage (and undo), they
// persist in saved-searches.json, and the command palette finds, runs and deletes them.

#include "config/savedsearches.h"
#include "inboxfixture.h"
#include "inboxlistview.h"
#include "mainwindow.h"
#include "palette/commandpalette.h"
#include "palette/palettelistmodel.h"
#include "search/savedsearchcounts.h"
#include "search/searchfeature.h"
#include "search/searchfield.h"
#include "tiersidebar.h"

#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace fi;
using namespace fitest;

class TestSearchField : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<MainWindow> m_w;

    SearchFeature *feature() const { return m_w->searchFeature(); }
    SearchField *field() const { return feature()->field(); }
    QLineEdit *edit() const { return field()->lineEdit(); }
    TierSidebar *sidebar() const { return m_w->sidebar(); }
    InboxModel *model() const { return m_w->inboxModel(); }
    bool settled() const { return settle(model(), m_f->store.get()); }
    QString savedPath() const { return m_f->dir.filePath(QStringLiteral("saved-searches.json")); }
    QString currentSubject() const
    {
        return m_w->itemList()->currentIndex().data(InboxModel::SubjectRole).toString();
    }
    Item stored(const QString &remoteId) const { return *m_f->store->item(m_f->idOf(remoteId)); }
    QWidget *focus() const { return QApplication::focusWidget(); }

    /// Type @p text into the field as a user does (after `/`), and wait for the list.
    void search(const QString &text)
    {
        QTest::keyClick(m_w->itemList(), '/');
        QTRY_COMPARE(focus(), static_cast<QWidget *>(edit()));
        QTest::keyClicks(edit(), text);
        QTRY_COMPARE(model()->search(), text);
        QVERIFY(settled());
    }
    bool countsSettled() const
    {
        m_f->store->flush();
        QCoreApplication::processEvents();
        return QTest::qWaitFor([this] { return !feature()->counts()->isBusy(); }, 5000);
    }
    /// Open the palette (Ctrl+K on the list) and type @p text.
    void palette(const QString &text)
    {
        m_w->itemList()->setFocus();
        QTest::keyClick(m_w->itemList(), Qt::Key_K, Qt::ControlModifier);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(m_w->commandPalette()->input()));
        QTest::keyClicks(m_w->commandPalette()->input(), text);
    }
    static QStringList visibleDialogs()
    {
        QStringList names;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && qobject_cast<QDialog *>(w))
                names << w->metaObject()->className();
        }
        return names;
    }

    const QStringList kNowView{QStringLiteral("DB primary down"), QStringLiteral("Escalation: checkout")};

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        QVERIFY(m_f->add({
            makeItem(QStringLiteral("n1"), QStringLiteral("PagerDuty"), QStringLiteral("DB primary down"),
                     Tier::Now, m_now - 10 * kMinute, m_now + 5 * kMinute),
            makeItem(QStringLiteral("n2"), QStringLiteral("Ops Lead"), QStringLiteral("Escalation: checkout"),
                     Tier::Now, m_now - 5 * kMinute, m_now + 10 * kMinute),
            makeItem(QStringLiteral("a1"), QStringLiteral("Maria"), QStringLiteral("Review my PR"),
                     Tier::Async, m_now - 2 * kHour, m_now + 1 * kHour),
            makeItem(QStringLiteral("a2"), QStringLiteral("Tom"), QStringLiteral("Design doc feedback"),
                     Tier::Async, m_now - 3 * kHour, m_now + 2 * kHour),
            makeItem(QStringLiteral("a3"), QStringLiteral("Lena"), QStringLiteral("Lunch Friday?"),
                     Tier::Async, m_now - 4 * kHour, m_now + 3 * kHour),
            makeItem(QStringLiteral("r1"), QStringLiteral("Qt Blog"), QStringLiteral("Qt 6.8 released: review the changes"),
                     Tier::Reference, m_now - 26 * kHour, std::nullopt),
        }));
        m_w = std::make_unique<MainWindow>(m_f->store.get());
        m_w->resize(1200, 760);
        m_w->show();
        m_w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
        QVERIFY(settled());
        QVERIFY(feature());
        feature()->setSavedSearchesPath(savedPath());
        m_w->commandPalette()->clearRecent();
        QTRY_COMPARE(focus(), static_cast<QWidget *>(m_w->itemList()));
        QCOMPARE(subjects(model()), kNowView);
    }

    void cleanup()
    {
        m_w.reset();
        m_f.reset();
    }

    void slashFocusesTheFieldAboveTheList()
    {
        QVERIFY(field()->isVisible());
        // Above the list, in the same column.
        const QPoint fieldBottom = field()->mapTo(m_w.get(), QPoint(0, field()->height()));
        const QPoint listTop = m_w->itemList()->mapTo(m_w.get(), QPoint(0, 0));
        QVERIFY(fieldBottom.y() <= listTop.y());
        QCOMPARE(field()->mapTo(m_w.get(), QPoint(0, 0)).x(), listTop.x());

        QTest::keyClick(m_w->itemList(), '/');
        QTRY_COMPARE(focus(), static_cast<QWidget *>(edit()));
        QVERIFY(edit()->text().isEmpty());  // the '/' went to the action, not into the text
        // One-key shortcuts type text here: e does not mark the current item done.
        QTest::keyClicks(edit(), QStringLiteral("e/j"));
        QCOMPARE(edit()->text(), QStringLiteral("e/j"));
        QCOMPARE(stored(QStringLiteral("n1")).state, ItemState::Open);
    }

    void typingNarrowsTheListAcrossTiersAndEscRestoresIt()
    {
        QSignalSpy searched(field(), &SearchField::searchChanged);
        search(QStringLiteral("review"));
        QCOMPARE(searched.count(), 1);  // one search for six keystrokes typed quickly (debounced)
        // Every tier: the Async item and the Reference one; the Now items are gone.
        QCOMPARE(subjects(model()), (QStringList{QStringLiteral("Review my PR"),
                                                 QStringLiteral("Qt 6.8 released: review the changes")}));
        QVERIFY(feature()->isActive());
        QCOMPARE(focus(), static_cast<QWidget *>(edit()));  // typing goes on
        // What is searched is said under the field; no view is selected in the sidebar.
        QTRY_VERIFY(field()->scopeLabel()->isVisible());
        QVERIFY2(field()->scopeLabel()->text().contains(QStringLiteral("All tiers")), qPrintable(field()->scopeLabel()->text()));
        QVERIFY2(field()->scopeLabel()->text().contains(QStringLiteral("2 results")), qPrintable(field()->scopeLabel()->text()));
        const auto *views = sidebar()->findChild<QListWidget *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(views);
        QVERIFY(views->selectedItems().isEmpty());
        QVERIFY(!field()->hintLabel()->isVisible());

        // Narrowing further as the user types.
        QTest::keyClicks(edit(), QStringLiteral(" my"));
        QTRY_COMPARE(subjects(model()), QStringList{QStringLiteral("Review my PR")});

        QTest::keyClick(edit(), Qt::Key_Escape);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(m_w->itemList()));
        QVERIFY(edit()->text().isEmpty());
        QVERIFY(!feature()->isActive());
        QVERIFY(settled());
        QCOMPARE(model()->view(), InboxView::Now);
        QCOMPARE(subjects(model()), kNowView);
        QCOMPARE(sidebar()->currentView(), InboxView::Now);
        QCOMPARE(views->currentRow(), int(InboxView::Now));
        QVERIFY(!field()->scopeLabel()->isVisible());
    }

    void downAndEnterGoToTheFirstResultWithoutOpeningIt()
    {
        QSignalSpy opened(m_w.get(), &MainWindow::itemOpened);
        search(QStringLiteral("from:tom OR from:lena"));
        QStringList results = subjects(model());
        std::sort(results.begin(), results.end());  // ranked (fi_rank): equal ranks, newest first
        QCOMPARE(results, (QStringList{QStringLiteral("Design doc feedback"), QStringLiteral("Lunch Friday?")}));
        const QString first = subjects(model()).at(0);
        const QString second = subjects(model()).at(1);
        QTest::keyClick(edit(), Qt::Key_Down);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(m_w->itemList()));
        QTRY_COMPARE(currentSubject(), first);
        QTest::keyClick(m_w->itemList(), Qt::Key_J);
        QCOMPARE(currentSubject(), second);

        // `/` again: the text is kept and selected; Enter goes back to the first result.
        QTest::keyClick(m_w->itemList(), '/');
        QTRY_COMPARE(focus(), static_cast<QWidget *>(edit()));
        QCOMPARE(edit()->selectedText(), QStringLiteral("from:tom OR from:lena"));
        QTest::keyClick(edit(), Qt::Key_End);
        QTest::keyClick(edit(), Qt::Key_Return);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(m_w->itemList()));
        QTRY_COMPARE(currentSubject(), first);
        QCOMPARE(opened.count(), 0);  // Enter in the field is not "open the item"
        QCOMPARE(stored(QStringLiteral("a2")).record.flags.seen, false);
        QCOMPARE(stored(QStringLiteral("a3")).record.flags.seen, false);
    }

    void unknownOperatorShowsAnInlineHintAndNoDialog()
    {
        search(QStringLiteral("colour:red"));
        QTRY_VERIFY(field()->hintLabel()->isVisible());
        const QString hint = field()->hintLabel()->text();
        QVERIFY2(hint.contains(QStringLiteral("colour:")), qPrintable(hint));
        QCOMPARE(field()->hintLabel()->textFormat(), Qt::PlainText);
        QVERIFY2(visibleDialogs().isEmpty(), qPrintable(visibleDialogs().join(u',')));
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(focus(), static_cast<QWidget *>(edit()));  // typing can go on
        QCOMPARE(model()->rowCount(), 0);  // searched as text: nothing says "colour red"
        // The empty list says the search found nothing, not that the tier is clear.
        QCOMPARE(m_w->itemList()->emptyText(), QStringLiteral("Nothing matches this search."));

        // A bad value is a hint too; fixing the text removes it.
        edit()->clear();
        QTest::keyClicks(edit(), QStringLiteral("tier:7"));
        QTRY_VERIFY(field()->hintLabel()->text().contains(QStringLiteral("tier")));
        QVERIFY(field()->hintLabel()->isVisible());
        QTest::keyClick(edit(), Qt::Key_Backspace);
        QTest::keyClick(edit(), '2');
        QTRY_VERIFY(!field()->hintLabel()->isVisible());
        QTRY_COMPARE(model()->search(), QStringLiteral("tier:2"));
        QVERIFY(settled());
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(visibleDialogs().isEmpty());
    }

    void choosingAViewEndsTheSearch()
    {
        search(QStringLiteral("review"));
        QVERIFY(feature()->isActive());
        m_w->showView(InboxView::Async);  // the sidebar, Tab on the list, g a, the palette
        QVERIFY(settled());
        QVERIFY(!feature()->isActive());
        QVERIFY(edit()->text().isEmpty());
        QVERIFY(model()->search().isEmpty());
        QCOMPARE(model()->view(), InboxView::Async);
        QCOMPARE(subjects(model()), (QStringList{QStringLiteral("Review my PR"), QStringLiteral("Design doc feedback"),
                                                 QStringLiteral("Lunch Friday?")}));
        // Tab in the field moves on to "Save…" and does not switch tiers.
        search(QStringLiteral("lunch"));
        QTest::keyClick(edit(), Qt::Key_Tab);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(field()->saveButton()));
        QVERIFY(feature()->isActive());
        QCOMPARE(model()->view(), InboxView::Async);
    }

    void savingAddsASidebarEntryWhoseCountFollowsTriage()
    {
        QListWidget *saved = sidebar()->savedSearchList();
        QVERIFY(!saved->isVisible());  // no saved searches yet: no section
        search(QStringLiteral("from:maria OR from:tom"));
        // Equal ranks (one sender each): the newest item first.
        QCOMPARE(subjects(model()), (QStringList{QStringLiteral("Design doc feedback"), QStringLiteral("Review my PR")}));
        QVERIFY(field()->saveButton()->isEnabled());
        QTest::mouseClick(field()->saveButton(), Qt::LeftButton);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_w->findChild<QInputDialog *>(QStringLiteral("saveSearchDialog"))) && dialog->isVisible());
        QCOMPARE(dialog->textValue(), QStringLiteral("from:maria OR from:tom"));  // suggested name
        auto *nameEdit = dialog->findChild<QLineEdit *>();
        QVERIFY(nameEdit);
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, QStringLiteral("Team <b>reviews</b>"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QTRY_VERIFY(!m_w->findChild<QInputDialog *>(QStringLiteral("saveSearchDialog")));
        // The window manager gives the window back its activation (the offscreen platform has none).
        m_w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_w.get()));

        QTRY_VERIFY(saved->isVisible());
        QCOMPARE(saved->count(), 1);
        QCOMPARE(saved->item(0)->text(), QStringLiteral("Team <b>reviews</b>"));  // user text, literally
        QVERIFY(countsSettled());
        QTRY_COMPARE(sidebar()->savedSearchCountShown(0), 2);
        QCOMPARE(saved->currentRow(), 0);  // the search shown is this saved search
        QCOMPARE(feature()->activeSavedSearch(), 0);

        // Kept in saved-searches.json.
        const QList<SavedSearch> onDisk = loadSavedSearches(savedPath(), nullptr);
        QCOMPARE(onDisk, (QList<SavedSearch>{{QStringLiteral("Team <b>reviews</b>"), QStringLiteral("from:maria OR from:tom")}}));

        // Triage from the results: e marks "Review my PR" done; the count drops to 1 (open items),
        // the results keep it (a search covers done items too).
        QTest::keyClick(edit(), Qt::Key_Down);
        QTRY_COMPARE(currentSubject(), QStringLiteral("Design doc feedback"));
        QTest::keyClick(m_w->itemList(), Qt::Key_J);
        QCOMPARE(currentSubject(), QStringLiteral("Review my PR"));
        QTest::keyClick(m_w->itemList(), Qt::Key_E);
        QVERIFY(settled());
        QCOMPARE(stored(QStringLiteral("a1")).state, ItemState::Done);
        QVERIFY(countsSettled());
        QTRY_COMPARE(sidebar()->savedSearchCountShown(0), 1);
        QVERIFY(subjects(model()).contains(QStringLiteral("Review my PR")));
        // Undo (u): open again, the count back to 2.
        QTest::keyClick(m_w->itemList(), Qt::Key_U);
        QVERIFY(settled());
        QCOMPARE(stored(QStringLiteral("a1")).state, ItemState::Open);
        QVERIFY(countsSettled());
        QTRY_COMPARE(sidebar()->savedSearchCountShown(0), 2);

        // Esc, then picking the entry in the sidebar runs it and focuses the first result.
        QTest::keyClick(m_w->itemList(), '/');
        QTest::keyClick(edit(), Qt::Key_Escape);
        QVERIFY(settled());
        QCOMPARE(subjects(model()), kNowView);
        QCOMPARE(saved->currentRow(), -1);
        QTest::mouseClick(saved->viewport(), Qt::LeftButton, {}, saved->visualItemRect(saved->item(0)).center());
        QTRY_COMPARE(edit()->text(), QStringLiteral("from:maria OR from:tom"));
        QVERIFY(settled());
        QCOMPARE(subjects(model()), (QStringList{QStringLiteral("Design doc feedback"), QStringLiteral("Review my PR")}));
        QTRY_COMPARE(focus(), static_cast<QWidget *>(m_w->itemList()));
        QTRY_COMPARE(currentSubject(), QStringLiteral("Design doc feedback"));
        QCOMPARE(saved->currentRow(), 0);

        // A new window on the same file lists it again, with its count.
        m_w.reset();
        m_w = std::make_unique<MainWindow>(m_f->store.get());
        feature()->setSavedSearchesPath(savedPath());
        QCOMPARE(sidebar()->savedSearchList()->count(), 1);
        QVERIFY(countsSettled());
        QTRY_COMPARE(sidebar()->savedSearchCountShown(0), 2);
    }

    void savingUnderAnExistingNameReplacesItsQuery()
    {
        search(QStringLiteral("from:maria"));
        QVERIFY(feature()->saveSearch(QStringLiteral("Team")));
        edit()->clear();
        QTest::keyClicks(edit(), QStringLiteral("tier:3"));
        QTRY_COMPARE(model()->search(), QStringLiteral("tier:3"));
        QVERIFY(feature()->saveSearch(QStringLiteral("  team ")));
        QCOMPARE(feature()->savedSearches(), (QList<SavedSearch>{{QStringLiteral("Team"), QStringLiteral("tier:3")}}));
        QVERIFY(countsSettled());
        QTRY_COMPARE(sidebar()->savedSearchCountShown(0), 2);
        QVERIFY(!feature()->saveSearch(QStringLiteral("   ")));  // a name is needed
        QCOMPARE(feature()->savedSearches().size(), 1);
    }

    void paletteFindsRunsAndDeletesSavedSearches()
    {
        search(QStringLiteral("from:maria OR from:tom"));
        QVERIFY(feature()->saveSearch(QStringLiteral("Team reviews")));
        QVERIFY(countsSettled());
        QTRY_COMPARE(sidebar()->savedSearchCountShown(0), 2);
        QTest::keyClick(edit(), Qt::Key_Escape);
        QVERIFY(settled());
        QCOMPARE(subjects(model()), kNowView);

        // The palette offers "Save search…" only while a search is shown.
        palette(QStringLiteral("save search"));
        QCOMPARE(m_w->commandPalette()->shownTexts().indexOf(QStringLiteral("Save search…")), -1);
        QTest::keyClick(m_w->commandPalette()->input(), Qt::Key_Escape);

        palette(QStringLiteral("teamrev"));
        const QStringList shown = m_w->commandPalette()->shownTexts();
        QCOMPARE(shown.value(0), QStringLiteral("Saved search: Team reviews"));
        const QModelIndex first = m_w->commandPalette()->model()->index(0);
        QCOMPARE(first.data(PaletteListModel::DetailRole).toString(), QStringLiteral("2"));  // its count
        QCOMPARE(first.data(PaletteListModel::CategoryRole).toString(), QStringLiteral("Search"));
        QTest::keyClick(m_w->commandPalette()->input(), Qt::Key_Return);
        QVERIFY(!m_w->commandPalette()->isVisible());
        QTRY_COMPARE(edit()->text(), QStringLiteral("from:maria OR from:tom"));
        QVERIFY(settled());
        QCOMPARE(subjects(model()), (QStringList{QStringLiteral("Design doc feedback"), QStringLiteral("Review my PR")}));
        QTRY_COMPARE(focus(), static_cast<QWidget *>(m_w->itemList()));

        // While it is shown, "Save search…" is there; "Delete saved search: …" forgets it.
        palette(QStringLiteral("save search"));
        QVERIFY(m_w->commandPalette()->shownTexts().contains(QStringLiteral("Save search…")));
        QTest::keyClick(m_w->commandPalette()->input(), Qt::Key_Escape);
        palette(QStringLiteral("delete saved"));
        QCOMPARE(m_w->commandPalette()->shownTexts().value(0), QStringLiteral("Delete saved search: Team reviews"));
        QTest::keyClick(m_w->commandPalette()->input(), Qt::Key_Return);
        QTRY_COMPARE(sidebar()->savedSearchList()->count(), 0);
        QVERIFY(m_w->commandPalette()->recentIds().contains(QStringLiteral("search.saved.team reviews")));
        QCOMPARE(m_w->commandPalette()->recentIds().size(), 1);  // deleting is never a "recent" choice
        QVERIFY(!sidebar()->savedSearchList()->isVisible());
        QVERIFY(loadSavedSearches(savedPath(), nullptr).isEmpty());
        palette(QStringLiteral("teamrev"));
        QVERIFY(!m_w->commandPalette()->shownTexts().contains(QStringLiteral("Saved search: Team reviews")));
    }
};

QTEST_MAIN(TestSearchField)
#include "tst_searchfield.moc"
