#pragma once
/// @file feeddiscovery.h
/// @brief Find the feeds a web page announces (RSS autodiscovery: <link rel="alternate"
/// type="application/rss+xml|atom+xml|feed+json" href=…> in the page's head).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace fi::feed {

/// One announced feed.
struct DiscoveredFeed {
    QUrl url;       ///< Absolute (resolved against <base href> and the page URL).
    QString title;  ///< The link's title attribute, plain text; may be empty.
    QString type;   ///< The MIME type as written, lower-case.
};

/// Whether @p bytes (with Content-Type @p contentType) look like an HTML page rather than a feed.
bool looksLikeHtml(const QByteArray &bytes, const QByteArray &contentType);

/**
 * @brief The feeds announced by the HTML page @p html fetched from @p pageUrl, in document
 * order, without duplicates; only http(s) URLs. Parsed with libxml2's HTML parser (tolerant,
 * no network). Pure function: thread-safe.
 */
QList<DiscoveredFeed> discoverFeeds(const QByteArray &html, const QUrl &pageUrl);

} // namespace fi::feed
