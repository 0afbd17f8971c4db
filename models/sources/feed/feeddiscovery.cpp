#include "sources/feed/feeddiscovery.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <mutex>

namespace fi::feed {

namespace {

/// Pages larger than this are cut before parsing: the links live in the head, and the bound
/// keeps the parse's time and memory small whatever the server sent.
constexpr qsizetype kMaxHtmlBytes = 4 * 1024 * 1024;

/// The MIME types that announce a feed with rel="alternate" (RSS Board autodiscovery, RFC 4287
/// §7 for Atom, jsonfeed.org 1.1 "Discovery"). application/json is left out on purpose: pages
/// announce JSON APIs (WordPress' wp-json) with it.
bool isFeedType(const QString &type)
{
    return type == u"application/rss+xml" || type == u"application/atom+xml" || type == u"application/feed+json"
           || type == u"application/rdf+xml" || type == u"application/x.atom+xml"
           || type == u"application/x-atom+xml";
}

/// Types that never are a feed even with rel="feed" (a page, a stylesheet, an image, …).
bool isNonFeedType(const QString &type)
{
    return type.startsWith(u"text/html") || type.startsWith(u"text/css") || type.startsWith(u"image/")
           || type == u"application/xhtml+xml";
}

struct DocFree {
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};

/// An attribute as a QString (libxml2 gives UTF-8 with entities decoded); empty when absent.
QString attribute(xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return {};
    const QString s = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return s;
}

bool hasAttribute(xmlNode *node, const char *name)
{
    return xmlHasProp(node, reinterpret_cast<const xmlChar *>(name)) != nullptr;
}

bool isElement(xmlNode *node, const char *name)
{
    return node->type == XML_ELEMENT_NODE && node->name
           && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar *>(name)) == 0;
}

/// HTML strips ASCII whitespace around URLs (WHATWG URL "valid URL string" in attributes).
QString trimmedUrl(const QString &s)
{
    return s.trimmed();
}

/// Whether the page declares a charset near its start (meta charset / http-equiv, or an XML
/// declaration with an encoding): then libxml2 follows the declaration.
bool declaresCharset(const QByteArray &html)
{
    const QByteArray head = html.left(2048).toLower();
    return head.contains("charset") || (head.startsWith("<?xml") && head.contains("encoding"));
}

/// The parser's encoding: what the page declares, else UTF-8 when the bytes are valid UTF-8
/// (today's default), else libxml2's HTML default (windows-1252/Latin-1).
const char *encodingFor(const QByteArray &html)
{
    if (declaresCharset(html))
        return nullptr;
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)utf8.decode(html);
    return utf8.hasError() ? nullptr : "UTF-8";
}

} // namespace

bool looksLikeHtml(const QByteArray &bytes, const QByteArray &contentType)
{
    // Sniff the start of the body first: a feed served as text/html is still a feed, and an
    // HTML error page served as text/xml is still a page.
    QByteArray head = bytes.left(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    qsizetype i = 0;
    for (;;) {
        while (i < head.size() && QChar::isSpace(uchar(head.at(i))))
            ++i;
        if (head.mid(i, 5) == "<?xml") {
            const qsizetype end = head.indexOf("?>", i);
            if (end < 0)
                break;
            i = end + 2;
        } else if (head.mid(i, 4) == "<!--") {
            const qsizetype end = head.indexOf("-->", i + 4);
            if (end < 0)
                break;
            i = end + 3;
        } else {
            break;
        }
    }
    const QByteArray start = head.mid(i, 16).toLower();
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
        || start.startsWith("<body") || start.startsWith("<meta") || start.startsWith("<title"))
        return true;
    if (start.startsWith("<rss") || start.startsWith("<feed") || start.startsWith("<rdf") || start.startsWith("{")
        || start.startsWith("<channel") || start.startsWith("<!doctype rss"))
        return false;
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    return type == "text/html" || type == "application/xhtml+xml";
}

QList<DiscoveredFeed> discoverFeeds(const QByteArray &html, const QUrl &pageUrl)
{
    static std::once_flag init;
    std::call_once(init, [] { xmlInitParser(); });

    QList<DiscoveredFeed> feeds;
    const QByteArray bytes = html.left(kMaxHtmlBytes);
    if (bytes.isEmpty())
        return feeds;
    const std::unique_ptr<xmlDoc, DocFree> doc(
        htmlReadMemory(bytes.constData(), int(bytes.size()), nullptr, encodingFor(bytes),
                       HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER));
    if (!doc)
        return feeds;

    // One pass in document order, iterative (a deeply nested page cannot exhaust the stack).
    // The first <base href> anywhere sets the base URL for every link (HTML: "the first base
    // element with an href attribute in tree order"), so links are collected first and resolved after.
    struct Link {
        QString href, title, type;
    };
    QList<Link> links;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString baseHref;
    bool haveBase = false;
    for (xmlNode *node = xmlDocGetRootElement(doc.get()); node;) {
        if (node->type == XML_ELEMENT_NODE) {
            if (!haveBase && isElement(node, "base")) {
                if (hasAttribute(node, "href")) {
                    baseHref = trimmedUrl(attribute(node, "href"));
                    haveBase = true;
                }
            } else if (isElement(node, "link")) {
                const QStringList rel =
                    attribute(node, "rel").toLower().split(whitespace, Qt::SkipEmptyParts);
                const QString type = attribute(node, "type").section(u';', 0, 0).trimmed().toLower();
                const QString href = trimmedUrl(attribute(node, "href"));
                const bool alternate = rel.contains(QStringLiteral("alternate")) && isFeedType(type);
                // rel="feed" (HTML5 drafts, still on the web) needs no type, but not a page's.
                const bool feedRel = rel.contains(QStringLiteral("feed")) && !isNonFeedType(type);
                if (!href.isEmpty() && (alternate || feedRel))
                    links.append({href, attribute(node, "title").simplified(), type});
            }
        }
        if (node->children && node->type == XML_ELEMENT_NODE) {
            node = node->children;
            continue;
        }
        while (node && !node->next)
            node = node->parent && node->parent->type == XML_ELEMENT_NODE ? node->parent : nullptr;
        if (node)
            node = node->next;
    }

    QUrl base = pageUrl;
    if (haveBase) {
        const QUrl b = pageUrl.resolved(QUrl(baseHref));
        if (b.isValid() && (b.scheme() == u"http" || b.scheme() == u"https"))
            base = b;
    }
    QSet<QString> seen;
    for (const Link &link : std::as_const(links)) {
        const QUrl url = base.resolved(QUrl(link.href));
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
            continue;
        const QString key = url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        feeds.append({url, link.title, link.type});
    }
    return feeds;
}

} // namespace fi::feed
