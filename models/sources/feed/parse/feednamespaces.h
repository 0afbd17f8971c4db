#pragma once
/// @file feednamespaces.h
/// @brief Namespace URIs the feed readers look for (internal to the feed parser).

#include <QString>

namespace fi::feed::parse::ns {

inline const QString kAtom10 = QStringLiteral("http://www.w3.org/2005/Atom");      ///< RFC 4287
inline const QString kAtom03 = QStringLiteral("http://purl.org/atom/ns#");
inline const QString kRss10 = QStringLiteral("http://purl.org/rss/1.0/");
inline const QString kRss090 = QStringLiteral("http://my.netscape.com/rdf/simple/0.9/");
inline const QString kRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
inline const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
inline const QString kDcTerms = QStringLiteral("http://purl.org/dc/terms/");
inline const QString kContent = QStringLiteral("http://purl.org/rss/1.0/modules/content/");
inline const QString kXhtml = QStringLiteral("http://www.w3.org/1999/xhtml");

} // namespace fi::feed::parse::ns
