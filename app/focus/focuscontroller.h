#pragma once
/// @file focuscontroller.h
/// @brief Runs deep-work sessions in the app: drives the FocusStateMachine from a timer, gates
/// new items (notify / hold / breakthrough), switches the desktop's DND, posts the digest,
/// records sessions, persists everything to focus-state.json and answers the CLI.
/// GUI thread only. Does not own the store or the notifier.

#include "config/appconfig.h"
#include "focus/focusstate.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace fi {

class BreakthroughAlert;
class DndBackend;
class DndGuard;
class FocusSessionLog;
class ItemNotifier;
class ItemStore;
class Notifier;

class FocusController : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;  ///< UTC epoch ms; injectable for tests.

    FocusController(ItemStore *store, AppConfig config, QString dataDir, Notifier *notifier,
                    std::unique_ptr<DndBackend> dnd, QObject *parent = nullptr);
    ~FocusController() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// Load focus-state.json, repair the desktop DND after a crash, deliver a pending digest,
    /// resume or start sessions. Call once after construction.
    void start();

    /**
     * @brief Take the Preferences' new configuration (MainWindow::preferencesChanged) without a
     * restart: the schedule and its zone, the calendar file/pattern (re-read now), the
     * breakthrough rules, DND control, the default session length. A block drawn over "now"
     * starts a session at once; a running session keeps its planned end; turning DND control
     * off mid-session restores the desktop's state.
     * Notifications (issue 14): the master switch, per-tier modes, the digest switch and "me"
     * apply to the next item; a new coalescing window starts fresh notifications.
     */
    void setConfig(const AppConfig &config);
    const AppConfig &config() const { return m_config; }

    void startFor(int minutes);
    void startUntil(qint64 endMs);
    void stop();
    void extend(int minutes);

    bool isFocusing() const { return m_machine.isFocusing(); }
    qint64 remainingMs() const;
    int heldCount() const;
    DndBackend *dndBackend() const;
    BreakthroughAlert *alert() const { return m_alert.get(); }

    /// Status for `focusinbox focus status --json` and the tests.
    QJsonObject status() const;
    /// Handle an IPC request {"cmd": "focus", "action": …, "minutes": N}.
    QJsonObject handleRequest(const QJsonObject &request);

public Q_SLOTS:
    /// New items committed by the sync (SyncManager::newItems).
    void onNewItems(const QList<qint64> &ids);
    /// The first full sync finished: items from now on are "new" (startup catch-up is not notified).
    void setReady();
    /**
     * @brief Snoozed items whose time came (SnoozeWaker::woke; issue 12). Outside a session they
     * are announced (ItemNotifier::notifyWoken: one notification, or one summary for several),
     * whatever their tier or source's notify mode: the user asked to be reminded. During a
     * session the gate decides as for new items: held for the digest, or a breakthrough.
     * Items no longer asleep-and-due (done, snoozed again, deleted) are skipped.
     */
    void onWokenItems(const QList<qint64> &ids);

Q_SIGNALS:
    /// Focus state changed (start, end, extend, every minute while focusing).
    void stateChanged(bool focusing, qint64 remainingMs, int held);
    /// Show these items (notification "Open", alert "Open").
    void openItemsRequested(const QList<qint64> &ids);
    /// Show the held items of a digest, sorted by due.
    void digestOpenRequested(const QList<qint64> &ids);

private:
    qint64 now() const { return m_clock(); }
    void apply(const QList<FocusEvent> &events);
    void onEnded(const FocusEvent &event);
    void tick();
    void scheduleTick();
    void refreshCalendar();
    void save();
    /// Write focus-state.json with the machine and @p dnd as the DND record. @return success.
    bool saveWith(const QJsonObject &dnd);
    void markDone(const QList<qint64> &ids);
    void snooze(const QList<qint64> &ids);

    ItemStore *m_store;
    AppConfig m_config;
    QString m_dataDir;
    Clock m_clock;
    FocusStateMachine m_machine;
    std::unique_ptr<DndGuard> m_dnd;
    std::unique_ptr<ItemNotifier> m_items;
    std::unique_ptr<FocusSessionLog> m_log;
    std::unique_ptr<BreakthroughAlert> m_alert;
    QTimer *m_timer = nullptr;
    qint64 m_calendarLoadedMs = 0;
    bool m_ready = false;
    int m_digests = 0;
    QString m_lastDigest;
};

} // namespace fi
