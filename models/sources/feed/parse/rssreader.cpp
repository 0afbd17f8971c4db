#include "sources/feed/parse/rssreader.h"

#include "sources/feed/parse/feeddates.h"
#include "sources/feed/parse/feednamespaces.h"
#include "sources/feed/parse/textconstruct.h"

namespace fi::feed::parse {
namespace {

/// RSS elements are in no namespace (0.9x/2.0), in the RSS 1.0 / 0.90 namespace, or in
/// UserLand's RSS 2.0 namespace that some generators set as the default.
bool isRssNs(const QString &ns)
{
    return ns.isEmpty() || ns == ns::kRss10 || ns == ns::kRss090
        || ns == u"http://backend.userland.com/rss2" || ns == u"http://backend.userland.com/rss";
}

bool is(const XmlNode *c, QStringView name)
{
    return c->name == name && isRssNs(c->ns);
}

bool isDc(const XmlNode *c, QStringView name)
{
    return c->name == name && (c->ns == ns::kDc || c->ns == ns::kDcTerms);
}

QString atomAlternate(const XmlNode *c)
{
    if (c->ns != ns::kAtom10 || c->name != u"link")
        return {};
    const QString rel = c->attribute(u"rel").trimmed().toLower();
    if (!rel.isEmpty() && rel != u"alternate")
        return {};
    return resolveUrl(c->base, c->attribute(u"href"));
}

FeedEntry readItem(const XmlNode &item, qint64 nowMs, const FeedPerson &feedAuthor)
{
    FeedEntry e;
    TextValue title;
    TextValue description;
    TextValue encoded;
    QUrl descriptionBase;
    QUrl encodedBase;
    QString guid;
    bool guidIsPermalink = false;
    QString atomLink;
    bool haveAuthor = false;
    const QString about = item.attribute(u"about", ns::kRdf).trimmed();
    for (const XmlNode *c : item.elements()) {
        if (is(c, u"title") || isDc(c, u"title")) {
            if (!title.present)
                title = rssText(c, false);
        } else if (is(c, u"link")) {
            if (e.link.isEmpty())
                e.link = resolveUrl(c->base, c->text());
        } else if (is(c, u"guid")) {
            if (guid.isEmpty()) {
                guid = c->text().trimmed();
                const QString perma = c->attribute(u"isPermaLink").trimmed().toLower();
                guidIsPermalink = perma != u"false";
                if (guidIsPermalink) {
                    const QString url = resolveUrl(c->base, guid);
                    guidIsPermalink = url.startsWith(u"http:") || url.startsWith(u"https:");
                }
            }
        } else if (is(c, u"description") || isDc(c, u"description")) {
            if (!description.present) {
                description = rssText(c, true);
                descriptionBase = c->base;
            }
        } else if (c->ns == ns::kContent && c->name == u"encoded") {
            if (!encoded.present) {
                encoded = rssText(c, true);
                encodedBase = c->base;
            }
        } else if (is(c, u"author") || isDc(c, u"creator") || isDc(c, u"author")) {
            if (!haveAuthor) {
                e.author = personFromText(c->text());
                haveAuthor = !(e.author == FeedPerson());
            }
        } else if (isDc(c, u"contributor")) {
            e.contributors << personFromText(c->text());
        } else if (is(c, u"pubDate") || isDc(c, u"date") || isDc(c, u"issued")
                   || isDc(c, u"created")) {
            if (const qint64 t = parseFeedDate(c->text(), nowMs))
                e.publishedMs = t;
        } else if (isDc(c, u"modified") || (c->ns == ns::kAtom10 && c->name == u"updated")) {
            if (const qint64 t = parseFeedDate(c->text(), nowMs))
                e.updatedMs = t;
        } else if (is(c, u"category") || isDc(c, u"subject")) {
            const QString cat = c->text().simplified();
            if (!cat.isEmpty())
                e.categories << cat;
        } else if (atomLink.isEmpty()) {
            atomLink = atomAlternate(c);
        }
    }
    e.id = !guid.isEmpty() ? guid : about;
    if (e.link.isEmpty())
        e.link = atomLink;
    if (e.link.isEmpty() && guidIsPermalink)
        e.link = resolveUrl(item.base, guid);
    e.title = title.line();
    if (!haveAuthor)
        e.author = feedAuthor;
    e.summary = description.present ? description.plain() : encoded.plain();
    e.contentHtml = encoded.present ? resolveHtmlUrls(encoded.html(), encodedBase)
                                    : resolveHtmlUrls(description.html(), descriptionBase);
    return e;
}

} // namespace

FeedFormat rssFormatOf(const XmlNode &root)
{
    if (root.name == u"rss") {
        const QString v = root.attribute(u"version").trimmed();
        if (v.startsWith(u"0.9") && v != u"0.90")
            return FeedFormat::Rss091;
        if (v == u"0.90")
            return FeedFormat::Rss090;
        return FeedFormat::Rss20;
    }
    if (root.name == u"RDF" && root.ns == ns::kRdf) {
        for (const XmlNode *c : root.elements()) {
            if (c->ns == ns::kRss090)
                return FeedFormat::Rss090;
            if (c->ns == ns::kRss10)
                return FeedFormat::Rss10;
        }
        return FeedFormat::Rss10;
    }
    return FeedFormat::Unknown;
}

void readRss(const XmlNode &root, FeedFormat format, qint64 nowMs, FeedDocument *doc)
{
    doc->format = format;
    const XmlNode *channel = nullptr;
    for (const XmlNode *c : root.elements())
        if (is(c, u"channel")) {
            channel = c;
            break;
        }
    std::vector<const XmlNode *> items;
    TextValue title;
    TextValue description;
    QString atomLink;
    if (channel) {
        for (const XmlNode *c : channel->elements()) {
            if (is(c, u"title") || isDc(c, u"title")) {
                if (!title.present)
                    title = rssText(c, false);
            } else if (is(c, u"link")) {
                if (doc->link.isEmpty())
                    doc->link = resolveUrl(c->base, c->text());
            } else if (is(c, u"description") || isDc(c, u"description")) {
                if (!description.present)
                    description = rssText(c, true);
            } else if (is(c, u"managingEditor") || isDc(c, u"creator")
                       || isDc(c, u"publisher") || is(c, u"webMaster")) {
                if (doc->author == FeedPerson())
                    doc->author = personFromText(c->text());
            } else if (is(c, u"lastBuildDate") || is(c, u"pubDate") || isDc(c, u"date")
                       || isDc(c, u"modified")) {
                if (const qint64 t = parseFeedDate(c->text(), nowMs))
                    doc->updatedMs = qMax(doc->updatedMs, t);
            } else if (is(c, u"item")) {
                items.push_back(c);
            } else if (c->ns == ns::kAtom10 && c->name == u"id") {
                doc->id = c->text().trimmed();
            } else if (atomLink.isEmpty()) {
                atomLink = atomAlternate(c);
            }
        }
    }
    for (const XmlNode *c : root.elements())
        if (is(c, u"item"))
            items.push_back(c);
    if (doc->link.isEmpty())
        doc->link = atomLink;
    doc->title = title.line();
    doc->description = description.plain();
    for (const XmlNode *item : items)
        doc->entries << readItem(*item, nowMs, doc->author);
}

} // namespace fi::feed::parse
