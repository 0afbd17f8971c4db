#include "config/apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace fi {

AppPaths AppPaths::resolve(const QString &explicitDataDir)
{
    AppPaths p;
    QString dir = explicitDataDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("FOCUSINBOX_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/FocusInbox");
    p.m_dataDir = QDir(dir).absolutePath();
    return p;
}

PrivateDirStatus AppPaths::prepare(QString *error) const
{
    const PrivateDirStatus status = preparePrivateDirectory(m_dataDir, error);
    if (status != PrivateDirStatus::Ok)
        return status;
    if (QFileInfo(logDir()).isSymLink()) {
        // O_NOFOLLOW guards the log file itself; the directory above it must be real as well.
        if (error)
            *error = QCoreApplication::translate("fi::AppPaths", "%1 is a symbolic link; Focus Inbox writes its logs only "
                                                                 "into a real directory.")
                         .arg(QDir::toNativeSeparators(logDir()));
        return PrivateDirStatus::Failed;
    }
    if (!QDir(m_dataDir).mkpath(QStringLiteral("logs"))) {
        if (error)
            *error = QCoreApplication::translate("fi::AppPaths", "Cannot create the data directory %1")
                         .arg(QDir::toNativeSeparators(logDir()));
        return PrivateDirStatus::Failed;
    }
    tightenPermissionsBelow(m_dataDir);  // files of older versions or restored backups (0644)
    return PrivateDirStatus::Ok;
}

QString AppPaths::databasePath() const { return m_dataDir + QStringLiteral("/focusinbox.sqlite"); }
QString AppPaths::configPath() const { return m_dataDir + QStringLiteral("/config.json"); }
QString AppPaths::savedSearchesPath() const { return m_dataDir + QStringLiteral("/saved-searches.json"); }
QString AppPaths::logDir() const { return m_dataDir + QStringLiteral("/logs"); }
QString AppPaths::sampleDir() const { return m_dataDir + QStringLiteral("/sample-maildir"); }
QString AppPaths::sampleFeedsDir() const { return m_dataDir + QStringLiteral("/sample-feeds"); }
QString AppPaths::bodyCacheDir() const { return m_dataDir + QStringLiteral("/cache/bodies"); }

} // namespace fi
