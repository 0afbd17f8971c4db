#include "focus/focusfeature.h"

#include "dnd/dndbackend.h"
#include "focus/digestdialog.h"
#include "focus/dndguard.h"
#include "focus/focuscontroller.h"
#include "focus/focusindicator.h"
#include "focus/focusmenu.h"
#include "inboxmodel.h"
#include "mainwindow.h"
#include "notify/notifier.h"
#include "session/itemopener.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"
#include "trayicon.h"

#include <QAction>
#include <QDateTime>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>

namespace fi {

FocusFeature::FocusFeature(ItemStore *store, const AppConfig &config, const QString &dataDir, MainWindow *window,
                           TrayIcon *tray, SyncManager *sync, QObject *parent)
    : QObject(parent), m_store(store), m_window(window), m_tray(tray)
{
    m_notifier = createNotifier(tray->systemTrayIcon());
    m_controller = std::make_unique<FocusController>(store, config, dataDir, m_notifier.get(), detectDndBackend());
    // Issue 12: "snooze until after this focus session" (palette, snooze picker) asks the window.
    window->setFocusEndSource([controller = QPointer<FocusController>(m_controller.get())]() -> std::optional<qint64> {
        if (!controller || !controller->isFocusing())
            return std::nullopt;
        return QDateTime::currentMSecsSinceEpoch() + controller->remainingMs();
    });

    // Menus: the window's menu bar and Shift+F in the window ("Start focus": the default length
    // from Preferences ▸ Focus; f flags an item, issue 12). The tray menu's own entries (issue 16:
    // Start focus 25 / 50 / 90 min, End focus) reach the same controller.
    m_windowMenu = std::make_unique<FocusMenu>(window);
    window->menuBar()->addMenu(m_windowMenu.get());
    connect(tray, &TrayIcon::startFocusRequested, m_controller.get(), &FocusController::startFor);
    connect(tray, &TrayIcon::endFocusRequested, m_controller.get(), &FocusController::stop);
    QAction *shortcut = m_windowMenu->defaultStartAction();
    shortcut->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F));
    shortcut->setShortcutContext(Qt::WindowShortcut);
    window->addAction(shortcut);
    FocusMenu *menu = m_windowMenu.get();
    connect(menu, &FocusMenu::startRequested, m_controller.get(), &FocusController::startFor);
    connect(menu, &FocusMenu::stopRequested, m_controller.get(), &FocusController::stop);
    connect(menu, &FocusMenu::extendRequested, m_controller.get(), &FocusController::extend);
    connect(menu, &FocusMenu::startUntilRequested, this, [this](QTime until) {
        QDateTime end(QDate::currentDate(), until);
        if (end <= QDateTime::currentDateTime())
            end = end.addDays(1);
        m_controller->startUntil(end.toMSecsSinceEpoch());
    });
    m_indicator = new FocusIndicator(window->statusBar());
    window->statusBar()->addPermanentWidget(m_indicator);
    m_indicator->setDndBackend(m_controller->dndBackend()->displayName(), m_controller->dndBackend()->isFunctional());
    m_digest = new DigestDialog(window);
    connect(m_digest, &DigestDialog::itemActivated, this, [this](qint64 id) { showItems({id}); });

    connect(m_controller.get(), &FocusController::stateChanged, this, &FocusFeature::updateState);
    connect(m_controller.get(), &FocusController::openItemsRequested, this, &FocusFeature::showItems);
    connect(m_controller.get(), &FocusController::digestOpenRequested, this, &FocusFeature::showDigest);
    connect(sync, &SyncManager::newItems, m_controller.get(), &FocusController::onNewItems);
    connect(sync, &SyncManager::allFinished, m_controller.get(), &FocusController::setReady);

    // Issue 14: Preferences ▸ Focus applies on OK, without a restart; its "Test" button tries the
    // DND backend detected above.
    m_windowMenu->setDefaultMinutes(config.focus.defaultSessionMinutes);
    connect(window, &MainWindow::preferencesChanged, this, &FocusFeature::applyConfig);
    DndBackend *backend = m_controller->dndBackend();
    window->setDndProbe({backend->displayName(), backend->isFunctional(),
                         [controller = QPointer<FocusController>(m_controller.get())] {
                             return controller ? testDesktopDnd(*controller->dndBackend()) : QString();
                         }});

    m_controller->start();
}

FocusFeature::~FocusFeature() = default;

void FocusFeature::applyConfig(const AppConfig &config)
{
    m_windowMenu->setDefaultMinutes(config.focus.defaultSessionMinutes);
    m_controller->setConfig(config);
}

void FocusFeature::showWindow()
{
    showMainWindow(m_window);  // also out of the tray or the taskbar (issue 16)
}

void FocusFeature::showItems(const QList<qint64> &ids)
{
    showWindow();
    if (ids.isEmpty())
        return;
    m_window->openItem(ids.first());
}

void FocusFeature::showDigest(const QList<qint64> &ids)
{
    QList<Item> items;
    for (qint64 id : ids) {
        if (const auto item = m_store->item(id))
            items.append(*item);
    }
    m_digest->setItems(items, QDateTime::currentMSecsSinceEpoch());
    showWindow();
    m_digest->show();
    m_digest->raise();
}

void FocusFeature::updateState(bool focusing, qint64 remainingMs, int held)
{
    m_windowMenu->setFocusing(focusing);
    m_indicator->setState(focusing, remainingMs, held);
    // The tray's tooltip names the end ("Focusing until 11:30"), to the second so the minute shown
    // does not flicker with the ms the timer fires late.
    const qint64 endMs = focusing ? (QDateTime::currentMSecsSinceEpoch() + remainingMs + 500) / 1000 * 1000 : 0;
    m_tray->setFocusState(focusing, endMs, held);
}

} // namespace fi
