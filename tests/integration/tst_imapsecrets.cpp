// Passwords go to the Secret Service (gnome-keyring on a private D-Bus session) through
// QtKeychain, and nowhere else: the CLI adds an IMAP account with the password on stdin, syncs
// from a real Dovecot, and no file in the data dir (database, config, logs) contains it.
#include "cliprocess.h"
#include "dovecotserver.h"
#include "imapkeyring.h"
#include "imaptestutil.h"
#include "secrets/secretstore.h"
#include "sources/bodycache.h"
#include "sources/imap/imapkind.h"
#include "sources/sourceregistry.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

class TestImapSecrets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keychainRoundTrip();
    void removingTheLastSourceOfAnAccountForgetsItsPassword();
    void cliAddSyncNeverStoresPlaintext();
    void cliShowsCertificateFingerprint();
    void cliRefusesUnknownFolder();
    void cliSyncReportsWrongPassword();

private:
    QString imapUrl() const
    {
        return QStringLiteral("imaps://%1@127.0.0.1:%2/INBOX").arg(m_server.user()).arg(m_server.tlsPort());
    }
    KeyringSession m_keyring;
    DovecotServer m_server;
};

void TestImapSecrets::initTestCase()
{
    QVERIFY2(m_keyring.start(), qPrintable(m_keyring.error()));
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    auto admin = adminSession(m_server);
    QVERIFY(admin);
    QCOMPARE(appendFiles(*admin, QStringLiteral("INBOX"), corpusFiles().mid(0, 5)), 5);
}

void TestImapSecrets::keychainRoundTrip()
{
    const QString key = QStringLiteral("imap:roundtrip@example.test:993");
    QString why;
    QVERIFY(!secrets::readSecret(key, &why));
    QVERIFY(!why.isEmpty());
    QVERIFY2(secrets::writeSecret(key, QStringLiteral("pässword-1"), &why), qPrintable(why));
    QCOMPARE(secrets::readSecret(key, &why).value_or(QString()), QStringLiteral("pässword-1"));
    QVERIFY2(secrets::writeSecret(key, QStringLiteral("second"), &why), qPrintable(why));
    QCOMPARE(secrets::readSecret(key, &why).value_or(QString()), QStringLiteral("second"));
    QVERIFY(secrets::deleteSecret(key, &why));
    QVERIFY(!secrets::readSecret(key));
}

void TestImapSecrets::removingTheLastSourceOfAnAccountForgetsItsPassword()
{
    // Two sources (folders) of one account share a keychain entry: removing one keeps it,
    // removing the last one deletes it. What the kind registered is what the app runs.
    // The kind's cleanup also drops the source's cached messages.
    const SourceKind *kind = SourceRegistry::instance().kind(imap::kindKey());
    QVERIFY(kind && kind->cleanup);
    imap::Account account;
    account.host = QStringLiteral("forget.example.test");
    account.user = QStringLiteral("ana");
    SourceConfig inbox, lists;
    inbox.id = 1;
    lists.id = 2;
    account.toConfig(inbox);
    account.folders = {QStringLiteral("Lists")};
    account.toConfig(lists);
    QString why;
    QVERIFY2(secrets::writeSecret(account.secretKey(), QStringLiteral("pw"), &why), qPrintable(why));

    QTemporaryDir cacheDir;
    const BodyCache cache(cacheDir.path());
    QVERIFY(cache.put(inbox.id, QStringLiteral("INBOX"), QStringLiteral("7:1"), "Subject: a\r\n\r\nbody\r\n"));
    QVERIFY(cache.put(lists.id, QStringLiteral("Lists"), QStringLiteral("7:1"), "Subject: b\r\n\r\nbody\r\n"));

    kind->cleanup(inbox, {lists}, &cache);
    QCOMPARE(secrets::readSecret(account.secretKey()).value_or(QString()), QStringLiteral("pw"));
    QVERIFY(!cache.get(inbox.id, QStringLiteral("INBOX"), QStringLiteral("7:1")));
    QVERIFY(cache.get(lists.id, QStringLiteral("Lists"), QStringLiteral("7:1")));
    kind->cleanup(lists, {}, &cache);
    QVERIFY(!secrets::readSecret(account.secretKey()));
    QVERIFY(!cache.get(lists.id, QStringLiteral("Lists"), QStringLiteral("7:1")));
}

