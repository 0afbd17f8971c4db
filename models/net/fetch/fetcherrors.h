#pragma once
/// @file fetcherrors.h
/// @brief The translated one-sentence errors of the feed fetcher (context "fi::net::HttpFetcher"),
/// each naming its cause, and whether trying later may help. Pure functions, any thread.

#include "net/httpfetcher.h"

#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace fi::net::fetch {

/// An error message and its retryable flag (see FetchResponse::retryable).
struct FetchError {
    QString message;
    bool retryable = true;
};

/// "The server answered 404 Not Found." — 5xx, 408, 425 and 429 are retryable, other 4xx not.
/// A Failed response carrying @p error's message and retryability.
FetchResponse failedResponse(const FetchError &error);

FetchError httpStatusError(int status, const QByteArray &reasonPhrase);
/// "No answer within 30 s." (the whole request took longer than @p timeoutMs).
FetchError timeoutError(int timeoutMs);
/// "The feed is larger than 16 MB." (not retryable: it will not shrink by itself).
FetchError tooLargeError(qint64 maxBytes);
/// "Too many redirects (more than 5)."
FetchError tooManyRedirectsError(int maxRedirects);
/// "Redirect loop at URL."
FetchError redirectLoopError(const QUrl &url);
/// "Refused a redirect from HTTPS to unencrypted HTTP (URL)."
FetchError downgradeError(const QUrl &url);
/// "Refused a redirect to URL: only http and https are followed."
FetchError badRedirectError(const QUrl &url);
/// "A redirect without a target (status 302)."
FetchError missingLocationError(int status);
/// "Unsupported address URL: only http, https and file URLs can be fetched."
FetchError unsupportedUrlError(const QUrl &url);
/// The certificate of @p host could not be verified: the first TLS error, not retryable.
FetchError tlsError(const QString &host, const QList<QSslError> &errors);
/// A transport error of QNetworkReply (host not found, connection refused, reset, …).
FetchError networkError(QNetworkReply::NetworkError code, const QString &host, const QString &qtText);
/// A local file that cannot be read (missing, a directory, no permission).
FetchError fileError(const QString &path, const QString &reason);

} // namespace fi::net::fetch
