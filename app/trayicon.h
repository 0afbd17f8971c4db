#pragma once
/// @file trayicon.h
/// @brief System tray icon (issue 16): the symbolic icons of the theme (the bundled ones when the
/// theme has none), a tooltip with the Now count and the focus state, and a menu — Open,
/// Start focus 25 / 50 / 90 min, End focus, Sync now, Quit — whose entries emit requests the
/// application wires (session/traysession.h, focus/focusfeature.h).

#include "storage/itemstore.h"

#include <QFutureWatcher>
#include <QIcon>
#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace fi {

class ItemStore;

/// The QSystemTrayIcon exists only where the platform has a tray at start
/// (QSystemTrayIcon::isSystemTrayAvailable()); the menu, tooltip text and icon choice exist
/// always (tests, and the notifier fallback checks systemTrayIcon()). Does not own the store.
/// GUI thread only.
class TrayIcon : public QObject {
    Q_OBJECT
public:
    explicit TrayIcon(ItemStore *store, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// Items that need attention now: open Tier 3 plus overdue items of other tiers (each once);
    /// -1 until the first count was read.
    int badgeCount() const { return m_badge; }
    /// The underlying tray icon (nullptr where the platform has no tray); for the notifier fallback.
    QSystemTrayIcon *systemTrayIcon() const { return m_icon; }

    /// The tray menu (owned here) and its entries, in menu order.
    QMenu *menu() const { return m_menu.get(); }
    QAction *openAction() const { return m_open; }
    /// "Start focus N min" for N = 25, 50 or 90; nullptr for any other length.
    QAction *startFocusAction(int minutes) const;
    QAction *endFocusAction() const { return m_endFocus; }
    QAction *syncAction() const { return m_sync; }
    QAction *quitAction() const { return m_quit; }
    /// Count conversations (ItemStore::conversationCounts(), issue 18) or messages, as the
    /// window's list does (AppConfig::conversations; default on). Reads the counts again.
    void setConversations(bool on);
    /// The lengths the menu offers, in minutes.
    static QList<int> focusLengths() { return {25, 50, 90}; }

    /// The tooltip, e.g. "Focus Inbox — 3 in Now · Focusing until 11:30", then a line with the
    /// overdue count when there are overdue items. Empty until the first count was read.
    QString toolTip() const { return m_toolTip; }
    /// The theme name of the icon shown: "focusinbox-tray" (nothing waits), "-unread" (open
    /// Async or New senders items), "-urgent" (badgeCount() > 0) or "-focus" (focusing).
    QString iconName() const { return m_iconName; }
    /// The icon named @p name from the icon theme ("<name>-symbolic" first, then "<name>"),
    /// else the bundled :/icons/<name>.svg.
    static QIcon themedIcon(const QString &name);

    /// The focus state (FocusController::stateChanged): Start entries enabled when not
    /// focusing, End focus while focusing; the tooltip names the session's end @p endMs (UTC
    /// epoch ms, shown in local time) and the @p held notifications.
    void setFocusState(bool focusing, qint64 endMs, int held);
    bool isFocusing() const { return m_focusing; }

Q_SIGNALS:
    void showWindowRequested();
    void startFocusRequested(int minutes);
    void endFocusRequested();
    void syncRequested();
    void quitRequested();
    /// The tooltip text changed (after a counts read or a focus change).
    void toolTipChanged(const QString &toolTip);

private:
    void refresh();                        ///< starts a counts read off the GUI thread
    void show(const TierCounts &counts);   ///< icon + tooltip from a finished read
    void update();                         ///< icon + tooltip from m_counts and the focus state

    ItemStore *m_store;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon = nullptr;
    QTimer *m_coalesce = nullptr;
    QFutureWatcher<TierCounts> m_reader;
    std::optional<TierCounts> m_counts;  ///< the last counts read
    bool m_conversations = true;
    bool m_refreshAgain = false;  ///< a change arrived while a read was running
    int m_badge = -1;
    bool m_focusing = false;
    qint64 m_focusEndMs = 0;
    int m_held = 0;
    QString m_toolTip;
    QString m_iconName;
    QAction *m_open = nullptr;
    QList<QAction *> m_startFocus;
    QAction *m_endFocus = nullptr;
    QAction *m_sync = nullptr;
    QAction *m_quit = nullptr;
};

} // namespace fi
