#pragma once
/// @file charsetdecode.h
/// @brief Bytes in a named charset to text, replacing what is invalid instead of failing
/// (internal to the feed parser).

#include <QByteArray>
#include <QString>

#include <optional>

namespace fi::feed::parse {

/**
 * @brief Decode @p bytes from @p charset (lower-case name): UTF-8/16/32 with QStringDecoder,
 * anything else with glibc's iconv under GMime's name for it (models/mime). Each invalid
 * byte sequence becomes U+FFFD and decoding goes on; then *clean is set to false.
 * @return nullopt when neither knows @p charset. Thread-safe.
 */
std::optional<QString> decodeLenient(const QByteArray &bytes, const QByteArray &charset,
                                     bool *clean);

/// Replace C1 control characters (U+0080–U+009F) with the Windows-1252 characters of those
/// byte values: text produced in Windows-1252 but labelled ISO-8859-1/UTF-8 ("don\u0092t"),
/// and numeric references like &#146; (the HTML 5 rule for character references).
/// @return whether anything was replaced.
bool mapC1ToWindows1252(QString &text);

} // namespace fi::feed::parse
