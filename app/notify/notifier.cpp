#include "notify/notifier.h"

#include "plaintext.h"

#include <QSystemTrayIcon>

#include "platformfeatures.h"

#if FI_HAVE_FREEDESKTOP
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#endif

namespace fi {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

FreedesktopNotifier::FreedesktopNotifier(QObject *parent) : Notifier(parent)
{
#if FI_HAVE_FREEDESKTOP
    // D-Bus signals can only be connected by signature (no pointer-to-member form exists).
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(kService, kPath, kService, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kService, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
#endif
}

bool FreedesktopNotifier::isServiceAvailable()
{
#if FI_HAVE_FREEDESKTOP
    QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(kService).value();
#else
    return false;
#endif
}

quint32 FreedesktopNotifier::notify(const NotificationRequest &request)
{
#if FI_HAVE_FREEDESKTOP
    QStringList actions;
    for (const auto &[key, label] : request.actions)
        actions << key << label;
    QVariantMap hints;
    const bool quiet = request.quiet && !request.critical;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(request.critical ? 2 : quiet ? 0 : 1)));
    if (quiet)
        hints.insert(QStringLiteral("suppress-sound"), true);
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("dev.focusinbox.FocusInbox"));
    if (!request.category.isEmpty())
        hints.insert(QStringLiteral("category"), request.category);
    // The summary is plain text by the spec; the body is markup wherever the server says it
    // interprets markup, so text from strangers in it is escaped there.
    const QString body = serverInterpretsBodyMarkup() ? notificationBodyMarkup(request.body) : request.body;
    QDBusMessage msg = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    msg.setArguments({QStringLiteral("Focus Inbox"), uint(request.replacesId), QString(),
                      request.summary, body, actions, hints, int(-1)});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(msg, QDBus::Block, 3000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        qWarning("Notification not shown: %s", qPrintable(reply.errorMessage()));
        return 0;
    }
    return reply.arguments().first().toUInt();
#else
    Q_UNUSED(request);
    return 0;
#endif
}

bool FreedesktopNotifier::serverInterpretsBodyMarkup()
{
#if FI_HAVE_FREEDESKTOP
    if (!m_capabilitiesKnown) {
        const QDBusMessage reply = QDBusConnection::sessionBus().call(
            QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("GetCapabilities")), QDBus::Block,
            3000);
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
            m_bodyMarkup = reply.arguments().first().toStringList().contains(QLatin1String("body-markup"));
            m_capabilitiesKnown = true;
        } else {
            return true;  // unknown: escaping is the safe side (at worst "&lt;" shows through)
        }
    }
#endif
    return m_bodyMarkup;
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &key) { Q_EMIT actionInvoked(id, key); }

void FreedesktopNotifier::onClosed(uint id, uint) { Q_EMIT closed(id); }

TrayNotifier::TrayNotifier(QSystemTrayIcon *tray, QObject *parent) : Notifier(parent), m_tray(tray)
{
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { Q_EMIT actionInvoked(m_lastId, QStringLiteral("default")); });
}

quint32 TrayNotifier::notify(const NotificationRequest &request)
{
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return 0;
    m_tray->showMessage(request.summary, request.body,
                        request.critical ? QSystemTrayIcon::Warning
                        : request.quiet  ? QSystemTrayIcon::NoIcon
                                         : QSystemTrayIcon::Information,
                        10000);
    m_lastId = request.replacesId ? request.replacesId : m_lastId + 1;
    return m_lastId;
}

std::unique_ptr<Notifier> createNotifier(QSystemTrayIcon *tray, QObject *parent)
{
    if (FreedesktopNotifier::isServiceAvailable())
        return std::make_unique<FreedesktopNotifier>(parent);
    return std::make_unique<TrayNotifier>(tray, parent);
}

} // namespace fi
