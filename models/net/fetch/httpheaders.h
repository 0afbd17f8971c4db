#pragma once
/// @file httpheaders.h
/// @brief Parsing of the HTTP response headers the feed fetcher acts on: Cache-Control max-age
/// (RFC 9111 §5.2.2.1), Retry-After (RFC 9110 §10.2.3) and HTTP-dates (RFC 9110 §5.6.7).
/// Pure functions, any thread.

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace fi::net::fetch {

/// An HTTP-date in any of the three forms RFC 9110 §5.6.7 says a recipient must accept
/// (IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT",
/// asctime "Sun Nov  6 08:49:37 1994"). @return UTC epoch ms, or nullopt if it is none of them.
std::optional<qint64> parseHttpDate(const QByteArray &value);

/// The max-age directive of a Cache-Control value, seconds (≥ 0); nullopt when absent or
/// malformed. "no-store"/"no-cache" give 0 (the response may not be reused without asking).
std::optional<qint64> parseMaxAge(const QByteArray &cacheControl);

/// Retry-After as an absolute time, UTC epoch ms: delta-seconds are added to @p nowMs, an
/// HTTP-date is taken as it is. @return nullopt when empty or malformed.
std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowMs);

} // namespace fi::net::fetch
