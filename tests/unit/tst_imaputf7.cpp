// Mailbox names on the wire are modified UTF-7 (RFC 3501 §5.1.3): the RFC's own examples, the
// forms it forbids, random round trips, and which user, password and folder names are refused
// before anything is sent (imapnames.h).
#include "sources/imap/imapnames.h"
#include "sources/imap/imaputf7.h"

#include <QRandomGenerator>
#include <QTest>

using namespace fi::imap;

class TestImapUtf7 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfcExamples_data();
    void rfcExamples();
    void invalidWireNames_data();
    void invalidWireNames();
    void randomRoundTrips();
    void legacyStoredNamesKeepTheirWireForm();
    void userPasswordAndFolderChecks();
};

void TestImapUtf7::rfcExamples_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("wire");
    // RFC 3501 §5.1.3: English, Chinese (台北) and Japanese (日本語).
    QTest::newRow("rfc3501") << QStringLiteral("~peter/mail/台北/日本語") << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
    // "The correct form is &U,BTF2XlZyyKng-" (one shift, not two adjacent ones).
    QTest::newRow("one shift") << QStringLiteral("台北日本語") << QByteArray("&U,BTF2XlZyyKng-");
    // "&Jjo!" is wrong, "&Jjo-!" right (☺!).
    QTest::newRow("shift back") << QStringLiteral("☺!") << QByteArray("&Jjo-!");
    QTest::newRow("ampersand") << QStringLiteral("&") << QByteArray("&-");
    QTest::newRow("R&D") << QStringLiteral("R&D") << QByteArray("R&-D");
    QTest::newRow("ascii") << QStringLiteral("Sent Items/2024") << QByteArray("Sent Items/2024");
    QTest::newRow("accents") << QStringLiteral("Café/Relatórios") << QByteArray("Caf&AOk-/Relat&APM-rios");
    QTest::newRow("japanese") << QStringLiteral("日本語") << QByteArray("&ZeVnLIqe-");
    QTest::newRow("after shift &") << QStringLiteral("é&") << QByteArray("&AOk-&-");
    QTest::newRow("emoji (surrogate pair)") << QStringLiteral("Inbox 😀") << QByteArray("Inbox &2D3eAA-");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestImapUtf7::rfcExamples()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, wire);
    QCOMPARE(utf7::encode(name), wire);
    const std::optional<QString> decoded = utf7::decode(wire);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, name);
    QVERIFY(utf7::isCanonical(wire));
}

void TestImapUtf7::invalidWireNames_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("no shift back (RFC)") << QByteArray("&Jjo!");
    QTest::newRow("superfluous shift (RFC)") << QByteArray("&U,BTFw-&ZeVnLIqe-");
    QTest::newRow("unterminated") << QByteArray("Caf&AOk");
    QTest::newRow("lone &") << QByteArray("&");
    QTest::newRow("encoded printable ASCII") << QByteArray("&AGE-"); // "a"
    QTest::newRow("non-zero leftover bits") << QByteArray("&AOl-");
    QTest::newRow("whole leftover sixtet") << QByteArray("&AOkA-");
    QTest::newRow("lone high surrogate") << QByteArray("&2D0-");
    QTest::newRow("lone low surrogate") << QByteArray("&3gA-");
    QTest::newRow("slash instead of comma") << QByteArray("&U/BTFw-");
    QTest::newRow("8-bit UTF-8") << QByteArray("Caf\xc3\xa9");
    QTest::newRow("CR LF") << QByteArray("a\r\nb");
    QTest::newRow("NUL") << QByteArray("a\0b", 3);
    QTest::newRow("DEL") << QByteArray("a\x7f");
}

void TestImapUtf7::invalidWireNames()
{
    QFETCH(QByteArray, wire);
    QVERIFY2(!utf7::decode(wire).has_value(), wire.constData());
    QVERIFY(!utf7::isCanonical(wire));
    QVERIFY(!mailboxFromWire(wire).has_value());
}

void TestImapUtf7::randomRoundTrips()
{
    QRandomGenerator rng(4711);
    const char16_t pool[] = {u'a', u'Z', u'&', u'-', u' ', u'/', u'.', u'~', u'é', u'ß', u'台', u'語',
                             0x00a0, 0xfeff, 0xffff, 0x0001, u'\n'};
    for (int round = 0; round < 5000; ++round) {
        QString s;
        const int len = int(rng.bounded(12));
        for (int i = 0; i < len; ++i) {
            if (rng.bounded(8) == 0) { // a supplementary-plane character: a surrogate pair
                const char32_t cp = 0x10000 + rng.bounded(0xfffff);
                s += QString::fromUcs4(&cp, 1);
            } else {
                s += QChar(pool[rng.bounded(int(std::size(pool)))]);
            }
        }
        const QByteArray wire = utf7::encode(s);
        for (char c : wire)
            QVERIFY2(uchar(c) >= 0x20 && uchar(c) <= 0x7e, wire.constData());
        const std::optional<QString> back = utf7::decode(wire);
        QVERIFY2(back.has_value(), wire.constData());
        QCOMPARE(*back, s);
        QVERIFY(utf7::isCanonical(wire));
    }
}

