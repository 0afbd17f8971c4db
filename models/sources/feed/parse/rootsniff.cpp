#include "sources/feed/parse/rootsniff.h"

namespace fi::feed::parse {

Sniffed sniffDocument(const QString &text, QString *rootName)
{
    rootName->clear();
    const qsizetype n = qMin<qsizetype>(text.size(), 64 * 1024);
    qsizetype i = 0;
    bool htmlDoctype = false;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace() || c == QChar(0xFEFF)) {
            ++i;
            continue;
        }
        if (c == u'{')
            return Sniffed::Json;
        if (c != u'<')
            return Sniffed::Other;
        const QStringView rest = QStringView(text).mid(i, n - i);
        if (rest.startsWith(u"<!--")) {
            const qsizetype end = text.indexOf(u"-->", i + 4);
            if (end < 0)
                return Sniffed::Other;
            i = end + 3;
            continue;
        }
        if (rest.startsWith(u"<?")) {
            const qsizetype end = text.indexOf(u"?>", i + 2);
            if (end < 0)
                return Sniffed::Other;
            i = end + 2;
            continue;
        }
        if (rest.startsWith(u"<!")) {
            // DOCTYPE (possibly with an internal subset in brackets)
            if (rest.mid(2, 7).compare(u"doctype", Qt::CaseInsensitive) == 0) {
                const QStringView name = rest.mid(9).trimmed();
                if (name.left(4).compare(u"html", Qt::CaseInsensitive) == 0
                    && (name.size() == 4 || !name[4].isLetterOrNumber()))
                    htmlDoctype = true;
            }
            int bracket = 0;
            qsizetype j = i + 2;
            for (; j < n; ++j) {
                if (text[j] == u'[')
                    ++bracket;
                else if (text[j] == u']')
                    --bracket;
                else if (text[j] == u'>' && bracket <= 0)
                    break;
            }
            i = j + 1;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && !text[j].isSpace() && text[j] != u'>' && text[j] != u'/')
            ++j;
        *rootName = text.mid(i + 1, j - i - 1);
        const QString local = rootName->mid(rootName->lastIndexOf(u':') + 1);
        if (local.compare(u"html", Qt::CaseInsensitive) == 0)
            return Sniffed::Html;
        if (htmlDoctype && (local.compare(u"head", Qt::CaseInsensitive) == 0
                            || local.compare(u"body", Qt::CaseInsensitive) == 0))
            return Sniffed::Html;
        return Sniffed::Xml;
    }
    return htmlDoctype ? Sniffed::Html : Sniffed::Empty;
}

} // namespace fi::feed::parse
