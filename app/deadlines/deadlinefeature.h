#pragma once
/// @file deadlinefeature.h
/// @brief Issue 4 in the running app: applies a new configuration (save config.json, new
/// tiering for the sync, due texts, recompute of every open item's due on the store's writer
/// thread) and resumes paused clocks ("snooze and pause") when their snooze time has passed
/// (checked at start and every 30 s). GUI thread only.

#include "config/appconfig.h"

#include <QObject>
#include <QTimer>

namespace fi {

class ItemStore;
class MainWindow;
class SyncManager;

class DeadlineFeature : public QObject {
    Q_OBJECT
public:
    /// None of the pointers is owned; all must outlive this object.
    DeadlineFeature(ItemStore *store, const AppConfig &config, QString configPath, MainWindow *window,
                    SyncManager *sync, QObject *parent = nullptr);

    /// Save @p config to config.json, hand it to the sync, the window and the store (recompute).
    void applyConfig(const AppConfig &config);
    /// As applyConfig() without writing config.json: @p config was read from it (another
    /// process, `focusinbox rules apply`, changed the file).
    void adoptConfig(const AppConfig &config);
    /// Resume paused clocks whose snooze time has passed (at @p nowMs, UTC epoch ms).
    void resumePaused(qint64 nowMs);

private:
    ItemStore *m_store;
    AppConfig m_config;
    QString m_configPath;
    MainWindow *m_window;
    SyncManager *m_sync;
    QTimer m_wakeTimer;
};

} // namespace fi
