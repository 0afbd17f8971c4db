// OPML 1.0 / 2.0 (http://opml.org/spec2.opml) reading and OPML 2.0 writing of the feed list.
// feedsOf() and importOpml() (which need the feed kind and the store) are in opml/opmlimport.cpp.
#include "sources/feed/opml.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <memory>
#include <vector>

namespace fi::feed {

namespace {

constexpr qint64 kMaxOpmlBytes = 8 * 1024 * 1024;  // far above any real subscription list
constexpr int kMaxOutlines = 10000;
constexpr int kMaxOutlineDepth = 32;

/// The value of attribute @p name, compared case-insensitively (exporters write "xmlUrl",
/// "xmlurl" or "XMLURL"), trimmed.
QString attribute(const QXmlStreamAttributes &attributes, QLatin1StringView name)
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name().compare(name, Qt::CaseInsensitive) == 0)
            return a.value().toString().trimmed();
    return {};
}

/// One open <outline>: a folder (no xmlUrl; its title joins the category of what it holds)
/// or a feed (its children, if any, stay in the enclosing folder).
struct OpenOutline {
    bool folder = false;
    QString title;
};

QString categoryOf(const QList<OpenOutline> &open)
{
    QStringList path;
    for (const OpenOutline &o : open)
        if (o.folder && !o.title.isEmpty())
            path << o.title;
    return path.join(u'/');
}

/// @p text without the characters XML 1.0 cannot carry (C0 controls but tab/CR/LF, lone
/// surrogates, U+FFFE/U+FFFF), so the written document always parses.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF || (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r'))
            continue;
        out.append(c);
    }
    return out;
}

/// A folder of the written document: its feeds and sub-folders in order of first appearance.
struct Folder {
    QString title;
    std::vector<std::unique_ptr<Folder>> folders;
    QList<const OpmlFeed *> feeds;
    /// Order of children: true = the next folder, false = the next feed.
    QList<bool> order;

    Folder *child(const QString &name)
    {
        for (const auto &f : folders)
            if (f->title == name)
                return f.get();
        folders.push_back(std::make_unique<Folder>());
        folders.back()->title = name;
        order.append(true);
        return folders.back().get();
    }
};

