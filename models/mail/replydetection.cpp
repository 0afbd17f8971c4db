#include "mail/replydetection.h"

#include <QRegularExpression>

namespace fi::mail {

namespace {
QString normalised(QString folder)
{
    folder = folder.trimmed();
    while (folder.startsWith(QLatin1Char('.')))
        folder.remove(0, 1);
    return folder.toCaseFolded();
}
} // namespace

SentFolders::SentFolders(const QStringList &global, const SourceConfig &source)
{
    QStringList names = global + source.settings.value(QStringLiteral("sentFolders")).toStringList();
    for (const QString &name : std::as_const(names)) {
        const QString n = normalised(name);
        if (!n.isEmpty() && !m_names.contains(n))
            m_names << n;
    }
}

bool SentFolders::contains(const QString &folder) const
{
    return !folder.isEmpty() && m_names.contains(normalised(folder));
}

QStringList repliedMessageIds(const ItemRecord &sent)
{
    static const QRegularExpression angle(QStringLiteral("<([^<>\\s]+)>"));
    QStringList ids;
    for (const char *header : {"in-reply-to", "references"}) {
        auto it = angle.globalMatch(sent.headers.value(QString::fromLatin1(header)));
        while (it.hasNext()) {
            const QString id = it.next().captured(1);
            if (!ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

} // namespace fi::mail
