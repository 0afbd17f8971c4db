// TLS against a real Dovecot on loopback (issue 9, "Servers are bounded"):
//  - SNI: Dovecot serves a second certificate to clients that ask for "localhost" by name
//    (local_name), so the certificate a client gets shows whether it sent SNI — on implicit TLS
//    and on STARTTLS; IP literals send none (RFC 6066 §3).
//  - A leaf whose Extended Key Usage lacks serverAuth is refused even when a trusted CA signed
//    it for the right name; with serverAuth the same CA set-up is accepted. A fingerprint the
//    user trusted explicitly still wins (documented decision in imapcert.h).
//  - After STARTTLS the capabilities are the ones read over TLS (RFC 3501 §6.2.1).
#include "dovecotserver.h"
#include "imaptestutil.h"
#include "sources/imap/imapcert.h"
#include "sources/imap/imapsession.h"

#include <QSslConfiguration>
#include <QTest>

#include <libetpan/libetpan.h>

using namespace fi;
using namespace fi::test;

class TestImapTls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sniPicksTheCertificateForTheName_data();
    void sniPicksTheCertificateForTheName();
    void certificateWithoutServerAuthIsRefused_data();
    void certificateWithoutServerAuthIsRefused();
    void startTlsReadsCapabilitiesAgainOverTls();

private:
    /// Connect only (no login); the error (kind None on success).
    static imap::Error connectError(const imap::Account &account);
};

imap::Error TestImapTls::connectError(const imap::Account &account)
{
    imap::Session session;
    imap::Error e;
    if (session.connect(account, &e))
        session.logout();
    return e;
}

void TestImapTls::sniPicksTheCertificateForTheName_data()
{
    QTest::addColumn<bool>("startTls");
    QTest::newRow("implicit TLS") << false;
    QTest::newRow("STARTTLS") << true;
}

void TestImapTls::sniPicksTheCertificateForTheName()
{
    QFETCH(bool, startTls);
    DovecotServer::Options o;
    o.sniName = QStringLiteral("localhost");
    DovecotServer server(o);
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QString plainFp = imap::sha256Fingerprint(server.certificateDer());
    const QString sniFp = imap::sha256Fingerprint(server.sniCertificateDer());
    QVERIFY(!sniFp.isEmpty() && sniFp != plainFp);

    imap::Account a = fixtureAccount(server);
    a.trustedFingerprint.clear(); // both certificates are self-signed: the error names the one we got
    if (startTls) {
        a.security = imap::Security::StartTls;
        a.port = server.plainPort();
    }
    a.host = QStringLiteral("localhost");
    imap::Error e = connectError(a);
    QCOMPARE(e.kind, imap::ErrorKind::Certificate);
    QCOMPARE(e.fingerprint, sniFp); // the server saw "localhost" in the ClientHello

    a.host = QStringLiteral("127.0.0.1"); // an IP literal: no SNI, the default certificate
    e = connectError(a);
    QCOMPARE(e.kind, imap::ErrorKind::Certificate);
    QCOMPARE(e.fingerprint, plainFp);

    a.host = QStringLiteral("localhost");
    a.trustedFingerprint = sniFp; // and the named certificate is the one that is checked
    e = connectError(a);
    QVERIFY2(!e.isError(), qPrintable(e.message));
}

void TestImapTls::certificateWithoutServerAuthIsRefused_data()
{
    QTest::addColumn<bool>("startTls");
    QTest::newRow("implicit TLS") << false;
    QTest::newRow("STARTTLS") << true;
}

void TestImapTls::certificateWithoutServerAuthIsRefused()
{
    QFETCH(bool, startTls);
    DovecotServer::Options clientOnly;
    clientOnly.caSigned = true;
    clientOnly.extendedKeyUsage = QStringLiteral("clientAuth");
    DovecotServer bad(clientOnly);
    QVERIFY2(bad.start(), qPrintable(bad.error()));
    DovecotServer::Options serverAuth = clientOnly;
    serverAuth.extendedKeyUsage = QStringLiteral("serverAuth,clientAuth");
    DovecotServer good(serverAuth);
    QVERIFY2(good.start(), qPrintable(good.error()));

    // Both CAs are trusted like a system CA for this test, so the chains verify for the name.
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration conf = saved;
    conf.addCaCertificate(QSslCertificate(bad.caCertificateDer(), QSsl::Der));
    conf.addCaCertificate(QSslCertificate(good.caCertificateDer(), QSsl::Der));
    QSslConfiguration::setDefaultConfiguration(conf);
    auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(saved); });

    QVERIFY(!imap::allowsServerAuth(bad.certificateDer()));
    QVERIFY(imap::allowsServerAuth(good.certificateDer()));

    auto account = [&](const DovecotServer &server) {
        imap::Account a = fixtureAccount(server);
        a.trustedFingerprint.clear();
        if (startTls) {
            a.security = imap::Security::StartTls;
            a.port = server.plainPort();
        }
        return a;
    };
    // The control: a CA-signed serverAuth leaf is accepted without any pinning.
    imap::Error e = connectError(account(good));
    QVERIFY2(!e.isError(), qPrintable(e.message));

    // The same CA set-up with a clientAuth-only leaf: refused, and the message says why.
    imap::Account a = account(bad);
    e = connectError(a);
    QCOMPARE(e.kind, imap::ErrorKind::Certificate);
    QVERIFY2(e.message.contains(QLatin1String("serverAuth")), qPrintable(e.message));
    QCOMPARE(e.fingerprint, imap::sha256Fingerprint(bad.certificateDer()));

    // The user's explicit decision for exactly this certificate is honoured.
    a.trustedFingerprint = e.fingerprint;
    e = connectError(a);
    QVERIFY2(!e.isError(), qPrintable(e.message));
}

void TestImapTls::startTlsReadsCapabilitiesAgainOverTls()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Account a = fixtureAccount(server);
    a.security = imap::Security::StartTls;
    a.port = server.plainPort();
    imap::Session session;
    imap::Error e;
    QVERIFY2(session.connect(a, &e), qPrintable(e.message));
    // Dovecot lists STARTTLS only before TLS: if it is still known, the pre-TLS list was kept.
    QStringList caps;
    const mailimap *imap = session.handle();
    QVERIFY(imap->imap_connection_info && imap->imap_connection_info->imap_capability);
    for (clistiter *it = clist_begin(imap->imap_connection_info->imap_capability->cap_list); it; it = clist_next(it)) {
        auto *cap = static_cast<struct mailimap_capability *>(clist_content(it));
        if (cap->cap_type == MAILIMAP_CAPABILITY_NAME && cap->cap_data.cap_name)
            caps.append(QString::fromLatin1(cap->cap_data.cap_name).toUpper());
    }
    QVERIFY2(caps.contains(QLatin1String("IMAP4REV1")), qPrintable(caps.join(u' ')));
    QVERIFY2(!caps.contains(QLatin1String("STARTTLS")), qPrintable(caps.join(u' ')));
    QVERIFY2(session.login(a.user, server.password(), &e), qPrintable(e.message));
    QVERIFY(session.select(QStringLiteral("INBOX"), &e).has_value());
    session.logout();
}

QTEST_GUILESS_MAIN(TestImapTls)
#include "tst_imaptls.moc"
