// Each connection failure gives its own clear error in the source's state (and the sync goes on
// failing gracefully): wrong password, unknown host, refused port, untrusted certificate
// (with its SHA-256 fingerprint, then trusted explicitly), missing STARTTLS, plaintext off loopback.
#include "dovecotserver.h"
#include "imaptestutil.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

class TestImapErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wrongPassword();
    void unknownHost();
    void refusedPort();
    void selfSignedCertificateRefusedThenTrusted();
    void startTlsMissingIsRefused();
    void plaintextOnlyOnLoopbackOrOptIn();

private:
    /// Runs one sync and returns the source's error.
    imap::Error syncError(const imap::Account &account, const QString &password, SyncResult *result = nullptr);
    DovecotServer m_server;
};

void TestImapErrors::initTestCase()
{
    qRegisterMetaType<fi::SourceBatch>();
    qRegisterMetaType<fi::SyncResult>();
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TestImapErrors::cleanupTestCase() { m_server.stop(); }

imap::Error TestImapErrors::syncError(const imap::Account &account, const QString &password, SyncResult *result)
{
    SourceConfig config;
    config.name = QStringLiteral("test");
    account.toConfig(config);
    imap::ImapSource source(config);
    source.setPasswordProvider([password](const imap::Account &, QString *) { return password; });
    QEventLoop loop;
    SyncResult r;
    QObject::connect(&source, &Source::finished, &loop, [&](const SyncResult &res) {
        r = res;
        loop.quit();
    });
    source.start({}, {});
    loop.exec();
    if (result)
        *result = r;
    return source.lastError();
}

void TestImapErrors::wrongPassword()
{
    SyncResult r;
    const imap::Error e = syncError(fixtureAccount(m_server), QStringLiteral("not-the-password"), &r);
    QCOMPARE(e.kind, imap::ErrorKind::Auth);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("user name or password")), qPrintable(r.error));
    QVERIFY(!r.error.contains(QLatin1String("not-the-password")));
    QVERIFY2(!r.retryable, "a wrong password needs the user, not a retry");
}

void TestImapErrors::unknownHost()
{
    imap::Account a = fixtureAccount(m_server);
    a.host = QStringLiteral("no-such-host.invalid"); // RFC 6761: never resolves
    SyncResult r;
    QCOMPARE(syncError(a, m_server.password(), &r).kind, imap::ErrorKind::HostNotFound);
    QVERIFY2(r.error.contains(QLatin1String("could not be found")), qPrintable(r.error));
}

void TestImapErrors::refusedPort()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed again: nothing listens there now
    imap::Account a = fixtureAccount(m_server);
    a.port = port;
    SyncResult r;
    QCOMPARE(syncError(a, m_server.password(), &r).kind, imap::ErrorKind::ConnectionFailed);
    QVERIFY2(r.error.contains(QLatin1String("refused")), qPrintable(r.error));
    QVERIFY2(r.retryable, "a refused connection is worth retrying with backoff");
}

void TestImapErrors::selfSignedCertificateRefusedThenTrusted()
{
    imap::Account a = fixtureAccount(m_server);
    const QString expected = a.trustedFingerprint;
    QVERIFY(expected.size() == 95); // 32 bytes as "AB:" * 31 + "AB"
    a.trustedFingerprint.clear();
    SyncResult r;
    const imap::Error e = syncError(a, m_server.password(), &r);
    QCOMPARE(e.kind, imap::ErrorKind::Certificate);
    QCOMPARE(e.fingerprint, expected);
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    QVERIFY(!r.retryable);

    // STARTTLS on the plain port verifies the same way.
    imap::Account st = a;
    st.security = imap::Security::StartTls;
    st.port = m_server.plainPort();
    QCOMPARE(syncError(st, m_server.password()).kind, imap::ErrorKind::Certificate);

    a.trustedFingerprint = e.fingerprint; // the user trusts exactly this one
    QCOMPARE(syncError(a, m_server.password(), &r).kind, imap::ErrorKind::None);
    QVERIFY2(r.ok, qPrintable(r.error));
    st.trustedFingerprint = e.fingerprint;
    QCOMPARE(syncError(st, m_server.password()).kind, imap::ErrorKind::None);
}

void TestImapErrors::startTlsMissingIsRefused()
{
    DovecotServer noTls(DovecotServer::Options{false});
    QVERIFY2(noTls.start(), qPrintable(noTls.error()));
    imap::Account a = fixtureAccount(noTls);
    a.security = imap::Security::StartTls;
    a.port = noTls.plainPort();
    SyncResult r;
    QCOMPARE(syncError(a, noTls.password(), &r).kind, imap::ErrorKind::StartTlsMissing);
    QVERIFY2(r.error.contains(QLatin1String("STARTTLS")), qPrintable(r.error));
    // Plaintext on loopback is allowed (security = none).
    a.security = imap::Security::None;
    QCOMPARE(syncError(a, noTls.password(), &r).kind, imap::ErrorKind::None);
    QVERIFY(r.ok);
}

void TestImapErrors::plaintextOnlyOnLoopbackOrOptIn()
{
    imap::Account a = fixtureAccount(m_server);
    a.security = imap::Security::None;
    a.host = QStringLiteral("imap.example.invalid"); // RFC 6761: never resolves
    QCOMPARE(syncError(a, m_server.password()).kind, imap::ErrorKind::PlaintextRefused);
    a.allowPlaintext = true; // opt-in: now it gets as far as name resolution
    QVERIFY(syncError(a, m_server.password()).kind != imap::ErrorKind::PlaintextRefused);
}

QTEST_GUILESS_MAIN(TestImapErrors)
#include "tst_imaperrors.moc"
