#include "sources/maildir/maildirbody.h"

#include "sources/maildir/maildirscan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fi::maildir {
namespace {

/// The message file's current path, following a flags rename if needed; empty if gone.
QString locateMaildirFile(const SourceConfig &src, const ItemRecord &rec)
{
    const QDir root(src.location);
    const QString direct = root.filePath(rec.locator);
    if (!rec.locator.isEmpty() && QFileInfo(direct).isFile())
        return direct;
    const QString unique = uniqueNameOf(QFileInfo(rec.locator).fileName());
    if (unique.isEmpty())
        return {};
    for (const Folder &folder : listFolders(src.location)) {
        if (folder.name != rec.folder)
            continue;
        for (const char *sub : {"cur", "new"}) {
            const QDir dir(folder.path + u'/' + QLatin1String(sub));
            const QStringList hits =
                dir.entryList({unique, unique + QLatin1String(":*")}, QDir::Files);
            if (!hits.isEmpty())
                return dir.filePath(hits.first());
        }
    }
    return {};
}

} // namespace

std::optional<ParsedMessage> loadBody(const SourceConfig &src, const ItemRecord &rec, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ParsedMessage> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString path = locateMaildirFile(src, rec);
    if (path.isEmpty())
        return fail(QCoreApplication::translate("fi::BodyLoader", "The message file \"%1\" no longer exists in %2.")
                        .arg(rec.locator, src.location));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("fi::BodyLoader", "Cannot read \"%1\": %2").arg(path, file.errorString()));
    QString why;
    ParseOptions opt;
    opt.fullBody = true;
    auto parsed = parseMessage(file.readAll(), opt, &why);
    if (!parsed)
        return fail(QCoreApplication::translate("fi::BodyLoader", "Cannot parse \"%1\": %2").arg(path, why));
    return parsed;
}

std::optional<QByteArray> loadMessage(const SourceConfig &src, const ItemRecord &rec, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString path = locateMaildirFile(src, rec);
    if (path.isEmpty())
        return fail(QCoreApplication::translate("fi::BodyLoader", "The message file \"%1\" no longer exists in %2.")
                        .arg(rec.locator, src.location));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("fi::BodyLoader", "Cannot read \"%1\": %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace fi::maildir
