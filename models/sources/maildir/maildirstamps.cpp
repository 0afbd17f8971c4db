#include "sources/maildir/maildirstamps.h"

#include "sources/statelines.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace fi::maildir {

namespace {
const QString kTakenKey = QStringLiteral("@taken");
} // namespace

QByteArray DirectoryStamps::encode() const
{
    QHash<QString, QString> lines;
    for (auto it = mtimes.constBegin(); it != mtimes.constEnd(); ++it)
        lines.insert(it.key(), QString::number(it.value()));
    lines.insert(kTakenKey, QString::number(takenMs));
    return encodeStateLines(lines);
}

DirectoryStamps DirectoryStamps::decode(const QByteArray &bytes)
{
    DirectoryStamps stamps;
    const QHash<QString, QString> lines = decodeStateLines(bytes);
    for (auto it = lines.constBegin(); it != lines.constEnd(); ++it) {
        bool ok = false;
        const qint64 value = it.value().toLongLong(&ok);
        if (!ok)
            return {};
        if (it.key() == kTakenKey)
            stamps.takenMs = value;
        else
            stamps.mtimes.insert(it.key(), value);
    }
    if (stamps.takenMs <= 0)
        return {};
    return stamps;
}

DirectoryStamps stampDirectories(const QString &root, const QList<Folder> &folders, qint64 nowMs)
{
    DirectoryStamps stamps;
    stamps.takenMs = nowMs;
    const QDir rootDir(root);
    auto stamp = [&](const QString &path) {
        const QFileInfo info(path);
        if (!info.isDir())
            return;
        const QString relative = rootDir.relativeFilePath(path);
        stamps.mtimes.insert(relative, info.lastModified().toMSecsSinceEpoch());
    };
    stamp(root);
    for (const Folder &folder : folders) {
        stamp(folder.path + QStringLiteral("/cur"));
        stamp(folder.path + QStringLiteral("/new"));
    }
    return stamps;
}

bool unchangedSince(const DirectoryStamps &before, const DirectoryStamps &now)
{
    if (before.takenMs <= 0 || before.mtimes.isEmpty() || before.mtimes != now.mtimes)
        return false;
    for (const qint64 mtime : before.mtimes) {
        if (mtime > before.takenMs - kStampSettledMs)
            return false;
    }
    return true;
}

} // namespace fi::maildir
