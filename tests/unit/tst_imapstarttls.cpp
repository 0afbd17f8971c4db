// The STARTTLS upgrade and the capability handling of sources/imap/imaptls.h on a scripted
// byte stream (a socketpair; the server's bytes are written before the client reads):
// data after the tagged OK is refused before any handshake (CVE-2020-15953 style), a NO is a
// refusal, a peer that never speaks TLS fails the handshake, a CAPABILITY answer without data
// neither crashes libetpan nor keeps what was known before, an empty list reads as none. And which host names go out as SNI.
#include "sources/imap/imapcapabilities.h"
#include "sources/imap/imaptls.h"

#include <QTest>

#include <libetpan/libetpan.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace fi::imap;

namespace {

/// A libetpan session whose "server" already said @p script. With @p closeServer the server
/// stops writing (a read past the script sees end of stream, never blocks); with @p hangUp it
/// closes the socket altogether (writes fail with EPIPE).
struct Scripted {
    mailimap *imap = mailimap_new(0, nullptr);
    int server = -1;
    int greeting = 0;
    Scripted(const QByteArray &script, bool closeServer, bool hangUp = false)
    {
        int sv[2];
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
            return;
        server = sv[1];
        if (write(server, script.constData(), size_t(script.size())) != script.size())
            return;
        if (closeServer) { // the client reads end of stream after the script
            if (hangUp) {
                ::close(server);
                server = -1;
            } else {
                ::shutdown(server, SHUT_WR);
            }
        }
        mailimap_set_timeout(imap, 3);
        greeting = mailimap_connect(imap, mailstream_socket_open(sv[0]));
    }
    ~Scripted()
    {
        mailimap_free(imap);
        if (server >= 0)
            ::close(server);
    }
    QStringList capabilities() const
    {
        QStringList out;
        const mailimap_connection_info *info = imap->imap_connection_info;
        if (!info || !info->imap_capability)
            return out;
        for (clistiter *it = clist_begin(info->imap_capability->cap_list); it; it = clist_next(it)) {
            auto *cap = static_cast<struct mailimap_capability *>(clist_content(it));
            if (cap->cap_type == MAILIMAP_CAPABILITY_NAME && cap->cap_data.cap_name)
                out.append(QString::fromLatin1(cap->cap_data.cap_name));
        }
        return out;
    }
};

} // namespace

class TestImapStartTls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void injectedResponseAfterOkIsRefused();
    void refusalIsReported();
    void peerWithoutTlsFailsTheHandshake();
    void capabilityAnswerWithoutData();
    void serverThatHungUpDoesNotKillTheProcess();
    void sniHostNames();
};

void TestImapStartTls::injectedResponseAfterOkIsRefused()
{
    Scripted s("* OK IMAP ready\r\n"
               "1 OK Begin TLS negotiation now\r\n"
               "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n", true);
    QCOMPARE(s.greeting, int(MAILIMAP_NO_ERROR_NON_AUTHENTICATED));
    int code = 0;
    QCOMPARE(tls::startTls(s.imap, "mail.example.org", &code), tls::StartTlsOutcome::Injected);
    QVERIFY(!s.capabilities().contains(QLatin1String("AUTH=PLAIN")));
}

void TestImapStartTls::refusalIsReported()
{
    Scripted s("* OK IMAP ready\r\n1 NO STARTTLS unavailable\r\n", true);
    QCOMPARE(s.greeting, int(MAILIMAP_NO_ERROR_NON_AUTHENTICATED));
    QCOMPARE(tls::startTls(s.imap, {}), tls::StartTlsOutcome::Refused);
}

void TestImapStartTls::peerWithoutTlsFailsTheHandshake()
{
    Scripted s("* OK IMAP ready\r\n1 OK Begin TLS negotiation now\r\n", true);
    QCOMPARE(s.greeting, int(MAILIMAP_NO_ERROR_NON_AUTHENTICATED));
    QCOMPARE(tls::startTls(s.imap, "mail.example.org"), tls::StartTlsOutcome::HandshakeFailed);
}

