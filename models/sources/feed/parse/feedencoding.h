#pragma once
/// @file feedencoding.h
/// @brief Decode a feed's bytes to text following RFC 7303 §3 (internal to the feed parser).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fi::feed::parse {

/// Feed bytes as text, and how they were read.
struct DecodedFeed {
    /// Without BOM; a leading XML declaration removed (its job is done). Null when utf8Bytes
    /// is set: fullText() makes it then.
    QString text;
    QString encoding;  ///< Lower-case label of the charset used ("utf-8", "big5", "gb18030").
    /// false when something had to be recovered from: invalid bytes (now U+FFFD), an unknown
    /// charset name, a media type that is not XML or JSON.
    bool clean = true;
    QStringList warnings; ///< Translated, for the sync log.
    /// The input bytes themselves when they are valid UTF-8 that say so (or say nothing) and
    /// need no change: readers take them directly (faster than a QString, and the document is
    /// not held twice). Null otherwise.
    QByteArray utf8Bytes;
};

/// The whole decoded text (made from utf8Bytes when that is set).
QString fullText(const DecodedFeed &decoded);

/// The first @p maxBytes (bytes or UTF-16 units) of the text: enough to tell what it is.
QString headText(const DecodedFeed &decoded, qsizetype maxBytes);

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

} // namespace fi::feed::parse
