#include "sources/feed/parse/feedencoding.h"

#include "sources/feed/parse/charsetdecode.h"
#include "sources/feed/parse/charsetguess.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace fi::feed::parse {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fi::feed::FeedParser", text);
}

enum class Bom { None, Utf8, Utf16Le, Utf16Be, Utf32Le, Utf32Be };

Bom bomOf(const QByteArray &b, int *length)
{
    auto at = [&](int i) { return i < b.size() ? uchar(b[i]) : 0x100; };
    if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {
        *length = 3;
        return Bom::Utf8;
    }
    if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) {
        *length = 4;
        return Bom::Utf32Le;
    }
    if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) {
        *length = 4;
        return Bom::Utf32Be;
    }
    if (at(0) == 0xFF && at(1) == 0xFE) {
        *length = 2;
        return Bom::Utf16Le;
    }
    if (at(0) == 0xFE && at(1) == 0xFF) {
        *length = 2;
        return Bom::Utf16Be;
    }
    *length = 0;
    return Bom::None;
}

/// XML 1.0 Appendix F: "<?" (or "<") in UTF-16/32 without a BOM.
QByteArray sniffWideEncoding(const QByteArray &b)
{
    if (b.size() < 4)
        return {};
    const auto c = [&](int i) { return uchar(b[i]); };
    if (c(0) == 0 && c(1) == 0 && c(2) == 0 && c(3) == 0x3C)
        return "utf-32be";
    if (c(0) == 0x3C && c(1) == 0 && c(2) == 0 && c(3) == 0)
        return "utf-32le";
    if (c(0) == 0 && c(1) == 0x3C && c(2) == 0 && c(3) != 0)
        return "utf-16be";
    if (c(0) == 0x3C && c(1) == 0 && c(2) != 0 && c(3) == 0)
        return "utf-16le";
    return {};
}

/// The encoding pseudo-attribute of an XML declaration at the start of @p head (ASCII view).
QByteArray declaredEncoding(const QString &head)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)["'])"));
    const auto m = re.match(head);
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

QByteArray unquote(QByteArray v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
        v = v.mid(1, v.size() - 2);
    return v.trimmed();
}

bool isUtf8(const QByteArray &cs)
{
    return cs == "utf-8" || cs == "utf8" || cs == "unicode-1-1-utf-8";
}

/// The label reported for @p cs, and the charset actually used to decode it.
QByteArray decoderCharsetFor(const QByteArray &cs)
{
    if (cs == "iso-8859-1" || cs == "latin1" || cs == "iso_8859-1" || cs == "l1"
        || cs == "us-ascii" || cs == "ascii" || cs == "iso8859-1")
        return "windows-1252";
    if (cs == "gb2312" || cs == "gbk" || cs == "x-gbk" || cs == "gb_2312-80" || cs == "cp936")
        return "gb18030";
    if (cs == "shift_jis" || cs == "sjis" || cs == "x-sjis" || cs == "ms_kanji")
        return "cp932";
    if (cs == "euc-kr" || cs == "uhc" || cs == "ks_c_5601-1987" || cs == "windows-949")
        return "cp949"; // WHATWG: euc-kr is read as windows-949 (UHC), its superset
    return cs;
}

QString reportedLabel(const QByteArray &cs)
{
    if (cs == "gb2312" || cs == "gbk" || cs == "x-gbk" || cs == "gb_2312-80" || cs == "cp936")
        return QStringLiteral("gb18030");
    if (cs == "utf8" || cs == "unicode-1-1-utf-8")
        return QStringLiteral("utf-8");
    if (cs == "uhc" || cs == "windows-949")
        return QStringLiteral("euc-kr"); // WHATWG's name for windows-949

    return QString::fromLatin1(cs);
}


/// Remove a leading XML declaration (its encoding no longer applies to the decoded text).
void dropXmlDeclaration(QString &text)
{
    if (!text.startsWith(u"<?xml"))
        return;
    if (text.size() > 5 && !text[5].isSpace())
        return; // "<?xml-stylesheet …?>" is a processing instruction, kept
    const qsizetype end = text.indexOf(u"?>");
    if (end < 0 || end > 1024)
        return;
    text.remove(0, end + 2);
}

/// U+0080–U+009F encoded in UTF-8 (C2 80 … C2 9F): text that needs mapC1ToWindows1252.
bool hasC1InUtf8(const QByteArray &b)
{
    const char *p = b.constData();
    const qsizetype n = b.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (uchar(p[i]) == 0xC2 && uchar(p[i + 1]) >= 0x80 && uchar(p[i + 1]) <= 0x9F)
            return true;
    }
    return false;
}

bool isFeedMediaType(const QByteArray &type)
{
    return type.endsWith("/xml") || type.endsWith("+xml") || type.endsWith("/json")
        || type.endsWith("+json") || type == "application/xml-dtd"
        || type == "application/xml-external-parsed-entity"
        || type == "text/xml-external-parsed-entity" || type == "application/octet-stream";
}

} // namespace


void splitContentType(const QByteArray &contentType, QByteArray *mediaType, QByteArray *charset)
{
    const QList<QByteArray> parts = contentType.split(';');
    *mediaType = parts.value(0).trimmed().toLower();
    charset->clear();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray p = parts[i].trimmed();
        const qsizetype eq = p.indexOf('=');
        if (eq < 0)
            continue;
        if (p.left(eq).trimmed().toLower() == "charset")
            *charset = unquote(p.mid(eq + 1)).toLower();
    }
}

