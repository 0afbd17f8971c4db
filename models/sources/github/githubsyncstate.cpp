#include "sources/github/githubsyncstate.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fi::github {

QByteArray GitHubSyncState::encode() const
{
    QJsonObject o;
    if (!lastModified.isEmpty())
        o.insert(QStringLiteral("lastModified"), QString::fromLatin1(lastModified));
    if (pollIntervalSeconds > 0)
        o.insert(QStringLiteral("pollInterval"), pollIntervalSeconds);
    if (notBeforeMs > 0)
        o.insert(QStringLiteral("notBefore"), double(notBeforeMs));
    if (wait != Wait::None)
        o.insert(QStringLiteral("wait"), int(wait));
    if (failures > 0)
        o.insert(QStringLiteral("failures"), failures);
    if (!lastError.isEmpty())
        o.insert(QStringLiteral("lastError"), lastError);
    if (!lastRetryable)
        o.insert(QStringLiteral("retryable"), false);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

GitHubSyncState GitHubSyncState::decode(const QByteArray &bytes)
{
    GitHubSyncState s;
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    s.lastModified = o.value(QStringLiteral("lastModified")).toString().toLatin1();
    s.pollIntervalSeconds = qMax(0, o.value(QStringLiteral("pollInterval")).toInt());
    s.notBeforeMs = qMax<qint64>(0, qint64(o.value(QStringLiteral("notBefore")).toDouble()));
    const int wait = o.value(QStringLiteral("wait")).toInt();
    s.wait = wait >= int(Wait::None) && wait <= int(Wait::Backoff) ? Wait(wait) : Wait::None;
    s.failures = qMax(0, o.value(QStringLiteral("failures")).toInt());
    s.lastError = o.value(QStringLiteral("lastError")).toString();
    s.lastRetryable = o.value(QStringLiteral("retryable")).toBool(true);
    return s;
}

qint64 backoffMs(int failures)
{
    const int doublings = qBound(0, failures - 1, 6);
    return qMin<qint64>(60 * 1000 * (qint64(1) << doublings), 3600 * 1000);
}

} // namespace fi::github
