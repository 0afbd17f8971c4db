#pragma once
/// @file feeddocument.h
/// @brief What a feed parser sees in an RSS 0.9x / RSS 1.0 (RDF) / RSS 2.0 / Atom 0.3 / Atom 1.0
/// / JSON Feed 1.0–1.1 document: plain value types, independent of the format.
///
/// Times are UTC epoch milliseconds; 0 = the document gave none (or none that parses).
/// Texts meant for the list, the snippet and search are plain text (HTML reduced with
/// mime::htmlToText); the entry's rich content is kept as HTML, unsanitized (the reading pane
/// sanitizes it: mime/htmlsanitizer.h). Links are absolute (resolved against xml:base and the
/// feed's URL, RFC 3986 §5) and http(s) only (file: too for a feed read from a local file);
/// other schemes (javascript:, data:, …) are dropped.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fi::feed {

/// The format a document was parsed as.
enum class FeedFormat {
    Unknown,
    Rss090,   ///< RSS 0.90 (RDF namespace http://my.netscape.com/rdf/simple/0.9/)
    Rss091,   ///< RSS 0.91 (Netscape or UserLand) and 0.92–0.94
    Rss10,    ///< RSS 1.0 (RDF)
    Rss20,    ///< RSS 2.0 (and <rss> without a version)
    Atom03,   ///< Atom 0.3 (http://purl.org/atom/ns#)
    Atom10,   ///< Atom 1.0, RFC 4287
    JsonFeed, ///< JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1)
};

/// A person (Atom person construct; RSS author/dc:creator/managingEditor; JSON Feed author).
struct FeedPerson {
    QString name;   ///< Plain text; may be empty.
    QString email;  ///< May be empty.
    QString uri;    ///< Absolute URL; may be empty.
    bool operator==(const FeedPerson &) const = default;
};

/// One entry (Atom entry, RSS item, JSON Feed item).
struct FeedEntry {
    /// The document's own identity: Atom id, RSS guid, JSON Feed id, RDF rdf:about (as written,
    /// trimmed). Empty when the document has none; the kind then derives one (feedrecords.h).
    QString id;
    QString title;       ///< Plain text (HTML titles reduced to text, entities decoded).
    QString link;        ///< Absolute URL of the entry's page (rel=alternate / <link> / url); may be empty.
    FeedPerson author;   ///< The first author (entry's, else the feed's); may be empty.
    QList<FeedPerson> contributors;
    qint64 publishedMs = 0;  ///< Atom published/issued, RSS pubDate/dc:date, JSON date_published.
    qint64 updatedMs = 0;    ///< Atom updated/modified, JSON date_modified; 0 = none.
    QString summary;     ///< Plain text of the summary/description (for snippet and search).
    /// The richest content as HTML (Atom content, content:encoded, description, JSON
    /// content_html; plain-text content escaped into <p>…</p>). Unsanitized. May be empty.
    QString contentHtml;
    QStringList categories;  ///< Entry categories/tags, plain text.
    bool operator==(const FeedEntry &) const = default;
};

/// One parsed document.
struct FeedDocument {
    FeedFormat format = FeedFormat::Unknown;
    QString title;        ///< Plain text.
    QString link;         ///< Absolute URL of the site (alternate link); may be empty.
    QString description;  ///< Plain text (subtitle/tagline/description).
    QString id;           ///< Atom feed id / JSON feed_url; may be empty.
    FeedPerson author;
    qint64 updatedMs = 0;
    QList<FeedEntry> entries;  ///< In document order.
};

} // namespace fi::feed

Q_DECLARE_METATYPE(fi::feed::FeedDocument)
