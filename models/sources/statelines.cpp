#include "sources/statelines.h"

#include <QStringList>

namespace fi {

QHash<QString, QString> decodeStateLines(const QByteArray &state)
{
    QHash<QString, QString> out;
    for (const QByteArray &line : state.split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab > 0)
            out.insert(QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1)));
    }
    return out;
}

QByteArray encodeStateLines(const QHash<QString, QString> &entries)
{
    QStringList keys = entries.keys();
    keys.sort();
    QByteArray out;
    for (const QString &key : std::as_const(keys))
        out += key.toUtf8() + '\t' + entries.value(key).toUtf8() + '\n';
    return out;
}

} // namespace fi
