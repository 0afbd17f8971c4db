#pragma once
/// @file atomreader.h
/// @brief Atom 1.0 (RFC 4287) and Atom 0.3 documents into a FeedDocument (internal).

#include "sources/feed/feeddocument.h"
#include "sources/feed/parse/xmltree.h"

namespace fi::feed::parse {

/// Whether @p root is an Atom feed root (feed element of Atom 1.0, 0.3 or a pre-0.3 namespace).
bool isAtomRoot(const XmlNode &root);

/**
 * @brief Read the feed element @p root into @p doc (format, feed fields, entries in order).
 * Text constructs follow RFC 4287 §3.1 (type text/html/xhtml) and Atom 0.3 modes; links
 * resolve against xml:base (RFC 4287 §2 + RFC 3986); for repeated date elements the last wins.
 * @param nowMs for two-digit years in dates.
 */
void readAtom(const XmlNode &root, qint64 nowMs, FeedDocument *doc);

} // namespace fi::feed::parse
