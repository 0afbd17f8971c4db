#pragma once
/// @file snoozewaker.h
/// @brief Wakes snoozed items at their time: a timer armed for the next wake time in the store
/// (re-armed whenever the store's items change), and at start-up a catch-up for the items
/// whose time came while the app was not running. Each wake is reported once: a watermark
/// (the last "now" whose wakes were reported, UTC ms) is kept in a small JSON file.
///
/// The store already lists a snoozed item whose time has come as open (ItemQuery::States::Open);
/// woke() is for what the user should notice: the notification (unless a focus session holds
/// it) and the inbox reloading. Times are UTC epoch ms. GUI (owner) thread only.

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace fi {

class ItemStore;

class SnoozeWaker : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;  ///< UTC epoch ms; injectable for tests.

    /// Longest the timer sleeps before looking again (a suspended machine, a changed clock).
    static constexpr int kMaxSleepMs = 5 * 60 * 1000;

    /// @param store not owned; must outlive the waker.
    /// @param stateFile where the watermark is kept ({"reportedUntilMs": …}); written atomically.
    SnoozeWaker(ItemStore *store, QString stateFile, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// Read the watermark and report what woke since (items whose time came while the app was
    /// closed; nothing on the very first run, when there is no file yet), then arm the timer.
    void start();

    /// The next wake time after the last check (nullopt = nothing asleep).
    std::optional<qint64> nextWakeMs() const { return m_next; }
    /// The watermark: wakes up to this time have been reported.
    qint64 reportedUntilMs() const { return m_reportedUntil; }

public Q_SLOTS:
    /// Report every item whose wake time lies in (watermark, now], move the watermark to now
    /// and arm the timer for the next wake time.
    void check();

Q_SIGNALS:
    /// These snoozed items woke (their snooze time came); sorted by wake time. Emitted once
    /// per item and wake time.
    void woke(const QList<qint64> &ids);

private:
    qint64 now() const;
    bool load();
    void save() const;

    ItemStore *m_store;
    QString m_stateFile;
    Clock m_clock;
    QTimer m_timer;       ///< Next wake.
    QTimer m_recheck;     ///< Coalesces store changes.
    qint64 m_reportedUntil = 0;
    std::optional<qint64> m_next;
    bool m_started = false;
};

} // namespace fi
