#include "sources/feed/parse/xmlrepair.h"

#include <QRegularExpression>
#include <QSet>

namespace fi::feed::parse {
namespace {

bool usesUndeclaredEntities(const QString &text)
{
    static const QRegularExpression ref(QStringLiteral("&([A-Za-z][A-Za-z0-9]{0,31});"));
    auto it = ref.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (name != u"amp" && name != u"lt" && name != u"gt" && name != u"quot"
            && name != u"apos")
            return true;
    }
    return false;
}

QStringList undeclaredPrefixes(const QString &text)
{
    static const QRegularExpression used(QStringLiteral("</?([A-Za-z_][A-Za-z0-9_.\\-]{0,63}):[A-Za-z_]"));
    QSet<QString> seen;
    QStringList out;
    auto it = used.globalMatch(text);
    while (it.hasNext()) {
        const QString prefix = it.next().captured(1);
        if (prefix == u"xml" || prefix == u"xmlns" || seen.contains(prefix))
            continue;
        seen.insert(prefix);
        if (!text.contains(QStringLiteral("xmlns:") + prefix + u'='))
            out << prefix;
        if (out.size() >= 64)
            break;
    }
    return out;
}

} // namespace

QString repairXml(const QString &text, const QString &rootName)
{
    if (rootName.isEmpty())
        return {};
    const qsizetype rootAt = text.indexOf(u'<' + rootName);
    if (rootAt < 0)
        return {};
    QString out = text;
    bool changed = false;
    const QStringList prefixes = undeclaredPrefixes(text);
    if (!prefixes.isEmpty()) {
        QString decls;
        for (const QString &p : prefixes)
            decls += QStringLiteral(" xmlns:%1=\"urn:x-undeclared:%1\"").arg(p);
        out.insert(rootAt + 1 + rootName.size(), decls);
        changed = true;
    }
    if (!text.contains(QLatin1String("<!DOCTYPE"), Qt::CaseInsensitive)
        && usesUndeclaredEntities(text)) {
        out.insert(rootAt, QStringLiteral("<!DOCTYPE %1 SYSTEM \"about:blank\">").arg(rootName));
        changed = true;
    }
    return changed ? out : QString();
}

} // namespace fi::feed::parse
