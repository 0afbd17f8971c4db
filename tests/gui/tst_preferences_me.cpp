// Preferences ▸ Me (issue 14): own addresses and GitHub logins, one per line, checked as they are
// typed — an entry that is not an address or a login is named in a plain-text error and OK is
// disabled until it is fixed; valid entries round-trip through config.json ("me", "meLogins");
// the addresses and logins the sources carry are listed read-only; and a GitHub item whose sender
// handle is one of the logins is the user's own (rule github-from-me: Reference, no deadline).
#include "config/appconfig.h"
#include "settings/mepage.h"
#include "settings/preferencesdialog.h"
#include "sources/github/githubkind.h"
#include "sync/tiering.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
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

class TestPreferencesMe : public QObject {
    Q_OBJECT

    static QPushButton *okButton(PreferencesDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        return buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
    }
    /// Replaces the edit's text by typing, as a user does (select all, type).
    static void type(QPlainTextEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(edit, Qt::Key_Return);
            QTest::keyClicks(edit, lines.at(i));
        }
    }
    static ItemRecord githubRecord(const QString &handle)
    {
        ItemRecord r;
        r.remoteId = QStringLiteral("thread-1");
        r.subject = QStringLiteral("Fix the flaky test");
        r.from.name = QStringLiteral("octo/repo");
        r.from.handle = handle;
        r.receivedMs = QDateTime::currentMSecsSinceEpoch();
        r.attributes.insert(QStringLiteral("github.reason"), QStringLiteral("comment"));
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void invalidAddressDisablesOkAndSaysWhich()
    {
        PreferencesDialog dialog(defaultConfig());
        dialog.showPage(QStringLiteral("me"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        MePage *page = dialog.mePage();
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!page->addressesError()->isVisible());

        type(page->addressesEdit(), QStringLiteral("ana@example.org\nana example.org"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(page->addressesError()->isVisible());
        QCOMPARE(page->addressesError()->textFormat(), Qt::PlainText);
        QVERIFY2(page->addressesError()->text().contains(QStringLiteral("line 2: “ana example.org”")),
                 qPrintable(page->addressesError()->text()));
        QVERIFY(!page->addressesError()->text().contains(QLatin1String("ana@example.org")));  // the good one is fine

        // One that lacks the '@' is flagged too, and the error follows the typing.
        type(page->addressesEdit(), QStringLiteral("ana.example.org"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(page->addressesError()->text().contains(QLatin1String("ana.example.org")));

        type(page->addressesEdit(), QStringLiteral("ana@example.org"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!page->addressesError()->isVisible());
    }

    void invalidLoginDisablesOk()
    {
        PreferencesDialog dialog(defaultConfig());
        dialog.showPage(QStringLiteral("me"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        MePage *page = dialog.mePage();
        for (const QString &bad : {QStringLiteral("octo cat"), QStringLiteral("-octocat"), QStringLiteral("octo_cat"),
                                   QStringLiteral("ana@example.org"), QString(40, QLatin1Char('a'))}) {
            type(page->loginsEdit(), bad);
            QVERIFY2(!okButton(dialog)->isEnabled(), qPrintable(bad));
            QVERIFY2(page->loginsError()->isVisible(), qPrintable(bad));
            QVERIFY2(page->loginsError()->text().contains(bad), qPrintable(page->loginsError()->text()));
        }
        type(page->loginsEdit(), QStringLiteral("octo-cat\n") + QString(39, QLatin1Char('a')));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!page->loginsError()->isVisible());
        // Both pages' errors count: a bad address keeps OK off while the logins are fine.
        type(page->addressesEdit(), QStringLiteral("nobody"));
        QVERIFY(!okButton(dialog)->isEnabled());
    }

    void addressesAndLoginsRoundTripThroughConfigJson()
    {
        AppConfig start = defaultConfig();
        start.myAddresses = {QStringLiteral("old@example.org")};
        PreferencesDialog dialog(start);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        MePage *page = dialog.mePage();
        QCOMPARE(page->addressesEdit()->toPlainText(), QStringLiteral("old@example.org"));
        type(page->addressesEdit(), QStringLiteral("  Ana.Silva@Example.COM \n\nana@home.example.org\nana.silva@example.com"));
        type(page->loginsEdit(), QStringLiteral("AnaSilva\nana-work"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const AppConfig edited = dialog.config();
        // Trimmed, lower-cased, empty lines and repeats dropped.
        QCOMPARE(edited.myAddresses, (QStringList{QStringLiteral("ana.silva@example.com"), QStringLiteral("ana@home.example.org")}));
        QCOMPARE(edited.myLogins, (QStringList{QStringLiteral("anasilva"), QStringLiteral("ana-work")}));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QString error;
        QVERIFY2(edited.save(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("meLogins")).toArray(),
                 (QJsonArray{QStringLiteral("anasilva"), QStringLiteral("ana-work")}));
        QCOMPARE(root.value(QStringLiteral("me")).toArray().size(), 2);
        const AppConfig loaded = AppConfig::load(path);
        QVERIFY2(loaded.errors().isEmpty(), qPrintable(loaded.errors().join(QLatin1Char('\n'))));
        QCOMPARE(loaded.myAddresses, edited.myAddresses);
        QCOMPARE(loaded.myLogins, edited.myLogins);
        PreferencesDialog reopened(loaded);
        QCOMPARE(reopened.mePage()->loginsEdit()->toPlainText(), QStringLiteral("anasilva\nana-work"));
    }

    void badLoginInConfigJsonIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"meLogins": ["OctoCat", "not a login", 7]})");
        file.close();
        const AppConfig loaded = AppConfig::load(path);
        QCOMPARE(loaded.myLogins, QStringList{QStringLiteral("octocat")});
        QCOMPARE(loaded.errors().size(), 2);
        QVERIFY(loaded.errors().first().contains(QLatin1String("meLogins")));
        QVERIFY(loaded.errors().first().contains(QLatin1String("not a login")));
    }

    void sourcesIdentitiesAreListedReadOnly()
    {
        PreferencesDialog dialog(defaultConfig());
        MePage *page = dialog.mePage();
        SourceConfig imap;
        imap.name = QStringLiteral("Work <b>mail</b>");
        imap.kind = QStringLiteral("imap");
        imap.settings.insert(QStringLiteral("addresses"), QStringList{QStringLiteral("ana@work.example")});
        const SourceConfig github = github::configFor(QString(), QStringLiteral("anasilva"));
        SourceConfig feed;
        feed.name = QStringLiteral("News");
        feed.kind = QStringLiteral("feed");
        dialog.setSources({imap, github, feed});
        QListWidget *list = page->sourceIdentities();
        QCOMPARE(list->count(), 2);  // the feed carries nothing
        QCOMPARE(list->item(0)->text(), QStringLiteral("Work <b>mail</b>: ana@work.example"));
        QVERIFY2(list->item(1)->text().contains(QLatin1String("anasilva")), qPrintable(list->item(1)->text()));
        QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEditable));
        // Listed, not copied into "me".
        QVERIFY(dialog.config().myAddresses.isEmpty());
    }

    void githubItemFromMyLoginIsMine()
    {
        SourceConfig source = github::configFor(QString(), QStringLiteral("work-bot"));
        source.id = 1;
        const ItemRecord fromMe = githubRecord(QStringLiteral("AnaSilva"));
        // Without the login the thread is Async, owed a reply (the reason: a comment).
        const Item before = Tiering(defaultConfig()).apply(fromMe, source);
        QCOMPARE(before.tier, Tier::Async);
        QCOMPARE(before.tierReason, QStringLiteral("github-direct"));
        QVERIFY(before.dueMs.has_value());

        // The login typed on the Me page makes it the user's own: Reference, nothing owed.
        PreferencesDialog dialog(defaultConfig());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog.mePage()->loginsEdit(), QStringLiteral("anasilva"));
        const Tiering tiering(dialog.config());
        const Item mine = tiering.apply(fromMe, source);
        QCOMPARE(mine.tier, Tier::Reference);
        QCOMPARE(mine.tierReason, QStringLiteral("github-from-me"));
        QVERIFY(!mine.dueMs.has_value());
        // "@login" and a GitHub profile URL (a GitHub Atom feed's author) name the same login.
        QCOMPARE(tiering.apply(githubRecord(QStringLiteral("@AnaSilva")), source).tierReason, QStringLiteral("github-from-me"));
        QCOMPARE(tiering.apply(githubRecord(QStringLiteral("https://github.com/anasilva")), source).tierReason,
                 QStringLiteral("github-from-me"));
        // Someone else's activity stays as it was; a login that only starts the same does not count.
        QCOMPARE(tiering.apply(githubRecord(QStringLiteral("octocat")), source).tier, Tier::Async);
        QCOMPARE(tiering.apply(githubRecord(QStringLiteral("anasilva2")), source).tier, Tier::Async);
        // The source's own login counts for that source without any "meLogins".
        QCOMPARE(Tiering(defaultConfig()).apply(githubRecord(QStringLiteral("Work-Bot")), source).tierReason,
                 QStringLiteral("github-from-me"));
    }
};

QTEST_MAIN(TestPreferencesMe)
#include "tst_preferences_me.moc"
