// The IMAP account dialog against a real Dovecot (STARTTLS on loopback, self-signed certificate)
// and a real keychain (gnome-keyring on a private D-Bus): the certificate error shows the
// certificate's SHA-256 fingerprint, trusting it lets the check list the server's folders, a
// wrong password is reported inline, and saving puts the password into the keychain only.
#include "sources/imap/imapaccountdialog.h"
#include "dovecotserver.h"
#include "imapkeyring.h"
#include "imaptestutil.h"
#include "mainwindow.h"
#include "secrets/secretstore.h"
#include "sources/imap/imapaccountsave.h"
#include "sources/imap/imapkind.h"
#include "storage/itemstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace fi;
using namespace fi::test;

namespace {

constexpr int kCheckTimeoutMs = 60000;

template <typename T>
T *child(const QWidget &w, const char *name)
{
    T *c = w.findChild<T *>(QLatin1String(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

QStringList folderNames(const ImapAccountDialog &d, bool checkedOnly)
{
    QStringList out;
    const auto *list = child<QListWidget>(d, "folders");
    for (int i = 0; i < list->count(); ++i)
        if (!checkedOnly || list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->text());
    return out;
}

} // namespace

class TestImapAccountDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newAccountDefaultsAndKeyboard();
    void portFollowsSecurityUnlessEdited();
    void plaintextOptInOnlyOffLoopback();
    void certificateErrorShowsFingerprintThenTrust();
    void wrongPasswordIsShownInline();
    void unknownHostIsShownInline();
    void saveRequiresCheckAndKeepsPasswordInKeychainOnly();
    void editKeepsStoredPasswordWhenLeftEmpty();
    void saveWithoutCheckingNeedsNoServer();
    void fileMenuOffersAddImapAccount();

private:
    /// Fill the connection fields for the fixture: STARTTLS on the plain loopback port.
    void fill(ImapAccountDialog &d, const QString &password) const;
    /// Press the check button and wait for the outcome.
    bool runCheck(ImapAccountDialog &d);
    ImapAccountDialog::Committer committer();

    KeyringSession m_keyring;
    DovecotServer m_server;
    QTemporaryDir m_data;
    std::unique_ptr<ItemStore> m_store;
    QString m_fingerprint;
};

void TestImapAccountDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_keyring.start(), qPrintable(m_keyring.error()));
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QString why;
    auto admin = adminSession(m_server, &why);
    QVERIFY2(admin, qPrintable(why));
    imap::Error e;
    QVERIFY2(admin->createFolder(QStringLiteral("Projects"), &e), qPrintable(e.message));
    QVERIFY2(admin->createFolder(QStringLiteral("Archive"), &e), qPrintable(e.message));
    m_fingerprint = imap::sha256Fingerprint(m_server.certificateDer());
    QCOMPARE(m_fingerprint.size(), 95);
    m_store = std::make_unique<ItemStore>(m_data.filePath(QStringLiteral("focusinbox.sqlite")));
    QCOMPARE(m_store->open(&why), OpenError::None);
}

void TestImapAccountDialog::fill(ImapAccountDialog &d, const QString &password) const
{
    QTest::keyClicks(child<QLineEdit>(d, "host"), QStringLiteral("127.0.0.1"));
    auto *security = child<QComboBox>(d, "security");
    security->setCurrentIndex(security->findData(int(imap::Security::StartTls)));
    child<QSpinBox>(d, "port")->setValue(m_server.plainPort());
    QTest::keyClicks(child<QLineEdit>(d, "user"), m_server.user());
    QTest::keyClicks(child<QLineEdit>(d, "password"), password);
}

