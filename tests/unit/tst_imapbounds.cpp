// The pieces that bound a hostile IMAP server (issue 9), on a socketpair instead of a server:
// StreamGuard's literal scanner (also across reads, never inside a literal), its response cap,
// deadline and cancellation; the limits' settings; and how a server's error text is kept.
#include "sources/imap/imaplimits.h"
#include "sources/imap/imapservertext.h"
#include "sources/imap/imapstreamguard.h"

#include <QElapsedTimer>
#include <QTest>

#include <libetpan/libetpan.h>

#include <sys/socket.h>
#include <unistd.h>

#include <thread>

using namespace fi::imap;

namespace {

/// A libetpan socket stream on one end of a socketpair, guarded; the test writes the other end.
struct Pair {
    int peer = -1;
    mailstream *stream = nullptr;
    std::shared_ptr<StreamGuard> guard = std::make_shared<StreamGuard>();
    explicit Pair(const Limits &limits, time_t readTimeout = 10)
    {
        int fds[2];
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0)
            return;
        peer = fds[1];
        stream = mailstream_socket_open_timeout(fds[0], readTimeout);
        guard->attach(stream);
        guard->begin(limits);
    }
    ~Pair()
    {
        guard->end();
        if (stream)
            mailstream_close(stream);
        if (peer >= 0)
            ::close(peer);
    }
    void send(const QByteArray &data) const { QCOMPARE(::send(peer, data.constData(), size_t(data.size()), MSG_NOSIGNAL), ssize_t(data.size())); }
    /// Reads @p n bytes (fewer at end/error); -1 when the first read fails.
    qint64 read(qint64 n) const
    {
        QByteArray buf(int(n), '\0');
        qint64 got = 0;
        while (got < n) {
            const ssize_t r = mailstream_read(stream, buf.data() + got, size_t(n - got));
            if (r <= 0)
                return got > 0 ? got : -1;
            got += r;
        }
        return got;
    }
};

Limits smallLimits()
{
    Limits l;
    l.maxLiteralBytes = 1000;
    l.maxResponseBytes = 100000;
    l.commandDeadlineSeconds = 30;
    return l;
}

} // namespace

class TestImapBounds : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hugeLiteralAnnouncementIsRefused();
    void announcementSplitAcrossReadsIsSeen();
    void literalContentIsNeverScanned();
    void responseCapStopsAFlood();
    void deadlineEndsATricklingCommand();
    void cancelFromAnotherThreadIsImmediate();
    void cancelAllReachesEveryGuard();
    void limitsRoundTripThroughSettings();
    void serverTextStaysPlainAndBounded();
    void endOfStreamIsAnError();
};

void TestImapBounds::hugeLiteralAnnouncementIsRefused()
{
    Pair p(smallLimits());
    QVERIFY(p.stream);
    p.send("* 1 FETCH (UID 1 BODY[] {4294967295}\r\nxxxx");
    QCOMPARE(p.read(10), qint64(-1)); // the chunk holding the announcement never reaches libetpan
    QCOMPARE(p.guard->trip(), GuardTrip::LiteralTooLarge);
    QCOMPARE(p.guard->tripBytes(), qint64(4294967295));
    QCOMPARE(p.read(1), qint64(-1)); // and the connection stays dead
}

void TestImapBounds::announcementSplitAcrossReadsIsSeen()
{
    Pair p(smallLimits());
    p.send("* 1 FETCH (BODY[] {12");
    QCOMPARE(p.read(21), qint64(21));
    p.send("345}\r");
    QCOMPARE(p.read(5), qint64(5));
    p.send("\n");
    QCOMPARE(p.read(1), qint64(-1));
    QCOMPARE(p.guard->trip(), GuardTrip::LiteralTooLarge);
}

void TestImapBounds::literalContentIsNeverScanned()
{
    Pair p(smallLimits());
    const QByteArray content = "{99999999999}\r\n~{5000}\r\n{";
    const QByteArray data = "* 1 FETCH (BODY[] {" + QByteArray::number(content.size()) + "}\r\n" + content
        + ")\r\n* 2 FETCH (BODY[] {999}\r\n";
    p.send(data);
    QCOMPARE(p.read(data.size()), qint64(data.size()));
    QCOMPARE(p.guard->trip(), GuardTrip::None);
    // A real announcement after the literal is still checked.
    p.send(QByteArray(999, 'a') + ")\r\n* 3 FETCH (BODY[] {1001}\r\n");
    QVERIFY(p.read(999 + 3 + 25) < 999 + 3 + 25);
    QCOMPARE(p.guard->trip(), GuardTrip::LiteralTooLarge);
}

