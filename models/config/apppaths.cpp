#include "config/apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace fi {

namespace {

const QString kAppFolder = QStringLiteral("/FocusInbox");

/// $XDG_STATE_HOME (absolute) or ~/.local/state, per the Base Directory Specification 0.8; Qt 6.4
/// has no QStandardPaths location for it. In QStandardPaths' test mode: ~/.qttest/state.
QString stateHome()
{
    if (QStandardPaths::isTestModeEnabled())
        return QDir::homePath() + QStringLiteral("/.qttest/state");
    const QString env = qEnvironmentVariable("XDG_STATE_HOME");
    if (!env.isEmpty() && QDir::isAbsolutePath(env))
        return env;
    return QDir::homePath() + QStringLiteral("/.local/state");
}

PrivateDirStatus preparePrivate(const QString &dir, QString *error)
{
    return preparePrivateDirectory(dir, error);
}

/// Moves @p from to @p to (a file or a directory tree), unless @p to exists. rename() first; across
/// file systems copy and remove.
bool moveOnce(const QString &from, const QString &to, QStringList *failed)
{
    const QFileInfo source(from);
    if (!source.exists() || source.isSymLink() || QFileInfo::exists(to))
        return true;
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (QFile::rename(from, to) || QDir().rename(from, to))
        return true;
    bool ok = true;
    if (source.isDir()) {
        QDir().mkpath(to);
        const QFileInfoList entries = QDir(from).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QFileInfo &entry : entries)
            ok = moveOnce(entry.filePath(), to + QLatin1Char('/') + entry.fileName(), failed) && ok;
        if (ok)
            QDir().rmdir(from);
    } else if (QFile::copy(from, to)) {
        QFile::remove(from);
    } else {
        ok = false;
    }
    if (!ok)
        failed->append(from);
    return ok;
}

} // namespace

AppPaths AppPaths::resolve(const QString &explicitDataDir)
{
    AppPaths p;
    QString dir = explicitDataDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("FOCUSINBOX_DATA_DIR");
    if (!dir.isEmpty()) {
        p.m_dataDir = p.m_configDir = p.m_stateDir = QDir(dir).absolutePath();
        p.m_cacheDir = p.m_dataDir + QStringLiteral("/cache");
        return p;
    }
    p.m_xdg = true;
    p.m_dataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + kAppFolder).absolutePath();
    p.m_configDir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + kAppFolder).absolutePath();
    p.m_cacheDir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + kAppFolder).absolutePath();
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    p.m_stateDir = QDir(stateHome() + kAppFolder).absolutePath();
#else
    p.m_stateDir = p.m_dataDir;  // no state directory convention: logs stay with the data
#endif
    return p;
}

bool AppPaths::migrateFromSingleDirectory(QString *error) const
{
    if (!m_xdg)
        return true;
    const QString data = m_dataDir;
    const QStringList configFiles{QStringLiteral("config.json"), QStringLiteral("saved-searches.json")};
    bool anything = false;
    for (const QString &name : configFiles)
        anything = anything || (QFileInfo::exists(data + QLatin1Char('/') + name) && !QFileInfo::exists(m_configDir + QLatin1Char('/') + name));
    // Backup first: the files people edit by hand.
    if (anything) {
        const QString backup = data + QStringLiteral("/backup-before-xdg");
        QDir().mkpath(backup);
        for (const QString &name : configFiles) {
            const QString from = data + QLatin1Char('/') + name;
            if (QFileInfo::exists(from) && !QFileInfo::exists(backup + QLatin1Char('/') + name))
                QFile::copy(from, backup + QLatin1Char('/') + name);
        }
    }
    QStringList failed;
    for (const QString &name : configFiles)
        moveOnce(data + QLatin1Char('/') + name, m_configDir + QLatin1Char('/') + name, &failed);
    if (m_stateDir != m_dataDir)
        moveOnce(data + QStringLiteral("/logs"), logDir(), &failed);
    moveOnce(data + QStringLiteral("/cache/bodies"), bodyCacheDir(), &failed);
    moveOnce(data + QStringLiteral("/cache/opened"), openedCacheDir(), &failed);
    if (m_cacheDir != data + QStringLiteral("/cache"))
        QDir().rmdir(data + QStringLiteral("/cache"));  // only when empty
    if (failed.isEmpty())
        return true;
    if (error)
        *error = QCoreApplication::translate("fi::AppPaths", "Could not move %1 to the new folders; it stays where it is.")
                     .arg(failed.join(QStringLiteral(", ")));
    return false;
}

PrivateDirStatus AppPaths::prepare(QString *error) const
{
    PrivateDirStatus status = preparePrivate(m_dataDir, error);
    if (status != PrivateDirStatus::Ok)
        return status;
    for (const QString &dir : {m_configDir, m_cacheDir, m_stateDir}) {
        if (dir == m_dataDir)
            continue;
        status = preparePrivate(dir, error);
        if (status != PrivateDirStatus::Ok)
            return status;
    }
    QString moveError;
    if (!migrateFromSingleDirectory(&moveError))
        qWarning("%s", qPrintable(moveError));
    if (QFileInfo(logDir()).isSymLink()) {
        // O_NOFOLLOW guards the log file itself; the directory above it must be real as well.
        if (error)
            *error = QCoreApplication::translate("fi::AppPaths", "%1 is a symbolic link; Focus Inbox writes its logs only "
                                                                 "into a real directory.")
                         .arg(QDir::toNativeSeparators(logDir()));
        return PrivateDirStatus::Failed;
    }
    if (!QDir().mkpath(logDir())) {
        if (error)
            *error = QCoreApplication::translate("fi::AppPaths", "Cannot create the data directory %1")
                         .arg(QDir::toNativeSeparators(logDir()));
        return PrivateDirStatus::Failed;
    }
    // Last, so that logs/ and whatever the move brought are covered: files of older versions or
    // restored backups (0644) lose their group and other bits.
    tightenPermissionsBelow(m_dataDir);
    for (const QString &dir : {m_configDir, m_cacheDir, m_stateDir}) {
        if (dir != m_dataDir && !dir.startsWith(m_dataDir + QLatin1Char('/')))
            tightenPermissionsBelow(dir);
    }
    return PrivateDirStatus::Ok;
}

QString AppPaths::databasePath() const { return m_dataDir + QStringLiteral("/focusinbox.sqlite"); }
QString AppPaths::configPath() const { return m_configDir + QStringLiteral("/config.json"); }
QString AppPaths::savedSearchesPath() const { return m_configDir + QStringLiteral("/saved-searches.json"); }
QString AppPaths::logDir() const { return m_stateDir + QStringLiteral("/logs"); }
QString AppPaths::sampleDir() const { return m_dataDir + QStringLiteral("/sample-maildir"); }
QString AppPaths::sampleFeedsDir() const { return m_dataDir + QStringLiteral("/sample-feeds"); }
QString AppPaths::bodyCacheDir() const { return m_cacheDir + QStringLiteral("/bodies"); }
QString AppPaths::openedCacheDir() const { return m_cacheDir + QStringLiteral("/opened"); }

} // namespace fi
