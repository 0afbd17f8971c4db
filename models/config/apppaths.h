#pragma once
/// @file apppaths.h
/// @brief Where Focus Inbox keeps its files: one data directory holding the database,
/// config.json, logs and the copied sample workspace.

#include "config/privatefiles.h"

#include <QString>

namespace fi {

/**
 * @brief Resolved locations of the app's files.
 *
 * The data directory is, in order of precedence: the `--data-dir DIR` option, the
 * `FOCUSINBOX_DATA_DIR` environment variable, `<GenericDataLocation>/FocusInbox`
 * (on Linux `~/.local/share/FocusInbox`). Everything lives below it, so tests and
 * scripts isolate themselves by pointing it at a temporary directory.
 */
class AppPaths {
public:
    /// @param explicitDataDir value of --data-dir, or empty.
    static AppPaths resolve(const QString &explicitDataDir = QString());

    /// Make the data directory ready and private (config/privatefiles.h): create it 0700 (and
    /// logs/) if missing, refuse one owned by another user, set it to 0700 and strip group/other
    /// bits from everything below it (symlinks untouched). Cost: one lstat per file below it.
    /// @return the status, with a translated *error (may be null) unless Ok.
    PrivateDirStatus prepare(QString *error) const;
    /// prepare() == PrivateDirStatus::Ok.
    bool ensureExists(QString *error) const { return prepare(error) == PrivateDirStatus::Ok; }

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;   ///< <data>/focusinbox.sqlite
    QString configPath() const;     ///< <data>/config.json (human-editable, see docs/configuration.md)
    QString savedSearchesPath() const; ///< <data>/saved-searches.json (config/savedsearches.h)
    QString logDir() const;         ///< <data>/logs
    QString sampleDir() const;      ///< <data>/sample-maildir (the copied embedded sample workspace)
    QString sampleFeedsDir() const; ///< <data>/sample-feeds (the sample workspace's feeds, read as file:// URLs)
    QString bodyCacheDir() const;   ///< <data>/cache/bodies (full messages of remote sources, BodyCache)

private:
    QString m_dataDir;
};

} // namespace fi