bool TestImapAccountDialog::runCheck(ImapAccountDialog &d)
{
    QSignalSpy finished(&d, &ImapAccountDialog::checkFinished);
    auto *button = child<QPushButton>(d, "check");
    if (!button->isEnabled()) {
        qWarning("check button disabled: %s", qPrintable(child<QLabel>(d, "hint")->text()));
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    if (!finished.wait(kCheckTimeoutMs))
        return false;
    return finished.last().at(0).toBool();
}

ImapAccountDialog::Committer TestImapAccountDialog::committer()
{
    // The same work as the imap editor's committer (views/sources/imap/imapeditor.cpp): keychain + store on a worker thread.
    ItemStore *store = m_store.get();
    return [store](const SourceConfig &config, const QString &password) {
        return QtConcurrent::run([store, config, password] { return imap::saveAccount(*store, config, password, {}).error; });
    };
}

void TestImapAccountDialog::newAccountDefaultsAndKeyboard()
{
    ImapAccountDialog d;
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(d.windowTitle(), QStringLiteral("Add IMAP Account"));
    QCOMPARE(child<QComboBox>(d, "security")->currentData().toInt(), int(imap::Security::Tls));
    QCOMPARE(child<QSpinBox>(d, "port")->value(), 993);
    QVERIFY(child<QCheckBox>(d, "writeBack")->isChecked());
    QCOMPARE(child<QSpinBox>(d, "pollSeconds")->value(), 120);
    QCOMPARE(child<QSpinBox>(d, "pollSeconds")->minimum(), 30);
    QCOMPARE(folderNames(d, true), QStringList{QStringLiteral("INBOX")});
    QCOMPARE(child<QComboBox>(d, "archiveFolder")->currentData().toString(), QString());
    QCOMPARE(child<QLineEdit>(d, "password")->echoMode(), QLineEdit::Password);
    QVERIFY(!child<QCheckBox>(d, "allowPlaintext")->isVisibleTo(&d));
    QVERIFY(!child<QCheckBox>(d, "trustCertificate")->isVisibleTo(&d));
    // Nothing entered: nothing to save or check, and the hint says what is missing.
    QVERIFY(!child<QPushButton>(d, "check")->isEnabled());
    QVERIFY(!child<QPushButton>(d, "saveWithoutChecking")->isEnabled());
    QVERIFY(child<QLabel>(d, "hint")->text().contains(QLatin1String("host name")));

    // Every field has a label with a mnemonic pointing at it, and Tab walks them in order.
    for (const char *name : {"host", "security", "port", "user", "password"}) {
        QWidget *field = child<QWidget>(d, name);
        auto *form = qobject_cast<QFormLayout *>(field->parentWidget()->layout());
        QVERIFY(form);
        auto *label = qobject_cast<QLabel *>(form->labelForField(field));
        QVERIFY2(label && label->buddy() == field && label->text().contains(u'&'), name);
        QVERIFY2(!field->toolTip().isEmpty(), name);
    }
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(d, "host"));
    const QStringList order{QStringLiteral("security"), QStringLiteral("port"), QStringLiteral("user"),
                            QStringLiteral("password")};
    for (const QString &next : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), next);
    }
}

void TestImapAccountDialog::portFollowsSecurityUnlessEdited()
{
    ImapAccountDialog d;
    auto *security = child<QComboBox>(d, "security");
    auto *port = child<QSpinBox>(d, "port");
    security->setCurrentIndex(security->findData(int(imap::Security::StartTls)));
    QCOMPARE(port->value(), 143);
    security->setCurrentIndex(security->findData(int(imap::Security::Tls)));
    QCOMPARE(port->value(), 993);
    port->setValue(10993); // the user's own port stays
    security->setCurrentIndex(security->findData(int(imap::Security::StartTls)));
    QCOMPARE(port->value(), 10993);
}

void TestImapAccountDialog::plaintextOptInOnlyOffLoopback()
{
    ImapAccountDialog d;
    d.show();
    auto *security = child<QComboBox>(d, "security");
    auto *host = child<QLineEdit>(d, "host");
    auto *optIn = child<QCheckBox>(d, "allowPlaintext");
    host->setText(QStringLiteral("mail.example.org"));
    child<QLineEdit>(d, "user")->setText(QStringLiteral("me"));
    child<QLineEdit>(d, "password")->setText(QStringLiteral("pw"));
    QVERIFY(!optIn->isVisibleTo(&d));
    security->setCurrentIndex(security->findData(int(imap::Security::None)));
    QVERIFY(optIn->isVisibleTo(&d));
    QVERIFY(child<QLabel>(d, "hint")->text().contains(QLatin1String("Without encryption")));
    QVERIFY(!child<QPushButton>(d, "check")->isEnabled());
    optIn->setChecked(true);
    QVERIFY(child<QPushButton>(d, "check")->isEnabled());
    QVERIFY(child<QLabel>(d, "hint")->text().isEmpty());
    QCOMPARE(d.config().settings.value(QStringLiteral("allowPlaintext")).toBool(), true);

    for (const QString &loopback : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost"), QStringLiteral("::1")}) {
        host->setText(loopback);
        QVERIFY2(!optIn->isVisibleTo(&d), qPrintable(loopback));
        QCOMPARE(d.config().settings.value(QStringLiteral("allowPlaintext")).toBool(), false);
    }
}

