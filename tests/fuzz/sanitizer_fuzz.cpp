// libFuzzer harness: fi::mime::sanitizeHtml() (models/mime/htmlsanitizer.h).
// Byte 0: bit 0 = allowRemoteImages, bit 1 = raw UTF-16 input (lone surrogates reach the code)
// instead of UTF-8, bits 2..3 pick the base URL (https page, file: feed, none, http site).
// Asserted: every '<' of the output starts an allow-listed tag whose attributes are allow-listed
// and quoted; href/src are http(s) (mailto for href); images appear only when allowed; every
// listed remote image is an http(s) URL with a host, once.
#include "fuzzsupport.h"

#include "mime/htmlsanitizer.h"

#include <QSet>
#include <QUrl>

namespace {

bool isAllowedTag(QStringView tag)
{
    static const QSet<QString> tags = [] {
        QSet<QString> t;
        for (const char *name : {"p", "br", "hr", "a", "b", "i", "em", "strong", "code", "pre", "blockquote", "ul",
                                 "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot",
                                 "tr", "td", "th", "caption", "img", "div", "span", "u", "s", "strike", "del", "ins",
                                 "sub", "sup", "small", "big", "cite", "q", "abbr", "dfn", "mark", "center", "tt",
                                 "kbd", "samp", "var", "dl", "dt", "dd"})
            t.insert(QString::fromLatin1(name));
        return t;
    }();
    return tags.contains(tag.toString());
}

bool isAllowedAttribute(QStringView name)
{
    for (const char *a : {"href", "title", "src", "alt", "width", "height", "colspan", "rowspan", "start", "border",
                          "cellpadding", "cellspacing", "align"})
        if (name == QLatin1String(a))
            return true;
    return false;
}

bool isLower(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); }

/// Checks the tag starting at html[i] == '<'; returns the index after its '>'.
qsizetype checkTag(const QString &html, qsizetype i, bool imagesAllowed)
{
    qsizetype p = i + 1;
    if (p < html.size() && html.at(p) == u'/')
        ++p;
    const qsizetype nameStart = p;
    while (p < html.size() && isLower(html.at(p)))
        ++p;
    const QStringView name = QStringView(html).mid(nameStart, p - nameStart);
    FUZZ_ASSERT(!name.isEmpty() && isAllowedTag(name), "tag allowed: %s", qPrintable(html.mid(i, 40)));
    FUZZ_ASSERT(imagesAllowed || name != QLatin1String("img"), "no <img> unless allowed");
    while (p < html.size() && html.at(p) == u' ') {
        const qsizetype attrStart = ++p;
        while (p < html.size() && html.at(p) >= u'a' && html.at(p) <= u'z')
            ++p;
        const QStringView attr = QStringView(html).mid(attrStart, p - attrStart);
        FUZZ_ASSERT(isAllowedAttribute(attr), "attribute allowed: %s", qPrintable(attr.toString()));
        FUZZ_ASSERT(p + 1 < html.size() && html.at(p) == u'=' && html.at(p + 1) == u'"', "quoted attribute");
        const qsizetype valueStart = p + 2;
        const qsizetype valueEnd = html.indexOf(u'"', valueStart);
        FUZZ_ASSERT(valueEnd > 0, "attribute value closed");
        const QString value = html.mid(valueStart, valueEnd - valueStart);
        FUZZ_ASSERT(!value.contains(u'<') && !value.contains(u'>'), "no brackets in a value");
        if (attr == QLatin1String("href") || attr == QLatin1String("src")) {
            const QString scheme = QUrl(value).scheme();
            FUZZ_ASSERT(scheme == QLatin1String("http") || scheme == QLatin1String("https")
                            || (scheme == QLatin1String("mailto") && attr == QLatin1String("href")),
                        "URL scheme: %s", qPrintable(value));
        }
        p = valueEnd + 1;
    }
    FUZZ_ASSERT(p < html.size() && html.at(p) == u'>', "tag closed: %s", qPrintable(html.mid(i, 40)));
    return p + 1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Input in(data, size);
    const uint8_t o = in.byte();
    const QByteArray bytes = in.rest();
    const QString html = (o & 2)
        ? QString(reinterpret_cast<const QChar *>(bytes.constData()), bytes.size() / 2)
        : QString::fromUtf8(bytes);
    static const QUrl bases[] = {QUrl(QStringLiteral("https://blog.example.org/posts/a.html")),
                                 QUrl(QStringLiteral("file:///home/u/feed.xml")), QUrl(),
                                 QUrl(QStringLiteral("http://example.com"))};
    fi::mime::SanitizeOptions options;
    options.allowRemoteImages = o & 1;
    options.baseUrl = bases[(o >> 2) & 3];
    options.maxInputChars = 64 * 1024;

    const fi::mime::SanitizedHtml out = fi::mime::sanitizeHtml(html, options);
    for (qsizetype i = out.html.indexOf(u'<'); i >= 0; i = out.html.indexOf(u'<', i))
        i = checkTag(out.html, i, options.allowRemoteImages);
    QSet<QUrl> seen;
    for (const QUrl &url : out.remoteImages) {
        FUZZ_ASSERT((url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
                        && !url.host().isEmpty(),
                    "remote image is http(s) with a host: %s", qPrintable(url.toString()));
        FUZZ_ASSERT(!seen.contains(url), "remote image listed once");
        seen.insert(url);
    }
    return 0;
}
