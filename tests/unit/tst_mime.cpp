// Unit tests for fi::parseMessage (GMime 3 wrapper) with hand-written fixtures in tests/data/mime.
// Expected values are the texts the fixtures encode (RFC 2047 words decoded by hand), not
// parser output.
#include "mime/mimeparser.h"

#include <QDateTime>
#include <QFile>
#include <QtTest>

using namespace fi;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(FOCUSINBOX_TESTDATA_DIR "/mime/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

ParsedMessage parseOk(const QByteArray &data, bool fullBody = false, int snippetChars = 300)
{
    ParseOptions opt;
    opt.fullBody = fullBody;
    opt.snippetChars = snippetChars;
    QString error;
    std::optional<ParsedMessage> m = parseMessage(data, opt, &error);
    if (!m)
        qWarning("parse failed: %s", qPrintable(error));
    return m.value_or(ParsedMessage{});
}

qint64 utcMs(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TestMime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void utf8EncodedWords()
    {
        const ParsedMessage m = parseOk(fixture("utf8-words.eml"));
        const ItemRecord &r = m.record;
        // Subject: =?UTF-8?Q?Caf=C3=A9_au_lait_=E2=80=94_r=C3=A9union?=
        QCOMPARE(r.subject, QStringLiteral("Café au lait — réunion"));
        // From: =?UTF-8?B?Wm/DqyBNw7xsbGVy?= → "Zoë Müller"
        QCOMPARE(r.from.name, QStringLiteral("Zoë Müller"));
        QCOMPARE(r.from.address, QStringLiteral("zoe@example.de"));
        QCOMPARE(r.to.size(), 2);
        QCOMPARE(r.to.at(0), (Address{QStringLiteral("Team Berlin"), QStringLiteral("team@example.org")}));
        QCOMPARE(r.to.at(1), (Address{QString(), QStringLiteral("bob@example.org")}));
        QCOMPARE(r.messageId, QStringLiteral("20240305091459.4711@example.de"));
        QCOMPARE(r.threadKey, r.messageId);
        // Tue, 5 Mar 2024 09:14:59 +0100 = 08:14:59 UTC
        QCOMPARE(r.receivedMs, utcMs(2024, 3, 5, 8, 14, 59));
        QCOMPARE(r.snippet, QStringLiteral("Hallo zusammen, die Besprechung findet morgen um 10 Uhr "
                                           "statt. Grüße, Zoë"));
        QVERIFY(r.headers.isEmpty()); // none of the rule headers present
    }

    void latin1QAndB()
    {
        const ItemRecord r = parseOk(fixture("latin1-words.eml")).record;
        QCOMPARE(r.subject, QStringLiteral("André a répondu"));        // Q, =E9
        QCOMPARE(r.from.name, QStringLiteral("François Pérez"));       // B, ISO-8859-1
        QCOMPARE(r.snippet, QStringLiteral("Voilà le résumé de la réunion.")); // QP body
    }

    void big5()
    {
        const ItemRecord r = parseOk(fixture("big5.eml")).record;
        QCOMPARE(r.subject, QStringLiteral("會議通知"));
        QCOMPARE(r.from.name, QStringLiteral("王小明"));
        QCOMPARE(r.snippet, QStringLiteral("明天下午三點開會。"));
    }

    void iso2022jp()
    {
        const ItemRecord r = parseOk(fixture("iso2022jp.eml")).record;
        QCOMPARE(r.subject, QStringLiteral("お知らせ"));
        QCOMPARE(r.from.name, QStringLiteral("山田太郎"));
        QCOMPARE(r.from.address, QStringLiteral("yamada@example.co.jp"));
        QCOMPARE(r.snippet, QStringLiteral("明日は休みです。"));
    }

    void rfc2231AttachmentName()
    {
        const ParsedMessage m = parseOk(fixture("rfc2231.eml"), /*fullBody=*/true);
        // filename*0*=utf-8''R%C3%A9sum%C3%A9%20; filename*1*=Petra%20Nov%C3%A1k.txt
        QCOMPARE(m.attachmentNames, QStringList{QStringLiteral("Résumé Petra Novák.txt")});
        // The text/plain attachment comes first but is not the body.
        QCOMPARE(m.record.snippet, QStringLiteral("Dobrý den, posílám životopis."));
        QCOMPARE(m.bodyText.trimmed(), QStringLiteral("Dobrý den, posílám životopis."));
    }

    void missingFromAndGarbageDate()
    {
        QString error;
        const auto m = parseMessage(fixture("no-from-garbage-date.eml"), {}, &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        QCOMPARE(m->record.from, Address{});
        QCOMPARE(m->record.subject, QStringLiteral("nightly report"));
        QCOMPARE(m->record.receivedMs, qint64(0)); // "yesterday around lunch" → unknown, caller uses mtime
        QCOMPARE(m->record.to.size(), 1);
    }

    void unencoded8bitLatin1()
    {
        // Raw ISO-8859-1 bytes in Subject and From, no MIME-Version header.
        const ItemRecord r = parseOk(fixture("latin1-8bit-subject.eml")).record;
        QCOMPARE(r.subject, QStringLiteral("Réunion à Zürich"));
        QCOMPARE(r.from.name, QStringLiteral("Jürgen Weiß"));
        QCOMPARE(r.from.address, QStringLiteral("juergen@example.de"));
        QCOMPARE(r.snippet, QStringLiteral("Grüße aus Zürich."));
    }

    void unencoded8bitUtf8Subject()
    {
        const QByteArray msg = "From: a@example.com\nSubject: Stra\xc3\x9f" "e \xe2\x82\xac 5\n\nx\n";
        QCOMPARE(parseOk(msg).record.subject, QStringLiteral("Straße € 5"));
    }

    void badBoundaryRecoversText()
    {
        const ItemRecord r = parseOk(fixture("bad-boundary.eml")).record;
        QCOMPARE(r.snippet, QStringLiteral("The real text survives a wrong boundary."));
    }

    void alternativePrefersPlain()
    {
        const ParsedMessage m = parseOk(fixture("alternative.eml"), /*fullBody=*/true);
        const ItemRecord &r = m.record;
        QCOMPARE(r.snippet, QStringLiteral("Plain version: LGTM, merging."));
        QVERIFY(m.bodyHtml.contains(QLatin1String("<b>LGTM</b>")));
        QCOMPARE(m.bodyText.trimmed(), QStringLiteral("Plain version: LGTM, merging."));
        QCOMPARE(r.messageId, QStringLiteral("acme/widget/pull/42/c123@github.com"));
        QCOMPARE(r.threadKey, QStringLiteral("acme/widget/pull/42@github.com")); // first References id
        QCOMPARE(r.from, (Address{QStringLiteral("GitHub"), QStringLiteral("notifications@github.com")}));
        QCOMPARE(r.headers.value(QStringLiteral("list-id")),
                 QStringLiteral("acme/widget <widget.acme.github.com>"));
        QCOMPARE(r.headers.value(QStringLiteral("list-unsubscribe")),
                 QStringLiteral("<mailto:unsub+abc@reply.github.com>"));
        QCOMPARE(r.headers.value(QStringLiteral("precedence")), QStringLiteral("list"));
        QCOMPARE(r.headers.value(QStringLiteral("x-github-reason")), QStringLiteral("review_requested"));
        QCOMPARE(r.headers.value(QStringLiteral("in-reply-to")),
                 QStringLiteral("<acme/widget/pull/42@github.com>"));
        QVERIFY(r.headers.value(QStringLiteral("references")).endsWith(QLatin1String("c100@github.com>")));
        QVERIFY(!r.headers.contains(QStringLiteral("subject")));
        // allHeaders keeps every field in order, names as written.
        QCOMPARE(m.allHeaders.first().first, QStringLiteral("From"));
        QCOMPARE(m.allHeaders.at(1), (QPair<QString, QString>{QStringLiteral("To"), QStringLiteral("me@example.com")}));
    }

    void htmlOnlyReducedToText()
    {
        const ItemRecord r = parseOk(fixture("html-only.eml")).record;
        // title/style/script/comment dropped, entities decoded, QP =A0 (NBSP) and =80 (€ in
        // Windows-1252) converted.
        QCOMPARE(r.snippet, QStringLiteral("Café & Tea Save 20% — today only… Price: 5 < 10 €"));
    }

    void htmlWithoutContentTypeIsReduced()
    {
        const QByteArray msg = "From: a@example.com\nSubject: x\n\n<html><body><a href=\"https://x\">Click</a> here</body></html>\n";
        QCOMPARE(parseOk(msg).record.snippet, QStringLiteral("Click here"));
    }

    void snippetFoldingAndLength()
    {
        const QByteArray data = fixture("long-plain.eml");
        const QString full = parseOk(data).record.snippet;
        QVERIFY(full.startsWith(QLatin1String("Line one with tabs Line two word000 word001 ")));
        QVERIFY(full.size() <= 300);
        QVERIFY(full.size() >= 295); // the body is much longer than 300 characters
        QVERIFY(!full.contains(QLatin1String("  ")));
        QVERIFY(!full.contains(u'\n'));
        QVERIFY(!full.contains(u'\t'));
        QCOMPARE(parseOk(data, false, 20).record.snippet, QStringLiteral("Line one with tabs L"));
        QCOMPARE(parseOk(data, false, 0).record.snippet, QString());
    }

    void groupsAndInReplyTo()
    {
        const ItemRecord r = parseOk(fixture("groups.eml")).record;
        QVERIFY(r.to.isEmpty()); // undisclosed-recipients:;
        QCOMPARE(r.cc.size(), 3);
        QCOMPARE(r.cc.at(0).address, QStringLiteral("alice@example.org"));
        QCOMPARE(r.cc.at(1), (Address{QStringLiteral("Bob B."), QStringLiteral("bob@example.org")}));
        QCOMPARE(r.cc.at(2).address, QStringLiteral("carol@example.org"));
        QCOMPARE(r.threadKey, QStringLiteral("parent-only@example.org"));
        QCOMPARE(r.headers.value(QStringLiteral("x-priority")), QStringLiteral("1 (Highest)"));
        QCOMPARE(r.headers.value(QStringLiteral("importance")), QStringLiteral("high"));
        QCOMPARE(r.headers.value(QStringLiteral("auto-submitted")), QStringLiteral("auto-generated"));
    }

    void utf16Body()
    {
        QCOMPARE(parseOk(fixture("utf16-body.eml")).record.snippet,
                 QStringLiteral("Ünïcödé text in UTF-16 — ok"));
    }

    void crlfAndMboxEnvelope()
    {
        QByteArray data = fixture("utf8-words.eml");
        data.replace("\n", "\r\n");
        data.prepend("From zoe@example.de  Tue Mar  5 09:15:02 2024\r\n");
        const ItemRecord r = parseOk(data).record;
        QCOMPARE(r.subject, QStringLiteral("Café au lait — réunion"));
        QCOMPARE(r.from.address, QStringLiteral("zoe@example.de"));
        QVERIFY(r.snippet.startsWith(QLatin1String("Hallo zusammen, die Besprechung")));
    }

    void notAMessage_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank lines") << QByteArray("\n\n\r\n");
        QTest::newRow("binary garbage") << fixture("garbage.bin");
        QTest::newRow("plain text") << fixture("not-a-message.txt");
    }
    void notAMessage()
    {
        QFETCH(QByteArray, data);
        QString error;
        const auto m = parseMessage(data, {}, &error);
        QVERIFY(!m.has_value());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMime)
#include "tst_mime.moc"
