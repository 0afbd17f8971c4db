#pragma once
/// @file snoozewakefeature.h
/// @brief Issue 12 in the running app: snoozed items come back at their time. A SnoozeWaker
/// (models/snooze/snoozewaker.h) reports each wake once — also, at start-up, the wakes that
/// happened while the app was not running; then the inbox reloads (a wake writes nothing to
/// the store, so the model would not notice on its own) and the focus controller announces the
/// items or holds them for the session's digest (FocusController::onWokenItems). GUI thread only.

#include <QObject>

#include <memory>

namespace fi {

class FocusController;
class InboxModel;
class ItemStore;
class SnoozeWaker;

class SnoozeWakeFeature : public QObject {
    Q_OBJECT
public:
    /// File name of the waker's watermark in the data directory.
    static constexpr const char *kStateFileName = "snooze-wakes.json";

    /// None of the pointers is owned; all must outlive this object. @p inbox may be null (no window).
    SnoozeWakeFeature(ItemStore *store, const QString &dataDir, FocusController *focus, InboxModel *inbox,
                      QObject *parent = nullptr);
    ~SnoozeWakeFeature() override;

    /// Report what woke while the app was closed, then follow the store. Call once, after the
    /// focus controller started (a session resumed at start-up holds those wakes too).
    void start();

    SnoozeWaker *waker() const { return m_waker.get(); }

private:
    void onWoke(const QList<qint64> &ids);

    FocusController *m_focus;
    InboxModel *m_inbox;
    std::unique_ptr<SnoozeWaker> m_waker;
};

} // namespace fi
