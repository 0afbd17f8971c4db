#pragma once
/// @file application.h
/// @brief Wires the GUI app together: paths, config, store, sync, main window, tray. Owns them.

#include "config/appconfig.h"
#include "config/apppaths.h"

#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

namespace fi {

class AccountsFeature;
class SourcesFeature;
class DeadlineFeature;
class DeadlineWarnings;
class ItemStore;
class FocusFeature;
class InstanceLock;
class InstanceServer;
struct InstanceRequest;
class MainWindow;
class SnoozeWakeFeature;
class SyncManager;
class TrayIcon;
class TraySession;

/// The running GUI application. Lives on the GUI thread.
class Application : public QObject {
    Q_OBJECT
public:
    Application();
    ~Application() override;

    /// Parse GUI options (--data-dir), make the data directory private (refusing one of another
    /// user: exit code 1), become the single instance for it (focus/instancechannel.h), open the
    /// store (error dialog on failure), install the sample workspace when no source is
    /// configured, show the window and start syncing.
    /// @return 0 to enter the event loop, or an exit code; kHandedOver when an instance for the
    /// same data directory is already running (it was handed the arguments and shows its window).
    /// Never runs as a second writer: when the instance lock is held but its holder does not
    /// answer within kHandOverTimeoutMs, or the lock cannot be taken, it returns 1.
    /// `open ID` among the arguments (cli::openItemId(), issue 16): the window shows that item
    /// selected, in the running instance when there is one; 4 when no item has that id.
    int start(const QStringList &arguments);
    static constexpr int kHandedOver = -1;
    /// How long a second start waits for the running instance to answer (it may still be starting).
    static constexpr int kHandOverTimeoutMs = 30000;

private:
    /// @p openId: `focusinbox open ID` (issue 16) hands that item over instead of a plain raise.
    int becomeTheInstance(const QStringList &arguments, std::optional<qint64> openId);
    QJsonObject handleInstanceRequest(const InstanceRequest &request);
    void ensureFirstRunSources();

    std::unique_ptr<InstanceLock> m_instanceLock;   ///< held until after the store is closed
    std::unique_ptr<InstanceServer> m_instanceServer;
    AppPaths m_paths;
    AppConfig m_config;
    std::unique_ptr<ItemStore> m_store;
    std::unique_ptr<SyncManager> m_sync;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<TraySession> m_traySession;  ///< issue 16: tray menu, close to tray, quit
    std::unique_ptr<FocusFeature> m_focus;
    std::unique_ptr<DeadlineWarnings> m_warnings;   ///< early warnings before deadlines
    std::unique_ptr<AccountsFeature> m_accounts;   ///< Add/edit sources through their kinds' editors (accounts/accountsfeature.h)
    std::unique_ptr<SourcesFeature> m_sources;     ///< Scheduling, write-back, Sources list (sources/sourcesfeature.h)
    std::unique_ptr<SnoozeWakeFeature> m_snoozeWakes;  ///< snoozed items come back with a notification (issue 12)
    std::unique_ptr<DeadlineFeature> m_deadlines;  ///< preferences, recompute, paused clocks  ///< focus sessions, notifications, DND, CLI server
};

} // namespace fi
