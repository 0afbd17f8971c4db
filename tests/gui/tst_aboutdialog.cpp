// Help ▸ About Focus Inbox (issue 16) with this build's data (app/session/aboutinfo.cpp): the
// version and git revision, and every library the app links with its version and the license its
// Debian package states (Qt Charts: GPL-3.0-or-later per /usr/share/doc/libqt6charts6/copyright).
// Every label is plain text. With FOCUSINBOX_ABOUT_SCREENSHOT=<file.png> it saves a screenshot.
#include "inboxfixture.h"

#include "about/aboutdialog.h"
#include "config/buildinfo.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "session/aboutinfo.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace fi;

namespace {

/// The rows of the dialog's library list: name → {version, license}.
QHash<QString, QStringList> rows(const AboutDialog &dialog)
{
    QHash<QString, QStringList> out;
    QTreeWidget *list = dialog.libraryList();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        out.insert(item->text(0), {item->text(1), item->text(2)});
    }
    return out;
}

} // namespace

class TestAboutDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsVersionRevisionAndLicenses()
    {
        AboutDialog dialog(applicationAboutInfo());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const QString revision = buildinfo::revision();
        QVERIFY(!revision.isEmpty());
        QCOMPARE(dialog.versionText(), QStringLiteral("Version %1 (revision %2)").arg(QStringLiteral(FOCUSINBOX_VERSION), revision));
        const auto *version = dialog.findChild<QLabel *>(QStringLiteral("aboutVersion"));
        QVERIFY(version);
        QCOMPARE(version->text(), dialog.versionText());

        const QHash<QString, QStringList> libraries = rows(dialog);
        const QHash<QString, QString> licenses{
            {QStringLiteral("Qt"), QStringLiteral("LGPL-3.0-only OR GPL-2.0-or-later")},
            {QStringLiteral("GMime"), QStringLiteral("LGPL-2.1-or-later")},
            {QStringLiteral("libetpan"), QStringLiteral("BSD-3-Clause")},
            {QStringLiteral("libical"), QStringLiteral("LGPL-2.1-only OR MPL-2.0")},
            {QStringLiteral("QtKeychain"), QStringLiteral("BSD-2-Clause")},
            {QStringLiteral("SQLite"), QStringLiteral("Public domain")},
            {QStringLiteral("Qt Charts"), QStringLiteral("GPL-3.0-or-later")},
        };
        QCOMPARE(libraries.size(), licenses.size());
        for (auto it = licenses.cbegin(); it != licenses.cend(); ++it) {
            QVERIFY2(libraries.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(libraries.value(it.key()).at(1), it.value());
            // A version for each: "3.2.13", or "6.4.2 (at build time)" where the library reports none.
            QVERIFY2(libraries.value(it.key()).at(0).front().isDigit(), qPrintable(it.key() + libraries.value(it.key()).at(0)));
        }
        // Run-time versions where the library has them.
        QCOMPARE(libraries.value(QStringLiteral("Qt")).at(0), QString::fromLatin1(qVersion()));
        QVERIFY(libraries.value(QStringLiteral("GMime")).at(0).startsWith(QStringLiteral("3.")));
        QVERIFY(libraries.value(QStringLiteral("libical")).at(0).endsWith(QStringLiteral("(at build time)")));

        // Text from outside (versions, names) is never taken for markup.
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);

        // "Copy" puts the same facts on the clipboard, one line each.
        QPushButton *copy = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("&Copy"))
                copy = button;
        QVERIFY(copy);
        copy->click();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("Focus Inbox %1 (revision %2)\n").arg(QStringLiteral(FOCUSINBOX_VERSION), revision)),
                 qPrintable(copied));
        QVERIFY2(copied.contains(QStringLiteral("\nQt Charts ")) && copied.contains(QStringLiteral(" — GPL-3.0-or-later\n")),
                 qPrintable(copied));

        if (const QByteArray shot = qgetenv("FOCUSINBOX_ABOUT_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(dialog.grab().save(QString::fromLocal8Bit(shot)));
    }

    void helpAboutOpensIt()
    {
        fitest::InboxFixture f;
        QVERIFY(f.open());
        MainWindow window(f.store.get());
        AboutInfo info = applicationAboutInfo();
        window.setAboutInfo(info);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.actions().about->trigger();
        auto *dialog = window.findChild<AboutDialog *>(QStringLiteral("aboutDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->versionText(), QStringLiteral("Version %1 (revision %2)").arg(info.version, info.revision));
        QCOMPARE(dialog->libraryList()->topLevelItemCount(), info.libraries.size());
        dialog->reject();  // deletes itself on close
        QTRY_VERIFY(!window.findChild<AboutDialog *>(QStringLiteral("aboutDialog")));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
