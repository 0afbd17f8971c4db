#include "sources/feed/parse/atomreader.h"

#include "sources/feed/parse/feeddates.h"
#include "sources/feed/parse/feednamespaces.h"
#include "sources/feed/parse/textconstruct.h"

namespace fi::feed::parse {
namespace {

struct Context {
    QString ns; ///< The document's Atom namespace.
    qint64 nowMs = 0;
};

FeedPerson readPerson(const XmlNode &node, const Context &cx)
{
    FeedPerson p;
    for (const XmlNode *c : node.elements()) {
        if (c->ns != cx.ns)
            continue;
        if (c->name == u"name")
            p.name = c->text().simplified();
        else if (c->name == u"email")
            p.email = c->text().trimmed();
        else if (c->name == u"uri" || c->name == u"url" || c->name == u"homepage")
            p.uri = resolveUrl(c->base, c->text());
    }
    if (!node.hasElementChildren()) // a bare string is a name (seen in the wild)
        p = personFromText(node.text());
    return p;
}

struct LinkChoice {
    QString href;
    int score = -1;
};

/// rel alternate (or none) wins; among alternates, an HTML page before other types.
void considerLink(const XmlNode &link, LinkChoice *choice)
{
    const QString rel = link.attribute(u"rel").trimmed().toLower();
    if (!rel.isEmpty() && rel != u"alternate" && rel != u"http://www.iana.org/assignments/relation/alternate")
        return;
    QString href = link.attribute(u"href");
    if (!link.hasAttribute(u"href"))
        href = link.text(); // Atom 0.3 drafts put the URL in the content
    href = resolveUrl(link.base, href);
    if (href.isEmpty())
        return;
    const QString type = link.attribute(u"type").trimmed().toLower();
    const int score = (type.isEmpty() || type == u"text/html" || type == u"application/xhtml+xml")
        ? 2 : 1;
    if (score > choice->score) {
        choice->href = href;
        choice->score = score;
    }
}

qint64 dateOf(const XmlNode &node, const Context &cx)
{
    return parseFeedDate(node.text(), cx.nowMs);
}

FeedEntry readEntry(const XmlNode &entry, const Context &cx, const FeedPerson &feedAuthor)
{
    FeedEntry e;
    LinkChoice link;
    TextValue summary;
    TextValue content;
    bool haveAuthor = false;
    qint64 issued = 0;
    qint64 created = 0;
    QString contentSrc;
    for (const XmlNode *c : entry.elements()) {
        if (c->ns != cx.ns)
            continue;
        const QString &n = c->name;
        if (n == u"id") {
            if (e.id.isEmpty())
                e.id = c->text().trimmed();
        } else if (n == u"title") {
            if (e.title.isEmpty())
                e.title = atomText(c).line();
        } else if (n == u"link") {
            considerLink(*c, &link);
        } else if (n == u"author") {
            if (!haveAuthor) {
                e.author = readPerson(*c, cx);
                haveAuthor = true;
            }
        } else if (n == u"contributor") {
            e.contributors << readPerson(*c, cx);
        } else if (n == u"published") {
            if (const qint64 t = dateOf(*c, cx))
                e.publishedMs = t;
        } else if (n == u"issued") {
            if (const qint64 t = dateOf(*c, cx))
                issued = t;
        } else if (n == u"created") {
            if (const qint64 t = dateOf(*c, cx))
                created = t;
        } else if (n == u"updated" || n == u"modified") {
            if (const qint64 t = dateOf(*c, cx))
                e.updatedMs = t;
        } else if (n == u"summary") {
            if (!summary.present)
                summary = atomText(c);
        } else if (n == u"content") {
            if (!content.present) {
                content = atomText(c);
                if (c->hasAttribute(u"src")) // out-of-line content (RFC 4287 §4.1.3.2)
                    contentSrc = resolveUrl(c->base, c->attribute(u"src"));
            }
        } else if (n == u"category") {
            QString label = c->attribute(u"label").simplified();
            if (label.isEmpty())
                label = c->attribute(u"term").simplified();
            if (label.isEmpty())
                label = c->text().simplified();
            if (!label.isEmpty())
                e.categories << label;
        } else if (n == u"source" && !haveAuthor) {
            if (const XmlNode *a = c->child(u"author", cx.ns)) {
                e.author = readPerson(*a, cx);
                haveAuthor = true;
            }
        }
    }
    // Atom 0.3: issued is the publication time (the later element wins, like published).
    if (!e.publishedMs)
        e.publishedMs = issued ? issued : created;
    e.link = link.href.isEmpty() ? contentSrc : link.href;
    if (!haveAuthor)
        e.author = feedAuthor;
    e.summary = summary.present ? summary.plain() : content.plain();
    const XmlNode *contentNode = entry.child(u"content", cx.ns);
    const XmlNode *htmlNode = content.present ? contentNode : entry.child(u"summary", cx.ns);
    e.contentHtml = content.present ? content.html() : summary.html();
    if (htmlNode)
        e.contentHtml = resolveHtmlUrls(e.contentHtml, htmlNode->base);
    return e;
}

} // namespace

bool isAtomRoot(const XmlNode &root)
{
    return root.name == u"feed";
}

void readAtom(const XmlNode &root, qint64 nowMs, FeedDocument *doc)
{
    Context cx;
    cx.ns = root.ns;
    cx.nowMs = nowMs;
    doc->format = root.ns == ns::kAtom10 ? FeedFormat::Atom10 : FeedFormat::Atom03;
    LinkChoice link;
    std::vector<const XmlNode *> entries;
    for (const XmlNode *c : root.elements()) {
        if (c->ns != cx.ns)
            continue;
        const QString &n = c->name;
        if (n == u"title") {
            if (doc->title.isEmpty())
                doc->title = atomText(c).line();
        } else if (n == u"subtitle" || n == u"tagline") {
            if (doc->description.isEmpty())
                doc->description = atomText(c).plain();
        } else if (n == u"id") {
            if (doc->id.isEmpty())
                doc->id = c->text().trimmed();
        } else if (n == u"link") {
            considerLink(*c, &link);
        } else if (n == u"author") {
            if (doc->author == FeedPerson())
                doc->author = readPerson(*c, cx);
        } else if (n == u"updated" || n == u"modified") {
            if (const qint64 t = parseFeedDate(c->text(), nowMs))
                doc->updatedMs = t;
        } else if (n == u"entry") {
            entries.push_back(c);
        }
    }
    doc->link = link.href;
    for (const XmlNode *e : entries)
        doc->entries << readEntry(*e, cx, doc->author);
}

} // namespace fi::feed::parse
