// Preferences ▸ General (issue 14): "Start at login" writes the XDG autostart entry
// ($XDG_CONFIG_HOME/autostart/focusinbox.desktop) that desktop-file-validate accepts, with the
// running program's absolute path, --minimized when "Start minimised" is on and --data-dir for a
// data directory other than the default; unticking removes it; the checkbox shows whether it
// exists; a folder that cannot be written keeps the dialog open with the reason. Start
// minimised and the language round-trip through config.json; the data folder is shown as
// selectable plain text and "Open Folder" opens it.
#include "config/appconfig.h"
#include "config/autostart.h"
#include "settings/generalpage.h"
#include "settings/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace fi;

/// A default configuration whose focus zone is one Qt lists (the Focus page refuses others, e.g.
/// a container's system zone "Etc/UTC"), so only this page decides whether OK is enabled.
static fi::AppConfig defaultConfig()
{
    fi::AppConfig config;
    config.focus.schedule = fi::FocusSchedule(QTimeZone("Europe/Berlin"));
    return config;
}

/// Receives the URLs QDesktopServices::openUrl() hands to the "file" scheme.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestPreferencesGeneral : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;  ///< XDG_CONFIG_HOME and a data directory for one test
    QString dataDir() const { return m_home->filePath(QStringLiteral("my data")); }
    QString entryPath() const { return m_home->filePath(QStringLiteral("config/autostart/focusinbox.desktop")); }

    /// desktop-file-validate on @p path: exit code 0, nothing said. *output gets what it said.
    static bool validates(const QString &path, QString *output)
    {
        QProcess validate;
        validate.start(QStringLiteral("desktop-file-validate"), {path});
        if (!validate.waitForFinished(20000))
            return false;
        *output = QString::fromUtf8(validate.readAllStandardOutput() + validate.readAllStandardError());
        // Not even a warning or a hint.
        return validate.exitStatus() == QProcess::NormalExit && validate.exitCode() == 0 && output->trimmed().isEmpty();
    }
    static QString entryText(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    static QString execOf(const QString &text)
    {
        for (const QString &line : text.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("Exec=")))
                return line.mid(5);
        return {};
    }
    /// Clicks a checkbox on its box (a click far right of its text misses it, as for a user).
    static void toggle(QCheckBox *box)
    {
        const bool was = box->isChecked();
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
        QCOMPARE(box->isChecked(), !was);
    }
    /// Clicks OK the way a user does.
    static void clickOk(PreferencesDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty())
            QFAIL("desktop-file-validate is missing (package desktop-file-utils, scripts/deps.sh)");
    }
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toLocal8Bit());
    }
    void cleanup() { qunsetenv("XDG_CONFIG_HOME"); }

    void startAtLoginWritesAValidEntryAndUntickingRemovesIt()
    {
        QCOMPARE(autostart::entryPath(), entryPath());
        {
            PreferencesDialog dialog(defaultConfig());
            dialog.setDataDirectory(dataDir());
            dialog.showPage(QStringLiteral("general"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            GeneralPage *page = dialog.generalPage();
            QVERIFY(!page->startAtLoginBox()->isChecked());  // no entry yet
            toggle(page->startAtLoginBox());
            toggle(page->startMinimizedBox());
            QVERIFY(!QFile::exists(entryPath()));  // nothing before OK
            clickOk(dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(dialog.config().general.startMinimized);
        }
        QVERIFY2(QFile::exists(entryPath()), qPrintable(entryPath()));
        QString said;
        QVERIFY2(validates(entryPath(), &said), qPrintable(said));
        const QString text = entryText(entryPath());
        QVERIFY(text.startsWith(QLatin1String("[Desktop Entry]\n")));
        for (const char *line : {"Type=Application", "Name=Focus Inbox", "Icon=focusinbox", "Terminal=false",
                                 "X-GNOME-Autostart-enabled=true"})
            QVERIFY2(text.contains(QLatin1String(line) + QLatin1Char('\n')), line);
        QVERIFY(text.contains(QLatin1String("\nComment=")) && text.contains(QLatin1String("\nCategories=")));
        // The running program by its absolute path, hidden in the tray, with this (non-default)
        // data directory quoted because of its space.
        const QString exec = execOf(text);
        QCOMPARE(exec, QStringLiteral("%1 --data-dir \"%2\" --minimized")
                           .arg(QCoreApplication::applicationFilePath(), dataDir()));

        // The page shows the entry; unticking and OK removes it.
        PreferencesDialog again(defaultConfig());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.generalPage()->startAtLoginBox()->isChecked());
        toggle(again.generalPage()->startAtLoginBox());
        clickOk(again);
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QVERIFY(!QFile::exists(entryPath()));
    }

    void startMinimisedAloneChangesTheEntry()
    {
        AppConfig config = defaultConfig();
        QVERIFY(autostart::enable({QCoreApplication::applicationFilePath(), false, {}}, nullptr));
        QVERIFY(!execOf(entryText(entryPath())).contains(QLatin1String("--minimized")));
        PreferencesDialog dialog(config);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        toggle(dialog.generalPage()->startMinimizedBox());
        clickOk(dialog);
        QVERIFY(execOf(entryText(entryPath())).endsWith(QLatin1String(" --minimized")));
    }

    void awkwardPathsAreQuotedAsTheSpecificationSays()
    {
        // A path with a space, a dollar, a quote, a backslash and a percent sign still gives an
        // entry desktop-file-validate accepts, and its Exec names exactly that program.
        const QString program = m_home->filePath(QStringLiteral("apps/Focus $Inbox \"1\"\\%x/focusinbox"));
        QVERIFY(autostart::enable({program, true, m_home->filePath(QStringLiteral("d;ata"))}, nullptr));
        QString said;
        QVERIFY2(validates(entryPath(), &said), qPrintable(said));
        QString expectedProgram = program;
        expectedProgram.replace(QLatin1String("\\"), QLatin1String("\\\\\\\\"))
            .replace(QLatin1String("%"), QLatin1String("%%"))
            .replace(QLatin1String("$"), QLatin1String("\\\\$"))
            .replace(QLatin1String("\""), QLatin1String("\\\\\""));
        QCOMPARE(execOf(entryText(entryPath())),
                 QStringLiteral("\"%1\" --data-dir \"%2\" --minimized")
                     .arg(expectedProgram, m_home->filePath(QStringLiteral("d;ata"))));
        // A relative path or a line break cannot be an Exec line: refused with a reason.
        QString error;
        QVERIFY(!autostart::enable({QStringLiteral("focusinbox"), false, {}}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!autostart::enable({QStringLiteral("/opt/a\nb"), false, {}}, &error));
    }

    void anEntryThatCannotBeWrittenKeepsTheDialogOpen()
    {
        // XDG_CONFIG_HOME is a file: the autostart folder cannot be made.
        QFile blocker(m_home->filePath(QStringLiteral("config")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        PreferencesDialog dialog(defaultConfig());
        dialog.showPage(QStringLiteral("me"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.generalPage()->startAtLoginBox()->setChecked(true);
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QLabel *error = dialog.generalPage()->autostartError();
        QVERIFY(error->isVisible());  // the dialog went back to the General page to say why
        QVERIFY2(error->text().contains(m_home->filePath(QStringLiteral("config/autostart"))), qPrintable(error->text()));
        QCOMPARE(error->textFormat(), Qt::PlainText);
        // Unticking lets OK close the dialog.
        dialog.generalPage()->startAtLoginBox()->setChecked(false);
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void startMinimisedAndLanguageRoundTrip()
    {
        PreferencesDialog dialog(defaultConfig());
        GeneralPage *page = dialog.generalPage();
        QCOMPARE(page->languageCombo()->currentData().toString(), QString());  // automatic by default
        QStringList offered;
        for (int i = 0; i < page->languageCombo()->count(); ++i)
            offered << page->languageCombo()->itemData(i).toString();
        QCOMPARE(offered, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt_BR")}));
        auto *note = page->findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(note && note->text().contains(QLatin1String("restart")));
        QCOMPARE(note->textFormat(), Qt::PlainText);
        page->languageCombo()->setCurrentIndex(page->languageCombo()->findData(QStringLiteral("pt_BR")));
        page->startMinimizedBox()->setChecked(true);
        const AppConfig edited = dialog.config();
        QCOMPARE(edited.general.language, QStringLiteral("pt_BR"));
        QVERIFY(edited.general.startMinimized);

        const QString path = m_home->filePath(QStringLiteral("config.json"));
        QString error;
        QVERIFY2(edited.save(path, &error), qPrintable(error));
        const AppConfig loaded = AppConfig::load(path);
        QVERIFY2(loaded.errors().isEmpty(), qPrintable(loaded.errors().join(QLatin1Char('\n'))));
        QCOMPARE(loaded.general.language, QStringLiteral("pt_BR"));
        QVERIFY(loaded.general.startMinimized);
        PreferencesDialog reopened(loaded);
        QCOMPARE(reopened.generalPage()->languageCombo()->currentData().toString(), QStringLiteral("pt_BR"));
        QVERIFY(reopened.generalPage()->startMinimizedBox()->isChecked());
    }

    void unknownLanguageFallsBackWithAnError()
    {
        const QString path = m_home->filePath(QStringLiteral("config.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"general": {"language": "klingon", "startMinimized": "yes"}})");
        file.close();
        const AppConfig loaded = AppConfig::load(path);
        QCOMPARE(loaded.general.language, QString());
        QVERIFY(!loaded.general.startMinimized);
        QCOMPARE(loaded.errors().size(), 2);
        QVERIFY(loaded.errors().join(QLatin1Char('\n')).contains(QLatin1String("general")));
    }

    void dataFolderIsShownAndOpens()
    {
        QVERIFY(QDir().mkpath(dataDir()));
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        PreferencesDialog dialog(defaultConfig());
        GeneralPage *page = dialog.generalPage();
        QVERIFY(!page->openFolderButton()->isEnabled());  // not known yet
        dialog.setDataDirectory(dataDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(page->dataDirectoryLabel()->text(), QDir::toNativeSeparators(dataDir()));
        QCOMPARE(page->dataDirectoryLabel()->textFormat(), Qt::PlainText);
        QVERIFY(page->dataDirectoryLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
        QTest::mouseClick(page->openFolderButton(), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.urls, QList<QUrl>{QUrl::fromLocalFile(dataDir())});
    }
};

QTEST_MAIN(TestPreferencesGeneral)
#include "tst_preferences_general.moc"
