#pragma once
/// @file rootsniff.h
/// @brief What kind of document some text is, from its first bytes (internal to the feed parser).

#include <QString>

namespace fi::feed::parse {

/// The kind of document, judged before parsing.
enum class Sniffed {
    Empty,   ///< Only whitespace (or nothing).
    Json,    ///< Starts with "{" (JSON object).
    Html,    ///< The first element is <html> (any case), or an HTML doctype without XML root.
    Xml,     ///< Starts with markup; the root element name is in *rootName.
    Other,   ///< Neither markup nor JSON.
};

/**
 * @brief Skip whitespace, comments, processing instructions and a DOCTYPE, then look at the
 * first element's name (at most the first 64 KiB are looked at). Linear; thread-safe.
 */
Sniffed sniffDocument(const QString &text, QString *rootName);

} // namespace fi::feed::parse
