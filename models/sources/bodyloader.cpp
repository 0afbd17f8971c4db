#include "sources/bodyloader.h"

#include "sources/imap/imapbodyloader.h"
#include "sources/maildir/maildirscan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fi {
namespace {


/// The message file's current path, following a flags rename if needed; empty if gone.
QString locateMaildirFile(const SourceConfig &src, const ItemRecord &rec)
{
    const QDir root(src.location);
    const QString direct = root.filePath(rec.locator);
    if (!rec.locator.isEmpty() && QFileInfo(direct).isFile())
        return direct;
    const QString unique = maildir::uniqueNameOf(QFileInfo(rec.locator).fileName());
    if (unique.isEmpty())
        return {};
    for (const maildir::Folder &folder : maildir::listFolders(src.location)) {
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

std::optional<ParsedMessage> loadItemBody(const SourceConfig &src, const ItemRecord &rec,
                                          QString *error, const BodyCache *cache)
{
    auto fail = [error](const QString &why) -> std::optional<ParsedMessage> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (src.kind == QLatin1String("imap")) {
        QString why;
        std::optional<QByteArray> raw = cache ? cache->get(src.id, rec.folder, rec.locator) : std::nullopt;
        if (!raw) {
            raw = imap::fetchFullMessage(src, rec, &why);
            if (!raw)
                return fail(why);
            if (cache && !cache->put(src.id, rec.folder, rec.locator, *raw))
                qWarning("Cannot write the message cache in %s", qPrintable(cache->dir()));
        }
        ParseOptions opt;
        opt.fullBody = true;
        // IMAP sends CRLF (RFC 3501 §4.3); show the text with local line ends like the Maildir copy.
        QByteArray message = *raw;
        message.replace("\r\n", "\n");
        auto parsed = parseMessage(message, opt, &why);
        if (!parsed)
            return fail(why);
        return parsed;
    }
    if (src.kind != QLatin1String("maildir"))
        return fail(QCoreApplication::translate("fi::BodyLoader", "Loading message bodies from \"%1\" sources is not supported.")
                        .arg(src.kind));
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

} // namespace fi
