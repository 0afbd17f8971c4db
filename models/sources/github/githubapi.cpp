#include "sources/github/githubapi.h"

#include "secrets/secretstore.h"
#include "sources/github/githubkind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace fi::github {

namespace {

constexpr int kMaxMessageChars = 300;

QString tr(const char *text) { return QCoreApplication::translate("fi::github", text); }

QUrl under(const QUrl &baseUrl, const QString &path, const QString &query = {})
{
    QUrl url = baseUrl;
    QString p = url.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    url.setPath(p + path);
    url.setQuery(query);
    return url;
}

/// GitHub's own "message" of an error answer, as plain text on one line, bounded.
QString messageOf(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    QString message = doc.object().value(QStringLiteral("message")).toString().simplified();
    if (message.size() > kMaxMessageChars)
        message = message.left(kMaxMessageChars - 1) + u'…';
    return message;
}

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

net::FetchRequest apiRequest(const QUrl &url, const QString &token, const QByteArray &method)
{
    net::FetchRequest r;
    r.url = url;
    r.method = method;
    r.accept = "application/vnd.github+json";
    r.headers = {{"X-GitHub-Api-Version", "2022-11-28"}, {"Authorization", "Bearer " + token.toUtf8()}};
    r.maxBytes = kMaxBodyBytes;
    r.timeoutMs = kTimeoutMs;
    r.maxRedirects = 3;
    return r;
}

QUrl notificationsUrl(const QUrl &baseUrl) { return under(baseUrl, QStringLiteral("/notifications"), QStringLiteral("per_page=50")); }

QUrl userUrl(const QUrl &baseUrl) { return under(baseUrl, QStringLiteral("/user")); }

QUrl subscriptionUrl(const QString &threadApiUrl)
{
    return under(QUrl(threadApiUrl), QStringLiteral("/subscription"));
}

std::optional<QString> loginOf(const QByteArray &userJson)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(userJson, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QString login = doc.object().value(QStringLiteral("login")).toString().trimmed();
    if (login.isEmpty() || login.size() > 100)
        return std::nullopt;
    return login;
}

std::optional<int> pollIntervalOf(const net::FetchResponse &response)
{
    bool ok = false;
    const int seconds = response.header("X-Poll-Interval").trimmed().toInt(&ok);
    if (!ok || seconds <= 0)
        return std::nullopt;
    return qMin(seconds, 24 * 3600);
}

ApiFailure failureOf(const net::FetchResponse &response, qint64 nowMs)
{
    ApiFailure f;
    f.error = response.error;
    f.retryable = response.retryable;
    const int status = response.httpStatus;
    if (status == 0)
        return f;  // network, TLS, timeout, too large: the fetcher's own words
    const QString message = messageOf(response.errorBody);
    bool remainingOk = false;
    const int remaining = response.header("X-RateLimit-Remaining").trimmed().toInt(&remainingOk);
    bool resetOk = false;
    const qint64 resetS = response.header("X-RateLimit-Reset").trimmed().toLongLong(&resetOk);
    const bool limited = (status == 403 || status == 429)
                         && ((remainingOk && remaining == 0) || response.retryAfterMs || status == 429);
    if (status == 401) {
        f.unauthorized = true;
        f.retryable = false;
        f.error = tr("GitHub did not accept the token (401 %1). Enter a new token for this account.")
                      .arg(message.isEmpty() ? QStringLiteral("Unauthorized") : message);
    } else if (limited) {
        f.retryable = true;
        if (response.retryAfterMs)
            f.notBeforeMs = *response.retryAfterMs;
        else if (remainingOk && remaining == 0 && resetOk && resetS > 0)
            f.notBeforeMs = resetS * 1000;
        else
            f.notBeforeMs = nowMs + 60 * 1000;  // GitHub: wait at least a minute (secondary limits)
        f.notBeforeMs = qMax(*f.notBeforeMs, nowMs + 1000);
        f.error = tr("GitHub's rate limit is reached (%1); the next request waits until %2.")
                      .arg(QString::number(status), localTime(*f.notBeforeMs));
    } else if (status == 403 || status == 404) {
        f.retryable = false;
        f.error = status == 403 ? tr("GitHub refused the request (403 %1). Check that the token may read notifications.")
                                      .arg(message.isEmpty() ? QStringLiteral("Forbidden") : message)
                                : tr("GitHub has no notifications API at this address (404). Check the base URL.");
    } else if (!message.isEmpty()) {
        f.error = tr("%1 GitHub says: %2").arg(response.error, message);
    }
    return f;
}

std::optional<QString> readToken(const SourceConfig &config, QString *error)
{
    QString why;
    std::optional<QString> token = secrets::readSecret(secretKeyOf(config), &why);
    if (!token || token->isEmpty()) {
        if (error)
            *error = tr("No GitHub token for %1 in the keychain (%2). Enter the token again in Sources.")
                         .arg(config.name, why.isEmpty() ? tr("empty") : why);
        return std::nullopt;
    }
    return token;
}

bool writeToken(const SourceConfig &config, const QString &token, QString *error)
{
    return secrets::writeSecret(secretKeyOf(config), token, error);
}

} // namespace fi::github
