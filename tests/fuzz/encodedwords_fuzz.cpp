// libFuzzer harness: the RFC 2047 padded-base64 rewrite (models/mime/encodedwords.h).
// Property: the rewrite changes nothing but padded B words, and each rewritten word decodes
// (GMime, as the parser uses it) to exactly what the original word decodes to on its own.
// The whole rewritten header also goes through the parser's decoding path.
#include "fuzzsupport.h"

#include "mime/encodedwords.h"
#include "mime/gmimesupport.h"
#include "mime/textdecode.h"

#include <QRegularExpression>

namespace {

QByteArray gmimeDecode(const QByteArray &header)
{
    fi::mime::GCharPtr d(g_mime_utils_header_decode_text(fi::mime::parserOptions(), header.constData()));
    return d ? QByteArray(d.get()) : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fi::mime::ensureGMimeInitialized();
    QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    header.replace('\0', ' '); // a header value is a C string for GMime
    const QByteArray out = fi::mime::rewritePaddedBase64Words(header);

    // Walk the original's padded B words (the documented set the rewrite touches) and the output
    // in step.
    static const QRegularExpression word(
        QStringLiteral("=\\?([^?\\s*][^?\\s]*)\\?[Bb]\\?([A-Za-z0-9+/]*=+)\\?="));
    const QString text = QString::fromLatin1(header);
    qsizetype last = 0;    // in header
    qsizetype outPos = 0;  // in out
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QByteArray between = header.mid(last, m.capturedStart() - last);
        FUZZ_ASSERT(out.mid(outPos, between.size()) == between, "text outside words is kept");
        outPos += between.size();
        const QByteArray original = header.mid(m.capturedStart(), m.capturedLength());
        last = m.capturedEnd();
        const auto payload = QByteArray::fromBase64Encoding(m.captured(2).toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!payload) {
            FUZZ_ASSERT(out.mid(outPos, original.size()) == original, "invalid base64 is kept");
            outPos += original.size();
            continue;
        }
        const QByteArray prefix = "=?" + m.captured(1).toLatin1() + "?Q?";
        FUZZ_ASSERT(out.mid(outPos, prefix.size()) == prefix, "a Q word of the same charset");
        const qsizetype end = out.indexOf("?=", outPos + prefix.size());
        FUZZ_ASSERT(end >= 0, "the Q word is terminated");
        const QByteArray rewritten = out.mid(outPos, end + 2 - outPos);
        outPos = end + 2;
        FUZZ_ASSERT(gmimeDecode(rewritten) == gmimeDecode(original),
                    "word decodes differently: %s -> %s", original.constData(), rewritten.constData());
    }
    FUZZ_ASSERT(out.mid(outPos) == header.mid(last), "the tail is kept");

    // The parser's path: header bytes → UTF-8 → GMime decode → QString. (GMime may return
    // invalid UTF-8 for words in charsets iconv does not know, e.g. "=?so22-jp?B?…?=";
    // QString::fromUtf8 turns such bytes into U+FFFD, so that is not asserted here.)
    const QByteArray utf8 = fi::mime::headerToUtf8(out, QByteArray());
    FUZZ_ASSERT(fi::mime::isValidUtf8(utf8), "headerToUtf8 gives UTF-8");
    (void)QString::fromUtf8(gmimeDecode(utf8));
    return 0;
}
