// DND backends for freedesktop desktops: dunst, KDE Plasma, GNOME. Only built where QtDBus and
// a freedesktop session bus make sense; elsewhere detectDndBackend() returns the no-op backend.
#include "dnd/dndbackend.h"

#include <QCoreApplication>

#include "platformfeatures.h"

#if FI_HAVE_FREEDESKTOP
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#include <QProcess>
#endif

namespace fi {

#if FI_HAVE_FREEDESKTOP
namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
constexpr int kTimeoutMs = 2000;


QDBusMessage callNotifications(const QString &interface, const QString &method, const QVariantList &args)
{
    QDBusMessage msg = QDBusMessage::createMethodCall(kService, kPath, interface, method);
    msg.setArguments(args);
    return QDBusConnection::sessionBus().call(msg, QDBus::Block, kTimeoutMs);
}

/// dunst: org.dunstproject.cmd0 property "paused" (what `dunstctl set-paused` writes).
class DunstBackend final : public DndBackend {
public:
    QString id() const override { return QStringLiteral("dunst"); }
    QString displayName() const override { return QCoreApplication::translate("fi::DndBackend", "dunst"); }
    std::optional<bool> isEnabled() override
    {
        const QDBusMessage reply = callNotifications(
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
            {QStringLiteral("org.dunstproject.cmd0"), QStringLiteral("paused")});
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return std::nullopt;
        return reply.arguments().first().value<QDBusVariant>().variant().toBool();
    }
    bool setEnabled(bool on) override
    {
        const QDBusMessage reply =
            callNotifications(QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Set"),
                              {QStringLiteral("org.dunstproject.cmd0"), QStringLiteral("paused"),
                               QVariant::fromValue(QDBusVariant(on))});
        return reply.type() == QDBusMessage::ReplyMessage;
    }
    bool showsCriticalDuringDnd() const override { return false; }  // 1.9's pause has no override
};

/// KDE Plasma: Inhibit() returns a cookie; the inhibition ends with UnInhibit(cookie) or when our
/// bus connection goes away (so a crash cannot leave Plasma silenced).
class KdeBackend final : public DndBackend {
public:
    QString id() const override { return QStringLiteral("kde"); }
    QString displayName() const override { return QCoreApplication::translate("fi::DndBackend", "KDE Plasma"); }
    std::optional<bool> isEnabled() override
    {
        const QDBusMessage reply = callNotifications(QStringLiteral("org.freedesktop.DBus.Properties"),
                                                     QStringLiteral("Get"), {kService, QStringLiteral("Inhibited")});
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return m_cookie != 0;
        return reply.arguments().first().value<QDBusVariant>().variant().toBool();
    }
    bool setEnabled(bool on) override
    {
        if (on && m_cookie == 0) {
            const QDBusMessage reply = callNotifications(
                kService, QStringLiteral("Inhibit"),
                {QStringLiteral("dev.focusinbox.FocusInbox"), QCoreApplication::translate("fi::DndBackend", "Focus session"), QVariantMap()});
            if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
                return false;
            m_cookie = reply.arguments().first().toUInt();
        } else if (!on && m_cookie != 0) {
            callNotifications(kService, QStringLiteral("UnInhibit"), {m_cookie});
            m_cookie = 0;
        }
        return true;
    }
    bool showsCriticalDuringDnd() const override { return true; }

private:
    uint m_cookie = 0;
};

/// GNOME: show-banners=false is GNOME's "Do Not Disturb". Through the gsettings tool, so no
/// GIO dependency is linked into the app.
class GnomeBackend final : public DndBackend {
public:
    QString id() const override { return QStringLiteral("gnome"); }
    QString displayName() const override { return QCoreApplication::translate("fi::DndBackend", "GNOME"); }
    std::optional<bool> isEnabled() override
    {
        QProcess p;
        p.start(QStringLiteral("gsettings"),
                {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.notifications"), QStringLiteral("show-banners")});
        if (!p.waitForFinished(kTimeoutMs) || p.exitCode() != 0)
            return std::nullopt;
        return p.readAllStandardOutput().trimmed() == "false";
    }
    bool setEnabled(bool on) override
    {
        QProcess p;
        p.start(QStringLiteral("gsettings"), {QStringLiteral("set"), QStringLiteral("org.gnome.desktop.notifications"),
                                              QStringLiteral("show-banners"),
                                              on ? QStringLiteral("false") : QStringLiteral("true")});
        return p.waitForFinished(kTimeoutMs) && p.exitCode() == 0;
    }
    bool showsCriticalDuringDnd() const override { return false; }  // banners hidden
};

} // namespace

std::unique_ptr<DndBackend> detectDndBackend()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(kService).value())
        return noDndBackend();
    const QDBusMessage info = callNotifications(kService, QStringLiteral("GetServerInformation"), {});
    const QVariantList args = info.arguments();
    const QString name = args.value(0).toString().toLower();
    const QString vendor = args.value(1).toString().toLower();
    if (name == QLatin1String("dunst"))
        return std::make_unique<DunstBackend>();
    if (vendor.contains(QLatin1String("kde")) || name.contains(QLatin1String("plasma")))
        return std::make_unique<KdeBackend>();
    if (name.contains(QLatin1String("gnome")))
        return std::make_unique<GnomeBackend>();
    return noDndBackend();
}

std::unique_ptr<DndBackend> dndBackendById(const QString &id)
{
    if (id == QLatin1String("dunst"))
        return std::make_unique<DunstBackend>();
    if (id == QLatin1String("kde"))
        return std::make_unique<KdeBackend>();
    if (id == QLatin1String("gnome"))
        return std::make_unique<GnomeBackend>();
    return noDndBackend();
}

#else  // Windows, macOS, the portable build: the interface compiles; nothing to drive.

std::unique_ptr<DndBackend> detectDndBackend() { return noDndBackend(); }
std::unique_ptr<DndBackend> dndBackendById(const QString &) { return noDndBackend(); }

#endif

} // namespace fi
