#include "storage/ftsquery.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace fi {

QString ftsMatchExpression(const QString &typed)
{
    // Control characters (a NUL ends FTS5's reading of the expression: "unterminated string")
    // and unpaired surrogates (not text; SQLite would turn them into invalid UTF-8) separate
    // words like spaces do.
    QString cleaned = typed;
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        const QChar c = cleaned.at(i);
        if (c.isHighSurrogate() && i + 1 < cleaned.size() && cleaned.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.category() == QChar::Other_Control || c.isSurrogate())
            cleaned[i] = QLatin1Char(' ');
    }
    QStringList terms;
    const QStringList words = cleaned.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString word : words) {
        word = word.trimmed();
        // By code point: a letter outside the BMP is two UTF-16 units, neither a letter alone.
        const QList<uint> codePoints = word.toUcs4();
        if (!std::any_of(codePoints.cbegin(), codePoints.cend(),
                         [](uint c) { return QChar::isLetterOrNumber(char32_t(c)); }))
            continue;
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + word + QLatin1Char('"');
    }
    if (terms.isEmpty())
        return QString();
    terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

} // namespace fi
