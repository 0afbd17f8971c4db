#include "dunstfixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QThread>

namespace fi::test {

namespace {

/// Poll @p condition every 50 ms until it holds or @p ms pass (fixture setup, not an assertion).
template <typename F>
bool waitFor(F condition, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    return true;
}

void stop(QProcess &p)
{
    if (p.state() == QProcess::NotRunning)
        return;
    p.terminate();
    if (!p.waitForFinished(3000)) {
        p.kill();
        p.waitForFinished(3000);
    }
}

const char kDunstrc[] = "[global]\n"
                        "    notification_limit = 0\n"
                        "    idle_threshold = 0\n"
                        "    show_indicators = no\n"
                        // Nothing expires during a test; critical ones are told apart by their
                        // timeout (0), because dunst 1.9's history JSON has no urgency field.
                        "[urgency_low]\n    timeout = 3600\n"
                        "[urgency_normal]\n    timeout = 3600\n"
                        "[urgency_critical]\n    timeout = 0\n";

} // namespace

DunstFixture::DunstFixture() : m_dir(std::make_unique<QTemporaryDir>()) {}

DunstFixture::~DunstFixture()
{
    stop(m_dunst);
    stop(m_keyring);
    stop(m_bus);
    stop(m_xvfb);
}

bool DunstFixture::start(QString *error)
{
    for (const char *tool : {"Xvfb", "dbus-daemon", "dunst", "dunstctl", "xdotool"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            *error = QStringLiteral("%1 is not installed (scripts/deps.sh TEST_PACKAGES)").arg(QLatin1String(tool));
            return false;
        }
    }
    // A free display: the lowest :N above 90 without an X socket or lock file.
    for (int n = 90 + int(QCoreApplication::applicationPid() % 200);; ++n) {
        if (!QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)) &&
            !QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(n))) {
            m_display = QStringLiteral(":%1").arg(n);
            break;
        }
    }
    m_xvfb.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_xvfb.start(QStringLiteral("Xvfb"), {m_display, QStringLiteral("-screen"), QStringLiteral("0"),
                                          QStringLiteral("1280x1024x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(m_display.mid(1));
    if (!m_xvfb.waitForStarted(5000) || !waitFor([&] { return QFile::exists(socket); }, 10000)) {
        *error = QStringLiteral("Xvfb did not start on %1").arg(m_display);
        return false;
    }
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    if (!m_bus.waitForStarted(5000) || !waitFor([&] { return m_bus.waitForReadyRead(100) || m_bus.canReadLine(); }, 10000)) {
        *error = QStringLiteral("dbus-daemon did not start");
        return false;
    }
    m_busAddress = QString::fromUtf8(m_bus.readLine().trimmed());
    const QString rc = m_dir->filePath(QStringLiteral("dunstrc"));
    QFile file(rc);
    QByteArray config(kDunstrc);
    config.insert(int(sizeof("[global]\n") - 1), m_extraGlobal);
    if (!file.open(QIODevice::WriteOnly) || file.write(config) < 0) {
        *error = file.errorString();
        return false;
    }
    file.close();
    m_dunst.setProcessEnvironment(environment());
    m_dunst.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_dunst.start(QStringLiteral("dunst"), {QStringLiteral("-config"), rc});
    bool ok = false;
    if (!m_dunst.waitForStarted(5000) || !waitFor([&] { dunstctl({QStringLiteral("is-paused")}, &ok); return ok; }, 15000)) {
        *error = QStringLiteral("dunst did not come up on the private bus");
        return false;
    }
    return true;
}

QProcessEnvironment DunstFixture::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("dunst-test"));
    return env;
}

QByteArray DunstFixture::dunstctl(const QStringList &args, bool *ok) const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral("dunstctl"), args);
    const bool finished = p.waitForFinished(10000);
    if (ok)
        *ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return p.readAllStandardOutput().trimmed();
}

bool DunstFixture::isPaused() const { return dunstctl({QStringLiteral("is-paused")}) == "true"; }

DunstCounts DunstFixture::counts() const
{
    DunstCounts c;
    bool ok = false;
    c.waiting = dunstctl({QStringLiteral("count"), QStringLiteral("waiting")}, &ok).toInt();
    c.displayed = dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).toInt();
    c.history = dunstctl({QStringLiteral("count"), QStringLiteral("history")}).toInt();
    if (!ok)
        c.waiting = -1000;  // makes every comparison fail visibly
    return c;
}

QJsonArray DunstFixture::closeAllAndHistory() const
{
    dunstctl({QStringLiteral("close-all")});
    const QJsonObject root = QJsonDocument::fromJson(dunstctl({QStringLiteral("history")})).object();
    QJsonArray out;
    for (const QJsonValue &group : root.value(QStringLiteral("data")).toArray()) {
        for (const QJsonValue &n : group.toArray()) {
            const QJsonObject o = n.toObject();
            const auto data = [&](const char *key) { return o.value(QLatin1String(key)).toObject().value(QStringLiteral("data")); };
            out.append(QJsonObject{{QStringLiteral("summary"), data("summary").toString()},
                                   {QStringLiteral("body"), data("body").toString()},
                                   {QStringLiteral("urgency"), data("timeout").toInteger() == 0 ? QStringLiteral("critical")
                                                                                                  : QStringLiteral("normal")}});
        }
    }
    return out;
}

bool DunstFixture::startKeyring(QString *error)
{
    if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("dbus-send")).isEmpty()) {
        *error = QStringLiteral("gnome-keyring-daemon or dbus-send is not installed (scripts/deps.sh TEST_PACKAGES)");
        return false;
    }
    // Its own home and runtime dir: nothing of the caller's keyrings is read or written.
    const QString home = m_dir->filePath(QStringLiteral("keyring"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    if (!QDir().mkpath(home) || !QFile::setPermissions(home, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        *error = QStringLiteral("cannot create %1").arg(home);
        return false;
    }
    m_keyring.setProcessEnvironment(env);
    m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The login password on stdin (--unlock), as a session start-up pipes it.
    m_keyring.start(QStringLiteral("sh"), {QStringLiteral("-c"),
                                          QStringLiteral("printf %s dunst-fixture-password | exec gnome-keyring-daemon "
                                                         "--foreground --components=secrets --unlock")});
    const auto registered = [&] {
        QProcess probe;
        probe.setProcessEnvironment(env);
        probe.start(QStringLiteral("dbus-send"),
                    {QStringLiteral("--session"), QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.DBus"),
                     QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                     QStringLiteral("string:org.freedesktop.secrets")});
        probe.waitForFinished(5000);
        return probe.readAllStandardOutput().contains("boolean true");
    };
    if (!m_keyring.waitForStarted(5000) || !waitFor(registered, 15000)) {
        *error = QStringLiteral("gnome-keyring did not register org.freedesktop.secrets on the private bus");
        return false;
    }
    return true;
}

QStringList DunstFixture::findWindows(const QString &title) const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--name"), title});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

std::unique_ptr<QProcess> DunstFixture::launchApp(const QString &home, const QString &dataDir) const
{
    auto app = std::make_unique<QProcess>();
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    app->setProcessEnvironment(env);
    app->setProcessChannelMode(QProcess::ForwardedChannels);
    app->start(QStringLiteral(FOCUSINBOX_CLI), {QStringLiteral("--data-dir"), dataDir});
    if (!app->waitForStarted(10000))
        return nullptr;
    return app;
}

} // namespace fi::test
