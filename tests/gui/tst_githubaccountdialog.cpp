// The GitHub account dialog against a scripted loopback HTTP server (GET /user) and a real
// keychain (gnome-keyring on a private D-Bus): Add stays disabled until a check succeeded, the
// check shows the login or GitHub's reason (as plain text), saving puts the token into the
// keychain only, the same account twice is refused, and editing keeps the stored token.
#include "sources/github/githubaccountdialog.h"
#include "imapkeyring.h"
#include "mainwindow.h"
#include "scriptedhttpserver.h"
#include "secrets/secretstore.h"
#include "sources/github/githubapi.h"
#include "sources/github/githubkind.h"
#include "storage/itemstore.h"

#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace fi;
using namespace fi::test;
using Script = fi::test::ScriptedHttpServer;

namespace {

constexpr int kWaitMs = 20000;
const QString kToken = QStringLiteral("ghp_good-token-1234567890");

template <typename T>
T *child(const QWidget &w, const char *name)
{
    T *c = w.findChild<T *>(QLatin1String(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

QString statusOf(const QWidget &d) { return child<QLabel>(d, "status")->text(); }

} // namespace

class TestGitHubAccountDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void newAccountDefaultsAndLabels();
    void goodTokenEnablesAddAndSavesTokenInKeychainOnly();
    void sameAccountTwiceIsRefused();
    void badCredentialsKeepAddDisabled();
    void serverTextIsShownLiterally();
    void editKeepsStoredTokenWhenLeftEmpty();
    void editedBaseUrlChecksWithStoredToken();
    void fileMenuOffersAddGitHubAccount();

private:
    /// http://127.0.0.1:PORT plus @p path (no trailing slash): an API base the kind accepts.
    QString base(const QString &path = {}) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.port()).arg(path); }
    SourceEditorContext context();
    /// Fill base URL and token, press Enter in the token field (Check) and wait for the outcome.
    bool checkWithEnter(github::GitHubAccountDialog &d, const QString &baseUrl, const QString &token);

    KeyringSession m_keyring;
    ScriptedHttpServer m_server;
    QTemporaryDir m_data;
    std::unique_ptr<ItemStore> m_store;
    QList<qint64> m_saved;
};

void TestGitHubAccountDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_keyring.start(), qPrintable(m_keyring.error()));
    QVERIFY(m_server.setScript(QJsonArray{
        Script::route(QStringLiteral("GET"), QStringLiteral("/user"),
                      {Script::response(200, "{\"login\": \"octocat\", \"id\": 1}")}),
        Script::route(QStringLiteral("GET"), QStringLiteral("/bad/user"),
                      {Script::response(401, "{\"message\": \"Bad credentials\", \"documentation_url\": \"https://docs.github.com/rest\"}")}),
        Script::route(QStringLiteral("GET"), QStringLiteral("/markup/user"),
                      {Script::response(401, "{\"message\": \"<b>x</b>\"}")}),
    }));
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_store = std::make_unique<ItemStore>(m_data.filePath(QStringLiteral("focusinbox.sqlite")));
    QString why;
    QCOMPARE(m_store->open(&why), OpenError::None);
}

void TestGitHubAccountDialog::cleanupTestCase()
{
    m_store.reset();
    secrets::shutdown();  // before the keyring's private bus goes away
}

SourceEditorContext TestGitHubAccountDialog::context()
{
    SourceEditorContext c;
    c.store = m_store.get();
    c.saved = [this](qint64 id) { m_saved.append(id); };
    return c;
}

bool TestGitHubAccountDialog::checkWithEnter(github::GitHubAccountDialog &d, const QString &baseUrl, const QString &token)
{
    auto *baseEdit = child<QLineEdit>(d, "baseUrl");
    baseEdit->clear();
    QTest::keyClicks(baseEdit, baseUrl);
    auto *tokenEdit = child<QLineEdit>(d, "token");
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, token);
    if (child<QPushButton>(d, "ok")->isEnabled()) {
        qWarning("Add enabled before a check");
        return false;
    }
    QSignalSpy finished(&d, &github::GitHubAccountDialog::checkFinished);
    QTest::keyClick(tokenEdit, Qt::Key_Return);  // Enter checks while nothing was checked
    if (!finished.wait(kWaitMs))
        return false;
    return finished.last().at(0).toBool();
}

