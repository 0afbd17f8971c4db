#pragma once
/// @file textconstruct.h
/// @brief Text values of feed elements: Atom text constructs (RFC 4287 §3.1, Atom 0.3 modes),
/// RSS text that may or may not be HTML, people written as text (internal to the feed parser).

#include "sources/feed/feeddocument.h"
#include "sources/feed/parse/xmltree.h"

#include <QString>

namespace fi::feed::parse {

/// A text construct's value.
struct TextValue {
    QString value;       ///< As the document gives it: text, or HTML when isHtml.
    bool isHtml = false; ///< value is HTML (type html/xhtml, escaped or inline markup).
    bool present = false;

    /// Plain text: HTML reduced with mime::htmlToText, whitespace kept (trimmed).
    QString plain() const;
    /// One line of plain text (whitespace runs folded to one space): for titles.
    QString line() const;
    /// As HTML: HTML kept, text escaped into <p>…</p> (line breaks kept).
    QString html() const;
};

/// An Atom 1.0 or 0.3 text construct or content element (type text/html/xhtml or a MIME type,
/// Atom 0.3 mode xml/escaped/base64). Unknown non-text types give an absent value.
TextValue atomText(const XmlNode *node);

/// An RSS element's text: HTML when it has child elements or looks like HTML (tags or
/// character references), else text. @p alwaysHtml for elements RSS defines as HTML
/// (description, content:encoded).
TextValue rssText(const XmlNode *node, bool alwaysHtml);

/// A person written as text: "me@example.com (Name)", "Name <me@example.com>", "Name", "me@x".
FeedPerson personFromText(const QString &text);

/// @p html with relative href/src/cite/poster attribute values resolved against @p base
/// (RFC 3986), so that the stored content needs no base. Other markup is left as it is.
QString resolveHtmlUrls(const QString &html, const QUrl &base);

/// Whether @p s contains markup or character references.
bool looksLikeHtml(QStringView s);

} // namespace fi::feed::parse
