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
 * Two layouts:
 * - **One directory** when `--data-dir DIR` or the `FOCUSINBOX_DATA_DIR` environment variable names
 *   one: everything lives below it (database, config.json, logs, caches), so tests, scripts and a
 *   portable copy isolate themselves by pointing it at a directory of their own.
 * - **XDG base directories** otherwise (the freedesktop.org Base Directory Specification 0.8, issue
 *   16): data (the database, the sample workspace, the focus state) in `$XDG_DATA_HOME/FocusInbox`
 *   (`~/.local/share/FocusInbox`), config.json and saved-searches.json in
 *   `$XDG_CONFIG_HOME/FocusInbox` (`~/.config/FocusInbox`), caches in `$XDG_CACHE_HOME/FocusInbox`
 *   (`~/.cache/FocusInbox`), logs in `$XDG_STATE_HOME/FocusInbox/logs`
 *   (`~/.local/state/FocusInbox/logs`). Through QStandardPaths, so other platforms get their own
 *   conventions (state then goes with the data).
 *
 * Versions before issue 16 kept everything in the data directory. prepare() moves those files to
 * the XDG places once (see migrateFromSingleDirectory()).
 */
class AppPaths {
public:
    /// @param explicitDataDir value of --data-dir, or empty.
    static AppPaths resolve(const QString &explicitDataDir = QString());

    /// Make the directories ready and private (config/privatefiles.h): create them 0700 (and
    /// logs/) if missing, refuse one owned by another user, set them to 0700 and strip
    /// group/other bits from everything below them (symlinks untouched). In the XDG layout, first
    /// move the files an older version kept in the data directory (migrateFromSingleDirectory()).
    /// Cost: one lstat per file below them.
    /// @return the status, with a translated *error (may be null) unless Ok.
    PrivateDirStatus prepare(QString *error) const;
    /// prepare() == PrivateDirStatus::Ok.
    bool ensureExists(QString *error) const { return prepare(error) == PrivateDirStatus::Ok; }

    /// Whether the XDG layout is used (no --data-dir, no FOCUSINBOX_DATA_DIR).
    bool isXdgLayout() const { return m_xdg; }

    QString dataDir() const { return m_dataDir; }
    QString configDir() const { return m_configDir; }  ///< config.json and saved-searches.json
    QString cacheDir() const { return m_cacheDir; }    ///< re-creatable copies (bodies, opened messages)
    QString stateDir() const { return m_stateDir; }    ///< logs
    QString databasePath() const;   ///< <data>/focusinbox.sqlite
    QString configPath() const;     ///< <config>/config.json (human-editable, see docs/configuration.md)
    QString savedSearchesPath() const; ///< <config>/saved-searches.json (config/savedsearches.h)
    QString logDir() const;         ///< <state>/logs
    QString sampleDir() const;      ///< <data>/sample-maildir (the copied embedded sample workspace)
    QString sampleFeedsDir() const; ///< <data>/sample-feeds (the sample workspace's feeds, read as file:// URLs)
    QString bodyCacheDir() const;   ///< <cache>/bodies (full messages of remote sources, BodyCache)
    QString openedCacheDir() const; ///< <cache>/opened (read-only .eml copies handed to the mail client)

    /**
     * @brief Moves what a version before issue 16 kept in the data directory to the XDG places:
     * config.json and saved-searches.json to configDir(), logs/ to stateDir(), cache/bodies and
     * cache/opened to cacheDir(). Before anything moves, config.json and saved-searches.json are
     * copied to `<data>/backup-before-xdg/`. A file whose new place already exists stays where it
     * is (the newer one wins; nothing is overwritten). Runs once in effect: afterwards nothing is
     * left to move. No-op in the one-directory layout.
     * @return false with a translated @p error when a file could not be moved (the rest still moves;
     * the app keeps working with what it finds).
     */
    bool migrateFromSingleDirectory(QString *error = nullptr) const;

private:
    QString m_dataDir;
    QString m_configDir;
    QString m_cacheDir;
    QString m_stateDir;
    bool m_xdg = false;
};

} // namespace fi
