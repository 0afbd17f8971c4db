#pragma once
/// @file githubapi.h
/// @brief Talking to GitHub's REST API (docs.github.com/rest, API version 2022-11-28): the
/// requests the kind sends, how it reads GitHub's answers (errors, rate limits, poll interval),
/// and the token in the keychain. Private to the GitHub kind; pure functions unless noted.

#include "net/httpfetcher.h"
#include "sources/source.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace fi::github {

/// Largest body read for one API answer (a page of 50 threads is about 60 KB); more = refused.
inline constexpr qint64 kMaxBodyBytes = 2 * 1024 * 1024;
/// Whole-request timeout of API requests, ms.
inline constexpr int kTimeoutMs = 30000;

/**
 * @brief A request to @p url (under the source's API base) with the token as a Bearer
 * credential, `Accept: application/vnd.github+json` and `X-GitHub-Api-Version: 2022-11-28`,
 * bounded by kMaxBodyBytes and kTimeoutMs. The fetcher sends the token to that origin only.
 */
net::FetchRequest apiRequest(const QUrl &url, const QString &token, const QByteArray &method = "GET");

/// `GET <base>/notifications?per_page=50`: the first page of the unread threads.
QUrl notificationsUrl(const QUrl &baseUrl);
/// `GET <base>/user`: who the token belongs to.
QUrl userUrl(const QUrl &baseUrl);
/// `DELETE <thread API URL>/subscription`: mute a thread.
QUrl subscriptionUrl(const QString &threadApiUrl);

/// The "login" of a `GET /user` answer; nullopt when the body is not such an object.
std::optional<QString> loginOf(const QByteArray &userJson);

/// X-Poll-Interval of @p response, seconds (> 0), or nullopt when absent or not a number.
std::optional<int> pollIntervalOf(const net::FetchResponse &response);

/// What a failed API answer means for the next request.
struct ApiFailure {
    QString error;            ///< Translated, one sentence or two; GitHub's message as plain text.
    bool retryable = true;    ///< false: the user must act (401 bad credentials, 403 without a limit, 404).
    bool unauthorized = false;  ///< 401: the token was refused.
    /// Do not ask again before this (UTC epoch ms): X-RateLimit-Reset when the limit is used up
    /// (403/429 with X-RateLimit-Remaining: 0), or Retry-After; nullopt = no such wait.
    std::optional<qint64> notBeforeMs;
};

/// Reads a Failed @p response (status, GitHub's JSON "message", rate-limit headers) at @p nowMs.
ApiFailure failureOf(const net::FetchResponse &response, qint64 nowMs);

/// The token of @p config from the system keychain (blocking; worker thread). nullopt with a
/// translated *error when it is missing or the keychain cannot be reached.
std::optional<QString> readToken(const SourceConfig &config, QString *error);
/// Store @p token for @p config in the keychain (blocking; worker thread or CLI). false with *error.
bool writeToken(const SourceConfig &config, const QString &token, QString *error);

} // namespace fi::github
