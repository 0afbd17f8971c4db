#include "sources/feed/parse/xmltree.h"

#include "mime/htmltext.h"

#include <QXmlStreamReader>

namespace fi::feed::parse {
namespace {

const QString kXmlNs = QStringLiteral("http://www.w3.org/XML/1998/namespace");

void escapeInto(QString &out, QStringView text, bool attribute)
{
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"; break;
        case u'<': out += u"&lt;"; break;
        case u'>': out += u"&gt;"; break;
        case u'"':
            if (attribute) {
                out += u"&quot;";
                break;
            }
            Q_FALLTHROUGH();
        default: out += c;
        }
    }
}

QString htmlEntity(QStringView name)
{
    if (name == u"nbsp")
        return QString(QChar(0xA0));
    const QString ref = u'&' + name.toString() + u';';
    const QString text = mime::htmlToText(u'x' + ref + u'x');
    if (text.size() >= 2 && text.startsWith(u'x') && text.endsWith(u'x'))
        return text.mid(1, text.size() - 2);
    return ref;
}

bool isUrlAttribute(QStringView name)
{
    return name == u"href" || name == u"src" || name == u"cite" || name == u"poster";
}

void serialize(const XmlNode &node, QString &out, int depth)
{
    out += u'<';
    out += node.name;
    for (const QXmlStreamAttribute &a : node.attributes) {
        if (a.namespaceUri() == kXmlNs || a.qualifiedName().startsWith(u"xmlns"))
            continue;
        out += u' ';
        out += a.name();
        out += u"=\"";
        if (isUrlAttribute(a.name()))
            escapeInto(out, resolveUrl(node.base, a.value().toString()), true);
        else
            escapeInto(out, a.value(), true);
        out += u'"';
    }
    if (node.children.empty()) {
        out += u" />";
        return;
    }
    out += u'>';
    for (const XmlNode::Child &c : node.children) {
        if (c.node)
            serialize(*c.node, out, depth + 1);
        else
            escapeInto(out, c.text, false);
    }
    out += u"</";
    out += node.name;
    out += u'>';
}

} // namespace

QString XmlNode::text() const
{
    QString s;
    for (const Child &c : children)
        if (!c.node)
            s += c.text;
    return s;
}

bool XmlNode::hasElementChildren() const
{
    for (const Child &c : children)
        if (c.node)
            return true;
    return false;
}

const XmlNode *XmlNode::child(QStringView localName, const QString &namespaceUri) const
{
    for (const Child &c : children)
        if (c.node && c.node->name == localName
            && (namespaceUri.isNull() || c.node->ns == namespaceUri))
            return c.node.get();
    return nullptr;
}

std::vector<const XmlNode *> XmlNode::childrenNamed(QStringView localName,
                                                     const QString &namespaceUri) const
{
    std::vector<const XmlNode *> out;
    for (const Child &c : children)
        if (c.node && c.node->name == localName
            && (namespaceUri.isNull() || c.node->ns == namespaceUri))
            out.push_back(c.node.get());
    return out;
}

std::vector<const XmlNode *> XmlNode::elements() const
{
    std::vector<const XmlNode *> out;
    for (const Child &c : children)
        if (c.node)
            out.push_back(c.node.get());
    return out;
}

QString XmlNode::attribute(QStringView localName, const QString &namespaceUri) const
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() != localName)
            continue;
        if (namespaceUri.isNull() ? a.namespaceUri().isEmpty() : a.namespaceUri() == namespaceUri)
            return a.value().toString();
    }
    return {};
}

bool XmlNode::hasAttribute(QStringView localName) const
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name() == localName && a.namespaceUri().isEmpty())
            return true;
    return false;
}

QString XmlNode::innerXml() const
{
    QString out;
    for (const Child &c : children) {
        if (c.node)
            serialize(*c.node, out, 1);
        else
            escapeInto(out, c.text, false);
    }
    return out;
}

QString resolveUrl(const QUrl &base, const QString &ref)
{
    const QString r = ref.trimmed();
    if (r.isEmpty())
        return {};
    const QUrl rel(r);
    if (!rel.isValid())
        return r;
    if (!rel.isRelative() || base.isEmpty() || !base.isValid())
        return rel.toString(QUrl::FullyEncoded);
    return base.resolved(rel).toString(QUrl::FullyEncoded);
}

namespace {

XmlTree readTree(QXmlStreamReader &xml, const QUrl &documentUrl, int maxDepth)
{
    XmlTree tree;
    xml.setNamespaceProcessing(true);
    XmlNode *current = nullptr;
    int depth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            // Internal entities a DTD declares would be expanded by QXmlStreamReader (billion
            // laughs); feeds never need them, so such a document is refused before any
            // content. External ones (a SYSTEM/PUBLIC id, no replacement text) are never loaded.
            for (const QXmlStreamEntityDeclaration &d : xml.entityDeclarations()) {
                if (!d.value().isEmpty() || (d.systemId().isEmpty() && d.publicId().isEmpty())) {
                    tree.declaresEntities = true;
                    return tree;
                }
            }
            tree.hasExternalDtd = !xml.dtdSystemId().isEmpty() || !xml.dtdPublicId().isEmpty();
            break;
        case QXmlStreamReader::StartElement: {
            if (++depth > maxDepth) {
                tree.tooDeep = true;
                return tree;
            }
            auto node = std::make_unique<XmlNode>();
            node->ns = xml.namespaceUri().toString();
            node->name = xml.name().toString();
            node->qname = xml.qualifiedName().toString();
            node->attributes = xml.attributes();
            if (!current && tree.root) { // a second root element
                tree.wellFormed = false;
                tree.errorText = QStringLiteral("Extra content at the end of the document.");
                tree.errorLine = xml.lineNumber();
                return tree;
            }
            const QUrl parentBase = current ? current->base : documentUrl;
            const QString xmlBase = node->attribute(u"base", kXmlNs);
            if (!xmlBase.isNull()) {
                const QUrl b(xmlBase.trimmed());
                node->base = parentBase.isEmpty() || !parentBase.isValid() ? b : parentBase.resolved(b);
            } else {
                node->base = parentBase;
            }
            XmlNode *raw = node.get();
            if (current) {
                node->parent = current;
                current->children.push_back({QString(), std::move(node)});
            } else {
                tree.root = std::move(node);
            }
            current = raw;
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            if (current)
                current = current->parent;
            break;
        case QXmlStreamReader::Characters:
            if (current) {
                if (!current->children.empty() && !current->children.back().node)
                    current->children.back().text += xml.text();
                else
                    current->children.push_back({xml.text().toString(), nullptr});
            }
            break;
        case QXmlStreamReader::EntityReference:
            // An entity the (never loaded) external DTD may declare: RSS 0.91's DTD declares
            // HTML's, so read it as the HTML entity of that name; unknown ones stay as written.
            if (current) {
                const QString t = htmlEntity(xml.name());
                if (!current->children.empty() && !current->children.back().node)
                    current->children.back().text += t;
                else
                    current->children.push_back({t, nullptr});
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError()) {
        tree.wellFormed = false;
        tree.errorText = xml.errorString();
        tree.errorLine = xml.lineNumber();
    }
    return tree;
}

} // namespace

XmlTree readXmlTree(const QString &text, const QUrl &documentUrl, int maxDepth)
{
    QXmlStreamReader xml(text);
    return readTree(xml, documentUrl, maxDepth);
}

XmlTree readXmlTree(const QByteArray &utf8, const QUrl &documentUrl, int maxDepth)
{
    QXmlStreamReader xml(utf8);
    return readTree(xml, documentUrl, maxDepth);
}

} // namespace fi::feed::parse
