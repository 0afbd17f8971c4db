#pragma once
/// @file traysession.h
/// @brief The app's life with the tray (issue 16): the tray's Open shows and raises the window,
/// Sync now syncs, Quit (tray or File ▸ Quit) really quits; closing the window keeps the app
/// running in the tray when there is one, and says so the first time (a tray message, once:
/// remembered in QSettings under closeMessageShownKey()). Without a tray, closing the window
/// quits, as before. GUI thread only.

#include <QObject>
#include <QString>

#include <functional>

namespace fi {

class MainWindow;
class SyncManager;
class TrayIcon;

class TraySession : public QObject {
    Q_OBJECT
public:
    /// None of the pointers is owned; all must outlive this object. Installs an event filter on
    /// @p window and turns QApplication::quitOnLastWindowClosed off (quitting is decided here).
    TraySession(MainWindow *window, TrayIcon *tray, SyncManager *sync, QObject *parent = nullptr);
    ~TraySession() override;

    /// Whether closing the window keeps the app in the tray. Default: the tray icon exists and
    /// QSystemTrayIcon::isSystemTrayAvailable() (asked at each close: a panel may come and go).
    void setTrayAvailable(std::function<bool()> available) { m_trayAvailable = std::move(available); }

    /// QSettings key (bool) remembering that the close message was shown.
    static QString closeMessageShownKey() { return QStringLiteral("Tray/closeMessageShown"); }
    /// Whether quit() was called (closing windows from now on is part of quitting).
    bool isQuitting() const { return m_quitting; }

public Q_SLOTS:
    /// Quit for real: File ▸ Quit, the tray's Quit, or closing the window without a tray.
    void quit();

Q_SIGNALS:
    /// The one-time "still running in the tray" message was shown (@p title, @p text).
    void closeMessageShown(const QString &title, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void closed();

    MainWindow *m_window;
    TrayIcon *m_tray;
    std::function<bool()> m_trayAvailable;
    bool m_quitting = false;
};

} // namespace fi
