// The mailto: reply link (models/mail/replylink.h, RFC 6068): To from Reply-To (else From),
// one "Re: ", In-Reply-To and References threading the answer (RFC 5322 §3.6.4), and every
// value percent-encoded so that no mail client reads "&", "?", "#", "%", "+" or "/" in a
// subject or Message-ID as a delimiter or a space.
#include "mail/replylink.h"
#include "mime/mimeparser.h"

#include <QTest>
#include <QUrlQuery>

using namespace fi;
using namespace fi::mail;

namespace {

ItemRecord record(const QString &subject, const QString &messageId)
{
    ItemRecord r;
    r.from = {QStringLiteral("Ana Souza"), QStringLiteral("ana@example.org"), QString()};
    r.subject = subject;
    r.messageId = messageId;
    return r;
}

/// The query's values, decoded the way a mail client decodes them (RFC 6068: %XX, no "+").
QString field(const QUrl &url, const QString &name)
{
    const QString query = url.query(QUrl::FullyEncoded);
    for (const QString &pair : query.split(QLatin1Char('&'))) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return QUrl::fromPercentEncoding(pair.section(QLatin1Char('='), 1).toLatin1());
    }
    return QStringLiteral("<absent>");
}

} // namespace

class TestReplyLink : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void subjectGetsOneRe_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Contract review" << "Re: Contract review";
        QTest::newRow("already") << "Re: Contract review" << "Re: Contract review";
        QTest::newRow("upper") << "RE: Contract review" << "Re: Contract review";
        QTest::newRow("spaced") << "re : Contract review" << "Re: Contract review";
        QTest::newRow("counted") << "Re[2]: Contract review" << "Re: Contract review";
        QTest::newRow("repeated") << "Re: RE: re: Contract review" << "Re: Contract review";
        QTest::newRow("empty") << "" << "Re: ";
        QTest::newRow("not a prefix") << "Reminder: standup" << "Re: Reminder: standup";
        QTest::newRow("in the middle") << "Fwd: Re: plan" << "Re: Fwd: Re: plan";
    }
    void subjectGetsOneRe()
    {
        QFETCH(QString, subject);
        QFETCH(QString, expected);
        QCOMPARE(replySubject(subject), expected);
    }

    void hostileSubjectAndMessageIdRoundTrip()
    {
        // &, ?, #, %, = and + in the subject, non-ASCII, and a Message-ID with + and /.
        ItemRecord r = record(QStringLiteral("Q&A? #1 100% = café + naïve 日本"),
                              QStringLiteral("a+b/c=d@mail.example.org"));
        r.headers.insert(QStringLiteral("references"), QStringLiteral("<root+1/x@example.org>\n <mid%2@example.org>"));
        const QUrl url = replyMailto(r);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("ana@example.org"));
        const QString encoded = QString::fromLatin1(url.toEncoded());
        // Nothing of the values survives unencoded where a client would split or unescape.
        QVERIFY2(!encoded.contains(QLatin1Char('#')), qPrintable(encoded));
        QCOMPARE(encoded.count(QLatin1Char('?')), 1);
        QCOMPARE(encoded.count(QLatin1Char('&')), 2);  // subject & In-Reply-To & References
        QCOMPARE(encoded.count(QLatin1Char('=')), 3);
        QVERIFY2(!encoded.contains(QLatin1Char('+')), qPrintable(encoded));   // %2B, never a space
        QVERIFY2(!encoded.contains(QLatin1Char(' ')), qPrintable(encoded));
        QVERIFY2(encoded.contains(QLatin1String("%20")), qPrintable(encoded)); // spaces are %20
        QVERIFY2(encoded.contains(QLatin1String("caf%C3%A9")), qPrintable(encoded)); // UTF-8
        QVERIFY2(encoded.contains(QLatin1String("a%2Bb%2Fc%3Dd%40mail.example.org")), qPrintable(encoded));
        // Decoded by the RFC 6068 rules, the fields are exactly the intended values.
        QCOMPARE(field(url, QStringLiteral("subject")), QStringLiteral("Re: Q&A? #1 100% = café + naïve 日本"));
        QCOMPARE(field(url, QStringLiteral("In-Reply-To")), QStringLiteral("<a+b/c=d@mail.example.org>"));
        QCOMPARE(field(url, QStringLiteral("References")),
                 QStringLiteral("<root+1/x@example.org> <mid%2@example.org> <a+b/c=d@mail.example.org>"));
        // QUrl itself reads it back unchanged (no re-encoding on the way to xdg-open).
        QCOMPARE(QUrl::fromEncoded(url.toEncoded(), QUrl::StrictMode), url);
    }

    void replyToWinsOverFrom()
    {
        ItemRecord r = record(QStringLiteral("Hi"), QStringLiteral("x@example.org"));
        r.headers.insert(QStringLiteral("reply-to"),
                         QStringLiteral("\"List, The\" <list+reply@lists.example.org>, Bob <bob@example.net>"));
        const ReplyDraft draft = replyDraft(r);
        QCOMPARE(draft.to, (QStringList{QStringLiteral("list+reply@lists.example.org"), QStringLiteral("bob@example.net")}));
        const QUrl url = mailtoUrl(draft);
        QCOMPARE(QString::fromLatin1(url.toEncoded()).section(QLatin1Char('?'), 0, 0),
                 QStringLiteral("mailto:list%2Breply@lists.example.org,bob@example.net"));
    }

    void replyToFromARealParse()
    {
        // The parser keeps Reply-To (decoded) for the link: a group and an encoded word.
        const QByteArray message = "From: Ana <ana@example.org>\r\n"
                                   "Reply-To: =?UTF-8?Q?Equipe_S=C3=A3o_Paulo?= <sp@example.org>\r\n"
                                   "Subject: =?UTF-8?Q?Or=C3=A7amento?=\r\n"
                                   "Message-ID: <m1@example.org>\r\n"
                                   "In-Reply-To: <m0@example.org>\r\n"
                                   "\r\nbody\r\n";
        const auto parsed = parseMessage(message, ParseOptions{});
        QVERIFY(parsed);
        const ReplyDraft draft = replyDraft(parsed->record);
        QCOMPARE(draft.to, QStringList{QStringLiteral("sp@example.org")});
        QCOMPARE(draft.subject, QStringLiteral("Re: Orçamento"));
        QCOMPARE(draft.inReplyTo, QStringLiteral("<m1@example.org>"));
        // No References: the parent's single In-Reply-To id, then the message's own id.
        QCOMPARE(draft.references, (QStringList{QStringLiteral("<m0@example.org>"), QStringLiteral("<m1@example.org>")}));
    }

    void noMessageIdNoThreadingFields()
    {
        const QUrl url = replyMailto(record(QStringLiteral("Hello"), QString()));
        QCOMPARE(url.toEncoded(), QByteArray("mailto:ana@example.org?subject=Re%3A%20Hello"));
    }

    void nothingToReplyTo()
    {
        ItemRecord r = record(QStringLiteral("Feed entry"), QString());
        r.from = {QStringLiteral("Some Blog"), QString(), QString()};
        QVERIFY(replyMailto(r).isEmpty());
        r.from.address = QStringLiteral("not an address");
        QVERIFY(replyMailto(r).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReplyLink)
#include "tst_replylink.moc"