void TestImapAccountDialog::certificateErrorShowsFingerprintThenTrust()
{
    ImapAccountDialog d;
    d.show();
    fill(d, m_server.password());
    QVERIFY(!runCheck(d));
    const QString status = child<QLabel>(d, "status")->text();
    QVERIFY2(status.contains(m_fingerprint), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("not trusted")), qPrintable(status));
    QCOMPARE(child<QLabel>(d, "fingerprint")->text().replace(u'\n', u':'), m_fingerprint);
    auto *trust = child<QCheckBox>(d, "trustCertificate");
    QVERIFY(trust->isVisibleTo(&d));
    QVERIFY(!trust->isChecked());
    QVERIFY(!d.isChecked());
    const QString grab = qEnvironmentVariable("FOCUSINBOX_GRAB_DIALOG"); // screenshots for docs/
    if (!grab.isEmpty()) {
        QCoreApplication::processEvents();
        QVERIFY(d.grab().save(QString(grab).replace(QLatin1String(".png"), QLatin1String("-certificate.png"))));
    }

    QSignalSpy finished(&d, &ImapAccountDialog::checkFinished);
    QTest::mouseClick(trust, Qt::LeftButton, {}, QPoint(5, trust->height() / 2));
    QVERIFY(finished.wait(kCheckTimeoutMs));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(child<QLabel>(d, "status")->text()));
    QVERIFY(d.isChecked());
    const QStringList all = folderNames(d, false);
    QVERIFY2(all.contains(QLatin1String("INBOX")) && all.contains(QLatin1String("Projects"))
                 && all.contains(QLatin1String("Archive")),
             qPrintable(all.join(u',')));
    QCOMPARE(all.first(), QStringLiteral("INBOX"));
    QCOMPARE(folderNames(d, true), QStringList{QStringLiteral("INBOX")});
    QVERIFY(child<QComboBox>(d, "archiveFolder")->findData(QStringLiteral("Archive")) > 0);
    QCOMPARE(d.config().settings.value(QStringLiteral("trustedFingerprint")).toString(), m_fingerprint);

    if (!grab.isEmpty()) {
        auto *folders = child<QListWidget>(d, "folders");
        folders->item(all.indexOf(QLatin1String("Projects")))->setCheckState(Qt::Checked);
        auto *archive = child<QComboBox>(d, "archiveFolder");
        archive->setCurrentIndex(archive->findData(QStringLiteral("Archive")));
        child<QLineEdit>(d, "name")->setText(QStringLiteral("Work"));
        QCoreApplication::processEvents(); // let the layout settle
        QVERIFY(d.grab().save(grab));
    }
}

void TestImapAccountDialog::wrongPasswordIsShownInline()
{
    ImapAccountDialog d;
    d.show();
    fill(d, QStringLiteral("not-the-password"));
    QVERIFY(!runCheck(d)); // the certificate first
    QSignalSpy finished(&d, &ImapAccountDialog::checkFinished);
    child<QCheckBox>(d, "trustCertificate")->setChecked(true);
    QVERIFY(finished.wait(kCheckTimeoutMs));
    QCOMPARE(finished.last().at(0).toBool(), false);
    const QString status = child<QLabel>(d, "status")->text();
    QVERIFY2(status.contains(QLatin1String("user name or password")), qPrintable(status));
    QVERIFY(!status.contains(QLatin1String("not-the-password")));
    QVERIFY(!d.isChecked());
    QVERIFY(child<QCheckBox>(d, "trustCertificate")->isChecked()); // the trust stays for the next try
    QVERIFY(child<QPushButton>(d, "saveWithoutChecking")->isVisible());

    // The right password: the check succeeds with the trusted certificate.
    auto *password = child<QLineEdit>(d, "password");
    password->clear();
    QTest::keyClicks(password, m_server.password());
    QVERIFY2(runCheck(d), qPrintable(child<QLabel>(d, "status")->text()));
}

