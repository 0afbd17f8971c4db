#pragma once
/// @file textdecode.h
/// @brief Charset conversion with the fallbacks real mail needs (internal to models/mime).

#include <QByteArray>
#include <QString>

namespace fi::mime {

/**
 * @brief Convert body bytes in @p declaredCharset (MIME charset name, may be empty) to Unicode.
 *
 * Order: the declared charset (ISO-8859-1 read as its superset Windows-1252, WHATWG Encoding
 * §4.2), then UTF-8 when valid, then Windows-1252, then ISO-8859-1 (never fails).
 * US-ASCII and a missing charset count as "not declared" (RFC 2046 §4.1.2 default), so 8-bit
 * bytes in them are still read as UTF-8 or Windows-1252. UTF-16/32 with or without BOM work
 * through iconv. A trailing truncated sequence does not reject a charset.
 * Thread-safe.
 */
QString decodeText(const QByteArray &bytes, const QByteArray &declaredCharset);

/**
 * @brief Make raw header bytes valid UTF-8 before RFC 2047 decoding.
 *
 * Returns @p raw unchanged when it is ASCII or valid UTF-8; otherwise converts it from
 * @p hintCharset (the charset the message body declares), then Windows-1252, then ISO-8859-1.
 * Encoded words (pure ASCII) survive the conversion and are decoded afterwards.
 */
QByteArray headerToUtf8(const QByteArray &raw, const QByteArray &hintCharset);

/// true when @p bytes is well-formed UTF-8 (pure ASCII and NUL bytes included).
bool isValidUtf8(const QByteArray &bytes);

} // namespace fi::mime
