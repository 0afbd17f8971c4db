#pragma once
/// @file rssreader.h
/// @brief RSS 0.90, 0.91–0.94, 1.0 (RDF) and 2.0 documents into a FeedDocument (internal).

#include "sources/feed/feeddocument.h"
#include "sources/feed/parse/xmltree.h"

namespace fi::feed::parse {

/// The RSS flavour of @p root (rss or rdf:RDF), or FeedFormat::Unknown.
FeedFormat rssFormatOf(const XmlNode &root);

/**
 * @brief Read an rss / rdf:RDF root into @p doc. Items are read from the channel and, for RDF
 * and loose RSS 0.9x, from the root. Dublin Core (dc:title, dc:creator, dc:date, dc:subject),
 * content:encoded and atom:link are understood. Links resolve against xml:base and the feed
 * URL. For repeated date elements the last wins.
 */
void readRss(const XmlNode &root, FeedFormat format, qint64 nowMs, FeedDocument *doc);

} // namespace fi::feed::parse
