#include "sources/maildir/maildirscan.h"

#include <QDir>
#include <QDirIterator>
#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace fi::maildir {
namespace {

bool hasMailDirs(const QDir &dir)
{
    return dir.exists(QStringLiteral("cur")) || dir.exists(QStringLiteral("new"));
}

} // namespace

QList<Folder> listFolders(const QString &root)
{
    QList<Folder> folders;
    const QDir rootDir(root);
    if (!rootDir.exists())
        return folders;
    if (hasMailDirs(rootDir))
        folders.append({QString(), rootDir.absolutePath()});
    QStringList subs = rootDir.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    subs.sort();
    for (const QString &sub : std::as_const(subs)) {
        if (!sub.startsWith(u'.') || sub.size() < 2)
            continue;
        const QDir dir(rootDir.filePath(sub));
        if (!hasMailDirs(dir))
            continue;
        QString name = sub.mid(1);
        name.replace(u'.', u'/');
        folders.append({name, dir.absolutePath()});
    }
    return folders;
}

QList<MessageFile> listMessages(const QString &root, const Folder &folder)
{
    QList<MessageFile> files;
    const QDir rootDir(root);
    for (const char *sub : {"cur", "new"}) {
        const bool inNew = qstrcmp(sub, "new") == 0;
        const QString dirPath = folder.path + u'/' + QLatin1String(sub);
        // QDir::Files without QDir::Hidden skips dotfiles (.gitkeep, editor droppings).
        QDirIterator it(dirPath, QDir::Files | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            MessageFile f;
            f.folder = folder.name;
            f.fileName = info.fileName();
            f.uniqueName = uniqueNameOf(f.fileName);
            f.absPath = info.absoluteFilePath();
            f.relPath = rootDir.relativeFilePath(f.absPath);
            f.mtimeMs = info.lastModified().toMSecsSinceEpoch();
            f.flags = flagsOf(f.fileName, inNew);
            if (!f.uniqueName.isEmpty())
                files.append(std::move(f));
        }
    }
    return files;
}

QString uniqueNameOf(const QString &fileName)
{
    qsizetype colon = fileName.indexOf(QLatin1String(":2,"));
    if (colon < 0)
        colon = fileName.indexOf(u':');
    return colon < 0 ? fileName : fileName.left(colon);
}

ItemFlags flagsOf(const QString &fileName, bool inNew)
{
    ItemFlags flags;
    const qsizetype info = fileName.lastIndexOf(QLatin1String(":2,"));
    if (info < 0)
        return flags;
    const QStringView letters = QStringView(fileName).mid(info + 3);
    flags.seen = !inNew && letters.contains(u'S');
    flags.flagged = letters.contains(u'F');
    flags.answered = letters.contains(u'R');
    return flags;
}

QString remoteIdOf(const QString &folder, const QString &uniqueName)
{
    return folder + u'/' + uniqueName;
}

QString fingerprintOf(const QString &fileName, qint64 mtimeMs)
{
    return fileName + u':' + QString::number(mtimeMs);
}

void splitFingerprint(const QString &fingerprint, QString *fileName, qint64 *mtimeMs)
{
    const qsizetype colon = fingerprint.lastIndexOf(u':');
    bool ok = false;
    const qint64 ms = colon < 0 ? 0 : fingerprint.mid(colon + 1).toLongLong(&ok);
    *fileName = ok ? fingerprint.left(colon) : QString();
    *mtimeMs = ok ? ms : 0;
}

} // namespace fi::maildir
