#include "htmlsanitizer.h"

#include <QHash>
#include <QSet>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <mutex>

namespace fi::mime {

namespace {

/// Elements (kept or not) nest at most this deep; deeper content keeps only its text, walked
/// without recursion. QTextDocument's importer and layout recurse on nesting too, and no real
/// entry needs more.
constexpr int kMaxDepth = 48;
/// At most this many elements are written; past it, only text (tables of a million cells
/// would stall QTextDocument's layout for minutes).
constexpr int kMaxElements = 20000;
/// Width/height/span values beyond these are dropped (a 100000-pixel image is a layout bomb).
constexpr int kMaxImageSide = 2048;
constexpr int kMaxSpan = 100;
/// At most this many <img> are written (more become their alt text).
constexpr int kMaxImages = 200;
/// QTextDocument lays out nested tables in time that grows steeply with their depth (16 levels
/// take seconds) and wide or large tables slowly: tables nested deeper than this, with more
/// columns in a row, or past the cell budget are written as plain blocks (rows and cells as
/// <div>s and text).
constexpr int kMaxTableDepth = 3;
constexpr int kMaxTableColumns = 64;
constexpr int kMaxTableCells = 2000;

bool isTablePart(const QByteArray &name)
{
    return name == "table" || name == "thead" || name == "tbody" || name == "tfoot" || name == "tr"
        || name == "td" || name == "th" || name == "caption";
}

/// What happens to an element.
enum class Rule {
    Keep,     ///< Written with its allowed attributes.
    Unwrap,   ///< Tag dropped, children kept (unknown or presentational markup).
    Block,    ///< Rewritten as <div> (sectioning elements QTextDocument does not know).
    Drop,     ///< Dropped with everything inside, counts as active content.
    /// Dropped, counts as active content; void in HTML 5, but libxml2 2.9's HTML 4 tables
    /// give some of them children, which are really the elements after it: those are kept.
    DropVoid,
    DropQuiet ///< Dropped with everything inside, harmless (<title>, comments' kin).
};

struct ElementRule {
    Rule rule = Rule::Unwrap;
    bool isVoid = false;  ///< No end tag (br, hr, img).
};

const QHash<QByteArray, ElementRule> &elementRules()
{
    static const QHash<QByteArray, ElementRule> rules = [] {
        QHash<QByteArray, ElementRule> r;
        for (const char *name : {"p", "blockquote", "pre", "code", "tt", "kbd", "samp", "var", "h1", "h2",
                                 "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
                                 "tbody", "tfoot", "tr", "td", "th", "caption", "b", "strong", "i", "em",
                                 "u", "s", "strike", "del", "ins", "sub", "sup", "small", "big", "a", "cite",
                                 "q", "abbr", "dfn", "mark", "div", "span", "center"})
            r.insert(name, {Rule::Keep, false});
        for (const char *name : {"br", "hr", "img"})
            r.insert(name, {Rule::Keep, true});
        for (const char *name : {"article", "section", "header", "footer", "main", "aside", "nav", "figure",
                                 "figcaption", "details", "summary", "address", "hgroup"})
            r.insert(name, {Rule::Block, false});
        // Everything that runs, loads, submits or draws on its own, with its contents.
        for (const char *name : {"script", "style", "iframe", "frame", "frameset", "object", "applet", "form",
                                 "button", "select", "option", "optgroup", "textarea", "label", "fieldset",
                                 "legend", "datalist", "output", "svg", "math", "noscript", "template",
                                 "audio", "video", "canvas", "map", "picture", "portal", "dialog", "noembed",
                                 "noframes", "marquee", "blink", "layer", "ilayer", "xml", "slot"})
            r.insert(name, {Rule::Drop, false});
        for (const char *name : {"embed", "param", "source", "track", "area", "input", "keygen", "link", "meta",
                                 "base", "bgsound", "image"})
            r.insert(name, {Rule::DropVoid, true});
        r.insert("title", {Rule::DropQuiet, false});
        return r;
    }();
    return rules;
}

/// Removes what browsers ignore inside URLs (tab, CR, LF anywhere; C0 controls and spaces at
/// the ends), so "java\tscript:" is seen as the scheme it is (WHATWG URL, "basic URL parser").
QString cleanUrlText(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    for (const QChar c : raw) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            continue;
        out.append(c);
    }
    qsizetype begin = 0, end = out.size();
    while (begin < end && out.at(begin).unicode() <= 0x20)
        ++begin;
    while (end > begin && out.at(end - 1).unicode() <= 0x20)
        --end;
    return out.mid(begin, end - begin);
}

enum class UrlUse { Link, Image };

/// The absolute URL @p raw names, resolved against @p base, or an empty QUrl when it is not
/// allowed for @p use: links http, https (with a host) and mailto; images http and https only.
QUrl checkedUrl(const QString &raw, const QUrl &base, UrlUse use)
{
    const QString text = cleanUrlText(raw);
    if (text.isEmpty() || text.size() > 8192)
        return {};
    QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    if (url.isRelative()) {
        if (!base.isValid() || base.isRelative())
            return {};
        url = base.resolved(url);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return url.host().isEmpty() ? QUrl() : url;
    if (use == UrlUse::Link && scheme == QLatin1String("mailto") && !url.path().isEmpty())
        return url;
    return {};
}

QString attrValue(const xmlAttr *attr)
{
    QString value;
    for (const xmlNode *child = attr->children; child; child = child->next) {
        if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content)
            value += QString::fromUtf8(reinterpret_cast<const char *>(child->content));
    }
    return value;
}

QByteArray lowerName(const xmlChar *name)
{
    return name ? QByteArray(reinterpret_cast<const char *>(name)).toLower() : QByteArray();
}

/// A small non-negative integer attribute value within [min, max], else nullopt.
std::optional<int> boundedInt(const QString &value, int min, int max)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

QString textOf(const xmlNode *node)
{
    return node->content ? QString::fromUtf8(reinterpret_cast<const char *>(node->content)) : QString();
}

/// Cells (each weighted by the area its colspan × rowspan covers) and widest row of @p table,
/// not counting tables nested in it (they are judged on their own). Walked without recursion.
struct TableShape {
    int cells = 0;
    int maxColumns = 0;
};

TableShape shapeOf(const xmlNode *table)
{
    TableShape shape;
    const xmlNode *node = table->children;
    QHash<const xmlNode *, int> columns;  // row → cells
    while (node) {
        bool descend = false;
        if (node->type == XML_ELEMENT_NODE) {
            const QByteArray name = node->name ? QByteArray(reinterpret_cast<const char *>(node->name)).toLower()
                                               : QByteArray();
            if (name == "td" || name == "th") {
                int area = 1;
                for (const xmlAttr *attr = node->properties; attr; attr = attr->next) {
                    const QByteArray attrName = lowerName(attr->name);
                    if (attrName == "colspan" || attrName == "rowspan")
                        area *= boundedInt(attrValue(attr), 1, kMaxSpan).value_or(1);
                }
                shape.cells += area;
                if (node->parent) {
                    const int n = ++columns[node->parent];
                    shape.maxColumns = std::max(shape.maxColumns, n);
                }
            }
            descend = name != "table" && node->children;
        }
        if (descend) {
            node = node->children;
            continue;
        }
        while (node && !node->next) {
            node = node->parent;
            if (node == table)
                return shape;
        }
        if (node)
            node = node->next;
    }
    return shape;
}

class Writer {
public:
    Writer(const SanitizeOptions &options, SanitizedHtml &result) : m_options(options), m_result(result) {}

