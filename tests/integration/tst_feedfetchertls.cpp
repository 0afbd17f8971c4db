// net::HttpFetcher over TLS against a real TLS server on 127.0.0.1: certificates are verified (a
// self-signed one is refused with the reason, a trusted one is fetched) and an https → http
// redirect is refused. The plain-HTTP behaviour is in tst_feedfetcher.cpp.
#include "feedfetchtest.h"
#include "httpserver.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

using namespace fi;
using namespace fi::test;

namespace {

using Outcome = net::FetchResponse::Outcome;

/// A TLS server on 127.0.0.1 (python3's http.server wrapped in ssl, a self-signed certificate
/// made with openssl): /feed.xml is a feed, /down redirects to plain http://127.0.0.1:<plainPort>/.
/// Only for what the plain fixture cannot do: TLS verification and the https → http downgrade.
class TlsServer {
public:
    bool start(quint16 plainPort)
    {
        if (!m_dir.isValid())
            return false;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key(),
                       QStringLiteral("-out"), cert()});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            return false;
        static const char script[] = R"(
import http.server, ssl, sys
cert, key, plain = sys.argv[1], sys.argv[2], sys.argv[3]
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a): pass
    def do_GET(self):
        if self.path == "/down":
            self.send_response(301)
            self.send_header("Location", "http://127.0.0.1:%s/blog/feed.xml" % plain)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b"<?xml version='1.0'?><rss version='2.0'><channel><title>TLS</title></channel></rss>"
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
s = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(cert, key)
s.socket = ctx.wrap_socket(s.socket, server_side=True)
print("PORT %d" % s.server_address[1], flush=True)
s.serve_forever()
)";
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-c"), QString::fromLatin1(script), cert(), key(), QString::number(plainPort)});
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray out;
        QDeadlineTimer deadline(10000);
        while (!out.contains('\n') && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
        }
        m_port = out.startsWith("PORT ") ? quint16(out.mid(5).trimmed().toUInt()) : 0;
        return m_port != 0;
    }
    ~TlsServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("https://127.0.0.1:%1/%2").arg(m_port).arg(path)); }
    QString cert() const { return m_dir.filePath(QStringLiteral("cert.pem")); }

private:
    QString key() const { return m_dir.filePath(QStringLiteral("key.pem")); }
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace

class TestFeedFetcherTls : public QObject {
    Q_OBJECT

private:
    HttpServer m_server;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void tlsIsVerified()
    {
        // https to a server that speaks plain HTTP: the handshake fails, nothing is ignored.
        QUrl url = m_server.url(QStringLiteral("blog/feed.xml"));
        url.setScheme(QStringLiteral("https"));
        net::FetchRequest r = requestFor(url);
        r.timeoutMs = 5000;
        const auto out = fetchAndWait(net::HttpFetcher::instance(), r);
        QVERIFY(out);
        QCOMPARE(out->outcome, Outcome::Failed);
        QVERIFY(out->body.isEmpty());
        qInfo("https to plain HTTP: %s", qPrintable(out->error));
        QVERIFY2(out->error.contains(QStringLiteral("127.0.0.1")), qPrintable(out->error));
    }

    void tlsCertificatesAreVerifiedAndNoDowngrade()
    {
        TlsServer tls;
        QVERIFY(tls.start(m_server.port()));
        QVERIFY(m_server.put(QStringLiteral("blog/feed.xml"), rss(3)));

        // A self-signed certificate nobody trusts: refused, and the error says why.
        const auto untrusted = fetchAndWait(net::HttpFetcher::instance(), requestFor(tls.url(QStringLiteral("feed.xml"))));
        QVERIFY(untrusted);
        QCOMPARE(untrusted->outcome, Outcome::Failed);
        QVERIFY(untrusted->body.isEmpty());
        QVERIFY(!untrusted->retryable);
        QVERIFY2(untrusted->error.startsWith(QStringLiteral("The secure connection to 127.0.0.1 could not be verified: "))
                     && untrusted->error.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(untrusted->error));

        // Trusted (as a user's own CA would be): fetched. Then an https → http redirect is refused.
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        QVERIFY(trusting.addCaCertificates(tls.cert()));
        QSslConfiguration::setDefaultConfiguration(trusting);
        net::HttpFetcher fresh;  // (QNAM keeps a host's connection with the TLS configuration it had)
        const auto ok = fetchAndWait(fresh, requestFor(tls.url(QStringLiteral("feed.xml"))));
        const auto down = fetchAndWait(fresh, requestFor(tls.url(QStringLiteral("down"))));
        QSslConfiguration::setDefaultConfiguration(saved);
        QVERIFY(ok);
        QVERIFY2(ok->outcome == Outcome::Ok, qPrintable(ok->error));
        QVERIFY(ok->body.contains("<title>TLS</title>"));
        QVERIFY(down);
        QCOMPARE(down->outcome, Outcome::Failed);
        QCOMPARE(down->error, QStringLiteral("Refused a redirect from HTTPS to unencrypted HTTP (http://127.0.0.1:%1/blog/feed.xml).")
                                  .arg(m_server.port()));
        QVERIFY(!down->movedPermanentlyTo);
    }
};

QTEST_GUILESS_MAIN(TestFeedFetcherTls)
#include "tst_feedfetchertls.moc"
