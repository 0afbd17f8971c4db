#include "sources/feed/parse/textconstruct.h"

#include "mime/htmltext.h"
#include "sources/feed/parse/charsetdecode.h"

#include <QRegularExpression>

namespace fi::feed::parse {
namespace {

bool isXhtmlType(const QString &type)
{
    return type == u"xhtml" || type == u"application/xhtml+xml";
}

bool isHtmlType(const QString &type)
{
    return type == u"html" || type == u"text/html";
}

bool isTextType(const QString &type)
{
    return type.isEmpty() || type == u"text" || type.startsWith(u"text/");
}

/// The markup of an XHTML text construct: its children serialized, the xhtml:div container of
/// RFC 4287 §3.1.1.3 included (a div changes nothing in the text or the rendering).
QString xhtmlMarkup(const XmlNode &node)
{
    return node.innerXml();
}

} // namespace

QString TextValue::plain() const
{
    if (!isHtml)
        return value.trimmed();
    QString text = mime::htmlToText(value);
    mapC1ToWindows1252(text); // &#146; and friends
    return text.trimmed();
}

QString TextValue::line() const
{
    return plain().simplified();
}

QString TextValue::html() const
{
    if (isHtml)
        return value;
    if (value.trimmed().isEmpty())
        return {};
    QString escaped = value.trimmed().toHtmlEscaped();
    escaped.replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<p>") + escaped + QStringLiteral("</p>");
}

QString resolveHtmlUrls(const QString &html, const QUrl &base)
{
    if (base.isEmpty() || !base.isValid() || html.isEmpty()
        || (!html.contains(u"href", Qt::CaseInsensitive) && !html.contains(u"src", Qt::CaseInsensitive)
            && !html.contains(u"cite", Qt::CaseInsensitive) && !html.contains(u"poster", Qt::CaseInsensitive)))
        return html;
    static const QRegularExpression attr(
        QStringLiteral("(<[A-Za-z][^<>]*?\\s(?:href|src|cite|poster)\\s*=\\s*)(?:\"([^\"<>]*)\"|'([^'<>]*)')"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(html.size());
    qsizetype last = 0;
    auto it = attr.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        const int g = m.hasCaptured(2) ? 2 : 3;
        QString value = m.captured(g);
        // The attribute value is HTML: decode the one reference URLs commonly carry.
        const bool ampersands = value.contains(u"&amp;");
        if (ampersands)
            value.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        const QUrl ref(value.trimmed());
        if (value.trimmed().isEmpty() || !ref.isValid() || !ref.isRelative()
            || value.trimmed().startsWith(u'#'))
            continue;
        QString resolved = base.resolved(ref).toString(QUrl::FullyEncoded);
        resolved.replace(u'&', QStringLiteral("&amp;"));
        resolved.replace(u'"', QStringLiteral("%22"));
        out += QStringView(html).mid(last, m.capturedStart(g) - 1 - last);
        out += u'"' + resolved + u'"';
        last = m.capturedEnd(g) + 1;
    }
    if (last == 0)
        return html;
    out += QStringView(html).mid(last);
    return out;
}

bool looksLikeHtml(QStringView s)
{
    static const QRegularExpression re(
        QStringLiteral(R"(<[A-Za-z!/][^<>]*>|&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"));
    return re.match(s.toString()).hasMatch();
}

TextValue atomText(const XmlNode *node)
{
    TextValue v;
    if (!node)
        return v;
    const QString type = node->attribute(u"type").trimmed().toLower();
    const QString mode = node->attribute(u"mode").trimmed().toLower();
    v.present = true;
    if (mode == u"base64") {
        v.value = QString::fromUtf8(QByteArray::fromBase64(node->text().toLatin1()));
        v.isHtml = isHtmlType(type) || isXhtmlType(type);
        return v;
    }
    if (isXhtmlType(type) || (node->hasElementChildren() && mode != u"escaped")) {
        v.value = xhtmlMarkup(*node);
        v.isHtml = true;
        return v;
    }
    v.value = node->text();
    if (isHtmlType(type) || (mode == u"escaped" && type.isEmpty())) {
        v.isHtml = true;
        return v;
    }
    if (isTextType(type) || type.endsWith(u"/xml") || type.endsWith(u"+xml"))
        return v;
    return {}; // another media type (base64 by RFC 4287 §4.1.3.3): not text
}

TextValue rssText(const XmlNode *node, bool alwaysHtml)
{
    TextValue v;
    if (!node)
        return v;
    v.present = true;
    if (node->hasElementChildren()) {
        v.value = node->innerXml();
        v.isHtml = true;
        return v;
    }
    v.value = node->text();
    v.isHtml = alwaysHtml || looksLikeHtml(v.value);
    return v;
}

FeedPerson personFromText(const QString &text)
{
    FeedPerson p;
    const QString t = text.simplified();
    if (t.isEmpty())
        return p;
    static const QRegularExpression emailRe(
        QStringLiteral(R"(([A-Za-z0-9._%+\-']+@[A-Za-z0-9.\-]+\.[A-Za-z0-9\-]+))"));
    const auto m = emailRe.match(t);
    if (!m.hasMatch()) {
        p.name = t;
        return p;
    }
    p.email = m.captured(1);
    QString rest = t;
    rest.remove(m.capturedStart(1), m.capturedLength(1));
    rest.remove(QStringLiteral("mailto:"));
    rest.replace(QStringLiteral("()"), QString());
    rest.replace(QStringLiteral("<>"), QString());
    rest = rest.simplified();
    if (rest.startsWith(u'(') && rest.endsWith(u')'))
        rest = rest.mid(1, rest.size() - 2).trimmed();
    p.name = rest;
    return p;
}

} // namespace fi::feed::parse