    void children(const xmlNode *first, int depth)
    {
        for (const xmlNode *node = first; node; node = node->next)
            this->node(node, depth);
    }

private:
    void node(const xmlNode *node, int depth)
    {
        switch (node->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            m_out += textOf(node).toHtmlEscaped();
            return;
        case XML_ELEMENT_NODE:
            element(node, depth);
            return;
        default:  // comments, processing instructions, DTD nodes: nothing of them is shown
            return;
        }
    }

    void element(const xmlNode *node, int depth)
    {
        const QByteArray name = lowerName(node->name);
        const auto it = elementRules().constFind(name);
        const ElementRule rule = it == elementRules().constEnd() ? ElementRule{} : *it;
        if (rule.rule == Rule::Drop) {
            m_result.removedActiveContent = true;
            return;
        }
        if (rule.rule == Rule::DropQuiet)
            return;
        if (rule.rule == Rule::DropVoid) {
            m_result.removedActiveContent = true;
            children(node->children, depth + 1);
            return;
        }
        if (name == "img") {
            image(node);
            return;
        }
        const bool overBudget = depth >= kMaxDepth || m_elements >= kMaxElements;
        if (!overBudget && rule.rule == Rule::Keep && isTablePart(name) && tablePart(node, name, depth))
            return;
        if (rule.rule == Rule::Unwrap || overBudget) {
            if (overBudget)
                plainText(node->children);
            else
                children(node->children, depth + 1);
            if (overBudget && !rule.isVoid)
                m_out += u' ';
            return;
        }
        ++m_elements;
        const QByteArray tag = rule.rule == Rule::Block ? QByteArray("div") : name;
        QString attrs;
        if (name == "a") {
            if (!link(node, attrs)) {  // no usable target: the text stays, the link goes
                children(node->children, depth);
                return;
            }
        } else {
            layoutAttributes(node, name, attrs);
        }
        m_out += u'<' + QString::fromLatin1(tag) + attrs + u'>';
        if (rule.isVoid)
            return;
        children(node->children, depth + 1);
        m_out += QStringLiteral("</") + QString::fromLatin1(tag) + u'>';
    }

