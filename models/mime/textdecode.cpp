#include "mime/textdecode.h"

#include "mime/gmimesupport.h"

#include <QStringDecoder>

#include <optional>

namespace fi::mime {
namespace {

bool isAsciiOrUnset(const QByteArray &charset)
{
    const QByteArray c = charset.trimmed().toLower();
    return c.isEmpty() || c == "us-ascii" || c == "ascii" || c == "ansi_x3.4-1968"
        || c == "us_ascii" || c == "unknown-8bit" || c == "x-unknown" || c == "default";
}

bool isUtf8Name(const QByteArray &charset)
{
    const QByteArray c = charset.trimmed().toLower();
    return c == "utf-8" || c == "utf8";
}

/// iconv conversion to UTF-8; nullopt when the charset is unknown or the bytes are invalid in it.
std::optional<QByteArray> convertToUtf8(const QByteArray &bytes, const QByteArray &charset)
{
    if (bytes.isEmpty())
        return QByteArray();
    const QByteArray name = charset.trimmed();
    const char *iconvName = g_mime_charset_iconv_name(name.constData());
    if (!iconvName)
        return std::nullopt;
    keepCharsetLoaded(iconvName);
    gsize read = 0;
    gsize written = 0;
    GError *err = nullptr;
    GCharPtr out(g_convert(bytes.constData(), bytes.size(), "UTF-8", iconvName, &read, &written,
                           &err));
    if (err) {
        const bool partialAtEnd = err->code == G_CONVERT_ERROR_PARTIAL_INPUT;
        g_error_free(err);
        if (!partialAtEnd || !out)
            return std::nullopt;
    }
    if (!out)
        return std::nullopt;
    QByteArray utf8(out.get(), qsizetype(written));
    // iconv's UTF-8 is not Qt's: a name GMime maps to UTF-8 lets glibc pass lead bytes beyond
    // U+10FFFF (0xF5–0xF7) through unchanged. Output that is not valid UTF-8 is not a decoding.
    if (!utf8.isValidUtf8())
        return std::nullopt;
    return utf8;
}

QString fromUtf8Lossless(const QByteArray &utf8)
{
    return QString::fromUtf8(utf8);
}

/// Undeclared Japanese mail is mostly Shift_JIS: double-byte pairs with lead bytes 0x81–0x9F
/// or 0xE0–0xEF, which Western single-byte text almost never has (0x81–0x9F are C1 controls
/// in ISO-8859-x and rare punctuation in Windows-125x).
bool looksLikeShiftJis(const QByteArray &bytes)
{
    int high = 0;
    int pairs = 0;
    int lowLeads = 0;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = uchar(bytes[i]);
        if (b < 0x80)
            continue;
        ++high;
        const bool lead = (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xEF);
        if (lead && i + 1 < n) {
            const auto t = uchar(bytes[i + 1]);
            if ((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFC)) {
                ++pairs;
                if (b <= 0x9F)
                    ++lowLeads;
                if (t >= 0x80)
                    ++high;
                ++i;
            }
        }
    }
    return pairs >= 4 && pairs * 2 * 10 >= high * 8 && lowLeads * 4 >= pairs;
}

QString windowsOrLatin1(const QByteArray &bytes)
{
    if (looksLikeShiftJis(bytes)) {
        if (auto u = convertToUtf8(bytes, "CP932"))
            return fromUtf8Lossless(*u);
        // Spam often mixes in stray bytes; decode leniently (U+FFFD for the bad ones).
        QStringDecoder sjis("Shift_JIS", QStringDecoder::Flag::Stateless);
        if (sjis.isValid())
            return sjis.decode(bytes);
    }
    if (auto u = convertToUtf8(bytes, "windows-1252"))
        return fromUtf8Lossless(*u);
    return QString::fromLatin1(bytes);
}

} // namespace

bool isValidUtf8(const QByteArray &bytes)
{
    // Not g_utf8_validate(): it rejects NUL bytes when given a length, but a NUL is valid UTF-8
    // (U+0000), and rejecting it sent UTF-8 bodies with one stray NUL down the Windows-1252 path.
    return bytes.isValidUtf8();
}

QString decodeText(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    ensureGMimeInitialized();
    if (!isAsciiOrUnset(declaredCharset) && !isUtf8Name(declaredCharset)) {
        QByteArray cs = declaredCharset.trimmed();
        if (const char *win = g_mime_charset_iso_to_windows(cs.constData()))
            cs = win; // iso-8859-1 → windows-1252 etc.
        if (auto u = convertToUtf8(bytes, cs))
            return fromUtf8Lossless(*u);
        if (cs != declaredCharset.trimmed()) {
            if (auto u = convertToUtf8(bytes, declaredCharset))
                return fromUtf8Lossless(*u);
        }
    }
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    return windowsOrLatin1(bytes);
}

QByteArray headerToUtf8(const QByteArray &raw, const QByteArray &hintCharset)
{
    if (isValidUtf8(raw))
        return raw;
    ensureGMimeInitialized();
    if (!isAsciiOrUnset(hintCharset) && !isUtf8Name(hintCharset)) {
        QByteArray cs = hintCharset.trimmed();
        if (const char *win = g_mime_charset_iso_to_windows(cs.constData()))
            cs = win;
        if (auto u = convertToUtf8(raw, cs))
            return *u;
    }
    return windowsOrLatin1(raw).toUtf8();
}

} // namespace fi::mime