void TestGitHubAccountDialog::newAccountDefaultsAndLabels()
{
    github::GitHubAccountDialog d(context());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(d.windowTitle(), QStringLiteral("Add GitHub Account"));
    auto *baseEdit = child<QLineEdit>(d, "baseUrl");
    QCOMPARE(baseEdit->text(), QStringLiteral("https://api.github.com"));
    QVERIFY(baseEdit->placeholderText().contains(QLatin1String("GitHub Enterprise Server")));
    QVERIFY(baseEdit->placeholderText().contains(QLatin1String("https://HOST/api/v3")));
    auto *token = child<QLineEdit>(d, "token");
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(!token->placeholderText().isEmpty());
    auto *poll = child<QSpinBox>(d, "poll");
    QCOMPARE(poll->minimum() * 60, github::kDefaultPollSeconds);  // minutes; at least 60 s
    QCOMPARE(poll->value() * 60, github::kDefaultPollSeconds);
    QCOMPARE(child<QLineEdit>(d, "name")->placeholderText(), QStringLiteral("GitHub (login)"));

    // Nothing to check or add without a token; the hint says so.
    QVERIFY(!child<QPushButton>(d, "ok")->isEnabled());
    QVERIFY(!child<QPushButton>(d, "check")->isEnabled());
    QVERIFY(child<QLabel>(d, "hint")->text().contains(QLatin1String("token")));
    // http is refused off loopback (github::baseUrlOf).
    baseEdit->setText(QStringLiteral("http://github.example.org/api/v3"));
    token->setText(QStringLiteral("x"));
    QVERIFY(!child<QPushButton>(d, "check")->isEnabled());
    QVERIFY(child<QLabel>(d, "hint")->text().contains(QLatin1String("http://github.example.org/api/v3")));

    // Labels that show server text, typed text or help are plain text.
    for (const char *name : {"status", "hint", "tokenHelp"})
        QCOMPARE(child<QLabel>(d, name)->textFormat(), Qt::PlainText);
    const QString help = child<QLabel>(d, "tokenHelp")->text();
    QVERIFY2(help.contains(QLatin1String("\"notifications\" scope")), qPrintable(help));
    // Every field has an accessible name and a label with a mnemonic pointing at it.
    for (const char *name : {"baseUrl", "token", "name", "poll"}) {
        QWidget *field = child<QWidget>(d, name);
        QVERIFY2(!field->accessibleName().isEmpty(), name);
        QVERIFY2(!field->toolTip().isEmpty(), name);
        const auto labels = d.findChildren<QLabel *>();
        const bool labelled = std::any_of(labels.begin(), labels.end(), [field](const QLabel *l) {
            return l->buddy() == field && l->text().contains(u'&');
        });
        QVERIFY2(labelled, name);
    }
}

void TestGitHubAccountDialog::goodTokenEnablesAddAndSavesTokenInKeychainOnly()
{
    github::GitHubAccountDialog d(context());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    m_server.clearRequests();
    QVERIFY2(checkWithEnter(d, base(), kToken), qPrintable(statusOf(d)));
    QVERIFY2(statusOf(d).contains(QLatin1String("Signed in as octocat")), qPrintable(statusOf(d)));
    QVERIFY(d.isChecked());
    QCOMPARE(d.login(), QStringLiteral("octocat"));
    auto *ok = child<QPushButton>(d, "ok");
    QVERIFY(ok->isEnabled());
    QVERIFY(ok->isDefault());  // now Enter adds
    QCOMPARE(child<QLineEdit>(d, "name")->placeholderText(), QStringLiteral("GitHub (octocat)"));
    const auto requests = m_server.requestsFor(QStringLiteral("GET"), QStringLiteral("/user"));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().header(QStringLiteral("Authorization")), QStringLiteral("Bearer ") + kToken);

    child<QSpinBox>(d, "poll")->setValue(5);
    const QString grab = qEnvironmentVariable("FOCUSINBOX_GRAB_DIALOG");  // a screenshot to look at
    if (!grab.isEmpty()) {
        QCoreApplication::processEvents();
        QVERIFY(d.grab().save(grab));
    }

    QSignalSpy accepted(&d, &QDialog::accepted);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(accepted.wait(kWaitMs));
    QCOMPARE(d.result(), int(QDialog::Accepted));

    const QList<SourceConfig> sources = m_store->sources();
    QCOMPARE(sources.size(), 1);
    const SourceConfig &s = sources.first();
    QCOMPARE(m_saved, QList<qint64>{s.id});
    QCOMPARE(d.savedId(), s.id);
    QCOMPARE(s.kind, QStringLiteral("github"));
    QCOMPARE(s.location, base());
    QCOMPARE(s.name, QStringLiteral("GitHub (octocat)"));
    QCOMPARE(s.settings.value(QLatin1String(github::kLoginSetting)).toString(), QStringLiteral("octocat"));
    QCOMPARE(s.settings.value(QLatin1String(github::kPollSetting)).toInt(), 300);

    // The token is in the keychain, and in no file of the data directory.
    QString why;
    QCOMPARE(github::readToken(s, &why).value_or(QString()), kToken);
    m_store->flush();
    QDirIterator it(m_data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(kToken.toUtf8()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 0);
}

