// The snooze picker (issue 12): `s` opens it over the main window; a digit chooses a choice,
// arrows + Enter too; a typed phrase (en, es, pt_BR) previews its time live and Enter snoozes;
// errors show as plain text; Esc closes without snoozing. The Snoozed view then lists the
// items by wake time with "wakes …" badges. Real ItemStore, fixed clock, Madrid zone.

#include "inboxfixture.h"
#include "inboxlistview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "triage/snoozefeature.h"
#include "triage/snoozepicker.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace fi;
using namespace fitest;

namespace {
const QTimeZone kMadrid("Europe/Madrid");
} // namespace

class TestSnoozePicker : public QObject {
    Q_OBJECT

    // The store's "now" is the real clock (snoozes must lie in the future for the Snoozed view),
    // the picker's clock is fixed at a Wednesday 10:00 a few weeks ahead of it.
    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    qint64 m_pickerNow = 0;
    std::optional<qint64> m_focusEnd;
    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<MainWindow> m_w;

    SnoozePicker *picker() const { return m_w->snoozeFeature()->picker(); }
    InboxModel *model() const { return m_w->inboxModel(); }
    bool settled() const { return settle(model(), m_f->store.get()); }
    Item stored(const char *remoteId) const { return *m_f->store->item(m_f->idOf(QString::fromLatin1(remoteId))); }
    QString localWake(const char *remoteId) const
    {
        const Item item = stored(remoteId);
        if (item.state != ItemState::Snoozed || !item.snoozedUntilMs)
            return QStringLiteral("(not snoozed)");
        return QDateTime::fromMSecsSinceEpoch(*item.snoozedUntilMs, kMadrid).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    /// QTest::keyClicks() takes ASCII only: "mañana", "às" need key events with their text.
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(widget, c.toLatin1());
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
    void openPicker()
    {
        QTest::keyClick(m_w->itemList(), Qt::Key_S);
        QTRY_VERIFY(picker()->isVisible());
        QVERIFY(picker()->choiceList()->hasFocus() || QApplication::focusWidget() == picker()->choiceList());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(kMadrid.isValid());
        // The first Wednesday at least 14 days from now, 10:00 in Madrid.
        QDate day = QDateTime::fromMSecsSinceEpoch(m_now, kMadrid).date().addDays(14);
        while (day.dayOfWeek() != Qt::Wednesday)
            day = day.addDays(1);
        m_pickerNow = QDateTime(day, QTime(10, 0), kMadrid).toMSecsSinceEpoch();
    }

    void init()
    {
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        QVERIFY(m_f->add({
            makeItem(QStringLiteral("n1"), QStringLiteral("PagerDuty"), QStringLiteral("DB primary down"),
                     Tier::Now, m_now - 10 * kMinute, m_now + 5 * kMinute),
            makeItem(QStringLiteral("n2"), QStringLiteral("Ops Lead"), QStringLiteral("Escalation: checkout"),
                     Tier::Now, m_now - 5 * kMinute, m_now + 10 * kMinute),
            makeItem(QStringLiteral("n3"), QStringLiteral("Ana Souza"), QStringLiteral("Contract review"),
                     Tier::Now, m_now - 4 * kMinute, m_now + 20 * kMinute),
        }));
        m_w = std::make_unique<MainWindow>(m_f->store.get());
        AppConfig config;
        config.workingHours = WorkingHours::defaults(kMadrid);
        m_w->setAppConfig(config);
        m_focusEnd.reset();
        m_w->snoozeFeature()->setClock([this] { return m_pickerNow; });
        m_w->setFocusEndSource([this] { return m_focusEnd; });
        m_w->resize(1100, 700);
        m_w->show();
        QApplication::setActiveWindow(m_w.get());
        QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
        QVERIFY(settled());
        QCOMPARE(model()->rowCount(), 3);
    }

    void cleanup()
    {
        m_w.reset();
        m_f.reset();
    }

    void actionIsSnoozeEllipsis()
    {
        QCOMPARE(m_w->actions().snooze->text(), QStringLiteral("S&nooze…"));
        QCOMPARE(m_w->actions().snooze->shortcut(), QKeySequence(Qt::Key_S));
    }

    void showsEveryChoiceWithItsTime()
    {
        m_focusEnd = m_pickerNow + 50 * kMinute;
        openPicker();
        QListWidget *list = picker()->choiceList();
        QCOMPARE(list->count(), 6);
        const QStringList labels{QStringLiteral("After this focus session"), QStringLiteral("In 1 hour"),
                                 QStringLiteral("This evening"), QStringLiteral("Tomorrow 09:00"),
                                 QStringLiteral("Next working morning"), QStringLiteral("Next Monday")};
        for (int i = 0; i < 6; ++i)
            QCOMPARE(list->item(i)->text(), labels.at(i));
        QCOMPARE(picker()->choiceTimeText(SnoozeChoice::AfterFocus), QStringLiteral("today 10:50"));
        QCOMPARE(picker()->choiceTimeText(SnoozeChoice::InOneHour), QStringLiteral("today 11:00"));
        QCOMPARE(picker()->choiceTimeText(SnoozeChoice::ThisEvening), QStringLiteral("today 18:00"));
        QCOMPARE(picker()->choiceTimeText(SnoozeChoice::TomorrowMorning), QStringLiteral("tomorrow 09:00"));
        QCOMPARE(picker()->choiceTimeText(SnoozeChoice::NextWorkingMorning), QStringLiteral("tomorrow 09:00"));
        const QString monday = QLocale().toString(QDate(2000, 1, 3), QStringLiteral("ddd"));  // a Monday
        QCOMPARE(picker()->choiceTimeText(SnoozeChoice::NextMonday), monday + QStringLiteral(" 09:00"));
        QCOMPARE(list->currentRow(), 0);
        QTest::keyClick(list, Qt::Key_Escape);
    }

    void noSessionDisablesAfterFocus()
    {
        openPicker();
        QListWidget *list = picker()->choiceList();
        QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled));
        QCOMPARE(picker()->choiceTimeText(SnoozeChoice::AfterFocus), QStringLiteral("no focus session"));
        QCOMPARE(list->currentRow(), 1);  // the first available choice
        QTest::keyClick(list, Qt::Key_1);  // does nothing
        QVERIFY(picker()->isVisible());
        QTest::keyClick(list, Qt::Key_Up);  // skips the disabled row (wraps to the last)
        QCOMPARE(list->currentRow(), 5);
        QTest::keyClick(list, Qt::Key_Escape);
        QVERIFY(!picker()->isVisible());
        QVERIFY(settled());
        QCOMPARE(stored("n1").state, ItemState::Open);
    }

    void digitChoosesAndSnoozesTheCurrentItem()
    {
        openPicker();
        QTest::keyClick(picker()->choiceList(), Qt::Key_4);  // Tomorrow 09:00
        QVERIFY(!picker()->isVisible());
        QVERIFY(settled());
        const QDate tomorrow = QDateTime::fromMSecsSinceEpoch(m_pickerNow, kMadrid).date().addDays(1);
        QCOMPARE(localWake("n1"), tomorrow.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" 09:00"));
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(m_w->undoStack()->count(), 1);
        // Undo brings it back exactly.
        m_w->undoStack()->undo();
        QVERIFY(settled());
        QCOMPARE(stored("n1").state, ItemState::Open);
        QVERIFY(!stored("n1").snoozedUntilMs);
    }

    void arrowsAndEnterChoose()
    {
        m_focusEnd = m_pickerNow + 25 * kMinute;
        openPicker();
        QListWidget *list = picker()->choiceList();
        QCOMPARE(list->currentRow(), 0);
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentRow(), 2);  // This evening
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(!picker()->isVisible());
        QVERIFY(settled());
        const QDate today = QDateTime::fromMSecsSinceEpoch(m_pickerNow, kMadrid).date();
        QCOMPARE(localWake("n1"), today.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" 18:00"));
    }

    void afterFocusSessionUsesTheSessionEnd()
    {
        m_focusEnd = m_pickerNow + 50 * kMinute;
        openPicker();
        QTest::keyClick(picker()->choiceList(), Qt::Key_1);
        QVERIFY(settled());
        QCOMPARE(stored("n1").snoozedUntilMs, m_focusEnd);
    }

    // Typed phrases in the three languages: the preview follows every keystroke; Enter snoozes.
    void typedPhrase_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<int>("daysAhead");
        QTest::addColumn<QString>("localTime");
        QTest::newRow("en tue 14:30") << QStringLiteral("tue 14:30") << 6 << QStringLiteral("14:30");
        QTest::newRow("en in 3h") << QStringLiteral("in 3h") << 0 << QStringLiteral("13:00");
        QTest::newRow("es mañana 9:00") << QStringLiteral("mañana a las 9:00") << 1 << QStringLiteral("09:00");
        QTest::newRow("es el próximo lunes") << QStringLiteral("el próximo lunes") << 5 << QStringLiteral("09:00");
        QTest::newRow("pt amanhã às 14h") << QStringLiteral("amanhã às 14h") << 1 << QStringLiteral("14:00");
        QTest::newRow("pt em 3h") << QStringLiteral("em 3h") << 0 << QStringLiteral("13:00");
    }
    void typedPhrase()
    {
        QFETCH(QString, phrase);
        QFETCH(int, daysAhead);
        QFETCH(QString, localTime);
        openPicker();
        // A letter typed on the list starts the typed time; digits need Tab first.
        if (phrase.at(0).isLetter()) {
            type(picker()->choiceList(), phrase.left(1));
            QTRY_VERIFY(picker()->phraseEdit()->hasFocus());
            type(picker()->phraseEdit(), phrase.mid(1));
        } else {
            QTest::keyClick(picker()->choiceList(), Qt::Key_Tab);
            type(picker()->phraseEdit(), phrase);
        }
        QCOMPARE(picker()->phraseEdit()->text(), phrase);
        QVERIFY2(!picker()->previewIsError(), qPrintable(picker()->previewText()));
        QVERIFY2(picker()->previewText().contains(localTime), qPrintable(picker()->previewText()));
        QTest::keyClick(picker()->phraseEdit(), Qt::Key_Return);
        QVERIFY(!picker()->isVisible());
        QVERIFY(settled());
        const QDate day = QDateTime::fromMSecsSinceEpoch(m_pickerNow, kMadrid).date().addDays(daysAhead);
        QCOMPARE(localWake("n1"), day.toString(QStringLiteral("yyyy-MM-dd ")) + localTime);
    }

    void typedErrorIsShownAndEnterDoesNothing()
    {
        openPicker();
        QTest::keyClick(picker()->choiceList(), Qt::Key_Tab);
        type(picker()->phraseEdit(), QStringLiteral("<b>someday</b>"));
        QVERIFY(picker()->previewIsError());
        QVERIFY2(picker()->previewText().contains(QStringLiteral("\"b\"")) || picker()->previewText().contains(QStringLiteral("someday")),
                 qPrintable(picker()->previewText()));
        QCOMPARE(picker()->findChild<QLabel *>(QStringLiteral("snoozePreview"))->textFormat(), Qt::PlainText);
        QTest::keyClick(picker()->phraseEdit(), Qt::Key_Return);
        QVERIFY(picker()->isVisible());
        // Fixing it turns the preview into a time.
        picker()->phraseEdit()->clear();
        type(picker()->phraseEdit(), QStringLiteral("25:00"));
        QVERIFY(picker()->previewIsError());
        QVERIFY(picker()->previewText().contains(QStringLiteral("not a valid time")));
        picker()->phraseEdit()->clear();
        type(picker()->phraseEdit(), QStringLiteral("tomorrow 8:15"));
        QVERIFY(!picker()->previewIsError());
        QVERIFY(picker()->previewText().contains(QStringLiteral("tomorrow 08:15")));
        QTest::keyClick(picker()->phraseEdit(), Qt::Key_Escape);
        QVERIFY(!picker()->isVisible());
        QVERIFY(settled());
        QCOMPARE(stored("n1").state, ItemState::Open);
        QCOMPARE(m_w->undoStack()->count(), 0);
    }

    void snoozedViewListsWakeTimesInOrder()
    {
        // n1 tomorrow 09:00 (choice 4), n2 in 1 hour (choice 2), n3 next Monday (choice 6).
        openPicker();
        QTest::keyClick(picker()->choiceList(), Qt::Key_4);
        QVERIFY(settled());
        openPicker();
        QTest::keyClick(picker()->choiceList(), Qt::Key_2);
        QVERIFY(settled());
        openPicker();
        QTest::keyClick(picker()->choiceList(), Qt::Key_6);
        QVERIFY(settled());
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(model()->counts().snoozed, 3);

        m_w->showView(InboxView::Snoozed);
        QVERIFY(settled());
        QCOMPARE(subjects(model()), (QStringList{QStringLiteral("Escalation: checkout"), QStringLiteral("DB primary down"),
                                                 QStringLiteral("Contract review")}));
        QList<qint64> wakes;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QModelIndex index = model()->index(row);
            wakes << index.data(InboxModel::SnoozedUntilRole).toLongLong();
            QVERIFY2(index.data(InboxModel::WakeTextRole).toString().startsWith(QStringLiteral("wakes ")),
                     qPrintable(index.data(InboxModel::WakeTextRole).toString()));
        }
        QVERIFY(std::is_sorted(wakes.cbegin(), wakes.cend()));
        QCOMPARE(wakes.first(), m_pickerNow + kHour);
    }

    // Several selected items: the picker says how many (targetItems() is the current item
    // until the selection feature lands, so this checks the count text only for one).
    void countIsShownForManyOnly()
    {
        openPicker();
        QCOMPARE(picker()->findChild<QLabel *>(QStringLiteral("snoozeCount"))->text(), QString());
        QTest::keyClick(picker()->choiceList(), Qt::Key_Escape);
        picker()->popup(m_w.get(), 3);
        QCOMPARE(picker()->findChild<QLabel *>(QStringLiteral("snoozeCount"))->text(), QStringLiteral("3 items"));
        QTest::keyClick(picker()->choiceList(), Qt::Key_Escape);
    }

    // A screenshot for review (not an assertion on pixels): SNOOZE_PICKER_PNG=path saves it.
    void screenshot()
    {
        m_focusEnd = m_pickerNow + 50 * kMinute;
        openPicker();
        QTest::keyClick(picker()->choiceList(), Qt::Key_Tab);
        type(picker()->phraseEdit(), QStringLiteral("mañana a las 9:30"));
        const QImage image = picker()->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 300);
        if (const QByteArray path = qgetenv("SNOOZE_PICKER_PNG"); !path.isEmpty())
            QVERIFY(image.save(QString::fromLocal8Bit(path)));
        QTest::keyClick(picker()->phraseEdit(), Qt::Key_Escape);
    }
};

QTEST_MAIN(TestSnoozePicker)
#include "tst_snoozepicker.moc"