void TestImapAccountDialog::unknownHostIsShownInline()
{
    ImapAccountDialog d;
    d.show();
    child<QLineEdit>(d, "host")->setText(QStringLiteral("no-such-host.invalid"));
    child<QLineEdit>(d, "user")->setText(QStringLiteral("me"));
    child<QLineEdit>(d, "password")->setText(QStringLiteral("pw"));
    QVERIFY(!runCheck(d));
    const QString status = child<QLabel>(d, "status")->text();
    QVERIFY2(status.contains(QLatin1String("could not be found")), qPrintable(status));
    QVERIFY(!child<QCheckBox>(d, "trustCertificate")->isVisibleTo(&d));
}

void TestImapAccountDialog::saveRequiresCheckAndKeepsPasswordInKeychainOnly()
{
    ImapAccountDialog d;
    d.setCommitter(committer());
    d.setExistingSources(m_store->sources());
    d.show();
    fill(d, m_server.password());
    child<QLineEdit>(d, "name")->setText(QStringLiteral("Work"));

    // Save before a check: it checks first, and the untrusted certificate stops the save.
    QSignalSpy finished(&d, &ImapAccountDialog::checkFinished);
    auto *save = qobject_cast<QDialogButtonBox *>(child<QWidget>(d, "saveWithoutChecking")->parentWidget())
                     ->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(finished.wait(kCheckTimeoutMs));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY(d.isVisible());
    QVERIFY(m_store->sources().isEmpty());

    QSignalSpy trusted(&d, &ImapAccountDialog::checkFinished);
    child<QCheckBox>(d, "trustCertificate")->setChecked(true);
    QVERIFY(trusted.wait(kCheckTimeoutMs));
    QVERIFY(trusted.last().at(0).toBool());
    auto *folders = child<QListWidget>(d, "folders");
    folders->findItems(QStringLiteral("Projects"), Qt::MatchExactly).value(0)->setCheckState(Qt::Checked);
    auto *archive = child<QComboBox>(d, "archiveFolder");
    archive->setCurrentIndex(archive->findData(QStringLiteral("Archive")));
    child<QSpinBox>(d, "pollSeconds")->setValue(300);
    child<QCheckBox>(d, "writeBack")->setChecked(false);
    QVERIFY(!child<QPushButton>(d, "saveWithoutChecking")->isVisible()); // checked: a plain Save

    QSignalSpy accepted(&d, &QDialog::accepted);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(accepted.wait(20000));
    QCOMPARE(d.result(), int(QDialog::Accepted));

    const QList<SourceConfig> sources = m_store->sources();
    QCOMPARE(sources.size(), 1);
    const SourceConfig &s = sources.first();
    QCOMPARE(s.kind, QStringLiteral("imap"));
    QCOMPARE(s.name, QStringLiteral("Work"));
    const auto account = imap::Account::fromConfig(s);
    QVERIFY(account);
    QCOMPARE(account->host, QStringLiteral("127.0.0.1"));
    QCOMPARE(account->port, m_server.plainPort());
    QCOMPARE(account->security, imap::Security::StartTls);
    QCOMPARE(account->user, m_server.user());
    QCOMPARE(account->folders, (QStringList{QStringLiteral("INBOX"), QStringLiteral("Projects")}));
    QCOMPARE(account->trustedFingerprint, m_fingerprint);
    QCOMPARE(account->archiveFolder, QStringLiteral("Archive"));
    QCOMPARE(account->pollSeconds, 300);
    QCOMPARE(account->writeBack, false);
    QCOMPARE(account->allowPlaintext, false);

    // The password is in the keychain, and neither in the config nor in any file of the data dir.
    const QByteArray pw = m_server.password().toUtf8();
    QCOMPARE(secrets::readSecret(account->secretKey()).value_or(QString()), m_server.password());
    QVERIFY(!s.location.contains(m_server.password()));
    QVERIFY(!QJsonDocument(QJsonObject::fromVariantMap(s.settings)).toJson().contains(pw));
    QDirIterator it(m_data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(pw), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 0);

    // The same account again is refused before anything is saved.
    ImapAccountDialog again;
    again.setExistingSources(m_store->sources());
    fill(again, m_server.password());
    QVERIFY2(child<QLabel>(again, "hint")->text().contains(QLatin1String("already added as \"Work\"")),
             qPrintable(child<QLabel>(again, "hint")->text()));
    QVERIFY(!child<QPushButton>(again, "saveWithoutChecking")->isEnabled());
}

