#pragma once
/// @file dunstfixture.h
/// @brief A private desktop for notification tests: Xvfb on a free display, a session bus
/// (dbus-daemon --session) and a real dunst on it, all started and stopped by the fixture
/// with explicit environment (nothing of the caller's desktop is touched).

#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

namespace fi::test {

/// dunst's three queues as `dunstctl count` reports them.
struct DunstCounts {
    int waiting = 0;    ///< Received while paused (shown after unpausing).
    int displayed = 0;
    int history = 0;    ///< Closed or expired.
    int total() const { return waiting + displayed + history; }
};

class DunstFixture {
public:
    DunstFixture();
    ~DunstFixture();  ///< Stops dunst, the bus and Xvfb.

    /// Extra lines for dunstrc's [global] section (e.g. "    markup = full\n"); before start().
    void setGlobalSettings(const QByteArray &lines) { m_extraGlobal = lines; }
    /// Start everything; @return false with *error set (missing tool, timeout).
    bool start(QString *error);
    /// DISPLAY and DBUS_SESSION_BUS_ADDRESS of the private desktop on top of the system environment.
    QProcessEnvironment environment() const;
    QString display() const { return m_display; }

    /// Run `dunstctl args…` on the private bus. @return stdout (trimmed); *ok = exit code 0.
    QByteArray dunstctl(const QStringList &args, bool *ok = nullptr) const;
    bool isPaused() const;
    DunstCounts counts() const;
    /// Close displayed notifications and return dunst's history: [{"summary", "body", "urgency"}…],
    /// newest first (`dunstctl history`, values unwrapped; urgency "critical" or "normal", read
    /// from the per-urgency timeout the fixture configures).
    QJsonArray closeAllAndHistory() const;
    /// Start the real focusinbox GUI on the private desktop (xcb platform, HOME = @p home, its
    /// own XDG config dir) with `--data-dir dataDir`; its output goes to the test's output.
    /// @return the running process, or nullptr when it did not start within 10 s.
    std::unique_ptr<QProcess> launchApp(const QString &home, const QString &dataDir) const;
    /// Window ids on the private display whose title contains @p title (xdotool search --name).
    QStringList findWindows(const QString &title) const;
    /// Opt-in, after start(): gnome-keyring's Secret Service (unlocked, its files in the fixture's
    /// temporary directory) on the private session bus, so the app and CLI processes given
    /// environment()'s bus can keep secrets. Stopped before the bus. @return false with *error.
    bool startKeyring(QString *error);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_xvfb;
    QProcess m_bus;
    QProcess m_dunst;
    QProcess m_keyring;
    QString m_display;
    QString m_busAddress;
    QByteArray m_extraGlobal;
};

} // namespace fi::test
