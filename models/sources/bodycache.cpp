#include "sources/bodycache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace fi {

BodyCache::BodyCache(QString dir, qint64 maxBytes) : m_dir(std::move(dir)), m_maxBytes(maxBytes) {}

QString BodyCache::pathOf(qint64 sourceId, const QString &folder, const QString &locator) const
{
    const QByteArray key = QCryptographicHash::hash((folder + QLatin1Char('\n') + locator).toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex();
    return QStringLiteral("%1/%2/%3.eml").arg(m_dir).arg(sourceId).arg(QString::fromLatin1(key));
}

std::optional<QByteArray> BodyCache::get(qint64 sourceId, const QString &folder, const QString &locator) const
{
    QFile file(pathOf(sourceId, folder, locator));
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))  // read + touch, never create
        return std::nullopt;
    QByteArray data = file.readAll();
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);  // recently used
    return data;
}

bool BodyCache::put(qint64 sourceId, const QString &folder, const QString &locator, const QByteArray &message) const
{
    const QString path = pathOf(sourceId, folder, locator);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size() || !file.commit())
        return false;
    if (sizeBytes() > m_maxBytes)
        prune();
    return true;
}

void BodyCache::removeSource(qint64 sourceId) const
{
    QDir(QStringLiteral("%1/%2").arg(m_dir).arg(sourceId)).removeRecursively();
}

qint64 BodyCache::sizeBytes() const
{
    qint64 total = 0;
    QDirIterator it(m_dir, {QStringLiteral("*.eml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

void BodyCache::prune() const
{
    QList<QFileInfo> files;
    QDirIterator it(m_dir, {QStringLiteral("*.eml")}, QDir::Files, QDirIterator::Subdirectories);
    qint64 total = 0;
    while (it.hasNext()) {
        it.next();
        files.append(it.fileInfo());
        total += files.last().size();
    }
    std::sort(files.begin(), files.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() < b.lastModified(); });
    // Down to 90 % of the limit, so pruning does not run on every put.
    const qint64 target = m_maxBytes / 10 * 9;
    for (const QFileInfo &f : std::as_const(files)) {
        if (total <= target)
            break;
        if (QFile::remove(f.absoluteFilePath()))
            total -= f.size();
    }
}

} // namespace fi
