#include "config/jsonfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace fi {

namespace {

/// fsync the directory holding @p path, so the rename QSaveFile made is durable.
void syncParentDirectory(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

bool writeBytesAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        if (file.write(bytes) == bytes.size() && file.commit()) {
            syncParentDirectory(path);
            return true;
        }
    }
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace

bool writeJsonFileAtomically(const QString &path, const QJsonObject &object, QString *error)
{
    return writeBytesAtomically(path, QJsonDocument(object).toJson(QJsonDocument::Indented), error);
}

bool writeJsonDocumentAtomically(const QString &path, const QJsonDocument &document, QString *error)
{
    return writeBytesAtomically(path, document.toJson(QJsonDocument::Compact), error);
}

QString brokenFilePath(const QString &path)
{
    const QString base =
        path + QStringLiteral(".broken-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo(candidate).isSymLink(); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

QString keepFileAside(const QString &path, QString *error)
{
    const QString target = brokenFilePath(path);
    QFile file(path);
    if (!file.rename(target)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    syncParentDirectory(path);
    return target;
}

QString copyFileAside(const QString &path, QString *error)
{
    const QString target = brokenFilePath(path);
    QFile file(path);
    if (!file.copy(target)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return target;
}

JsonFileRead readJsonFile(const QString &path, JsonShape shape)
{
    JsonFileRead read;
    QFile file(path);
    if (!file.exists())
        return read;
    if (!file.open(QIODevice::ReadOnly)) {
        read.status = JsonFileRead::Status::Unreadable;
        read.detail = file.errorString();
        return read;
    }
    QString problem;
    if (file.size() > kMaxJsonFileBytes) {
        problem = QCoreApplication::translate("fi::JsonFile", "larger than %1 MiB").arg(kMaxJsonFileBytes / (1024 * 1024));
    } else {
        const QByteArray bytes = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            read.status = JsonFileRead::Status::Unreadable;
            read.detail = file.errorString();
            return read;
        }
        QJsonParseError parseError{};
        read.document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            problem = QCoreApplication::translate("fi::JsonFile", "offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        else if (shape == JsonShape::Object && !read.document.isObject())
            problem = QCoreApplication::translate("fi::JsonFile", "not a JSON object");
        else if (shape == JsonShape::Array && !read.document.isArray())
            problem = QCoreApplication::translate("fi::JsonFile", "not a JSON array");
    }
    file.close();
    if (problem.isEmpty()) {
        read.status = JsonFileRead::Status::Ok;
        return read;
    }
    read.status = JsonFileRead::Status::Corrupt;
    read.document = {};
    read.detail = problem;
    QString renameError;
    read.keptAs = keepFileAside(path, &renameError);
    return read;
}

QString describeCorruptJson(const QString &path, const JsonFileRead &read)
{
    if (read.keptAs.isEmpty())
        return QCoreApplication::translate("fi::JsonFile", "%1 is not valid (%2); it could not be moved aside and is left in place")
            .arg(QDir::toNativeSeparators(path), read.detail);
    return QCoreApplication::translate("fi::JsonFile", "%1 is not valid (%2); it was kept as %3")
        .arg(QDir::toNativeSeparators(path), read.detail, QDir::toNativeSeparators(read.keptAs));
}

} // namespace fi
