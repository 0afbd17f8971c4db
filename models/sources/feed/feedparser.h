#pragma once
/// @file feedparser.h
/// @brief Parse feed bytes (any supported format, any declared encoding) into a FeedDocument,
/// within limits, without ever expanding DTD entities.

#include "sources/feed/feeddocument.h"

#include <QByteArray>
#include <QUrl>

namespace fi::feed {

/// Bounds on one document; exceeding one refuses the document (FeedParseResult::error).
struct FeedLimits {
    qint64 maxBytes = 16 * 1024 * 1024;  ///< Raw document size.
    int maxDepth = 64;                   ///< Element / JSON nesting depth.
    int maxEntries = 5000;               ///< Entries kept; more are dropped (a warning, not an error).
};

/// What the parser knows besides the bytes.
struct FeedParseInput {
    QByteArray bytes;
    /// The document's URL after redirects (base for relative links, with xml:base on top).
    QUrl url;
    /// The HTTP Content-Type header, as received (may carry charset=…); empty for local files.
    /// Per RFC 7303 §3 the HTTP charset wins over the XML declaration and the BOM.
    QByteArray contentType;
    /// "Now" (UTC epoch ms) for resolving two-digit years; 0 = the current time.
    qint64 nowMs = 0;
    FeedLimits limits;
};

/// The outcome of parsing one document.
struct FeedParseResult {
    bool ok = false;          ///< A document was recognised and (at least partly) read.
    QString error;            ///< Translated, one sentence, when !ok ("This is an HTML page, not a feed", …).
    FeedDocument document;
    /// Whether the document was well-formed (feedparser's "not bozo"): false when the parse
    /// recovered from an error (invalid bytes replaced, a truncated document, a wrong encoding
    /// declaration) or a limit dropped entries. ok may still be true.
    bool wellFormed = true;
    QString encoding;         ///< The encoding the text was decoded as, lower-case ("utf-8", "iso-8859-1").
    QStringList warnings;     ///< Translated notes on what was recovered from; for the sync log.
};

/**
 * @brief Parse one feed document. Detects the format from the content (XML root element or a
 * JSON object with a jsonfeed.org "version"), not from the Content-Type.
 *
 * Never expands entities declared in a DTD: a document whose DTD declares an internal entity
 * (one with replacement text, directly or through a parameter entity) is refused before any
 * content is read (billion laughs, quadratic blowup); external entities and DTDs are never
 * loaded (an undeclared entity reference then reads as the HTML entity of that name, as
 * RSS 0.91's DTD declares them). Never loads anything. Invalid bytes in the declared encoding
 * become U+FFFD and the rest is read; a document that declares no charset and is not UTF-8
 * is read in the charset uchardet detects (wellFormed = false). HTML entities used without a
 * DTD and undeclared namespace prefixes are repaired and the document read again
 * (wellFormed = false). A document that is not well-formed keeps what came before the error.
 * An HTML page is refused ("This is an HTML page, not a feed."). Runs in time linear in the
 * input. Pure function: thread-safe, no I/O.
 */
FeedParseResult parseFeed(const FeedParseInput &input);

} // namespace fi::feed