    /// Tables past the limits become blocks: @return true when @p node was written that way.
    bool tablePart(const xmlNode *node, const QByteArray &name, int depth)
    {
        if (name == "table" && m_flatTables == 0) {
            const TableShape shape = shapeOf(node);
            if (m_tableDepth < kMaxTableDepth && shape.maxColumns <= kMaxTableColumns
                && shape.cells <= kMaxTableCells - m_cells) {
                m_cells += shape.cells;
                ++m_tableDepth;
                ++m_elements;
                QString attrs;
                layoutAttributes(node, name, attrs);
                m_out += QStringLiteral("<table") + attrs + u'>';
                children(node->children, depth + 1);
                m_out += QStringLiteral("</table>");
                --m_tableDepth;
                return true;
            }
        }
        if (m_flatTables == 0 && name != "table")
            return false;  // a part of a table written as a table
        ++m_flatTables;
        ++m_elements;
        if (name == "td" || name == "th") {
            children(node->children, depth + 1);
            m_out += u' ';
        } else {
            m_out += QStringLiteral("<div>");
            children(node->children, depth + 1);
            m_out += QStringLiteral("</div>");
        }
        --m_flatTables;
        return true;
    }

    /// <a href>: only a checked absolute URL; @return false without one.
    bool link(const xmlNode *node, QString &attrs)
    {
        bool hadHref = false;
        for (const xmlAttr *attr = node->properties; attr; attr = attr->next) {
            const QByteArray attrName = lowerName(attr->name);
            if (attrName == "href") {
                hadHref = true;
                const QUrl url = checkedUrl(attrValue(attr), m_options.baseUrl, UrlUse::Link);
                if (url.isEmpty()) {
                    m_result.removedActiveContent = true;
                    return false;
                }
                attrs += QStringLiteral(" href=\"%1\"").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped());
            } else if (attrName == "title") {
                attrs += QStringLiteral(" title=\"%1\"").arg(attrValue(attr).toHtmlEscaped());
            } else if (attrName.startsWith("on")) {
                m_result.removedActiveContent = true;
            }
        }
        return hadHref && attrs.contains(QLatin1String(" href="));
    }

    void layoutAttributes(const xmlNode *node, const QByteArray &name, QString &attrs)
    {
        const bool cell = name == "td" || name == "th";
        for (const xmlAttr *attr = node->properties; attr; attr = attr->next) {
            const QByteArray attrName = lowerName(attr->name);
            const QString value = attrValue(attr);
            if (attrName.startsWith("on")) {
                m_result.removedActiveContent = true;
            } else if (cell && (attrName == "colspan" || attrName == "rowspan")) {
                if (const auto n = boundedInt(value, 1, kMaxSpan))
                    attrs += QStringLiteral(" %1=\"%2\"").arg(QString::fromLatin1(attrName)).arg(*n);
            } else if (name == "ol" && attrName == "start") {
                if (const auto n = boundedInt(value, 0, 1000000))
                    attrs += QStringLiteral(" start=\"%1\"").arg(*n);
            } else if (name == "table" && (attrName == "border" || attrName == "cellpadding"
                                           || attrName == "cellspacing")) {
                if (const auto n = boundedInt(value, 0, 20))
                    attrs += QStringLiteral(" %1=\"%2\"").arg(QString::fromLatin1(attrName)).arg(*n);
            } else if (attrName == "align" && (cell || name == "p" || name == "div" || name.startsWith('h'))) {
                const QString a = value.trimmed().toLower();
                if (a == QLatin1String("left") || a == QLatin1String("right") || a == QLatin1String("center")
                    || a == QLatin1String("justify"))
                    attrs += QStringLiteral(" align=\"%1\"").arg(a);
            } else if (attrName == "title" || attrName == "abbr") {
                if (name == "abbr" || name == "dfn")
                    attrs += QStringLiteral(" title=\"%1\"").arg(value.toHtmlEscaped());
            }
        }
    }