DecodedFeed decodeFeed(const QByteArray &bytes, const QByteArray &contentType)
{
    DecodedFeed out;
    QByteArray mediaType;
    QByteArray httpCharset;
    splitContentType(contentType, &mediaType, &httpCharset);
    if (!mediaType.isEmpty() && !isFeedMediaType(mediaType)) {
        out.clean = false;
        out.warnings << tr("The server sent the feed as %1, not as XML or JSON.")
                            .arg(QString::fromLatin1(mediaType));
    }

    int bomLength = 0;
    const Bom bom = bomOf(bytes, &bomLength);
    const QByteArray body = bytes.mid(bomLength);

    QByteArray charset;
    if (!httpCharset.isEmpty())
        charset = httpCharset;
    if (charset.isEmpty()) {
        switch (bom) {
        case Bom::Utf8: charset = "utf-8"; break;
        case Bom::Utf16Le: charset = "utf-16le"; break;
        case Bom::Utf16Be: charset = "utf-16be"; break;
        case Bom::Utf32Le: charset = "utf-32le"; break;
        case Bom::Utf32Be: charset = "utf-32be"; break;
        case Bom::None: break;
        }
    }
    const QByteArray wide = bom == Bom::None ? sniffWideEncoding(body) : QByteArray();
    QString declared;
    {
        // The declaration is ASCII; read it in the byte width the document uses.
        const QByteArray headBytes = body.left(1024);
        QString head;
        if (wide == "utf-16le" || bom == Bom::Utf16Le)
            head = QStringDecoder(QStringConverter::Utf16LE).decode(headBytes);
        else if (wide == "utf-16be" || bom == Bom::Utf16Be)
            head = QStringDecoder(QStringConverter::Utf16BE).decode(headBytes);
        else if (wide == "utf-32le" || bom == Bom::Utf32Le)
            head = QStringDecoder(QStringConverter::Utf32LE).decode(headBytes);
        else if (wide == "utf-32be" || bom == Bom::Utf32Be)
            head = QStringDecoder(QStringConverter::Utf32BE).decode(headBytes);
        else
            head = QString::fromLatin1(headBytes);
        declared = QString::fromLatin1(declaredEncoding(head));
    }
    if (charset.isEmpty() && !declared.isEmpty()) {
        charset = declared.toLatin1();
        // A declaration of a 16/32-bit encoding in bytes that are not (or the other way
        // round) cannot be right: the bytes win.
        if (!wide.isEmpty() && !charset.startsWith("utf-16") && !charset.startsWith("utf-32")
            && charset != "ucs-2" && charset != "ucs-4")
            charset = wide;
        if (wide.isEmpty() && (charset == "utf-16" || charset == "utf-32"))
            charset = "utf-8";
    }
    if (charset.isEmpty() && wide.isEmpty() && !body.isValidUtf8()) {
        // Nothing declared and not UTF-8: XML 1.0 §4.3.3 makes that an error, but the text is
        // still worth reading; guess the charset (the document stays "not well-formed").
        charset = guessCharset(body);
        if (!charset.isEmpty()) {
            out.clean = false;
            out.warnings << tr("The feed declares no character encoding and is not UTF-8; it "
                               "was read as %1.")
                                .arg(reportedLabel(charset));
        }
    }
    if (charset.isEmpty())
        charset = wide.isEmpty() ? QByteArray("utf-8") : wide;
    if (charset == "utf-16" || charset == "ucs-2")
        charset = bom == Bom::Utf16Be || wide == "utf-16be" ? "utf-16be" : "utf-16le";
    if (charset == "utf-32" || charset == "ucs-4")
        charset = bom == Bom::Utf32Be || wide == "utf-32be" ? "utf-32be" : "utf-32le";

    const QByteArray decoderCharset = decoderCharsetFor(charset);
    out.encoding = reportedLabel(charset);
    if (isUtf8(decoderCharset) && (bom == Bom::None || bom == Bom::Utf8)
        && (declared.isEmpty() || isUtf8(declared.toLatin1())) && body.isValidUtf8()
        && !hasC1InUtf8(body)) {
        // The common case: an XML reader can take these bytes as they are; the text is only
        // made when needed (fullText), so a large feed is not held twice.
        out.utf8Bytes = bytes;
        return out;
    }
    if (auto text = decodeLenient(body, isUtf8(decoderCharset) ? "utf-8" : decoderCharset,
                                  &out.clean)) {
        out.text = std::move(*text);
    } else {
        out.clean = false;
        out.warnings << tr("The feed names an unknown character encoding (%1); it was read as "
                           "UTF-8.")
                            .arg(QString::fromLatin1(charset));
        out.encoding = QStringLiteral("utf-8");
        out.text = *decodeLenient(body, "utf-8", &out.clean);
    }
    if (!out.clean && out.text.contains(QChar::ReplacementCharacter))
        out.warnings << tr("Some bytes were not valid %1 and were replaced.").arg(out.encoding);
    mapC1ToWindows1252(out.text);
    if (out.text.startsWith(QChar(0xFEFF)))
        out.text.remove(0, 1);
    dropXmlDeclaration(out.text);
    return out;
}

QString fullText(const DecodedFeed &decoded)
{
    if (decoded.utf8Bytes.isNull())
        return decoded.text;
    QString text = QString::fromUtf8(decoded.utf8Bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    dropXmlDeclaration(text);
    return text;
}

QString headText(const DecodedFeed &decoded, qsizetype maxBytes)
{
    if (decoded.utf8Bytes.isNull())
        return decoded.text.left(maxBytes);
    return QString::fromUtf8(decoded.utf8Bytes.left(maxBytes)); // a cut sequence: one U+FFFD
}

} // namespace fi::feed::parse
