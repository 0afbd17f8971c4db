#include "sources/imap/imapsessionpool.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMutex>

#include <map>
#include <vector>

namespace fi::imap {
namespace {

struct Kept {
    std::unique_ptr<Session> session;
    qint64 sinceMs = 0; ///< When it was put back (monotonic enough: UTC epoch ms).
};

struct Pool {
    QMutex mutex;
    int keepers = 0;  ///< keep(true) calls minus keep(false) calls; on while > 0
    bool enabled = false;
    std::map<QByteArray, Kept> kept;
};

Pool &pool()
{
    // Never destroyed: sessions still kept at exit are closed by the system with the process
    // (StreamGuard::cancelAll() has shut their sockets down at aboutToQuit in the app).
    static Pool *p = new Pool;
    return *p;
}

/// Everything that decides where and how the session was opened, and who it logged in as.
QByteArray keyOf(const Account &a, const QString &password)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto add = [&h](const QString &s) {
        const QByteArray b = s.toUtf8();
        h.addData(QByteArray::number(b.size()) + ':' + b);
    };
    add(a.host);
    add(QString::number(a.port));
    add(securityName(a.security));
    add(a.user);
    add(a.trustedFingerprint);
    add(a.allowPlaintext ? QStringLiteral("1") : QStringLiteral("0"));
    add(QString::number(a.timeoutSeconds));
    add(QStringLiteral("%1/%2/%3").arg(a.limits.commandDeadlineSeconds).arg(a.limits.maxLiteralBytes)
            .arg(a.limits.maxResponseBytes));
    add(password);
    return h.result();
}

/// Ends @p sessions on this thread: LOGOUT when the connection is still good.
void retire(std::vector<std::unique_ptr<Session>> sessions)
{
    for (auto &s : sessions) {
        if (s && !s->connectionLost())
            s->logout();
        s.reset();
    }
}

} // namespace

void SessionPool::keep(bool on)
{
    bool enabled = false;
    {
        QMutexLocker lock(&pool().mutex);
        pool().keepers = qMax(0, pool().keepers + (on ? 1 : -1));
        enabled = pool().enabled = pool().keepers > 0;
    }
    if (!enabled)
        clear();
}

bool SessionPool::isEnabled()
{
    QMutexLocker lock(&pool().mutex);
    return pool().enabled;
}

std::unique_ptr<Session> SessionPool::take(const Account &account, const QString &password)
{
    std::unique_ptr<Session> session;
    std::vector<std::unique_ptr<Session>> stale;
    {
        QMutexLocker lock(&pool().mutex);
        if (!pool().enabled)
            return nullptr;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (auto it = pool().kept.begin(); it != pool().kept.end();) {
            if (now - it->second.sinceMs > kMaxIdleMs || now < it->second.sinceMs) {
                stale.push_back(std::move(it->second.session));
                it = pool().kept.erase(it);
            } else {
                ++it;
            }
        }
        const auto it = pool().kept.find(keyOf(account, password));
        if (it != pool().kept.end()) {
            session = std::move(it->second.session);
            pool().kept.erase(it);
        }
    }
    retire(std::move(stale));
    if (session && (session->connectionLost() || !session->noop(nullptr))) {
        // Closed by the server meanwhile (autologout, restart): the caller connects anew.
        std::vector<std::unique_ptr<Session>> dead;
        dead.push_back(std::move(session));
        retire(std::move(dead));
    }
    return session;
}

void SessionPool::put(const Account &account, const QString &password, std::unique_ptr<Session> session)
{
    if (!session)
        return;
    std::vector<std::unique_ptr<Session>> out;
    if (!session->connectionLost()) {
        QMutexLocker lock(&pool().mutex);
        if (pool().enabled) {
            Kept &slot = pool().kept[keyOf(account, password)];
            out.push_back(std::move(slot.session));
            slot.session = std::move(session);
            slot.sinceMs = QDateTime::currentMSecsSinceEpoch();
        }
    }
    out.push_back(std::move(session));
    retire(std::move(out));
}

int SessionPool::size()
{
    QMutexLocker lock(&pool().mutex);
    return int(pool().kept.size());
}

void SessionPool::clear()
{
    std::vector<std::unique_ptr<Session>> out;
    {
        QMutexLocker lock(&pool().mutex);
        for (auto &[key, k] : pool().kept)
            out.push_back(std::move(k.session));
        pool().kept.clear();
    }
    // Closed without LOGOUT: this may run on the GUI thread as the app stops, where a server that
    // stopped answering must not hold it up. A cancelled guard makes ~Session close in silence.
    for (auto &s : out)
        s->guard()->cancel();
    out.clear();
}

} // namespace fi::imap
