// Adjacent base64 encoded words with "=" padding (RFC 2047), as Thunderbird writes them:
// GMime 3.2.13 alone loses the text after the first word; we must show all of it.
#include "mime/encodedwords.h"
#include "mime/mimeparser.h"

#include <QTest>

using namespace fi;

class TestEncodedWords : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void subjectAndSenderKeepEveryWord();
    void multibyteCharacterSplitAcrossWords();
    void otherWordsUntouched();
};

namespace {
ParsedMessage parse(const QByteArray &headers)
{
    const auto parsed = parseMessage(headers + "\n\nbody\n", ParseOptions{});
    return parsed.value_or(ParsedMessage{});
}
} // namespace

void TestEncodedWords::subjectAndSenderKeepEveryWord()
{
    // "Sm9zw6k=" is base64 of "José", "IFNpbHZh" of " Silva"; "SGVsbG8=" "Hello", "IHdvcmxk" " world".
    const ParsedMessage m = parse("From: =?UTF-8?B?Sm9zw6k=?= =?UTF-8?B?IFNpbHZh?= <jose@example.org>\n"
                                  "To: me@example.org\n"
                                  "Subject: =?UTF-8?B?SGVsbG8=?= =?UTF-8?B?IHdvcmxk?=");
    QCOMPARE(m.record.subject, QStringLiteral("Hello world"));
    QCOMPARE(m.record.from.name, QStringLiteral("José Silva"));
    QCOMPARE(m.record.from.address, QStringLiteral("jose@example.org"));
}

void TestEncodedWords::multibyteCharacterSplitAcrossWords()
{
    // "Ação" in UTF-8 is 41 C3 A7 C3 A3 6F; the first word ends inside "ç" (41 C3 → "QcM="),
    // the second carries A7 C3 A3 6F ("p8Ojbw=="). Only joining the bytes gives the right text.
    const ParsedMessage m = parse("From: a@example.org\nSubject: =?UTF-8?B?QcM=?= =?UTF-8?B?p8Ojbw==?=");
    QCOMPARE(m.record.subject, QStringLiteral("Ação"));
}

void TestEncodedWords::otherWordsUntouched()
{
    const QByteArray unpadded = "=?UTF-8?B?SGVsbG8g?= plain =?ISO-8859-1?Q?caf=E9?=";
    QCOMPARE(mime::rewritePaddedBase64Words(unpadded), unpadded);
    QCOMPARE(mime::rewritePaddedBase64Words("=?UTF-8?B?SGVsbG8=?="), QByteArray("=?UTF-8?Q?Hello?="));
    QCOMPARE(mime::rewritePaddedBase64Words("=?UTF-8?B?Sm9zw6k=?="), QByteArray("=?UTF-8?Q?Jos=C3=A9?="));
    const QByteArray broken = "=?UTF-8?B?!!!=?=";  // not base64: left for GMime's lenient decoder
    QCOMPARE(mime::rewritePaddedBase64Words(broken), broken);
}

QTEST_GUILESS_MAIN(TestEncodedWords)
#include "tst_encodedwords.moc"
