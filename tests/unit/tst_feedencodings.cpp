// fi::feed::parseFeed's decoding (RFC 7303 §3: the HTTP charset wins over the BOM and the XML
// declaration): legacy encodings declared, guessed or mislabelled, UTF-16/32, invalid bytes.
#include "feedparsetest.h"

#include <QtTest>

using namespace fi::feed;
using namespace fi::test;

class TestFeedEncodings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ---- encodings (RFC 7303 §3) --------------------------------------------------------

    void declaredLegacyEncodings_data()
    {
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reported");
        QTest::newRow("big5") << "big5" << QString::fromUtf8("中文新聞") << "big5";
        QTest::newRow("gb2312 (read as gb18030)") << "gb2312" << QString::fromUtf8("中文新闻")
                                                   << "gb18030";
        QTest::newRow("shift_jis") << "shift_jis" << QString::fromUtf8("日本語のニュース")
                                   << "shift_jis";
        QTest::newRow("euc-jp") << "euc-jp" << QString::fromUtf8("日本語のニュース") << "euc-jp";
        QTest::newRow("euc-kr") << "euc-kr" << QString::fromUtf8("한국어 뉴스") << "euc-kr";
        QTest::newRow("koi8-r") << "koi8-r" << QString::fromUtf8("Новости") << "koi8-r";
        QTest::newRow("windows-1251") << "windows-1251" << QString::fromUtf8("Новости")
                                      << "windows-1251";
        QTest::newRow("windows-1252") << "windows-1252" << QString::fromUtf8("Café “quoted” €")
                                      << "windows-1252";
        QTest::newRow("iso-8859-1") << "iso-8859-1" << QString::fromUtf8("Café déjà vu")
                                    << "iso-8859-1";
        QTest::newRow("iso-8859-7") << "iso-8859-7" << QString::fromUtf8("Ειδήσεις") << "iso-8859-7";
        QTest::newRow("tis-620") << "tis-620" << QString::fromUtf8("ข่าว") << "tis-620";
        QTest::newRow("windows-1255") << "windows-1255" << QString::fromUtf8("חדשות")
                                      << "windows-1255";
    }
    void declaredLegacyEncodings()
    {
        QFETCH(QString, charset);
        QFETCH(QString, text);
        QFETCH(QString, reported);
        const QString doc = QStringLiteral("<?xml version=\"1.0\" encoding=\"%1\"?>\n").arg(charset)
            + QString::fromUtf8(rssWithTitles(text, text + QStringLiteral(" 2")));
        const auto r = parseBytes(encode(doc, charset.toLatin1().constData()));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.wellFormed);
        QCOMPARE(r.encoding, reported);
        QCOMPARE(r.document.title, text);
        QCOMPARE(r.document.entries.value(0).title, text + QStringLiteral(" 2"));
    }

    void httpCharsetOverridesDeclaration()
    {
        const QString text = QString::fromUtf8("Новости дня");
        const QString doc = QStringLiteral("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n")
            + QString::fromUtf8(rssWithTitles(text, text));
        const QByteArray bytes = encode(doc, "KOI8-R");
        const auto r = parseBytes(bytes, "application/rss+xml; charset=\"KOI8-R\"");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.wellFormed);
        QCOMPARE(r.encoding, QStringLiteral("koi8-r"));
        QCOMPARE(r.document.title, text);
        // Without the header the declaration applies (and gives Latin-1 mojibake, not an error).
        const auto declared = parseBytes(bytes, "application/rss+xml");
        QCOMPARE(declared.encoding, QStringLiteral("iso-8859-1"));
        QVERIFY(declared.document.title != text);
        // The HTTP charset also wins over a UTF-8 BOM.
        const QByteArray latin1 = "\xEF\xBB\xBF<rss><channel><title>Caf\xE9</title></channel></rss>";
        const auto overBom = parseBytes(latin1, "text/xml; charset=iso-8859-1");
        QCOMPARE(overBom.encoding, QStringLiteral("iso-8859-1"));
        QVERIFY(overBom.document.title.endsWith(QString::fromUtf8("Caf\u00e9")));
    }

    void utf16And32()
    {
        const QString doc = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-16\"?>")
            + QString::fromUtf8(rssWithTitles(QString::fromUtf8("Ünïcödé 𝄞"), QStringLiteral("x")));
        struct Case {
            const char *name;
            QByteArray bytes;
            const char *encoding;
        };
        const QByteArray le = encode(doc, "UTF-16LE");
        const QByteArray be = encode(doc, "UTF-16BE");
        const QByteArray le32 = encode(QString(doc).replace(QStringLiteral("utf-16"), QStringLiteral("utf-32")), "UTF-32LE");
        const QByteArray be32 = encode(QString(doc).replace(QStringLiteral("utf-16"), QStringLiteral("utf-32")), "UTF-32BE");
        const Case cases[] = {
            {"utf-16le bom", QByteArray("\xFF\xFE", 2) + le, "utf-16le"},
            {"utf-16be bom", QByteArray("\xFE\xFF", 2) + be, "utf-16be"},
            {"utf-16le no bom", le, "utf-16le"},
            {"utf-16be no bom", be, "utf-16be"},
            {"utf-32le bom", QByteArray("\xFF\xFE\0\0", 4) + le32, "utf-32le"},
            {"utf-32be no bom", be32, "utf-32be"},
            {"utf-8 bom", "\xEF\xBB\xBF" + doc.toUtf8().replace("utf-16", "utf-8"), "utf-8"},
        };
        for (const Case &c : cases) {
            const auto r = parseBytes(c.bytes);
            QVERIFY2(r.ok, c.name);
            QVERIFY2(r.wellFormed, c.name);
            QCOMPARE(r.encoding, QString::fromLatin1(c.encoding));
            QCOMPARE(r.document.title, QString::fromUtf8("Ünïcödé 𝄞"));
        }
    }

    void invalidUtf8InTheMiddle()
    {
        QByteArray doc = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                         "<title>Feed</title>";
        for (int i = 0; i < 5; ++i) {
            doc += "<item><guid>" + QByteArray::number(i) + "</guid><title>Item " + QByteArray::number(i);
            if (i == 2)
                doc += " bad \xFF\xFE\xC3 bytes";
            doc += "</title></item>";
        }
        doc += "</channel></rss>";
        const auto r = parseBytes(doc, "application/rss+xml; charset=utf-8");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.wellFormed); // recovered from
        QVERIFY(!r.warnings.isEmpty());
        QCOMPARE(r.document.entries.size(), 5); // the rest is still read
        QVERIFY(r.document.entries[2].title.contains(QChar::ReplacementCharacter));
        QVERIFY(r.document.entries[2].title.startsWith(QStringLiteral("Item 2 bad ")));
        QCOMPARE(r.document.entries[4].title, QStringLiteral("Item 4"));
    }

    void undeclaredLegacyCharsetIsGuessed()
    {
        const QString text = QString::fromUtf8("這是一個關於台灣新聞的標題，內容包括政治、經濟、文化與社會的最新消息");
        const QString doc = QString::fromUtf8(rssWithTitles(text, text));
        const auto r = parseBytes(encode(doc, "BIG5"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.wellFormed); // XML 1.0 §4.3.3: undeclared non-UTF-8 is an error, recovered
        QCOMPARE(r.encoding, QStringLiteral("big5"));
        QCOMPARE(r.document.title, text);
        // Declared text always wins over a guess; ASCII-only and UTF-8 need none.
        QCOMPARE(parseBytes(rssWithTitles(QStringLiteral("plain"), QStringLiteral("x"))).encoding,
                 QStringLiteral("utf-8"));
    }

    void invalidBytesInLegacyCharset()
    {
        // 0xFF 0xFF is no EUC-KR sequence: each byte becomes U+FFFD and the rest decodes.
        QByteArray doc = "<?xml version=\"1.0\" encoding=\"euc-kr\"?><rss><channel><title>";
        doc += encode(QString::fromUtf8("뉴스"), "EUC-KR") + "\xFF\xFF" + encode(QString::fromUtf8("끝"), "EUC-KR");
        doc += "</title></channel></rss>";
        const auto r = parseBytes(doc);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.wellFormed);
        QVERIFY(r.document.title.startsWith(QString::fromUtf8("뉴스")));
        QVERIFY(r.document.title.endsWith(QString::fromUtf8("끝")));
        QVERIFY(r.document.title.contains(QChar::ReplacementCharacter));
    }

    void unknownCharsetAndWrongMediaType()
    {
        const auto bogus = parseBytes("<?xml version=\"1.0\" encoding=\"bogus-enc\"?>"
                                      "<rss><channel><title>T</title></channel></rss>");
        QVERIFY(bogus.ok);
        QVERIFY(!bogus.wellFormed);
        QCOMPARE(bogus.encoding, QStringLiteral("utf-8"));
        QCOMPARE(bogus.document.title, QStringLiteral("T"));
        const auto plain = parseBytes("<rss><channel><title>T</title></channel></rss>",
                                      "text/plain; charset=utf-8");
        QVERIFY(plain.ok);
        QVERIFY(!plain.wellFormed); // served as text/plain: read, but noted
        QCOMPARE(plain.document.title, QStringLiteral("T"));
    }

    void windows1252BytesLabelledUtf8()
    {
        // "don’t" written as the C1 control U+0092 (Windows-1252 byte 0x92 mislabelled).
        const auto r = parseBytes("<rss><channel><item><title>don\xC2\x92t</title>"
                                  "<description>don&amp;#146;t</description></item></channel></rss>");
        QVERIFY(r.ok);
        QCOMPARE(r.document.entries[0].title, QString::fromUtf8("don’t"));
        QCOMPARE(r.document.entries[0].summary, QString::fromUtf8("don’t"));
    }
};

QTEST_GUILESS_MAIN(TestFeedEncodings)
#include "tst_feedencodings.moc"