void TestGitHubAccountDialog::sameAccountTwiceIsRefused()
{
    if (m_store->sources().isEmpty())
        QSKIP("needs the account saved by goodTokenEnablesAddAndSavesTokenInKeychainOnly");
    github::GitHubAccountDialog d(context());
    d.show();
    QVERIFY(checkWithEnter(d, base(), kToken));  // the token works…
    QVERIFY2(statusOf(d).contains(QLatin1String("already in Focus Inbox as \"GitHub (octocat)\"")), qPrintable(statusOf(d)));
    QVERIFY(!child<QPushButton>(d, "ok")->isEnabled());  // …but the account is there
    d.accept();
    QVERIFY(d.isVisible());
    QCOMPARE(m_store->sources().size(), 1);
}

void TestGitHubAccountDialog::badCredentialsKeepAddDisabled()
{
    github::GitHubAccountDialog d(context());
    d.show();
    QVERIFY(!checkWithEnter(d, base(QStringLiteral("/bad")), QStringLiteral("ghp_wrong")));
    const QString status = statusOf(d);
    QVERIFY2(status.contains(QLatin1String("Bad credentials")), qPrintable(status));
    QVERIFY(!status.contains(QLatin1String("ghp_wrong")));
    QVERIFY(!d.isChecked());
    QVERIFY(!child<QPushButton>(d, "ok")->isEnabled());
    QVERIFY(child<QPushButton>(d, "check")->isEnabled());  // try again
    const QString grab = qEnvironmentVariable("FOCUSINBOX_GRAB_DIALOG");
    if (!grab.isEmpty()) {
        QCoreApplication::processEvents();
        QVERIFY(d.grab().save(QString(grab).replace(QLatin1String(".png"), QLatin1String("-error.png"))));
    }
}

void TestGitHubAccountDialog::serverTextIsShownLiterally()
{
    github::GitHubAccountDialog d(context());
    d.show();
    QVERIFY(!checkWithEnter(d, base(QStringLiteral("/markup")), QStringLiteral("ghp_wrong")));
    auto *status = child<QLabel>(d, "status");
    QVERIFY2(status->text().contains(QLatin1String("<b>x</b>")), qPrintable(status->text()));
    QCOMPARE(status->textFormat(), Qt::PlainText);  // the tags show as characters, not bold text
    QVERIFY(!child<QPushButton>(d, "ok")->isEnabled());
}

