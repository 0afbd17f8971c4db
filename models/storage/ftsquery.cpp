#include "storage/ftsquery.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace fi {

QString ftsMatchExpression(const QString &typed)
{
    QStringList terms;
    const QStringList words = typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString word : words) {
        word = word.trimmed();
        if (!std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
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
