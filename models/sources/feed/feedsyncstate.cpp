#include "sources/feed/feedsyncstate.h"

#include "sources/feed/feedkind.h"
#include "sync/backoff.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fi::feed {

namespace {

constexpr int kVersion = 1;

QString waitName(FeedSyncState::Wait wait)
{
    switch (wait) {
    case FeedSyncState::Wait::MaxAge:
        return QStringLiteral("max-age");
    case FeedSyncState::Wait::RetryAfter:
        return QStringLiteral("retry-after");
    case FeedSyncState::Wait::Backoff:
        return QStringLiteral("backoff");
    case FeedSyncState::Wait::None:
        break;
    }
    return {};
}

FeedSyncState::Wait waitOf(const QString &name)
{
    if (name == QLatin1String("max-age"))
        return FeedSyncState::Wait::MaxAge;
    if (name == QLatin1String("retry-after"))
        return FeedSyncState::Wait::RetryAfter;
    if (name == QLatin1String("backoff"))
        return FeedSyncState::Wait::Backoff;
    return FeedSyncState::Wait::None;
}

void setWait(FeedSyncState &state, FeedSyncState::Wait wait, qint64 untilMs, qint64 nowMs)
{
    state.wait = wait;
    state.notBeforeMs = untilMs;
    state.waitSinceMs = nowMs;
}

} // namespace

QByteArray FeedSyncState::encode() const
{
    QJsonObject o;
    o.insert(QStringLiteral("v"), kVersion);
    o.insert(QStringLiteral("url"), url);
    if (!settingsKey.isEmpty())
        o.insert(QStringLiteral("settings"), settingsKey);
    // Validators are opaque bytes (ASCII in practice, RFC 9110 §8.8.3): kept byte for byte.
    if (!etag.isEmpty())
        o.insert(QStringLiteral("etag"), QString::fromLatin1(etag));
    if (!lastModified.isEmpty())
        o.insert(QStringLiteral("lastModified"), QString::fromLatin1(lastModified));
    if (notBeforeMs > 0) {
        o.insert(QStringLiteral("notBefore"), notBeforeMs);
        o.insert(QStringLiteral("waitSince"), waitSinceMs);
        o.insert(QStringLiteral("wait"), waitName(wait));
    }
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    if (!siteUrl.isEmpty())
        o.insert(QStringLiteral("site"), siteUrl);
    if (failures > 0) {
        o.insert(QStringLiteral("failures"), failures);
        o.insert(QStringLiteral("error"), lastError);
        o.insert(QStringLiteral("retryable"), lastRetryable);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FeedSyncState FeedSyncState::decode(const QByteArray &bytes)
{
    FeedSyncState s;
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.value(QStringLiteral("v")).toInt() != kVersion)
        return s;
    s.url = o.value(QStringLiteral("url")).toString();
    s.settingsKey = o.value(QStringLiteral("settings")).toString();
    s.etag = o.value(QStringLiteral("etag")).toString().toLatin1();
    s.lastModified = o.value(QStringLiteral("lastModified")).toString().toLatin1();
    s.notBeforeMs = qMax<qint64>(0, o.value(QStringLiteral("notBefore")).toInteger());
    if (s.notBeforeMs > 0) {
        s.waitSinceMs = qMax<qint64>(0, o.value(QStringLiteral("waitSince")).toInteger());
        s.wait = waitOf(o.value(QStringLiteral("wait")).toString());
        if (s.wait == Wait::None)
            s.notBeforeMs = s.waitSinceMs = 0;
    }
    s.title = o.value(QStringLiteral("title")).toString();
    s.siteUrl = o.value(QStringLiteral("site")).toString();
    s.failures = qMax(0, o.value(QStringLiteral("failures")).toInt());
    if (s.failures > 0) {
        s.lastError = o.value(QStringLiteral("error")).toString();
        s.lastRetryable = o.value(QStringLiteral("retryable")).toBool(true);
    }
    return s;
}

QString stateFolder() { return QString(); }

QString recordSettingsKey(const SourceConfig &config)
{
    const QString category = config.settings.value(QLatin1String(kCategorySetting)).toString().trimmed();
    return QString::number(int(defaultTierOf(config))) + u'|' + category;
}

FeedSyncState stateFor(const SourceConfig &config, const QMap<QString, QByteArray> &syncState)
{
    FeedSyncState s = FeedSyncState::decode(syncState.value(stateFolder()));
    if (s.url != config.location) {
        // Another URL (the user edited it): nothing of the old one applies.
        s = FeedSyncState{};
        s.url = config.location;
    }
    const QString key = recordSettingsKey(config);
    if (s.settingsKey != key) {
        // The items must be stored again with the new category / tier: ask for the whole document.
        s.etag.clear();
        s.lastModified.clear();
        if (s.wait == FeedSyncState::Wait::MaxAge)
            setWait(s, FeedSyncState::Wait::None, 0, 0);
        s.settingsKey = key;
    }
    return s;
}

bool isWaiting(const FeedSyncState &state, qint64 nowMs)
{
    if (state.notBeforeMs <= 0 || state.wait == FeedSyncState::Wait::None)
        return false;
    const qint64 span = qMax<qint64>(0, state.notBeforeMs - state.waitSinceMs);
    const qint64 slack = qMax<qint64>(5000, span / 10);
    return nowMs + slack < state.notBeforeMs;
}

FeedSyncState afterSuccess(const FeedSyncState &before, const net::FetchResponse &response, qint64 nowMs, int pollSeconds)
{
    FeedSyncState s = before;
    s.failures = 0;
    s.lastError.clear();
    s.lastRetryable = true;
    setWait(s, FeedSyncState::Wait::None, 0, 0);
    if (response.outcome == net::FetchResponse::Outcome::Ok) {
        s.etag = response.etag;
        s.lastModified = response.lastModified;
    }
    if (response.maxAgeSeconds && *response.maxAgeSeconds > pollSeconds) {
        const qint64 waitMs = qMin<qint64>(*response.maxAgeSeconds * 1000, kMaxServerWaitMs);
        setWait(s, FeedSyncState::Wait::MaxAge, nowMs + waitMs, nowMs);
    }
    return s;
}

FeedSyncState afterFailure(const FeedSyncState &before, const QString &error, bool retryable,
                           std::optional<qint64> retryAfterMs, qint64 nowMs)
{
    FeedSyncState s = before;
    s.failures = before.failures + 1;
    s.lastError = error;
    s.lastRetryable = retryable;
    const qint64 backoffUntil = nowMs + backoffDelayMs(s.failures, kBackoffBaseMs, kBackoffMaxMs);
    if (retryAfterMs && *retryAfterMs > backoffUntil) {
        setWait(s, FeedSyncState::Wait::RetryAfter, qMin(*retryAfterMs, nowMs + kMaxServerWaitMs), nowMs);
    } else {
        setWait(s, FeedSyncState::Wait::Backoff, backoffUntil, nowMs);
    }
    return s;
}

QString feedTitleOf(const QMap<QString, QByteArray> &syncState)
{
    return FeedSyncState::decode(syncState.value(stateFolder())).title;
}

QString feedSiteOf(const QMap<QString, QByteArray> &syncState)
{
    return FeedSyncState::decode(syncState.value(stateFolder())).siteUrl;
}

} // namespace fi::feed
