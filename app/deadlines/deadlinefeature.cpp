#include "deadlines/deadlinefeature.h"

#include "deadlines/itemdeadlines.h"
#include "mainwindow.h"
#include "plaintext.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"

#include <QDateTime>
#include <QMessageBox>
#include <QStatusBar>

namespace fi {

namespace {
constexpr int kWakeCheckMs = 30 * 1000;
}

DeadlineFeature::DeadlineFeature(ItemStore *store, const AppConfig &config, QString configPath,
                                 MainWindow *window, SyncManager *sync, QObject *parent)
    : QObject(parent), m_store(store), m_config(config), m_configPath(std::move(configPath)),
      m_window(window), m_sync(sync)
{
    m_window->setAppConfig(m_config);
    connect(m_window, &MainWindow::preferencesChanged, this, &DeadlineFeature::applyConfig);
    m_wakeTimer.setInterval(kWakeCheckMs);
    connect(&m_wakeTimer, &QTimer::timeout, this,
            [this] { resumePaused(QDateTime::currentMSecsSinceEpoch()); });
    m_wakeTimer.start();
    resumePaused(QDateTime::currentMSecsSinceEpoch());  // items that woke while the app was off
}

void DeadlineFeature::applyConfig(const AppConfig &config)
{
    QString error;
    if (!config.save(m_configPath, &error))
        plainMessageBox(m_window, QMessageBox::Warning, tr("Preferences"),
                        tr("Could not save %1: %2").arg(m_configPath, error));
    adoptConfig(config);
}

void DeadlineFeature::adoptConfig(const AppConfig &config)
{
    m_config = config;
    m_sync->setConfig(config);
    m_window->setAppConfig(config);
    const ItemDeadlines deadlines(config);
    m_store->recomputeDue([deadlines](const Item &item) { return deadlines.dueOf(item); })
        .then(this, [this](int changed) {
            if (changed > 0)
                m_window->statusBar()->showMessage(tr("Deadlines of %n item(s) recomputed", nullptr, changed), 8000);
        });
}

void DeadlineFeature::resumePaused(qint64 nowMs)
{
    const ItemDeadlines deadlines(m_config);
    m_store->resumePausedClocks(nowMs, [deadlines](const Item &item, qint64 wakeMs, qint64 remaining) {
        return deadlines.resumedDue(item, wakeMs, remaining);
    });
}

} // namespace fi
