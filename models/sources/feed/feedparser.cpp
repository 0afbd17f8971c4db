#include "sources/feed/feedparser.h"

#include "sources/feed/parse/atomreader.h"
#include "sources/feed/parse/feedencoding.h"
#include "sources/feed/parse/jsonfeedreader.h"
#include "sources/feed/parse/rootsniff.h"
#include "sources/feed/parse/rssreader.h"
#include "sources/feed/parse/xmlrepair.h"
#include "sources/feed/parse/xmltree.h"

#include <QCoreApplication>
#include <QLocale>

namespace fi::feed {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fi::feed::FeedParser", text);
}

FeedParseResult failure(const QString &error, const parse::DecodedFeed *decoded = nullptr)
{
    FeedParseResult r;
    r.ok = false;
    r.wellFormed = false;
    r.error = error;
    if (decoded) {
        r.encoding = decoded->encoding;
        r.warnings = decoded->warnings;
    }
    return r;
}

void applyEntryLimit(const FeedLimits &limits, FeedParseResult *r)
{
    const int max = qMax(0, limits.maxEntries);
    if (r->document.entries.size() <= max)
        return;
    const qsizetype dropped = r->document.entries.size() - max;
    r->document.entries.resize(max);
    r->wellFormed = false;
    r->warnings << tr("The feed has more than %1 entries; %2 were left out.")
                       .arg(max)
                       .arg(dropped);
}

FeedParseResult parseJson(const FeedParseInput &input, const parse::DecodedFeed &decoded)
{
    FeedParseResult r;
    r.encoding = decoded.encoding;
    r.warnings = decoded.warnings;
    QByteArray utf8 = decoded.utf8Bytes.isNull() ? decoded.text.toUtf8() : decoded.utf8Bytes;
    if (utf8.startsWith("\xEF\xBB\xBF"))
        utf8.remove(0, 3); // QJsonDocument does not skip a BOM
    switch (parse::readJsonFeed(utf8, input.url, input.nowMs, input.limits.maxDepth,
                                &r.document)) {
    case parse::JsonFeedStatus::NotJson:
        return failure(tr("This is not a feed: the document is not valid JSON."), &decoded);
    case parse::JsonFeedStatus::NotJsonFeed:
        return failure(tr("This is not a feed: the JSON document is not a JSON Feed."), &decoded);
    case parse::JsonFeedStatus::TooDeep:
        return failure(tr("The feed was refused: it is nested more than %1 levels deep.")
                           .arg(input.limits.maxDepth),
                       &decoded);
    case parse::JsonFeedStatus::Ok:
        break;
    }
    r.ok = true;
    r.wellFormed = decoded.clean;
    return r;
}

FeedParseResult parseXml(const FeedParseInput &input, const parse::DecodedFeed &decoded,
                         const QString &rootName)
{
    parse::XmlTree tree = decoded.utf8Bytes.isNull()
        ? parse::readXmlTree(decoded.text, input.url, input.limits.maxDepth)
        : parse::readXmlTree(decoded.utf8Bytes, input.url, input.limits.maxDepth);
    if (!tree.root && !tree.wellFormed && !decoded.utf8Bytes.isNull()) // e.g. a bad declaration
        tree = parse::readXmlTree(parse::fullText(decoded), input.url, input.limits.maxDepth);
    if (!tree.wellFormed && !tree.declaresEntities && !tree.tooDeep) {
        // HTML entities without a DTD, or an undeclared prefix, stop the parse at once; read
        // the document again with those repaired (it stays "not well-formed").
        const QString repaired = parse::repairXml(parse::fullText(decoded), rootName);
        if (!repaired.isNull()) {
            parse::XmlTree second = parse::readXmlTree(repaired, input.url, input.limits.maxDepth);
            if (second.declaresEntities || second.tooDeep || second.root) {
                const QString firstError = tree.errorText;
                const qint64 firstLine = tree.errorLine;
                tree = std::move(second);
                tree.wellFormed = false;
                tree.errorText = firstError;
                tree.errorLine = firstLine;
            }
        }
    }
    if (tree.declaresEntities)
        return failure(tr("The feed was refused: it declares XML entities, which feeds do not "
                          "need and which can expand without bound."),
                       &decoded);
    if (tree.tooDeep)
        return failure(tr("The feed was refused: it is nested more than %1 levels deep.")
                           .arg(input.limits.maxDepth),
                       &decoded);
    if (!tree.root) {
        return failure(tr("This is not a feed: the XML cannot be read (%1, line %2).")
                           .arg(tree.errorText)
                           .arg(tree.errorLine),
                       &decoded);
    }
    FeedParseResult r;
    r.encoding = decoded.encoding;
    r.warnings = decoded.warnings;
    const parse::XmlNode &root = *tree.root;
    if (const FeedFormat rss = parse::rssFormatOf(root); rss != FeedFormat::Unknown) {
        parse::readRss(root, rss, input.nowMs, &r.document);
    } else if (parse::isAtomRoot(root)) {
        parse::readAtom(root, input.nowMs, &r.document);
    } else if (root.name.compare(u"html", Qt::CaseInsensitive) == 0) {
        return failure(tr("This is an HTML page, not a feed."), &decoded);
    } else {
        return failure(tr("This is not a feed: the XML document's root element is <%1>.")
                           .arg(root.qname),
                       &decoded);
    }
    r.ok = true;
    r.wellFormed = decoded.clean && tree.wellFormed;
    if (!tree.wellFormed)
        r.warnings << tr("The feed is not well-formed XML (%1, line %2); what came before the "
                         "error was read.")
                          .arg(tree.errorText)
                          .arg(tree.errorLine);
    return r;
}

} // namespace

FeedParseResult parseFeed(const FeedParseInput &input)
{
    if (input.bytes.size() > input.limits.maxBytes)
        return failure(tr("The feed was refused: it is larger than %1.")
                           .arg(QLocale().formattedDataSize(input.limits.maxBytes)));
    const parse::DecodedFeed decoded = parse::decodeFeed(input.bytes, input.contentType);
    QString rootName;
    FeedParseResult r;
    switch (parse::sniffDocument(parse::headText(decoded, 64 * 1024), &rootName)) {
    case parse::Sniffed::Empty:
        return failure(tr("This is not a feed: the document is empty."), &decoded);
    case parse::Sniffed::Html:
        return failure(tr("This is an HTML page, not a feed."), &decoded);
    case parse::Sniffed::Other:
        return failure(tr("This is not a feed: the document is neither XML nor JSON."), &decoded);
    case parse::Sniffed::Json:
        r = parseJson(input, decoded);
        break;
    case parse::Sniffed::Xml:
        r = parseXml(input, decoded, rootName);
        break;
    }
    if (r.ok)
        applyEntryLimit(input.limits, &r);
    return r;
}

} // namespace fi::feed
