// Focus menu (tray and main window share it), the status-bar focus indicator and the digest list.
#include "focus/digestdialog.h"
#include "focus/focusindicator.h"
#include "focus/focusmenu.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace fi;

class TestFocusViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void menuEntriesAndSignals()
    {
        FocusMenu menu;
        QStringList texts;
        for (QAction *a : menu.actions()) {
            if (!a->isSeparator())
                texts << a->text();
        }
        QCOMPARE(texts.size(), 7);
        QCOMPARE(texts.at(0), QStringLiteral("&Start focus (50 min)"));  // issue 14: the default length
        QCOMPARE(texts.at(1), QStringLiteral("Focus for 25 minutes"));
        QCOMPARE(texts.at(2), QStringLiteral("Focus for 50 minutes"));
        QCOMPARE(texts.at(3), QStringLiteral("Focus for 90 minutes"));
        QVERIFY(texts.at(4).startsWith(QLatin1String("Focus until ")));
        QCOMPARE(texts.at(5), QStringLiteral("E&xtend 15 min"));
        QCOMPARE(texts.at(6), QStringLiteral("&End session"));

        QSignalSpy start(&menu, &FocusMenu::startRequested);
        QSignalSpy until(&menu, &FocusMenu::startUntilRequested);
        QSignalSpy stop(&menu, &FocusMenu::stopRequested);
        QSignalSpy extend(&menu, &FocusMenu::extendRequested);
        menu.startAction(50)->trigger();
        QCOMPARE(start.size(), 1);
        QCOMPARE(start.first().first().toInt(), 50);
        menu.setUntilTime(QTime(12, 0));
        QVERIFY(menu.untilAction()->text().contains(QLocale().toString(QTime(12, 0), QLocale::ShortFormat)));
        menu.untilAction()->trigger();
        QCOMPARE(until.first().first().toTime(), QTime(12, 0));

        QVERIFY(!menu.stopAction()->isEnabled());
        QVERIFY(!menu.extendAction()->isEnabled());
        menu.setFocusing(true);
        QVERIFY(menu.stopAction()->isEnabled());
        menu.extendAction()->trigger();
        menu.stopAction()->trigger();
        QCOMPARE(extend.first().first().toInt(), 15);
        QCOMPARE(stop.size(), 1);
        QVERIFY(menu.startAction(30) == nullptr);
    }

    /// Issue 14: "Start focus" lasts FocusSettings::defaultSessionMinutes (Preferences ▸ Focus).
    void startFocusUsesTheDefaultLength()
    {
        FocusMenu menu;
        QSignalSpy start(&menu, &FocusMenu::startRequested);
        menu.defaultStartAction()->trigger();
        QCOMPARE(start.takeFirst().first().toInt(), 50);
        menu.setDefaultMinutes(35);
        QCOMPARE(menu.defaultStartAction()->text(), QStringLiteral("&Start focus (35 min)"));
        menu.defaultStartAction()->trigger();
        QCOMPARE(start.takeFirst().first().toInt(), 35);
    }

    void untilDefaultsToNextFullHour()
    {
        QCOMPARE(FocusMenu::defaultUntil(QTime(10, 20)), QTime(11, 0));
        QCOMPARE(FocusMenu::defaultUntil(QTime(10, 50)), QTime(12, 0));
        QCOMPARE(FocusMenu::defaultUntil(QTime(10, 45)), QTime(11, 0));
    }

    void indicatorShowsStateAndDndNote()
    {
        FocusIndicator indicator;
        QCOMPARE(indicator.text(), QStringLiteral("Not focusing"));
        indicator.setState(true, 41 * 60 * 1000 + 1, 3);
        QVERIFY(indicator.isFocusing());
        QCOMPARE(indicator.text(), QStringLiteral("● Focusing — 42 min left · 3 held back"));
        indicator.setState(true, 65 * 60 * 1000, 1);
        QCOMPARE(indicator.text(), QStringLiteral("● Focusing — 1 h 05 min left · 1 held back"));
        indicator.setDndBackend(QStringLiteral("anything"), false);
        QCOMPARE(indicator.toolTip(), QStringLiteral("Desktop Do Not Disturb: not supported here"));
        indicator.setDndBackend(QStringLiteral("dunst"), true);
        QCOMPARE(indicator.toolTip(), QStringLiteral("Desktop Do Not Disturb: dunst"));
        indicator.setState(false, 0, 0);
        QCOMPARE(indicator.text(), QStringLiteral("Not focusing"));
    }

    void digestListsHeldItemsByDue()
    {
        DigestDialog dialog;
        auto make = [](qint64 id, QString subject, std::optional<qint64> due) {
            Item item;
            item.id = id;
            item.record.subject = std::move(subject);
            item.dueMs = due;
            return item;
        };
        dialog.setItems({make(1, QStringLiteral("no due"), std::nullopt), make(2, QStringLiteral("later"), 5000),
                         make(3, QStringLiteral("sooner"), 1000)},
                        2000);
        QTreeWidget *list = dialog.list();
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("sooner"));
        QVERIFY(list->topLevelItem(0)->text(0).startsWith(QLatin1String("overdue")));
        QCOMPARE(list->topLevelItem(1)->text(3), QStringLiteral("later"));
        QCOMPARE(list->topLevelItem(2)->text(3), QStringLiteral("no due"));
        QSignalSpy activated(&dialog, &DigestDialog::itemActivated);
        Q_EMIT list->itemActivated(list->topLevelItem(1), 0);
        QCOMPARE(activated.first().first().toLongLong(), qint64(2));
    }
};

QTEST_MAIN(TestFocusViews)
#include "tst_focusviews.moc"
