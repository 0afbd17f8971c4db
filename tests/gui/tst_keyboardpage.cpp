// Preferences ▸ Keyboard (issue 12): every action listed with its current keys, rebinding by
// recording keys (two-key sequences too), conflicts refused naming the other action, reset to
// default, bindings persisted in config.json and applied at startup and on OK — the menus and
// the `?` overlay then show them.

#include "inboxfixture.h"
#include "inboxlistview.h"
#include "keyboard/shortcutbindings.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "settings/keyboardpage.h"
#include "settings/preferencesdialog.h"
#include "shortcutoverlay.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QKeySequenceEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace fi;
using namespace fitest;

class TestKeyboardPage : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<MainWindow> m_w;

    QAction *action(const QString &id) const
    {
        for (QAction *a : m_w->actions().all())
            if (a->objectName() == id)
                return a;
        return nullptr;
    }
    /// Edit ▸ Preferences… from the keyboard; the dialog's Keyboard page.
    PreferencesDialog *openPreferences()
    {
        QTest::keyClick(m_w->itemList(), Qt::Key_Comma, Qt::ControlModifier);
        auto *dialog = m_w->findChild<PreferencesDialog *>();
        if (!dialog || !dialog->keyboardPage())
            return nullptr;
        dialog->showPage(QStringLiteral("keyboard"));
        QApplication::setActiveWindow(dialog);
        return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
    }
    static QString cell(const KeyboardPage *page, const QString &id, int column)
    {
        const QTableWidget *t = page->table();
        for (int row = 0; row < t->rowCount(); ++row)
            if (t->item(row, KeyboardPage::IdColumn)->text() == id)
                return t->item(row, column)->text();
        return QStringLiteral("<no row>");
    }
    /// Types @p keys into the page's recorder the way a user does: Enter on the row, the
    /// keys, then the recorder's own one-second pause ends the recording.
    static void record(KeyboardPage *page, const QString &id, const QList<Qt::Key> &keys,
                       Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        page->selectAction(id);
        page->table()->setFocus();
        QTest::keyClick(page->table(), Qt::Key_Return);
        QKeySequenceEdit *edit = page->keyEdit(KeyboardPage::Primary);
        QVERIFY(edit->hasFocus());
        QSignalSpy finished(edit, &QKeySequenceEdit::editingFinished);
        for (Qt::Key key : keys)
            QTest::keyClick(edit, key, mods);
        QVERIFY(finished.wait(3000));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        QVERIFY(m_f->add({
            makeItem(QStringLiteral("a1"), QStringLiteral("Maria"), QStringLiteral("Review my PR"), Tier::Async,
                     m_now - 2 * kHour, m_now + kHour),
            makeItem(QStringLiteral("a2"), QStringLiteral("Tom"), QStringLiteral("Design doc feedback"), Tier::Async,
                     m_now - 3 * kHour, m_now + 2 * kHour),
        }));
        m_w = std::make_unique<MainWindow>(m_f->store.get());
        m_w->setAppConfig(AppConfig());
        m_w->show();
        QApplication::setActiveWindow(m_w.get());
        QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
        m_w->showView(InboxView::Async);
        QVERIFY(settle(m_w->inboxModel(), m_f->store.get()));
    }

    void cleanup()
    {
        m_w.reset();
        m_f.reset();
    }

    void listsEveryActionWithItsKeys()
    {
        PreferencesDialog *dialog = openPreferences();
        QVERIFY(dialog);
        KeyboardPage *page = dialog->keyboardPage();
        const QList<QAction *> all = m_w->actions().all();
        QCOMPARE(page->table()->rowCount(), all.size());
        for (QAction *a : all) {
            QVERIFY2(!a->objectName().isEmpty(), qPrintable(a->text()));
            const QList<QKeySequence> keys = a->shortcuts();
            QCOMPARE(cell(page, a->objectName(), KeyboardPage::ActionColumn), actionDisplayText(a));
            QCOMPARE(cell(page, a->objectName(), KeyboardPage::ShortcutColumn),
                     keys.isEmpty() ? QString() : keys.first().toString(QKeySequence::NativeText));
        }
        QCOMPARE(cell(page, QStringLiteral("go.now"), KeyboardPage::ShortcutColumn), QStringLiteral("G, N"));
        QCOMPARE(cell(page, QStringLiteral("item.done"), KeyboardPage::ShortcutColumn), QStringLiteral("E"));
        QCOMPARE(cell(page, QStringLiteral("go.first"), KeyboardPage::AlternateColumn), QStringLiteral("G, G"));
        // Undo has no recorded default property of its own: it still resets to U / Ctrl+Z.
        QCOMPARE(defaultShortcuts(action(QStringLiteral("edit.undo"))).first(), QKeySequence(Qt::Key_U));
    }

    /// The `?` overlay lists every bound action of the window (submenus such as View ▸ Go to too).
    void overlayListsEveryBoundAction()
    {
        m_w->showShortcuts();
        auto *overlay = m_w->findChild<ShortcutOverlay *>();
        QVERIFY(overlay);
        const QStringList entries = overlay->entries();
        for (QAction *a : m_w->actions().all()) {
            if (a->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            const QString entry = actionDisplayText(a) + QLatin1Char('\t') + keys.join(QStringLiteral(" / "));
            QVERIFY2(entries.contains(entry), qPrintable(entry));
        }
        overlay->close();
    }

    void rebindRecordsKeysAndOkAppliesThem()
    {
        PreferencesDialog *dialog = openPreferences();
        QVERIFY(dialog);
        KeyboardPage *page = dialog->keyboardPage();
        record(page, QStringLiteral("item.done"), {Qt::Key_D});
        QCOMPARE(page->bindings().value(QStringLiteral("item.done")), QList<QKeySequence>{QKeySequence(Qt::Key_D)});
        QCOMPARE(cell(page, QStringLiteral("item.done"), KeyboardPage::ShortcutColumn), QStringLiteral("D"));
        QVERIFY(page->table()->hasFocus());  // back on the table after recording
        // A two-key sequence, typed as two keys.
        record(page, QStringLiteral("item.reply"), {Qt::Key_G, Qt::Key_Y});
        QCOMPARE(page->bindings().value(QStringLiteral("item.reply")).first(), QKeySequence(Qt::Key_G, Qt::Key_Y));
        // Not applied before OK.
        QCOMPARE(action(QStringLiteral("item.done"))->shortcut(), QKeySequence(Qt::Key_E));

        QSignalSpy changed(m_w.get(), &MainWindow::preferencesChanged);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(changed.size(), 1);
        const AppConfig saved = changed.first().first().value<AppConfig>();
        QCOMPARE(saved.shortcuts.value(QStringLiteral("item.done")), QStringList{QStringLiteral("D")});
        QCOMPARE(saved.shortcuts.value(QStringLiteral("item.reply")), QStringList{QStringLiteral("G, Y")});
        QCOMPARE(saved.shortcuts.size(), 2);  // only what differs from the defaults
        QCOMPARE(action(QStringLiteral("item.done"))->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_D)});

        // The user's check: D now marks the current item done, E does nothing any more.
        QApplication::setActiveWindow(m_w.get());
        QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
        const QString first = m_w->currentItem()->record.subject;
        QTest::keyClick(m_w->itemList(), Qt::Key_E);
        QVERIFY(settle(m_w->inboxModel(), m_f->store.get()));
        QVERIFY(subjects(m_w->inboxModel()).contains(first));
        QTest::keyClick(m_w->itemList(), Qt::Key_D);
        QVERIFY(settle(m_w->inboxModel(), m_f->store.get()));
        QVERIFY(!subjects(m_w->inboxModel()).contains(first));

        // Menus and the `?` overlay show the new keys.
        QMenu *item = m_w->actions().menus.at(2);
        QCOMPARE(item->actions().contains(action(QStringLiteral("item.done"))), true);
        QCOMPARE(action(QStringLiteral("item.done"))->shortcut().toString(QKeySequence::NativeText), QStringLiteral("D"));
        m_w->showShortcuts();
        auto *overlay = m_w->findChild<ShortcutOverlay *>();
        QVERIFY(overlay);
        QVERIFY2(overlay->entries().contains(QStringLiteral("Mark done\tD")), qPrintable(overlay->entries().join('\n')));
        QVERIFY(overlay->entries().contains(QStringLiteral("Reply\tG, Y")));
        overlay->close();
    }

    void conflictsAreRefusedNamingTheOtherAction()
    {
        PreferencesDialog *dialog = openPreferences();
        QVERIFY(dialog);
        KeyboardPage *page = dialog->keyboardPage();
        // Recorded: K belongs to "Previous item".
        record(page, QStringLiteral("item.done"), {Qt::Key_K});
        QCOMPARE(page->bindings().value(QStringLiteral("item.done")), QList<QKeySequence>{QKeySequence(Qt::Key_E)});
        QVERIFY2(page->message().contains(QStringLiteral("“Previous item”")), qPrintable(page->message()));
        QVERIFY(page->message().contains(QStringLiteral("“K”")));
        QCOMPARE(page->keyEdit(KeyboardPage::Primary)->keySequence(), QKeySequence(Qt::Key_E));  // editor reverted
        // A key that starts another action's sequence could never work beside it.
        QVERIFY(!page->setKeys(QStringLiteral("item.reply"), KeyboardPage::Primary, QKeySequence(Qt::Key_G)));
        QVERIFY2(page->message().contains(QStringLiteral("“G” clashes with “G, ")), qPrintable(page->message()));
        QVERIFY(page->message().contains(QStringLiteral("of “Go to ")));
        QCOMPARE(page->bindings().value(QStringLiteral("item.reply")), QList<QKeySequence>{QKeySequence(Qt::Key_R)});
        // And the other way round: "E, X" would never be reached after E.
        QVERIFY(!page->setKeys(QStringLiteral("item.reply"), KeyboardPage::Alternate, QKeySequence(Qt::Key_E, Qt::Key_X)));
        QVERIFY(page->message().contains(QStringLiteral("“Mark done”")));
        // Freed first, the key can be taken.
        QVERIFY(page->setKeys(QStringLiteral("view.previous"), KeyboardPage::Primary, QKeySequence(Qt::Key_I)));
        QVERIFY(page->setKeys(QStringLiteral("item.done"), KeyboardPage::Primary, QKeySequence(Qt::Key_K)));
        QCOMPARE(page->applyTo(AppConfig()).shortcuts.value(QStringLiteral("item.done")), QStringList{QStringLiteral("K")});
        dialog->reject();
        QCOMPARE(action(QStringLiteral("item.done"))->shortcut(), QKeySequence(Qt::Key_E));  // Cancel: nothing applied
    }

    void escCancelsRecording()
    {
        PreferencesDialog *dialog = openPreferences();
        QVERIFY(dialog);
        KeyboardPage *page = dialog->keyboardPage();
        page->selectAction(QStringLiteral("item.toggleFlag"));
        page->table()->setFocus();
        QTest::keyClick(page->table(), Qt::Key_Return);
        QVERIFY(page->keyEdit(KeyboardPage::Primary)->hasFocus());
        QTest::keyClick(page->keyEdit(KeyboardPage::Primary), Qt::Key_Escape);
        QVERIFY(page->table()->hasFocus());
        QVERIFY(dialog->isVisible());  // Esc cancelled the recording, not the dialog
        QCOMPARE(page->bindings().value(QStringLiteral("item.toggleFlag")), QList<QKeySequence>{QKeySequence(Qt::Key_F)});
        dialog->reject();
    }

    void resetToDefaultAndResetAll()
    {
        AppConfig config;
        config.shortcuts.insert(QStringLiteral("item.done"), {QStringLiteral("D")});
        config.shortcuts.insert(QStringLiteral("item.reply"), {});
        config.shortcuts.insert(QStringLiteral("future.action"), {QStringLiteral("Ctrl+Q, Ctrl+W")});
        m_w->setAppConfig(config);
        QCOMPARE(action(QStringLiteral("item.done"))->shortcut(), QKeySequence(Qt::Key_D));
        QVERIFY(action(QStringLiteral("item.reply"))->shortcuts().isEmpty());  // deliberately unbound

        PreferencesDialog *dialog = openPreferences();
        QVERIFY(dialog);
        KeyboardPage *page = dialog->keyboardPage();
        QCOMPARE(cell(page, QStringLiteral("item.done"), KeyboardPage::ShortcutColumn), QStringLiteral("D"));
        QCOMPARE(cell(page, QStringLiteral("item.reply"), KeyboardPage::ShortcutColumn), QString());
        page->selectAction(QStringLiteral("item.done"));
        dialog->findChild<QPushButton *>(QStringLiteral("resetShortcut"))->click();
        QCOMPARE(page->bindings().value(QStringLiteral("item.done")), QList<QKeySequence>{QKeySequence(Qt::Key_E)});
        AppConfig out = page->applyTo(config);
        QVERIFY(!out.shortcuts.contains(QStringLiteral("item.done")));
        QCOMPARE(out.shortcuts.value(QStringLiteral("item.reply")), QStringList());
        QVERIFY(out.shortcuts.contains(QStringLiteral("item.reply")));
        QCOMPARE(out.shortcuts.value(QStringLiteral("future.action")), QStringList{QStringLiteral("Ctrl+Q, Ctrl+W")});
        page->resetAll();
        out = page->applyTo(config);
        QCOMPARE(out.shortcuts.keys(), QStringList{QStringLiteral("future.action")});  // unknown ids are kept
        dialog->reject();
    }

    void persistedInConfigAndAppliedAtStartup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        AppConfig config;
        config.shortcuts.insert(QStringLiteral("go.now"), {QStringLiteral("Ctrl+1"), QStringLiteral("G, H")});
        QString error;
        QVERIFY2(config.save(path, &error), qPrintable(error));
        const AppConfig loaded = AppConfig::load(path);
        QVERIFY(loaded.errors().isEmpty());
        QCOMPARE(loaded.shortcuts, config.shortcuts);

        // A new window (the next start) gets them from its configuration.
        m_w = std::make_unique<MainWindow>(m_f->store.get());
        m_w->setAppConfig(loaded);
        QCOMPARE(action(QStringLiteral("go.now"))->shortcuts(),
                 (QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::Key_G, Qt::Key_H)}));
        QCOMPARE(action(QStringLiteral("go.async"))->shortcut(), QKeySequence(Qt::Key_G, Qt::Key_A));
    }

    void handEditedConflictsAndBadKeysAreReported()
    {
        AppConfig config;
        config.shortcuts.insert(QStringLiteral("item.reply"), {QStringLiteral("E")});          // E is Mark done's default
        config.shortcuts.insert(QStringLiteral("item.toggleFlag"), {QStringLiteral("Ctrl+Bogus")});
        m_w->setAppConfig(config);
        // The user's own binding wins over the default it clashes with; the default gives way.
        QCOMPARE(action(QStringLiteral("item.reply"))->shortcut(), QKeySequence(Qt::Key_E));
        QVERIFY(action(QStringLiteral("item.done"))->shortcuts().isEmpty());
        QVERIFY(action(QStringLiteral("item.toggleFlag"))->shortcuts().isEmpty());
        QStringList problems;
        resolveBindings(m_w->actions().all(), config.shortcuts, &problems);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.join('\n').contains(QStringLiteral("“Ctrl+Bogus” is not a key sequence")),
                 qPrintable(problems.join('\n')));
        QVERIFY(problems.join('\n').contains(QStringLiteral("already used by “Reply”")));
    }

    /// The page as a user sees it after a refused rebinding; FOCUSINBOX_SCREENSHOT_DIR=<dir>
    /// saves it as keyboard-page.png (for the docs and for looking at it).
    void pageRendersWithTheRefusal()
    {
        PreferencesDialog *dialog = openPreferences();
        QVERIFY(dialog);
        dialog->resize(760, 640);
        KeyboardPage *page = dialog->keyboardPage();
        QVERIFY(page->setKeys(QStringLiteral("item.reply"), KeyboardPage::Alternate, QKeySequence(Qt::Key_G, Qt::Key_Y)));
        page->selectAction(QStringLiteral("item.done"));
        QVERIFY(!page->setKeys(QStringLiteral("item.done"), KeyboardPage::Primary, QKeySequence(Qt::Key_J)));
        page->table()->setFocus();
        QTest::qWait(50);
        const QPixmap shot = dialog->grab();
        QVERIFY(!shot.isNull());
        if (const QByteArray dir = qgetenv("FOCUSINBOX_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(shot.save(QString::fromLocal8Bit(dir) + QStringLiteral("/keyboard-page.png")));
        dialog->reject();
    }

    void keysClashRules()
    {
        QVERIFY(keysClash(QKeySequence(Qt::Key_G), QKeySequence(Qt::Key_G, Qt::Key_N)));
        QVERIFY(keysClash(QKeySequence(Qt::Key_G, Qt::Key_N), QKeySequence(Qt::Key_G)));
        QVERIFY(keysClash(QKeySequence(Qt::Key_E), QKeySequence(Qt::Key_E)));
        QVERIFY(!keysClash(QKeySequence(Qt::Key_G, Qt::Key_N), QKeySequence(Qt::Key_G, Qt::Key_A)));
        QVERIFY(!keysClash(QKeySequence(Qt::SHIFT | Qt::Key_G), QKeySequence(Qt::Key_G, Qt::Key_G)));
        QVERIFY(!keysClash(QKeySequence(), QKeySequence()));
    }
};

QTEST_MAIN(TestKeyboardPage)
#include "tst_keyboardpage.moc"
