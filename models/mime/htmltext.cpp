#include "mime/htmltext.h"

#include <QHash>
#include <QStringView>

namespace fi::mime {
namespace {

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = {
        {QStringLiteral("amp"), U'&'},      {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},       {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},    {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("copy"), 0xA9},     {QStringLiteral("reg"), 0xAE},
        {QStringLiteral("trade"), 0x2122},  {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("mdash"), 0x2014},  {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("lsquo"), 0x2018},  {QStringLiteral("rsquo"), 0x2019},
        {QStringLiteral("ldquo"), 0x201C},  {QStringLiteral("rdquo"), 0x201D},
        {QStringLiteral("bull"), 0x2022},   {QStringLiteral("middot"), 0xB7},
        {QStringLiteral("euro"), 0x20AC},   {QStringLiteral("pound"), 0xA3},
        {QStringLiteral("yen"), 0xA5},      {QStringLiteral("cent"), 0xA2},
        {QStringLiteral("sect"), 0xA7},     {QStringLiteral("deg"), 0xB0},
        {QStringLiteral("plusmn"), 0xB1},   {QStringLiteral("times"), 0xD7},
        {QStringLiteral("divide"), 0xF7},   {QStringLiteral("laquo"), 0xAB},
        {QStringLiteral("raquo"), 0xBB},    {QStringLiteral("iexcl"), 0xA1},
        {QStringLiteral("iquest"), 0xBF},   {QStringLiteral("shy"), 0xAD},
        {QStringLiteral("zwnj"), 0x200C},   {QStringLiteral("zwj"), 0x200D},
        {QStringLiteral("ensp"), 0x2002},   {QStringLiteral("emsp"), 0x2003},
        {QStringLiteral("thinsp"), 0x2009}, {QStringLiteral("szlig"), 0xDF},
        {QStringLiteral("auml"), 0xE4},     {QStringLiteral("ouml"), 0xF6},
        {QStringLiteral("uuml"), 0xFC},     {QStringLiteral("Auml"), 0xC4},
        {QStringLiteral("Ouml"), 0xD6},     {QStringLiteral("Uuml"), 0xDC},
        {QStringLiteral("eacute"), 0xE9},   {QStringLiteral("egrave"), 0xE8},
        {QStringLiteral("ecirc"), 0xEA},    {QStringLiteral("Eacute"), 0xC9},
        {QStringLiteral("aacute"), 0xE1},   {QStringLiteral("agrave"), 0xE0},
        {QStringLiteral("acirc"), 0xE2},    {QStringLiteral("iacute"), 0xED},
        {QStringLiteral("oacute"), 0xF3},   {QStringLiteral("uacute"), 0xFA},
        {QStringLiteral("ntilde"), 0xF1},   {QStringLiteral("ccedil"), 0xE7},
        {QStringLiteral("aring"), 0xE5},    {QStringLiteral("oslash"), 0xF8},
        {QStringLiteral("aelig"), 0xE6},
    };
    return table;
}

bool isBlockTag(QStringView name)
{
    static const char *const blocks[] = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2",
                                         "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote",
                                         "pre", "hr", "section", "article", "header", "footer",
                                         "dt", "dd", "center", "address", "body"};
    for (const char *b : blocks) {
        if (name.compare(QLatin1String(b), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// Tags whose content is not text a reader sees.
bool isHiddenContainer(QStringView name)
{
    return name.compare(QLatin1String("script"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("style"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("title"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("head"), Qt::CaseInsensitive) == 0;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    out.append(QString::fromUcs4(&cp, 1));
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// Decodes the reference starting at html[i] == '&'. Returns chars consumed (0 = not a reference).
qsizetype decodeEntity(QStringView html, qsizetype i, QString &out)
{
    const qsizetype n = html.size();
    qsizetype j = i + 1;
    if (j < n && html[j] == u'#') {
        ++j;
        const bool hex = j < n && (html[j] == u'x' || html[j] == u'X');
        if (hex)
            ++j;
        const qsizetype start = j;
        while (j < n && j - start < 8
               && (isAsciiDigit(html[j])
                   || (hex && ((html[j] >= u'a' && html[j] <= u'f')
                               || (html[j] >= u'A' && html[j] <= u'F')))))
            ++j;
        if (j == start)
            return 0;
        bool ok = false;
        const uint cp = html.mid(start, j - start).toUInt(&ok, hex ? 16 : 10);
        if (!ok)
            return 0;
        appendCodePoint(out, char32_t(cp));
        return (j < n && html[j] == u';') ? j + 1 - i : j - i;
    }
    const qsizetype start = j;
    while (j < n && j - start < 10 && html[j].isLetterOrNumber() && html[j].unicode() < 128)
        ++j;
    if (j == start)
        return 0;
    const auto it = namedEntities().constFind(html.mid(start, j - start).toString());
    if (it == namedEntities().constEnd())
        return 0;
    appendCodePoint(out, *it);
    return (j < n && html[j] == u';') ? j + 1 - i : j - i;
}

} // namespace

QString htmlToText(const QString &htmlString)
{
    const QStringView html(htmlString);
    const qsizetype n = html.size();
    QString out;
    out.reserve(n / 2);
    QString hiddenUntil; // closing tag name we skip to, lower-case
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html[i];
        if (c == u'<') {
            if (html.mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            qsizetype j = i + 1;
            const bool closing = j < n && html[j] == u'/';
            if (closing)
                ++j;
            const qsizetype nameStart = j;
            while (j < n && (html[j].isLetterOrNumber() || html[j] == u'-' || html[j] == u':'))
                ++j;
            const bool markup = j > nameStart || (j < n && (html[j] == u'!' || html[j] == u'?'));
            if (!markup) {
                if (hiddenUntil.isEmpty())
                    out.append(c);
                ++i;
                continue;
            }
            const QStringView name = html.mid(nameStart, j - nameStart);
            // Skip to the end of the tag, honouring quoted attribute values.
            QChar quote;
            while (j < n) {
                const QChar d = html[j];
                if (!quote.isNull()) {
                    if (d == quote)
                        quote = QChar();
                } else if (d == u'"' || d == u'\'') {
                    quote = d;
                } else if (d == u'>') {
                    break;
                }
                ++j;
            }
            i = j < n ? j + 1 : n;
            if (!hiddenUntil.isEmpty()) {
                if (closing && name.compare(hiddenUntil, Qt::CaseInsensitive) == 0)
                    hiddenUntil.clear();
                continue;
            }
            if (!closing && isHiddenContainer(name)) {
                hiddenUntil = name.toString().toLower();
                continue;
            }
            if (isBlockTag(name))
                out.append(u'\n');
            continue;
        }
        if (!hiddenUntil.isEmpty()) {
            ++i;
            continue;
        }
        if (c == u'&') {
            if (const qsizetype used = decodeEntity(html, i, out)) {
                i += used;
                continue;
            }
        }
        // In HTML, source line breaks are plain whitespace.
        out.append(c == u'\n' || c == u'\r' || c == u'\t' ? QChar(u' ') : c);
        ++i;
    }
    // Tidy: collapse spaces within lines, drop blank-line runs.
    QString tidy;
    tidy.reserve(out.size());
    int newlines = 0;
    bool pendingSpace = false;
    for (const QChar ch : std::as_const(out)) {
        if (ch == u'\n') {
            pendingSpace = false;
            if (!tidy.isEmpty() && newlines < 2) {
                tidy.append(u'\n');
                ++newlines;
            }
        } else if (ch.isSpace()) {
            pendingSpace = true;
        } else {
            if (pendingSpace && newlines == 0 && !tidy.isEmpty())
                tidy.append(u' ');
            pendingSpace = false;
            newlines = 0;
            tidy.append(ch);
        }
    }
    while (tidy.endsWith(u'\n'))
        tidy.chop(1);
    return tidy;
}

QString foldSnippet(const QString &text, int maxChars)
{
    if (maxChars <= 0)
        return {};
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), maxChars));
    bool pendingSpace = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && out.size() < maxChars; ++i) {
        QChar ch = text.at(i);
        const char16_t u = ch.unicode();
        if (ch.isSpace() || ch.category() == QChar::Other_Control || u == 0xFEFF || u == 0x200B) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        const bool pair = ch.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate();
        if (!pair && ch.isSurrogate())
            ch = QChar(QChar::ReplacementCharacter); // a lone half is not text
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
            if (out.size() >= maxChars)
                break;
        }
        if (pair) {
            if (out.size() + 2 > maxChars)
                break; // never split a pair
            out.append(ch);
            out.append(text.at(++i));
        } else {
            out.append(ch);
        }
    }
    while (out.endsWith(u' '))
        out.chop(1);
    return out;
}

} // namespace fi::mime
