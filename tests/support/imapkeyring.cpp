#include "imapkeyring.h"

#include "secrets/secretstore.h"

#include <QThread>

namespace fi::test {

KeyringSession::KeyringSession()
{
    m_hadAddress = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
    m_oldAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
}

KeyringSession::~KeyringSession()
{
    secrets::shutdown(); // before the bus goes: GLib would SIGTERM us when its connection closes
    for (QProcess *p : {&m_keyring, &m_bus}) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished(2000);
            }
        }
    }
    if (m_hadAddress)
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_oldAddress);
    else
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

bool KeyringSession::start()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
    m_bus.setProcessEnvironment(env);
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    if (!m_bus.waitForStarted(5000) || !m_bus.waitForReadyRead(5000)) {
        m_error = QStringLiteral("dbus-daemon did not start: ") + m_bus.errorString();
        return false;
    }
    const QByteArray address = m_bus.readLine().trimmed();
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(address));
    m_keyring.setProcessEnvironment(env);
    // The login password goes in on stdin (--unlock), through a shell pipe as in a session start-up.
    m_keyring.start(QStringLiteral("sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("printf %s keyring-test-login-password | exec gnome-keyring-daemon "
                                    "--foreground --components=secrets --unlock")});
    if (!m_keyring.waitForStarted(5000)) {
        m_error = QStringLiteral("gnome-keyring-daemon did not start: ") + m_keyring.errorString();
        return false;
    }
    // Wait until org.freedesktop.secrets is on the bus.
    QByteArray lastProbe;
    for (int i = 0; i < 100; ++i) {
        QProcess probe;
        probe.setProcessEnvironment(env);
        probe.start(QStringLiteral("dbus-send"),
                    {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                     QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                     QStringLiteral("org.freedesktop.DBus.NameHasOwner"), QStringLiteral("string:org.freedesktop.secrets")});
        probe.waitForFinished(5000);
        lastProbe = probe.readAllStandardOutput() + probe.readAllStandardError();
        if (lastProbe.contains("boolean true"))
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("gnome-keyring did not register org.freedesktop.secrets: ")
        + QString::fromLocal8Bit(m_keyring.readAllStandardError() + m_keyring.readAllStandardOutput() + lastProbe)
        + QStringLiteral(" (bus %1, keyring %2)").arg(QString::fromUtf8(address)).arg(int(m_keyring.state()));
    return false;
}

} // namespace fi::test
