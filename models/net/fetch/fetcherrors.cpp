#include "fetcherrors.h"

#include <QCoreApplication>

namespace fi::net::fetch {

FetchResponse failedResponse(const FetchError &error)
{
    FetchResponse r;
    r.outcome = FetchResponse::Outcome::Failed;
    r.error = error.message;
    r.retryable = error.retryable;
    return r;
}

FetchError httpStatusError(int status, const QByteArray &reasonPhrase)
{
    const QString reason = QString::fromLatin1(reasonPhrase).simplified().left(80);
    const QString message = reason.isEmpty()
                                ? QCoreApplication::translate("fi::net::HttpFetcher", "The server answered %1.").arg(status)
                                : QCoreApplication::translate("fi::net::HttpFetcher", "The server answered %1 %2.").arg(status).arg(reason);
    const bool retryable = status >= 500 || status == 408 || status == 425 || status == 429;
    return {message, retryable};
}

FetchError timeoutError(int timeoutMs)
{
    const int seconds = qMax(1, (timeoutMs + 999) / 1000);
    return {QCoreApplication::translate("fi::net::HttpFetcher", "No answer within %n s.", nullptr, seconds), true};
}

FetchError tooLargeError(qint64 maxBytes)
{
    if (maxBytes >= 1024 * 1024 && maxBytes % (1024 * 1024) == 0)
        return {QCoreApplication::translate("fi::net::HttpFetcher", "The document is larger than %1 MB.").arg(maxBytes / (1024 * 1024)), false};
    if (maxBytes >= 1024)
        return {QCoreApplication::translate("fi::net::HttpFetcher", "The document is larger than %1 KB.").arg(maxBytes / 1024), false};
    return {QCoreApplication::translate("fi::net::HttpFetcher", "The document is larger than %1 bytes.").arg(maxBytes), false};
}

FetchError tooManyRedirectsError(int maxRedirects)
{
    return {QCoreApplication::translate("fi::net::HttpFetcher", "Too many redirects (more than %1).").arg(maxRedirects), false};
}

FetchError redirectLoopError(const QUrl &url)
{
    return {QCoreApplication::translate("fi::net::HttpFetcher", "Redirect loop at %1.").arg(url.toDisplayString()), false};
}

FetchError downgradeError(const QUrl &url)
{
    return {QCoreApplication::translate("fi::net::HttpFetcher", "Refused a redirect from HTTPS to unencrypted HTTP (%1).").arg(url.toDisplayString()), false};
}

FetchError badRedirectError(const QUrl &url)
{
    return {QCoreApplication::translate("fi::net::HttpFetcher", "Refused a redirect to %1: only http and https addresses are followed.").arg(url.toDisplayString()),
            false};
}

FetchError missingLocationError(int status)
{
    return {QCoreApplication::translate("fi::net::HttpFetcher", "The server answered %1 (a redirect) without saying where to.").arg(status), false};
}

FetchError unsupportedUrlError(const QUrl &url)
{
    return {QCoreApplication::translate("fi::net::HttpFetcher", "Unsupported address %1: only http, https and file addresses can be fetched.")
                .arg(url.toDisplayString()),
            false};
}

FetchError tlsError(const QString &host, const QList<QSslError> &errors)
{
    const QString why = errors.isEmpty() ? QCoreApplication::translate("fi::net::HttpFetcher", "the TLS handshake failed") : errors.first().errorString();
    return {QCoreApplication::translate("fi::net::HttpFetcher", "The secure connection to %1 could not be verified: %2").arg(host, why), false};
}

FetchError networkError(QNetworkReply::NetworkError code, const QString &host, const QString &qtText)
{
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        return {QCoreApplication::translate("fi::net::HttpFetcher", "The server %1 was not found.").arg(host), true};
    case QNetworkReply::ConnectionRefusedError:
        return {QCoreApplication::translate("fi::net::HttpFetcher", "The server %1 refused the connection.").arg(host), true};
    case QNetworkReply::RemoteHostClosedError:
        return {QCoreApplication::translate("fi::net::HttpFetcher", "The server %1 closed the connection before answering.").arg(host), true};
    case QNetworkReply::TimeoutError:
        return {QCoreApplication::translate("fi::net::HttpFetcher", "The connection to %1 timed out.").arg(host), true};
    case QNetworkReply::SslHandshakeFailedError:
        return tlsError(host, {});
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return {QCoreApplication::translate("fi::net::HttpFetcher", "The network is not available."), true};
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return {QCoreApplication::translate("fi::net::HttpFetcher", "The proxy failed: %1").arg(qtText), true};
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return {QCoreApplication::translate("fi::net::HttpFetcher", "The server %1 sent an invalid HTTP response: %2").arg(host, qtText), true};
    default:
        return {QCoreApplication::translate("fi::net::HttpFetcher", "Fetching from %1 failed: %2").arg(host, qtText), true};
    }
}

FetchError fileError(const QString &path, const QString &reason)
{
    return {QCoreApplication::translate("fi::net::HttpFetcher", "Cannot read %1: %2").arg(path, reason), false};
}

} // namespace fi::net::fetch
