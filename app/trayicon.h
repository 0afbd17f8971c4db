#pragma once
/// @file trayicon.h
/// @brief System tray icon: a badge with the number of open Tier 3 + overdue items, and a menu.

#include <QObject>

#include <memory>

class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace fi {

class ItemStore;

/// Shown only where the platform has a tray (QSystemTrayIcon::isSystemTrayAvailable()).
/// Does not own the store. GUI thread only.
class TrayIcon : public QObject {
    Q_OBJECT
public:
    explicit TrayIcon(ItemStore *store, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// The number the badge shows: open Tier 3 items plus overdue items (any tier).
    int badgeCount() const { return m_badge; }

Q_SIGNALS:
    void showWindowRequested();
    void syncRequested();
    void quitRequested();

private:
    void refresh();

    ItemStore *m_store;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon = nullptr;
    QTimer *m_coalesce = nullptr;
    int m_badge = -1;
};

} // namespace fi
