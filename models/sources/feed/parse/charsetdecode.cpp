#include "sources/feed/parse/charsetdecode.h"

#include "mime/gmimesupport.h"

#include <QStringDecoder>

#include <cerrno>
#include <iconv.h>

namespace fi::feed::parse {
namespace {
/// glibc iconv name for @p cs (GMime's table), or empty when iconv does not know it.
QByteArray iconvNameFor(const QByteArray &cs)
{
    mime::ensureGMimeInitialized();
    const char *name = g_mime_charset_iconv_name(cs.constData());
    if (!name)
        return {};
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == iconv_t(-1))
        return {};
    iconv_close(cd);
    mime::keepCharsetLoaded(name);
    return QByteArray(name);
}

/// iconv to UTF-8 that replaces each invalid byte by U+FFFD and goes on.
QString iconvLenient(const QByteArray &bytes, const QByteArray &iconvName, bool *clean)
{
    iconv_t cd = iconv_open("UTF-8", iconvName.constData());
    if (cd == iconv_t(-1)) {
        *clean = false;
        return QString::fromUtf8(bytes);
    }
    QByteArray out;
    out.reserve(bytes.size() * 2 + 16);
    char buffer[16384];
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    static const char kReplacement[] = "\xEF\xBF\xBD";
    while (inLeft > 0) {
        char *o = buffer;
        size_t oLeft = sizeof buffer;
        const size_t r = iconv(cd, &in, &inLeft, &o, &oLeft);
        const int error = errno; // before append(), which may allocate and change errno
        out.append(buffer, qsizetype(o - buffer));
        if (r != size_t(-1))
            break;
        if (error == E2BIG)
            continue;
        *clean = false;
        out.append(kReplacement, 3);
        // glibc may report EILSEQ with no input left (seen with EUC-KR on a fuzzed feed): then
        // there is no byte to skip, and skipping one would make inLeft wrap around.
        if (error == EILSEQ && inLeft > 0) {
            ++in;
            --inLeft;
            iconv(cd, nullptr, nullptr, nullptr, nullptr); // reset shift state
            continue;
        }
        break; // EINVAL: a truncated sequence at the end
    }
    char *o = buffer;
    size_t oLeft = sizeof buffer;
    iconv(cd, nullptr, nullptr, &o, &oLeft); // flush a stateful encoding
    out.append(buffer, qsizetype(o - buffer));
    iconv_close(cd);
    return QString::fromUtf8(out);
}

QString qtDecode(const QByteArray &bytes, QStringConverter::Encoding enc, bool *clean)
{
    QStringDecoder decoder(enc, QStringConverter::Flag::Stateless);
    QString s = decoder.decode(bytes);
    if (decoder.hasError())
        *clean = false;
    return s;
}

} // namespace

std::optional<QString> decodeLenient(const QByteArray &bytes, const QByteArray &charset,
                                     bool *clean)
{
    if (charset == "utf-8")
        return qtDecode(bytes, QStringConverter::Utf8, clean);
    if (charset == "utf-16le")
        return qtDecode(bytes, QStringConverter::Utf16LE, clean);
    if (charset == "utf-16be")
        return qtDecode(bytes, QStringConverter::Utf16BE, clean);
    if (charset == "utf-32le")
        return qtDecode(bytes, QStringConverter::Utf32LE, clean);
    if (charset == "utf-32be")
        return qtDecode(bytes, QStringConverter::Utf32BE, clean);
    const QByteArray name = iconvNameFor(charset);
    if (name.isEmpty())
        return std::nullopt;
    return iconvLenient(bytes, name, clean);
}

bool mapC1ToWindows1252(QString &text)
{
    bool changed = false;
    static const char16_t table[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 && u <= 0x9F) {
            c = QChar(table[u - 0x80]);
            changed = true;
        }
    }
    return changed;
}

} // namespace fi::feed::parse
