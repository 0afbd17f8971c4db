#pragma once
/// @file focusfeature.h
/// @brief Everything issue 5 adds to the running app, composed in one place so Application
/// only creates it: notifier (freedesktop or tray), DND backend, FocusController, the
/// Focus menu (window, shortcut Shift+F) and the tray's focus entries, the status-bar
/// indicator and the digest dialog. GUI thread only.

#include "config/appconfig.h"

#include <QObject>

#include <memory>

namespace fi {

class DigestDialog;
class FocusController;
class FocusIndicator;
class FocusMenu;
class ItemStore;
class MainWindow;
class Notifier;
class SyncManager;
class TrayIcon;

class FocusFeature : public QObject {
    Q_OBJECT
public:
    /// None of the pointers is owned; all must outlive this object.
    FocusFeature(ItemStore *store, const AppConfig &config, const QString &dataDir, MainWindow *window,
                 TrayIcon *tray, SyncManager *sync, QObject *parent = nullptr);
    ~FocusFeature() override;

    FocusController *controller() const { return m_controller.get(); }
    /// The desktop notifier (freedesktop or tray) the feature posts through; owned here.
    Notifier *notifier() const { return m_notifier.get(); }

    /// Preferences OK, or config.json read again (`focusinbox rules apply`): the menus' "Start
    /// focus" length and the controller's settings (schedule, breakthrough, rules for the gate).
    void applyConfig(const AppConfig &config);

private:
    void showWindow();
    void showItems(const QList<qint64> &ids);
    void showDigest(const QList<qint64> &ids);
    void updateState(bool focusing, qint64 remainingMs, int held);

    ItemStore *m_store;
    MainWindow *m_window;
    TrayIcon *m_tray;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<FocusController> m_controller;
    std::unique_ptr<FocusMenu> m_windowMenu;
    FocusIndicator *m_indicator = nullptr;  ///< owned by the window's status bar
    DigestDialog *m_digest = nullptr;       ///< owned by the window
};

} // namespace fi
