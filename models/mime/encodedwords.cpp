#include "mime/encodedwords.h"

#include <QRegularExpression>

namespace fi::mime {

namespace {

/// RFC 2047 §4.2 "Q" encoding of @p bytes (space as "_", unsafe bytes as =XX).
QByteArray qEncode(const QByteArray &bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == ' ') {
            out += '_';
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '!' || c == '*' || c == '+' || c == '-' || c == '/') {
            out += char(c);
        } else {
            out += '=';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

} // namespace

QByteArray rewritePaddedBase64Words(const QByteArray &header)
{
    if (!header.contains("=?"))
        return header;
    // =?charset?B?payload?=  — charset may carry an RFC 2231 language suffix (*en). A word
    // without a charset name ("=?*en?B?…?=") is not decoded by GMime but shown as written, so
    // it must stay as written too.
    static const QRegularExpression word(QStringLiteral("=\\?([^?\\s*][^?\\s]*)\\?[Bb]\\?([A-Za-z0-9+/]*=+)\\?="));
    const QString text = QString::fromLatin1(header);
    QString out;
    qsizetype last = 0;
    auto it = word.globalMatch(text);
    bool changed = false;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const auto decoded = QByteArray::fromBase64Encoding(m.captured(2).toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            continue;  // not valid base64: leave it to GMime's lenient decoder
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QStringLiteral("=?") + m.captured(1) + QStringLiteral("?Q?") +
               QString::fromLatin1(qEncode(*decoded)) + QStringLiteral("?=");
        last = m.capturedEnd();
        changed = true;
    }
    if (!changed)
        return header;
    out += QStringView(text).mid(last);
    return out.toLatin1();
}

} // namespace fi::mime
