// Runs fi::parseMessage over the SpamAssassin spam corpus (real, messy mail).
// Every file must parse or fail with a reason, never crash; for a selection the decoded
// Subject and From are compared with values read from the raw files by hand
// (encoded words decoded by hand from their bytes).
#include "mime/mimeparser.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace fi;

namespace {

const QString kCorpus = QStringLiteral(FOCUSINBOX_CORPUS_DIR "/mail/spamassassin-spam");

QByteArray readCorpusFile(const QString &relPath)
{
    QFile f(kCorpus + u'/' + relPath);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open corpus file %s", qPrintable(relPath));
    return f.readAll();
}

} // namespace

class TestMimeCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyFileParsesOrReportsError()
    {
        int files = 0;
        int parsed = 0;
        for (const char *sub : {"cur", "new"}) {
            const QDir dir(kCorpus + u'/' + QLatin1String(sub));
            // No QDir::Hidden: dotfiles such as .gitkeep are skipped, like the Maildir source does.
            const QStringList names = dir.entryList(QDir::Files, QDir::Name);
            for (const QString &name : names) {
                ++files;
                QString error;
                const auto m = parseMessage(readCorpusFile(QLatin1String(sub) + u'/' + name),
                                            {}, &error);
                if (m) {
                    ++parsed;
                    QVERIFY2(m->record.snippet.size() <= 300, qPrintable(name));
                    QVERIFY2(!m->record.subject.contains(QChar::ReplacementCharacter),
                             qPrintable(name));
                } else {
                    QVERIFY2(!error.isEmpty(), qPrintable(name + QLatin1String(": no error text")));
                }
            }
        }
        QVERIFY(files >= 70);
        // bsmtp (an SMTP transcript) and bsmtpnull (empty) are not messages; the rest are.
        QCOMPARE(parsed, files - 2);
    }

    // The sync path (IMAP) skips decoding header fields the record does not keep; the record
    // must come out exactly as with every header decoded.
    void recordWithoutAllHeadersIsTheSame()
    {
        ParseOptions lean;
        lean.allHeaders = false;
        int compared = 0;
        for (const char *sub : {"cur", "new"}) {
            const QDir dir(kCorpus + u'/' + QLatin1String(sub));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                const QByteArray data = readCorpusFile(QLatin1String(sub) + u'/' + name);
                const auto full = parseMessage(data, {});
                const auto fast = parseMessage(data, lean);
                QCOMPARE(bool(fast), bool(full));
                if (!full)
                    continue;
                ++compared;
                QVERIFY(fast->allHeaders.isEmpty());
                const ItemRecord &a = full->record;
                const ItemRecord &b = fast->record;
                QCOMPARE(b.subject, a.subject);
                QCOMPARE(b.from, a.from);
                QCOMPARE(b.to, a.to);
                QCOMPARE(b.cc, a.cc);
                QCOMPARE(b.messageId, a.messageId);
                QCOMPARE(b.threadKey, a.threadKey);
                QCOMPARE(b.receivedMs, a.receivedMs);
                QCOMPARE(b.snippet, a.snippet);
                QCOMPARE(b.headers, a.headers);
            }
        }
        QVERIFY(compared >= 70);
    }

    void nonMessagesFail_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("empty file") << QStringLiteral("cur/bsmtpnull");
        QTest::newRow("SMTP transcript") << QStringLiteral("cur/bsmtp"); // HELO/MAIL FROM… first
    }
    void nonMessagesFail()
    {
        QFETCH(QString, file);
        QString error;
        QVERIFY(!parseMessage(readCorpusFile(file), {}, &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void decodedSubjectAndFrom_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("fromAddress");
        auto row = [](const char *file, const QString &subject, const QString &name,
                      const char *address) {
            QTest::newRow(file) << QString::fromLatin1(file).prepend(QLatin1String("cur/"))
                                << subject << name << QString::fromLatin1(address);
        };
        const QString none;
        row("001", QStringLiteral("There yours for FREE!"), none, "sb55sb123456789@yahoo.com");
        row("002", QStringLiteral("ADV: --YOUR BRAND NEW HOUSE--"), none, "bigmoney@fasttrec.com");
        row("003", QStringLiteral("*****SPAM***** *****SPAM***** \"100% HERBALSENSATION\""), none,
            "renterr989@hotmail.com");
        // Runs of spaces in an unstructured field are kept (RFC 5322 §3.2.5).
        row("004", QStringLiteral("4000           Your Vacation Winning !             35001"),
            QStringLiteral("Whitelist Spam Testing"),
            "whitelist_test@whitelist.spamassassin.taint.org");
        row("005", QStringLiteral("New Version 7: Uncover the TRUTH about ANYONE!"),
            QStringLiteral("New Product Showcase"), "seemsg_8452970@gmx.net");
        row("006", QStringLiteral("Say goodbye to yellow stained teeth!!!             5805"),
            QStringLiteral("Carla Somers"), "itereocicvim@hotmail.com");
        // "From  :<tst1@…>" (obsolete WSP before the colon, RFC 5322 §4.5) is the first From.
        row("008", QStringLiteral("via.gra"), none, "tst1@example.com");
        row("011", QStringLiteral("Teenie Camp"), QStringLiteral("Yoda"),
            "james5293102@teeniecamp4free.com");
        row("012", QStringLiteral("whitelist test case"), QStringLiteral("Foo Test"), "foo@example.com");
        row("013", QStringLiteral("whitelist test case"), QStringLiteral("baz@example.com"),
            "info@paypal.com");
        row("014", QString(), QStringLiteral("Sender"), "sender@example.net"); // no Subject field
        row("015", QStringLiteral("no r-x req"), QStringLiteral("Tameka Otto"),
            "Gagnenljl@mindspring.com");
        row("badmime2.txt", QString(), QString(), "odubciokci@isomedia.com"); // From: " " <…>
        // Three folded UTF-8 Q words: E5A496 E8B4B8 E5AEA2 E688B7 E5BC80 | E58F91 EFBC8C E58ABF
        // E59CA8 E5BF85 | E8A18C; the folding white space between words is dropped (RFC 2047 §6.2).
        row("unicode2", QString::fromUtf8("\xE5\xA4\x96\xE8\xB4\xB8\xE5\xAE\xA2\xE6\x88\xB7\xE5\xBC\x80"
                                          "\xE5\x8F\x91\xEF\xBC\x8C\xE5\x8A\xBF\xE5\x9C\xA8\xE5\xBF\x85"
                                          "\xE8\xA1\x8C"),
            none, "ts4@nj080.top");
        // =?utf-16?B?RABlAHMA…?= is UTF-16LE without BOM: 44 00 65 00 73 00 … = "Design and manufacturing"
        row("utf16.eml", QStringLiteral("Design and manufacturing"), QStringLiteral("Powstar"),
            "mould05@example.org");
        row("gtube.eml", QStringLiteral("GTUBE"), QStringLiteral("Sender"), "sender@example.com");
        row("razor2", QStringLiteral("Test spam mail (Razor2)"), QStringLiteral("Sender"),
            "sender@example-spam-url-for-testing.com");
        row("dmarc_noneko.eml", QStringLiteral("test message 1"), QStringLiteral("SpamAssassin Test"),
            "test@dmarc1.spamassassin.org");
        row("fromnamespoof_spoof1", QStringLiteral("Freemail test"), QStringLiteral("test@example.com"),
            "test1@gmail.com");
        row("freemail1", QStringLiteral("Freemail test"), none, "test1@gmail.com");
        row("dnsbl.eml", QStringLiteral("no subject needed"), QStringLiteral("DNSBL Testing"),
            "spammer@example.com");
        row("decodeshorturl_base.eml", QStringLiteral("This is a test email for a shortened URL"),
            QStringLiteral("Example"), "example@example.com");
        row("olevbmacro_macro.eml", QStringLiteral("Macro"), none, "spammer@example.com");
        row("extracttext_gtube_pdf.eml", QStringLiteral("Gtube pdf"), QStringLiteral("User"),
            "from@example.com"); // CRLF line ends
    }
    void decodedSubjectAndFrom()
    {
        QFETCH(QString, file);
        QFETCH(QString, subject);
        QFETCH(QString, fromName);
        QFETCH(QString, fromAddress);
        QString error;
        const auto m = parseMessage(readCorpusFile(file), {}, &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        QCOMPARE(m->record.subject, subject);
        QCOMPARE(m->record.from.name, fromName);
        QCOMPARE(m->record.from.address, fromAddress);
    }

    void undeclaredShiftJisBody()
    {
        // cur/008 declares us-ascii but its body is Shift_JIS: bytes 93 64 8E 71 83 81 81 5B 83 8B
        // are 電子メール ("e-mail").
        const auto m = parseMessage(readCorpusFile(QStringLiteral("cur/008")), {});
        QVERIFY(m.has_value());
        QVERIFY2(m->record.snippet.contains(QString::fromUtf8("\xE9\x9B\xBB\xE5\xAD\x90\xE3\x83\xA1\xE3\x83\xBC\xE3\x83\xAB")),
                 qPrintable(m->record.snippet));
    }
};

QTEST_GUILESS_MAIN(TestMimeCorpus)
#include "tst_mime_corpus.moc"
