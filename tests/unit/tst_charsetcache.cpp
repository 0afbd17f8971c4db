// Unit tests for the iconv descriptor cache (models/mime/charsetcache.h): hostile mail may name
// endless distinct charsets, and glibc accepts endless spellings of a real one ("latin1//x1",
// "l(a)tin1", …), so the cache must stay bounded while conversion keeps working.
#include "mime/charsetcache.h"
#include "mime/mimeparser.h"
#include "mime/textdecode.h"

#include <QtTest>

using namespace fi;

class TestCharsetCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void converterOutputThatIsNotUtf8IsNotTrusted()
    {
        // Found by fuzz_charset (tests/fuzz/regressions/charset/utf-like-name-overlong-lead): a
        // charset name GMime maps to UTF-8 makes iconv pass 0xF6… (a lead byte beyond U+10FFFF)
        // through unchanged. Headers must still come out as valid UTF-8, and the text readable.
        const QByteArray raw("\xf6\x8f\x8d\x9f" "c");
        const QByteArray charset("UTF)\xcd" "8");
        const QByteArray utf8 = fi::mime::headerToUtf8(raw, charset);
        QVERIFY2(fi::mime::isValidUtf8(utf8), utf8.toHex(' ').constData());
        QVERIFY(utf8.endsWith('c'));
        const QString text = fi::mime::decodeText(raw, charset);
        QVERIFY(text.endsWith(QLatin1Char('c')));
        QVERIFY(fi::mime::isValidUtf8(text.toUtf8()));
    }
    void knownCharsetsAreKept()
    {
        const std::size_t before = mime::loadedCharsetCount();
        mime::keepCharsetLoaded("KOI8-R");
        mime::keepCharsetLoaded("KOI8-R");
        QCOMPARE(mime::loadedCharsetCount(), std::min(before + 1, mime::kMaxLoadedCharsets));
    }

    void thousandsOfDistinctSpellingsStayBounded()
    {
        for (int i = 0; i < 5000; ++i)
            mime::keepCharsetLoaded(QByteArray("latin1//x" + QByteArray::number(i)).constData());
        QCOMPARE(mime::loadedCharsetCount(), mime::kMaxLoadedCharsets);
    }

    void unknownNamesAreNotCached()
    {
        const std::size_t before = mime::loadedCharsetCount();
        for (int i = 0; i < 1000; ++i)
            mime::keepCharsetLoaded(QByteArray("x-no-such-charset-" + QByteArray::number(i)).constData());
        QCOMPARE(mime::loadedCharsetCount(), before);
    }

    void hostileMessagesKeepTheBoundAndStillDecode()
    {
        // One message whose Subject names 2,000 distinct (valid) charset spellings.
        QByteArray subject;
        for (int i = 0; i < 2000; ++i)
            subject += "=?iso-8859-1//v" + QByteArray::number(i) + "?Q?=E4?= ";
        const QByteArray msg = "From: a@example.org\r\nSubject: " + subject
            + "\r\nContent-Type: text/plain; charset=\"latin1//body\"\r\n\r\nGr\xFC\xDF" "e\r\n";
        const auto parsed = parseMessage(msg, ParseOptions{});
        QVERIFY(parsed);
        QVERIFY(mime::loadedCharsetCount() <= mime::kMaxLoadedCharsets);
        QCOMPARE(parsed->record.snippet, QString::fromUtf8("Grüße"));
        // A charset evicted long ago still converts.
        QCOMPARE(mime::decodeText("\xE4", "KOI8-R"), QString(QChar(0x0414)));
        QCOMPARE(mime::decodeText("caf\xE9", "latin1//x3"), QString::fromUtf8("café"));
        QVERIFY(mime::loadedCharsetCount() <= mime::kMaxLoadedCharsets);
    }
};

QTEST_GUILESS_MAIN(TestCharsetCache)
#include "tst_charsetcache.moc"