void TestImapStartTls::capabilityAnswerWithoutData()
{
    {
        // No capability known from the greeting, none in the answer: libetpan 1.9.4 alone
        // would dereference a null list here.
        Scripted s("* OK IMAP ready\r\n1 OK CAPABILITY completed\r\n", true);
        QCOMPARE(s.greeting, int(MAILIMAP_NO_ERROR_NON_AUTHENTICATED));
        QCOMPARE(readCapabilities(s.imap, false), int(MAILIMAP_NO_ERROR));
        QVERIFY(s.capabilities().isEmpty());
    }
    {
        // Discarding: what the greeting claimed does not survive an answer without data.
        Scripted s("* OK [CAPABILITY IMAP4rev1 STARTTLS X-BEFORE-TLS] ready\r\n1 OK CAPABILITY completed\r\n", true);
        QVERIFY(s.capabilities().contains(QLatin1String("X-BEFORE-TLS")));
        QCOMPARE(readCapabilities(s.imap, true), int(MAILIMAP_NO_ERROR));
        QVERIFY(s.capabilities().isEmpty());
    }
    {
        // An empty list in the answer itself (fuzz_imap, regressions/imap/capability-answer-empty-list):
        // libetpan 1.9.4 stores a capability record without a list and then copies it.
        Scripted s("* OK hi\r\n* CAPABILITY \r\n1 OK done\r\n", true);
        QCOMPARE(s.greeting, int(MAILIMAP_NO_ERROR_NON_AUTHENTICATED));
        QCOMPARE(readCapabilities(s.imap, false), int(MAILIMAP_NO_ERROR));
        QVERIFY(s.capabilities().isEmpty());
    }
    {
        // The same with a bare LF, as the fuzzer found it, after a greeting that listed some.
        Scripted s("* OK [CAPABILITY IMAP4rev1 IDLE] hi\r\n* CAPABILITY \n1 OK done\r\n", true);
        QCOMPARE(readCapabilities(s.imap, false), int(MAILIMAP_NO_ERROR));
        QVERIFY(s.capabilities().isEmpty());
    }
    {
        Scripted s("* OK ready\r\n* CAPABILITY IMAP4rev1 IDLE\r\n1 OK CAPABILITY completed\r\n", true);
        QCOMPARE(readCapabilities(s.imap, true), int(MAILIMAP_NO_ERROR));
        QCOMPARE(s.capabilities(), (QStringList{QStringLiteral("IMAP4rev1"), QStringLiteral("IDLE")}));
        QVERIFY(hasCapability(s.imap, "idle"));
        QVERIFY(!hasCapability(s.imap, "STARTTLS"));
    }
    {
        // An empty list in the greeting, looked up before any CAPABILITY command (the session
        // asks for IDLE or CONDSTORE after whatever answer last carried capability data).
        Scripted s("* OK [CAPABILITY ] hi\r\n", true);
        QCOMPARE(s.greeting, int(MAILIMAP_NO_ERROR_NON_AUTHENTICATED));
        QVERIFY(!hasCapability(s.imap, "IDLE"));
    }
    {
        Scripted s("* OK ready\r\n1 NO not now\r\n", true);
        QCOMPARE(readCapabilities(s.imap, false), int(MAILIMAP_ERROR_CAPABILITY));
        QVERIFY(!hasCapability(s.imap, "IMAP4rev1"));
    }
}

void TestImapStartTls::serverThatHungUpDoesNotKillTheProcess()
{
    // The server greets and closes: our STARTTLS is written into a closed socket (EPIPE, and
    // SIGPIPE unless it is ignored, which would end this process here).
    Scripted s("* OK IMAP ready\r\n", true, true);
    QCOMPARE(s.greeting, int(MAILIMAP_NO_ERROR_NON_AUTHENTICATED));
    QCOMPARE(tls::startTls(s.imap, {}), tls::StartTlsOutcome::ConnectionLost);
}

void TestImapStartTls::sniHostNames()
{
    QCOMPARE(tls::sniHostName(QStringLiteral("imap.example.org")), QByteArray("imap.example.org"));
    QCOMPARE(tls::sniHostName(QStringLiteral("imap.example.org.")), QByteArray("imap.example.org"));
    QCOMPARE(tls::sniHostName(QStringLiteral("localhost")), QByteArray("localhost"));
    QCOMPARE(tls::sniHostName(QStringLiteral("bücher.example")), QByteArray("xn--bcher-kva.example"));
    QVERIFY(tls::sniHostName(QStringLiteral("127.0.0.1")).isEmpty()); // RFC 6066 §3: no IP literals
    QVERIFY(tls::sniHostName(QStringLiteral("::1")).isEmpty());
    QVERIFY(tls::sniHostName(QStringLiteral("[2001:db8::1]")).isEmpty());
}

QTEST_GUILESS_MAIN(TestImapStartTls)
#include "tst_imapstarttls.moc"