void TestImapSecrets::cliAddSyncNeverStoresPlaintext()
{
    QTemporaryDir data;
    const QString fp = imap::sha256Fingerprint(m_server.certificateDer());
    const auto add = runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("imap"), imapUrl(),
                                          QStringLiteral("--trust-fingerprint"), fp},
                            m_server.password().toUtf8() + "\n");
    QVERIFY2(add.exitCode == 0, add.err.constData());
    const auto sync = runCli(data.path(), {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QVERIFY2(sync.out.contains("5 new"), sync.out.constData());
    const auto list = runCli(data.path(), {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"),
                                           QStringLiteral("all")});
    QCOMPARE(list.jsonLines().size(), 5);

    // The password is in the keychain …
    QCOMPARE(secrets::readSecret(QStringLiteral("imap:%1@127.0.0.1:%2").arg(m_server.user()).arg(m_server.tlsPort()))
                 .value_or(QString()),
             m_server.password());
    // … and in no file of the data dir, nor in any output.
    const QByteArray pw = m_server.password().toUtf8();
    QStringList names;
    QDirIterator it(data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        names.append(f.fileName());
        QVERIFY2(!f.readAll().contains(pw), qPrintable(f.fileName()));
    }
    QVERIFY2(!names.filter(QStringLiteral(".sqlite")).isEmpty() || !names.filter(QStringLiteral(".db")).isEmpty(),
             qPrintable(names.join(u' '))); // the database was among the files searched
    for (const auto *r : {&add, &sync, &list}) {
        QVERIFY(!r->out.contains(pw));
        QVERIFY(!r->err.contains(pw));
    }
}

void TestImapSecrets::cliShowsCertificateFingerprint()
{
    QTemporaryDir data;
    const auto add = runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("imap"), imapUrl()},
                            m_server.password().toUtf8() + "\n");
    QCOMPARE(add.exitCode, 1);
    const QByteArray fp = imap::sha256Fingerprint(m_server.certificateDer()).toLatin1();
    QVERIFY2(add.err.contains(fp), add.err.constData());
    QVERIFY(add.err.contains("--trust-fingerprint"));
    QVERIFY(runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("list")}).out.trimmed().isEmpty());
}

void TestImapSecrets::cliRefusesUnknownFolder()
{
    QTemporaryDir data;
    const QString fp = imap::sha256Fingerprint(m_server.certificateDer());
    const auto add = runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("imap"), imapUrl(),
                                          QStringLiteral("--trust-fingerprint"), fp, QStringLiteral("--folder"),
                                          QStringLiteral("INBOX"), QStringLiteral("--folder"), QStringLiteral("Nope")},
                            m_server.password().toUtf8() + "\n");
    QCOMPARE(add.exitCode, 2);
    QVERIFY2(add.err.contains("No such folder on 127.0.0.1: Nope. The server has: INBOX"), add.err.constData());
    QVERIFY(runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("list")}).out.trimmed().isEmpty());
}

void TestImapSecrets::cliSyncReportsWrongPassword()
{
    QTemporaryDir data;
    const QString fp = imap::sha256Fingerprint(m_server.certificateDer());
    const QString url = QStringLiteral("imaps://%1@localhost:%2/INBOX").arg(m_server.user()).arg(m_server.tlsPort());
    QVERIFY(runCli(data.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("imap"), url,
                                 QStringLiteral("--trust-fingerprint"), fp},
                   m_server.password().toUtf8() + "\n").exitCode == 0);
    // The password changes in the keychain behind our back.
    QVERIFY(secrets::writeSecret(QStringLiteral("imap:%1@localhost:%2").arg(m_server.user()).arg(m_server.tlsPort()),
                                 QStringLiteral("outdated")));
    const auto sync = runCli(data.path(), {QStringLiteral("sync")});
    QCOMPARE(sync.exitCode, 1); // that source failed; the process ended normally
    QVERIFY2(sync.err.contains("user name or password"), sync.err.constData());
}

QTEST_GUILESS_MAIN(TestImapSecrets)
#include "tst_imapsecrets.moc"
