#pragma once
/// @file notifier.h
/// @brief Posting desktop notifications: the freedesktop service over QtDBus, or the tray icon
/// (QSystemTrayIcon::showMessage) where there is no such service. GUI thread only.

#include <QObject>
#include <QPair>
#include <QStringList>

#include <memory>

class QSystemTrayIcon;

namespace fi {

/// One notification to post.
struct NotificationRequest {
    QString summary;  ///< Plain text (may hold a sender's name).
    QString body;     ///< Plain text (may hold a subject); the notifier escapes it as its server needs.
    QList<QPair<QString, QString>> actions;  ///< (key, translated label); "default" = click on the bubble.
    bool critical = false;                    ///< urgency 2 (shown during KDE's DND).
    /// Urgency 0 (low) and the "suppress-sound" hint (issue 14, a tier set to "quiet");
    /// ignored when critical.
    bool quiet = false;
    quint32 replacesId = 0;                   ///< Update this notification in place (coalescing).
    QString category;                         ///< freedesktop category, e.g. "email.arrived".
};

class Notifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    /// Post @p request. @return the notification id (> 0), or 0 when it could not be shown.
    virtual quint32 notify(const NotificationRequest &request) = 0;
    /// "freedesktop" or "tray".
    virtual QString kind() const = 0;

Q_SIGNALS:
    /// The user chose action @p key on notification @p id.
    void actionInvoked(quint32 id, const QString &key);
    /// The notification went away (expired, dismissed, replaced by the server).
    void closed(quint32 id);
};

/// org.freedesktop.Notifications (Desktop Notifications Specification 1.2). Actions come back
/// through the ActionInvoked signal with the id Notify returned, so items are identified exactly.
/// NotificationRequest's summary and body are plain text: the body is markup-escaped for a
/// server with the "body-markup" capability (it may interpret <b>, <a href>, <img src>).
class FreedesktopNotifier final : public Notifier {
    Q_OBJECT
public:
    explicit FreedesktopNotifier(QObject *parent = nullptr);
    /// Whether org.freedesktop.Notifications is on the session bus.
    static bool isServiceAvailable();
    quint32 notify(const NotificationRequest &request) override;
    QString kind() const override { return QStringLiteral("freedesktop"); }

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &key);
    void onClosed(uint id, uint reason);

private:
    /// Whether the server advertises "body-markup" (GetCapabilities, asked once and
    /// remembered; true while it cannot be asked). Such a server gets an escaped body.
    bool serverInterpretsBodyMarkup();

    bool m_capabilitiesKnown = false;
    bool m_bodyMarkup = true;
};

/// Fallback through the tray icon's balloon: one message at a time; a click on it invokes
/// the "default" action of the last message. Summary and body stay plain text (Qt's balloon
/// shows both with Qt::PlainText). Does not own @p tray (may be null: then nothing shows).
class TrayNotifier final : public Notifier {
    Q_OBJECT
public:
    explicit TrayNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);
    quint32 notify(const NotificationRequest &request) override;
    QString kind() const override { return QStringLiteral("tray"); }

private:
    QSystemTrayIcon *m_tray;
    quint32 m_lastId = 0;
};

/// The freedesktop notifier when the service is there, else the tray fallback.
std::unique_ptr<Notifier> createNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

} // namespace fi