    void image(const xmlNode *node)
    {
        QString alt, src, size;
        bool hadSrc = false;
        for (const xmlAttr *attr = node->properties; attr; attr = attr->next) {
            const QByteArray attrName = lowerName(attr->name);
            if (attrName == "alt") {
                alt = attrValue(attr).simplified();
            } else if (attrName == "src") {
                hadSrc = true;
                src = attrValue(attr);
            } else if (attrName == "width" || attrName == "height") {
                if (const auto n = boundedInt(attrValue(attr), 1, kMaxImageSide))
                    size += QStringLiteral(" %1=\"%2\"").arg(QString::fromLatin1(attrName)).arg(*n);
            } else if (attrName.startsWith("on") || attrName == "srcset") {
                m_result.removedActiveContent = true;
            }
        }
        const QUrl url = hadSrc ? checkedUrl(src, m_options.baseUrl, UrlUse::Image) : QUrl();
        if (url.isEmpty()) {
            if (hadSrc)
                m_result.removedActiveContent = true;  // data:, file:, javascript:, relative to nothing
        } else if (!m_seenImages.contains(url)) {
            m_seenImages.insert(url);
            m_result.remoteImages.append(url);
        }
        if (!url.isEmpty() && m_options.allowRemoteImages && m_elements < kMaxElements && m_images < kMaxImages) {
            ++m_elements;
            ++m_images;
            m_out += QStringLiteral("<img src=\"%1\" alt=\"%2\"%3>")
                         .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), alt.toHtmlEscaped(), size);
        } else if (!alt.isEmpty()) {
            m_out += QStringLiteral("[%1]").arg(alt.toHtmlEscaped());
        }
    }

    /// The text below @p first without any markup, walked without recursion (a document may
    /// nest a million elements), skipping what Drop would drop.
    void plainText(const xmlNode *first)
    {
        const xmlNode *node = first;
        if (!node)
            return;
        const xmlNode *stop = first->parent;
        while (node) {
            bool descend = false;
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                m_out += textOf(node).toHtmlEscaped();
            } else if (node->type == XML_ELEMENT_NODE) {
                const auto it = elementRules().constFind(lowerName(node->name));
                const bool dropped = it != elementRules().constEnd()
                    && (it->rule == Rule::Drop || it->rule == Rule::DropQuiet);
                if (it != elementRules().constEnd() && (it->rule == Rule::Drop || it->rule == Rule::DropVoid))
                    m_result.removedActiveContent = true;
                descend = !dropped && node->children;
                if (!dropped && lowerName(node->name) == "img")
                    image(node);
            }
            if (descend) {
                node = node->children;
                continue;
            }
            while (node && !node->next) {
                node = node->parent;
                if (node == stop)
                    return;
            }
            if (node)
                node = node->next;
        }
    }

    const SanitizeOptions &m_options;
    SanitizedHtml &m_result;
    QString &m_out = m_result.html;
    int m_elements = 0;
    int m_images = 0;      ///< <img> written.
    int m_cells = 0;       ///< Cells of the tables written as tables.
    int m_tableDepth = 0;  ///< Tables written as tables around the current node.
    int m_flatTables = 0;  ///< > 0 inside a table written as blocks.
    QSet<QUrl> m_seenImages;
};

struct DocFree {
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};

void initLibxml()
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

} // namespace

SanitizedHtml sanitizeHtml(const QString &html, const SanitizeOptions &options)
{
    SanitizedHtml result;
    QString input = html;
    if (options.maxInputChars >= 0 && input.size() > options.maxInputChars) {
        qsizetype cut = options.maxInputChars;
        if (cut > 0 && input.at(cut - 1).isHighSurrogate())
            --cut;
        input.truncate(cut);
    }
    const QByteArray utf8 = input.toUtf8();
    if (utf8.trimmed().isEmpty())
        return result;
    initLibxml();
    // NONET: no DTD or entity is ever fetched. Not NOIMPLIED: libxml2 2.9 then nests every
    // later top-level node inside the first one; the implied html/head/body are unwrapped.
    // The encoding is named, so a <meta charset> in the content cannot switch it.
    const int parseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
        | HTML_PARSE_NONET | HTML_PARSE_COMPACT;
    std::unique_ptr<xmlDoc, DocFree> doc(
        htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8", parseOptions));
    if (!doc) {
        result.html = input.toHtmlEscaped();
        return result;
    }
    Writer(options, result).children(doc->children, 0);
    return result;
}

} // namespace fi::mime
