#pragma once
/// @file jsonfeedreader.h
/// @brief JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1) into a FeedDocument (internal).

#include "sources/feed/feeddocument.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace fi::feed::parse {

/// How reading a JSON document went.
enum class JsonFeedStatus {
    Ok,
    NotJson,      ///< Not a JSON object at all.
    NotJsonFeed,  ///< JSON, but no jsonfeed.org "version".
    TooDeep,      ///< Nested deeper than the limit.
};

/**
 * @brief Read @p utf8 (the document as UTF-8) as a JSON Feed. Relative URLs resolve against @p url (the spec asks for
 * absolute ones; relative ones are resolved anyway). Dates are RFC 3339. HTML content is kept
 * as HTML, content_text escaped; summary falls back to the content's text. 1.0's "author" and
 * 1.1's "authors" are both read.
 */
JsonFeedStatus readJsonFeed(const QByteArray &utf8, const QUrl &url, qint64 nowMs, int maxDepth,
                            FeedDocument *doc);

} // namespace fi::feed::parse