void TestImapAccountDialog::editKeepsStoredPasswordWhenLeftEmpty()
{
    if (m_store->sources().isEmpty())
        QSKIP("needs the account saved by saveRequiresCheckAndKeepsPasswordInKeychainOnly");
    const SourceConfig saved = m_store->sources().first();
    const QString key = imap::Account::fromConfig(saved)->secretKey();

    ImapAccountDialog d(saved);
    ItemStore *store = m_store.get();
    d.setCommitter([store, key](const SourceConfig &config, const QString &password) {
        return QtConcurrent::run([store, config, password, key] { return imap::saveAccount(*store, config, password, key).error; });
    });
    d.setExistingSources(m_store->sources());
    d.show();
    QCOMPARE(d.windowTitle(), QStringLiteral("Edit IMAP Account"));
    QVERIFY(d.isEditing());
    QCOMPARE(child<QLineEdit>(d, "password")->text(), QString());
    QCOMPARE(child<QLineEdit>(d, "password")->placeholderText(), QStringLiteral("unchanged"));
    QCOMPARE(child<QLineEdit>(d, "host")->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QSpinBox>(d, "port")->value(), int(m_server.plainPort()));
    QCOMPARE(child<QLineEdit>(d, "name")->text(), QStringLiteral("Work"));
    QVERIFY(child<QCheckBox>(d, "trustCertificate")->isChecked());
    QCOMPARE(folderNames(d, true), (QStringList{QStringLiteral("INBOX"), QStringLiteral("Projects")}));
    QCOMPARE(child<QComboBox>(d, "archiveFolder")->currentData().toString(), QStringLiteral("Archive"));
    QVERIFY(child<QLabel>(d, "hint")->text().isEmpty()); // not a duplicate of itself

    // The check uses the password from the keychain.
    QVERIFY2(runCheck(d), qPrintable(child<QLabel>(d, "status")->text()));
    child<QSpinBox>(d, "pollSeconds")->setValue(600);
    QSignalSpy accepted(&d, &QDialog::accepted);
    QTest::mouseClick(qobject_cast<QDialogButtonBox *>(child<QWidget>(d, "saveWithoutChecking")->parentWidget())
                          ->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QVERIFY(accepted.wait(20000));
    QCOMPARE(m_store->sources().size(), 1);
    const SourceConfig updated = m_store->sources().first();
    QCOMPARE(updated.id, saved.id);
    QCOMPARE(imap::Account::fromConfig(updated)->pollSeconds, 600);
    QCOMPARE(secrets::readSecret(key).value_or(QString()), m_server.password());
}

void TestImapAccountDialog::saveWithoutCheckingNeedsNoServer()
{
    ImapAccountDialog d;
    d.show();
    child<QLineEdit>(d, "host")->setText(QStringLiteral("imap.example.org"));
    child<QLineEdit>(d, "user")->setText(QStringLiteral("me@example.org"));
    child<QLineEdit>(d, "password")->setText(QStringLiteral("pw"));
    auto *button = child<QPushButton>(d, "saveWithoutChecking");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const SourceConfig c = d.config();
    const auto account = imap::Account::fromConfig(c);
    QVERIFY(account);
    QCOMPARE(account->host, QStringLiteral("imap.example.org"));
    QCOMPARE(account->user, QStringLiteral("me@example.org"));
    QCOMPARE(account->port, quint16(993));
    QCOMPARE(account->security, imap::Security::Tls);
    QCOMPARE(account->folders, QStringList{QStringLiteral("INBOX")});
    QCOMPARE(c.name, QStringLiteral("me@example.org")); // the user name, when it is an address
    QCOMPARE(c.settings.value(QStringLiteral("addresses")).toStringList(), QStringList{QStringLiteral("me@example.org")});
    QCOMPARE(d.password(), QStringLiteral("pw"));
}

void TestImapAccountDialog::fileMenuOffersAddImapAccount()
{
    MainWindow w(m_store.get());
    QSignalSpy requested(&w, &MainWindow::addSourceRequested);
    const QList<QAction *> file = w.menuBar()->actions().value(0)->menu()->actions();
    QStringList texts;
    for (QAction *a : file)
        texts.append(a->text());
    const qsizetype maildir = texts.indexOf(QStringLiteral("&Add Maildir…"));
    QVERIFY2(maildir >= 0 && texts.value(maildir + 1) == QStringLiteral("Add &IMAP account…"), qPrintable(texts.join(u'|')));
    file.at(maildir + 1)->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), imap::kindKey());  // AccountsFeature opens its editor
}

QTEST_MAIN(TestImapAccountDialog)
#include "tst_imapaccountdialog.moc"