void TestGitHubAccountDialog::editKeepsStoredTokenWhenLeftEmpty()
{
    if (m_store->sources().isEmpty())
        QSKIP("needs the account saved by goodTokenEnablesAddAndSavesTokenInKeychainOnly");
    const SourceConfig saved = m_store->sources().first();
    github::GitHubAccountDialog d(saved, context());
    d.show();
    QCOMPARE(d.windowTitle(), QStringLiteral("Edit GitHub Account"));
    QCOMPARE(child<QLineEdit>(d, "baseUrl")->text(), base());
    QCOMPARE(child<QLineEdit>(d, "token")->text(), QString());
    QCOMPARE(child<QLineEdit>(d, "token")->placeholderText(), QStringLiteral("unchanged"));
    QCOMPARE(child<QLineEdit>(d, "name")->text(), QStringLiteral("GitHub (octocat)"));
    QCOMPARE(child<QSpinBox>(d, "poll")->value(), 5);
    auto *ok = child<QPushButton>(d, "ok");
    QVERIFY(ok->isEnabled());  // nothing about the token or the base URL changed: no check needed

    // Typing a token asks for a check; clearing it again does not.
    child<QLineEdit>(d, "token")->setText(QStringLiteral("ghp_other"));
    QVERIFY(!ok->isEnabled());
    child<QLineEdit>(d, "token")->clear();
    QVERIFY(ok->isEnabled());

    child<QLineEdit>(d, "name")->setText(QStringLiteral("Work GitHub"));
    m_saved.clear();
    QSignalSpy accepted(&d, &QDialog::accepted);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(accepted.wait(kWaitMs));
    QCOMPARE(m_saved, QList<qint64>{saved.id});
    const SourceConfig updated = m_store->source(saved.id).value_or(SourceConfig{});
    QCOMPARE(updated.name, QStringLiteral("Work GitHub"));
    QCOMPARE(updated.settings.value(QLatin1String(github::kPollSetting)).toInt(), 300);
    QCOMPARE(m_store->sources().size(), 1);
    QCOMPARE(github::readToken(updated, nullptr).value_or(QString()), kToken);
}

void TestGitHubAccountDialog::editedBaseUrlChecksWithStoredToken()
{
    if (m_store->sources().isEmpty())
        QSKIP("needs the account saved by goodTokenEnablesAddAndSavesTokenInKeychainOnly");
    const SourceConfig saved = m_store->sources().first();
    github::GitHubAccountDialog d(saved, context());
    d.show();
    // The same server under another loopback name: a new base URL, so a new keychain key.
    auto *baseEdit = child<QLineEdit>(d, "baseUrl");
    baseEdit->setText(QStringLiteral("http://localhost:%1").arg(m_server.port()));
    auto *ok = child<QPushButton>(d, "ok");
    QVERIFY(!ok->isEnabled());
    m_server.clearRequests();
    QSignalSpy finished(&d, &github::GitHubAccountDialog::checkFinished);
    QTest::keyClick(baseEdit, Qt::Key_Return);  // checks with the token from the keychain
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(statusOf(d)));
    QCOMPARE(m_server.requestsFor(QStringLiteral("GET"), QStringLiteral("/user")).value(0).header(QStringLiteral("Authorization")),
             QStringLiteral("Bearer ") + kToken);
    QVERIFY(ok->isEnabled());

    QSignalSpy accepted(&d, &QDialog::accepted);
    QTest::keyClick(baseEdit, Qt::Key_Return);  // checked: Enter saves
    QVERIFY(accepted.wait(kWaitMs));
    const SourceConfig updated = m_store->source(saved.id).value_or(SourceConfig{});
    QCOMPARE(updated.location, QStringLiteral("http://localhost:%1").arg(m_server.port()));
    QVERIFY(github::secretKeyOf(updated) != github::secretKeyOf(saved));
    QCOMPARE(github::readToken(updated, nullptr).value_or(QString()), kToken);  // moved to the new key
    QVERIFY(!secrets::readSecret(github::secretKeyOf(saved)));                   // the old entry is gone
}

void TestGitHubAccountDialog::fileMenuOffersAddGitHubAccount()
{
    MainWindow w(m_store.get());
    QSignalSpy requested(&w, &MainWindow::addSourceRequested);
    const QList<QAction *> file = w.menuBar()->actions().value(0)->menu()->actions();
    QStringList texts;
    for (QAction *a : file)
        texts.append(a->text());
    const qsizetype feed = texts.indexOf(QStringLiteral("Add &feed…"));
    QVERIFY2(feed >= 0 && texts.value(feed + 1) == QStringLiteral("Add &GitHub account…"), qPrintable(texts.join(u'|')));
    file.at(feed + 1)->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), github::kindKey());
    const SourceEditor *editor = SourceEditors::instance().editor(github::kindKey());
    QVERIFY(editor && editor->createAdd && editor->createEdit);
    QCOMPARE(editor->editMenuText(), QStringLiteral("Edit GitHub account…"));
}

QTEST_MAIN(TestGitHubAccountDialog)
#include "tst_githubaccountdialog.moc"
