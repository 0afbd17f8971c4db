#pragma once
/// @file application.h
/// @brief Wires the GUI app together: paths, config, store, sync, main window, tray. Owns them.

#include "config/appconfig.h"
#include "config/apppaths.h"

#include <QObject>

#include <memory>

namespace fi {

class AccountsFeature;
class SourcesFeature;
class DeadlineFeature;
class DeadlineWarnings;
class ItemStore;
class FocusFeature;
class MainWindow;
class SyncManager;
class TrayIcon;

/// The running GUI application. Lives on the GUI thread.
class Application : public QObject {
    Q_OBJECT
public:
    Application();
    ~Application() override;

    /// Parse GUI options (--data-dir), open the store (error dialog on failure), install the
    /// sample workspace when no source is configured, show the window and start syncing.
    /// @return 0 to enter the event loop, or an exit code; kHandedOver when an instance for the
    /// same data directory is already running (it was asked to show its window).
    int start(const QStringList &arguments);
    static constexpr int kHandedOver = -1;

private:
    void ensureFirstRunSources();
    void addMaildir(const QString &path);
    void offerHomeMaildir();

    AppPaths m_paths;
    AppConfig m_config;
    std::unique_ptr<ItemStore> m_store;
    std::unique_ptr<SyncManager> m_sync;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<FocusFeature> m_focus;
    std::unique_ptr<DeadlineWarnings> m_warnings;   ///< early warnings before deadlines
    std::unique_ptr<AccountsFeature> m_accounts;   ///< Add/edit IMAP accounts (accounts/accountsfeature.h)
    std::unique_ptr<SourcesFeature> m_sources;     ///< Scheduling, write-back, Sources list (sources/sourcesfeature.h)
    std::unique_ptr<DeadlineFeature> m_deadlines;  ///< preferences, recompute, paused clocks  ///< focus sessions, notifications, DND, CLI server
};

} // namespace fi
