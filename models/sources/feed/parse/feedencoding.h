#pragma once
/// @file feedencoding.h
/// @brief Decode a feed's bytes to text following RFC 7303 §3 (internal to the feed parser).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fi::feed::parse {

/// Feed bytes as text, and how they were read.
struct DecodedFeed {
    QString text;      ///< Without BOM; a leading XML declaration removed (its job is done).
    QString encoding;  ///< Lower-case label of the charset used ("utf-8", "big5", "gb18030").
    /// false when something had to be recovered from: invalid bytes (now U+FFFD), an unknown
    /// charset name, a media type that is not XML or JSON.
    bool clean = true;
    QStringList warnings; ///< Translated, for the sync log.
    /// The input bytes themselves when they are clean UTF-8 that say so (or say nothing) and
    /// needed no change: an XML reader may take them directly (faster than the QString).
    /// Null otherwise.
    QByteArray utf8Bytes;
};

/// The media type (lower-case, without parameters) and charset parameter (unquoted, may be
/// empty) of an HTTP Content-Type value. A malformed parameter ("charset:x") is ignored.
void splitContentType(const QByteArray &contentType, QByteArray *mediaType, QByteArray *charset);

/**
 * @brief Decode @p bytes. The charset comes from, in order (RFC 7303 §3 and its Appendix C):
 * the HTTP charset parameter, the BOM (UTF-8/16/32), the XML declaration's encoding, the
 * UTF-16/32 byte pattern of "<?" (XML 1.0 Appendix F), else UTF-8. ISO-8859-1 and US-ASCII are
 * read as their superset Windows-1252 (WHATWG Encoding), GB2312/GBK as GB18030. Invalid byte
 * sequences become U+FFFD and decoding goes on (clean = false). Other charsets go through
 * glibc's iconv with GMime's charset-name table (models/mime). Thread-safe.
 */
DecodedFeed decodeFeed(const QByteArray &bytes, const QByteArray &contentType);

/// Replace C1 control characters (U+0080–U+009F) with the Windows-1252 characters of those
/// byte values: text produced in Windows-1252 but labelled ISO-8859-1/UTF-8 ("don\u0092t"),
/// and numeric references like &#146; (the HTML 5 rule for character references).
/// @return whether anything was replaced.
bool mapC1ToWindows1252(QString &text);

} // namespace fi::feed::parse
