#include "sources/feed/parse/jsonfeedreader.h"

#include "sources/feed/parse/feeddates.h"
#include "sources/feed/parse/textconstruct.h"
#include "sources/feed/parse/xmltree.h"

#include "mime/htmltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fi::feed::parse {
namespace {

int depthOf(const QJsonValue &v, int limit)
{
    if (limit < 0)
        return 1;
    int deepest = 0;
    if (v.isArray()) {
        for (const QJsonValue &c : v.toArray())
            deepest = qMax(deepest, depthOf(c, limit - 1));
        return deepest + 1;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            deepest = qMax(deepest, depthOf(it.value(), limit - 1));
        return deepest + 1;
    }
    return 0;
}

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble()) // ids are strings by the spec; numbers are common
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

FeedPerson personOf(const QJsonValue &v, const QUrl &base)
{
    FeedPerson p;
    if (!v.isObject())
        return p;
    const QJsonObject o = v.toObject();
    p.name = str(o, "name").simplified();
    p.uri = resolveUrl(base, str(o, "url"));
    if (p.uri.startsWith(u"mailto:", Qt::CaseInsensitive)) {
        p.email = p.uri.mid(7);
        p.uri.clear();
    }
    return p;
}

FeedPerson firstAuthor(const QJsonObject &o, const QUrl &base)
{
    const QJsonArray authors = o.value(QLatin1String("authors")).toArray();
    for (const QJsonValue &a : authors) {
        const FeedPerson p = personOf(a, base);
        if (!(p == FeedPerson()))
            return p;
    }
    return personOf(o.value(QLatin1String("author")), base);
}

QString htmlToLine(const QString &s)
{
    return looksLikeHtml(s) ? mime::htmlToText(s).simplified() : s.simplified();
}

} // namespace

JsonFeedStatus readJsonFeed(const QByteArray &utf8, const QUrl &url, qint64 nowMs, int maxDepth,
                            FeedDocument *doc)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return JsonFeedStatus::NotJson;
    const QJsonObject root = json.object();
    if (!str(root, "version").startsWith(u"https://jsonfeed.org/version/")
        && !str(root, "version").startsWith(u"http://jsonfeed.org/version/"))
        return JsonFeedStatus::NotJsonFeed;
    if (depthOf(root, maxDepth) > maxDepth)
        return JsonFeedStatus::TooDeep;

    doc->format = FeedFormat::JsonFeed;
    const QString feedUrl = resolveUrl(url, str(root, "feed_url"));
    const QUrl base = url.isEmpty() ? QUrl(feedUrl) : url;
    doc->title = htmlToLine(str(root, "title"));
    doc->link = resolveUrl(base, str(root, "home_page_url"));
    doc->description = str(root, "description").trimmed();
    doc->id = feedUrl;
    doc->author = firstAuthor(root, base);
    for (const QJsonValue &v : root.value(QLatin1String("items")).toArray()) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        FeedEntry e;
        e.id = str(o, "id").trimmed();
        e.link = resolveUrl(base, str(o, "url"));
        if (e.link.isEmpty())
            e.link = resolveUrl(base, str(o, "external_url"));
        e.title = htmlToLine(str(o, "title"));
        e.author = firstAuthor(o, base);
        if (e.author == FeedPerson())
            e.author = doc->author;
        e.publishedMs = parseFeedDate(str(o, "date_published"), nowMs);
        e.updatedMs = parseFeedDate(str(o, "date_modified"), nowMs);
        const QString html = str(o, "content_html");
        const QString plain = str(o, "content_text");
        TextValue content;
        if (!html.isEmpty())
            content = {html, true, true};
        else if (!plain.isEmpty())
            content = {plain, false, true};
        e.contentHtml = resolveHtmlUrls(content.html(), base);
        const QString summary = str(o, "summary");
        e.summary = !summary.isEmpty() ? htmlToLine(summary) : content.plain();
        for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray())
            if (t.isString() && !t.toString().trimmed().isEmpty())
                e.categories << t.toString().simplified();
        doc->entries << e;
    }
    return JsonFeedStatus::Ok;
}

} // namespace fi::feed::parse
