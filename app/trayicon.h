#pragma once
/// @file trayicon.h
/// @brief System tray icon: a badge with the number of open Tier 3 + overdue items, and a menu.

#include "storage/itemstore.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QAction;
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

    /// The number the badge shows: open Tier 3 items plus overdue items of other tiers (each item once).
    int badgeCount() const { return m_badge; }
    /// The underlying tray icon (nullptr where the platform has no tray); for the notifier fallback.
    QSystemTrayIcon *systemTrayIcon() const { return m_icon; }
    /// Insert @p menu (not owned; nullptr removes it) as a submenu above "Quit".
    void addMenu(QMenu *menu);
    /// Focus state: the focus icon and @p text (e.g. "Focusing — 42 min left") in the tooltip;
    /// not focusing = normal icon.
    void setFocusStatus(bool focusing, const QString &text);

Q_SIGNALS:
    void showWindowRequested();
    void syncRequested();
    void quitRequested();

private:
    void refresh();                        ///< starts a counts read off the GUI thread
    void show(const TierCounts &counts);   ///< icon + tooltip from a finished read

    ItemStore *m_store;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon = nullptr;
    QTimer *m_coalesce = nullptr;
    QFutureWatcher<TierCounts> m_counts;
    bool m_refreshAgain = false;  ///< a change arrived while a read was running
    int m_badge = -1;
    bool m_focusing = false;
    QString m_focusText;
    QAction *m_focusMenuAction = nullptr;
    QAction *m_quitSeparator = nullptr;
};

} // namespace fi