void TestImapBounds::responseCapStopsAFlood()
{
    Limits l = smallLimits();
    Pair p(l);
    const QByteArray line = "* OK flood\r\n";
    qint64 total = 0;
    bool failed = false;
    while (total < 4 * l.maxResponseBytes && !failed) {
        p.send(line.repeated(100));
        failed = p.read(line.size() * 100) < line.size() * 100;
        total += line.size() * 100;
    }
    QVERIFY(failed);
    QCOMPARE(p.guard->trip(), GuardTrip::ResponseTooLarge);
    QVERIFY(total <= l.maxResponseBytes + line.size() * 100);
    // The next command starts from zero, but a tripped connection stays closed.
    p.guard->begin(l);
    QCOMPARE(p.read(1), qint64(-1));
}

void TestImapBounds::deadlineEndsATricklingCommand()
{
    Limits l = smallLimits();
    l.commandDeadlineSeconds = 1;
    Pair p(l, /*readTimeout*/ 10);
    QElapsedTimer timer;
    timer.start();
    std::thread drip([&p] {
        for (int i = 0; i < 40; ++i) {
            if (::send(p.peer, "x", 1, MSG_NOSIGNAL) != 1)
                return;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
    const qint64 got = p.read(40);
    drip.join();
    QVERIFY2(got < 40, "the deadline, not the sender, ended the read");
    QCOMPARE(p.guard->trip(), GuardTrip::Deadline);
    QVERIFY2(timer.elapsed() >= 900 && timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
}

void TestImapBounds::cancelFromAnotherThreadIsImmediate()
{
    Pair p(smallLimits(), /*readTimeout*/ 30);
    QElapsedTimer timer;
    timer.start();
    std::thread quitter([&p] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        p.guard->cancel();
    });
    QCOMPARE(p.read(1), qint64(-1)); // blocked: nothing is ever sent
    quitter.join();
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(p.guard->cancelled());
    char c = 0;
    QCOMPARE(::read(p.peer, &c, 1), ssize_t(0)); // the peer sees the connection end
}

void TestImapBounds::cancelAllReachesEveryGuard()
{
    Pair a(smallLimits());
    Pair b(smallLimits());
    auto unattached = std::make_shared<StreamGuard>(); // a session still connecting
    StreamGuard::cancelAll();
    QVERIFY(a.guard->cancelled());
    QVERIFY(b.guard->cancelled());
    QVERIFY(unattached->cancelled());
    QCOMPARE(a.read(1), qint64(-1));
}

void TestImapBounds::limitsRoundTripThroughSettings()
{
    QVariantMap s;
    Limits{}.toSettings(s);
    QVERIFY2(s.isEmpty(), "defaults are not written");
    QCOMPARE(Limits::fromSettings(s), Limits{});
    Limits l;
    l.maxLiteralBytes = 2 * 1024 * 1024;
    l.maxResponseBytes = 8 * 1024 * 1024;
    l.commandDeadlineSeconds = 7;
    l.toSettings(s);
    QCOMPARE(Limits::fromSettings(s), l);
    s.insert(QStringLiteral("maxLiteralBytes"), 1);
    s.insert(QStringLiteral("maxResponseBytes"), -5);
    s.insert(QStringLiteral("commandDeadlineSeconds"), 0);
    const Limits floor = Limits::fromSettings(s);
    QCOMPARE(floor.maxLiteralBytes, Limits::kMinLiteralBytes);
    QCOMPARE(floor.maxResponseBytes, Limits::kMinResponseBytes);
    QCOMPARE(floor.commandDeadlineSeconds, 1);
}

void TestImapBounds::serverTextStaysPlainAndBounded()
{
    QCOMPARE(serverText(nullptr), QString());
    QCOMPARE(serverText("<b>bold</b> <img src=file:///dev/zero>"), QStringLiteral("<b>bold</b> <img src=file:///dev/zero>"));
    QCOMPARE(serverText("line\r\nbreak\x1b[31m red\tTab"), QStringLiteral("line break [31m red Tab"));
    QCOMPARE(serverText("caf\xc3\xa9 \xff!"), QStringLiteral("caf\u00e9 \ufffd!"));
    const QByteArray longText(10000, 'a');
    const QString cut = serverText(longText.constData(), 50);
    QCOMPARE(cut.size(), 51);
    QVERIFY(cut.endsWith(QChar(0x2026)));
}

void TestImapBounds::endOfStreamIsAnError()
{
    // libetpan spins at 100 % CPU when a read inside a literal returns 0 (the server hung up
    // in the middle of it; fuzz regression imap/eof-inside-literal): end of stream must be an error.
    Pair p(smallLimits());
    const QByteArray partial = "* 1 FETCH (UID 1 BODY[] {100}\r\nabc";
    p.send(partial);
    QCOMPARE(p.read(partial.size()), qint64(partial.size()));
    ::shutdown(p.peer, SHUT_WR);
    char buf[16];
    QCOMPARE(mailstream_read(p.stream, buf, sizeof buf), ssize_t(-1));
}

QTEST_GUILESS_MAIN(TestImapBounds)
#include "tst_imapbounds.moc"
