#include "session/traysession.h"

#include "mainwindow.h"
#include "session/itemopener.h"
#include "sync/syncmanager.h"
#include "trayicon.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

namespace fi {

namespace {
constexpr int kMessageMs = 10000;
} // namespace

TraySession::TraySession(MainWindow *window, TrayIcon *tray, SyncManager *sync, QObject *parent)
    : QObject(parent), m_window(window), m_tray(tray)
{
    m_trayAvailable = [tray] { return tray->systemTrayIcon() && QSystemTrayIcon::isSystemTrayAvailable(); };
    QApplication::setQuitOnLastWindowClosed(false);
    window->installEventFilter(this);
    connect(tray, &TrayIcon::showWindowRequested, window, [window] { showMainWindow(window); });
    connect(tray, &TrayIcon::syncRequested, sync, &SyncManager::syncAll);
    connect(tray, &TrayIcon::quitRequested, this, &TraySession::quit);
    connect(window, &MainWindow::quitRequested, this, &TraySession::quit);
}

TraySession::~TraySession()
{
    m_window->removeEventFilter(this);
}

void TraySession::quit()
{
    m_quitting = true;
    QCoreApplication::quit();  // closes the windows first (Qt 6); the filter lets them go
}

bool TraySession::eventFilter(QObject *watched, QEvent *event)
{
    // Let MainWindow::closeEvent run (it saves the geometry); decide once the close went through.
    if (watched == m_window && event->type() == QEvent::Close && !m_quitting)
        QTimer::singleShot(0, this, &TraySession::closed);
    return QObject::eventFilter(watched, event);
}

void TraySession::closed()
{
    if (m_quitting || m_window->isVisible())
        return;  // quitting anyway, or the close was refused
    if (!m_trayAvailable()) {
        quit();  // nowhere to live on: closing the window ends the app
        return;
    }
    QSettings settings;
    if (settings.value(closeMessageShownKey(), false).toBool())
        return;
    const QString title = tr("Focus Inbox is still running");
    const QString text = tr("It keeps syncing and guarding your focus from the tray. To quit, choose Quit "
                            "in the tray menu or File ▸ Quit.");
    if (QSystemTrayIcon *icon = m_tray->systemTrayIcon())
        icon->showMessage(title, text, QSystemTrayIcon::Information, kMessageMs);
    settings.setValue(closeMessageShownKey(), true);
    Q_EMIT closeMessageShown(title, text);
}

} // namespace fi