void writeFeed(QXmlStreamWriter &w, const OpmlFeed &feed)
{
    w.writeEmptyElement(QStringLiteral("outline"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
    // text is required (OPML 2.0 "Attributes of <outline>"): the URL when the feed has no title.
    const QString text = xmlSafe(feed.title.isEmpty() ? feed.xmlUrl : feed.title);
    w.writeAttribute(QStringLiteral("text"), text);
    w.writeAttribute(QStringLiteral("title"), text);
    w.writeAttribute(QStringLiteral("xmlUrl"), xmlSafe(feed.xmlUrl));
    if (!feed.htmlUrl.isEmpty())
        w.writeAttribute(QStringLiteral("htmlUrl"), xmlSafe(feed.htmlUrl));
}

void writeFolder(QXmlStreamWriter &w, const Folder &folder)
{
    qsizetype nextFolder = 0, nextFeed = 0;
    for (const bool isFolder : folder.order) {
        if (!isFolder) {
            writeFeed(w, *folder.feeds.at(nextFeed++));
            continue;
        }
        const Folder &sub = *folder.folders.at(std::size_t(nextFolder++));
        w.writeStartElement(QStringLiteral("outline"));
        const QString title = xmlSafe(sub.title);
        w.writeAttribute(QStringLiteral("text"), title);
        w.writeAttribute(QStringLiteral("title"), title);
        writeFolder(w, sub);
        w.writeEndElement();
    }
}

} // namespace

std::optional<QList<OpmlFeed>> parseOpml(const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<QList<OpmlFeed>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (bytes.size() > kMaxOpmlBytes)
        return fail(QCoreApplication::translate("fi::feed::Opml", "The file is too large for an OPML subscription list (%1 MB; at most %2 MB).")
                        .arg(bytes.size() / (1024 * 1024))
                        .arg(kMaxOpmlBytes / (1024 * 1024)));

    if (bytes.trimmed().isEmpty())
        return fail(QCoreApplication::translate("fi::feed::Opml", "This is not an OPML file (it is empty)."));
    QXmlStreamReader reader(bytes);
    QList<OpmlFeed> feeds;
    QList<OpenOutline> open;  // the <outline> elements around the current one
    int depth = 0;            // element depth; <opml> = 1, <body> = 2
    int outlines = 0;
    bool sawRoot = false;
    bool sawBody = false;
    bool inBody = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            if (reader.dtdName().compare(QLatin1String("opml"), Qt::CaseInsensitive) != 0)
                return fail(QCoreApplication::translate("fi::feed::Opml", "This is not an OPML file: it is a <!DOCTYPE %1> document.").arg(reader.dtdName().toString()));
            // Entities declared in a DTD could expand without bound ("billion laughs"); OPML
            // needs none, so a document declaring a DTD is refused before any entity is used.
            return fail(QCoreApplication::translate("fi::feed::Opml", "The OPML file declares a DTD; such files are refused (their entities could expand without bound)."));
        case QXmlStreamReader::EntityReference:
            return fail(QCoreApplication::translate("fi::feed::Opml", "The OPML file uses an undeclared entity \"&%1;\".").arg(reader.name().toString()));
        case QXmlStreamReader::StartElement: {
            ++depth;
            if (!sawRoot) {
                sawRoot = true;
                if (reader.name() != QLatin1String("opml"))
                    return fail(QCoreApplication::translate("fi::feed::Opml", "This is not an OPML file: its root element is <%1>, not <opml>.").arg(reader.name().toString()));
                continue;
            }
            if (depth == 2 && reader.name() == QLatin1String("body")) {
                sawBody = inBody = true;
                continue;
            }
            if (!inBody || reader.name() != QLatin1String("outline")) {
                if (depth > kMaxOutlineDepth + 3)
                    return fail(QCoreApplication::translate("fi::feed::Opml", "The OPML file is nested more than %1 levels deep.").arg(kMaxOutlineDepth));
                continue;  // <head> and what other tools add: not ours to read
            }
            if (++outlines > kMaxOutlines)
                return fail(QCoreApplication::translate("fi::feed::Opml", "The OPML file has more than %1 outlines.").arg(kMaxOutlines));
            if (open.size() >= kMaxOutlineDepth)
                return fail(QCoreApplication::translate("fi::feed::Opml", "The OPML file is nested more than %1 levels deep.").arg(kMaxOutlineDepth));
            const QXmlStreamAttributes attributes = reader.attributes();
            QString title = attribute(attributes, QLatin1StringView("text"));
            if (title.isEmpty())
                title = attribute(attributes, QLatin1StringView("title"));
            const QString xmlUrl = attribute(attributes, QLatin1StringView("xmlUrl"));
            OpenOutline outline;
            outline.title = title;
            outline.folder = xmlUrl.isEmpty();
            if (!xmlUrl.isEmpty()) {
                OpmlFeed feed;
                feed.title = title;
                feed.xmlUrl = xmlUrl;
                feed.htmlUrl = attribute(attributes, QLatin1StringView("htmlUrl"));
                feed.category = categoryOf(open);
                feeds.append(feed);
            }
            open.append(outline);
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            if (inBody && reader.name() == QLatin1String("outline") && !open.isEmpty())
                open.removeLast();
            else if (inBody && depth == 1 && reader.name() == QLatin1String("body"))
                inBody = false;
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        if (!sawRoot)
            return fail(QCoreApplication::translate("fi::feed::Opml", "This is not an OPML file (not XML: %1).").arg(reader.errorString()));
        return fail(QCoreApplication::translate("fi::feed::Opml", "The OPML file is not well-formed at line %1, column %2: %3")
                        .arg(reader.lineNumber())
                        .arg(reader.columnNumber())
                        .arg(reader.errorString()));
    }
    if (!sawBody)
        return fail(QCoreApplication::translate("fi::feed::Opml", "The OPML file has no <body>, so it lists no feeds."));
    return feeds;
}

QByteArray writeOpml(const QList<OpmlFeed> &feeds, const QString &title)
{
    Folder root;
    for (const OpmlFeed &feed : feeds) {
        Folder *folder = &root;
        for (const QString &part : feed.category.split(u'/', Qt::SkipEmptyParts))
            folder = folder->child(part.trimmed());
        folder->feeds.append(&feed);
        folder->order.append(false);
    }

    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("opml"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    w.writeStartElement(QStringLiteral("head"));
    w.writeTextElement(QStringLiteral("title"), xmlSafe(title));
    // RFC 822 date-time, as OPML 2.0 asks for dateCreated.
    w.writeTextElement(QStringLiteral("dateCreated"),
                       QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")));
    w.writeEndElement();  // head
    w.writeStartElement(QStringLiteral("body"));
    writeFolder(w, root);
    w.writeEndElement();  // body
    w.writeEndElement();  // opml
    w.writeEndDocument();
    return bytes;
}

} // namespace fi::feed