void TestImapUtf7::legacyStoredNamesKeepTheirWireForm()
{
    // Before the codec the app stored LIST names raw and sent them unchanged: those stay.
    QCOMPARE(mailboxToWire(QStringLiteral("Caf&AOk-/Relat&APM-rios")), QByteArray("Caf&AOk-/Relat&APM-rios"));
    QCOMPARE(displayMailboxName(QStringLiteral("Caf&AOk-/Relat&APM-rios")), QStringLiteral("Café/Relatórios"));
    QCOMPARE(mailboxToWire(QStringLiteral("R&-D")), QByteArray("R&-D"));
    QCOMPARE(displayMailboxName(QStringLiteral("R&-D")), QStringLiteral("R&D"));
    // Unicode names (what LIST gives now) are encoded.
    QCOMPARE(mailboxToWire(QStringLiteral("Café/Relatórios")), QByteArray("Caf&AOk-/Relat&APM-rios"));
    QCOMPARE(mailboxToWire(QStringLiteral("R&D")), QByteArray("R&-D"));
    QCOMPARE(displayMailboxName(QStringLiteral("R&D")), QStringLiteral("R&D"));
    QVERIFY(sameMailbox(QStringLiteral("Caf&AOk-"), QStringLiteral("Café")));
    QVERIFY(sameMailbox(QStringLiteral("inbox"), QStringLiteral("INBOX")));
    QVERIFY(!sameMailbox(QStringLiteral("Café"), QStringLiteral("Cafe")));
    QCOMPARE(mailboxFromWire("&ZeVnLIqe-").value_or(QString()), QStringLiteral("日本語"));
    // A name that decodes to a control character cannot be addressed: not listed.
    QVERIFY(!mailboxFromWire("a&AA0ACg-b").has_value());
}

void TestImapUtf7::userPasswordAndFolderChecks()
{
    QVERIFY(checkUserName(QStringLiteral("alice@example.org")).isEmpty());
    QVERIFY(checkUserName(QStringLiteral("we\"ird\\user")).isEmpty()); // quoted-specials are escaped
    QVERIFY(!checkUserName(QStringLiteral("alice\r\nA1 LOGOUT")).isEmpty());
    QVERIFY(!checkUserName(QStringLiteral("alice\n")).isEmpty());
    QVERIFY(!checkUserName(QString::fromUtf8("alice\0x", 7)).isEmpty());
    QVERIFY(!checkUserName(QStringLiteral("jürgen")).isEmpty());
    QVERIFY(!checkUserName(QString()).isEmpty());

    QVERIFY(checkPassword(QStringLiteral("s3cret pw \"quoted\" \\")).isEmpty());
    QVERIFY(checkPassword(QStringLiteral("pässwörd")).isEmpty());
    const QString bad = QStringLiteral("hunter2\r\nA1 DELETE INBOX");
    const QString why = checkPassword(bad);
    QVERIFY(!why.isEmpty());
    QVERIFY2(!why.contains(QLatin1String("hunter2")), qPrintable(why)); // never repeats the password
    QVERIFY(!checkPassword(QString::fromUtf8("a\0b", 3)).isEmpty());

    QVERIFY(checkMailboxName(QStringLiteral("日本語")).isEmpty());
    QVERIFY(checkMailboxName(QStringLiteral("Inbox 😀")).isEmpty());
    QVERIFY(!checkMailboxName(QStringLiteral("Archive\r\nA1 DELETE INBOX")).isEmpty());
    QVERIFY(!checkMailboxName(QStringLiteral("a\tb")).isEmpty());
    QVERIFY(!checkMailboxName(QString(QChar(0xd83d))).isEmpty()); // unpaired surrogate
    QVERIFY(!checkMailboxName(QString()).isEmpty());
    const QString shown = checkMailboxName(QStringLiteral("Archive\r\nX"));
    QVERIFY2(shown.contains(QLatin1String("Archive\\r\\nX")), qPrintable(shown));
}

QTEST_GUILESS_MAIN(TestImapUtf7)
#include "tst_imaputf7.moc"
