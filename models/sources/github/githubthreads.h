#pragma once
/// @file githubthreads.h
/// @brief GitHub notification threads (REST API `GET /notifications`) → inbox records. Private to
/// the GitHub kind (issue 13); pure functions, thread-safe.
///
/// Shapes follow GitHub's documentation of "List notifications for the authenticated user": a
/// page is a JSON array of thread objects `{id, repository {full_name, html_url, …}, subject
/// {title, url, latest_comment_url, type}, reason, unread, updated_at, last_read_at, url,
/// subscription_url}`; pages are linked by the `Link` header (RFC 8288, rel="next").
///
/// - remoteId = the thread id; locator = the thread's API URL (`url`, for marking it read).
/// - receivedMs = activityMs = updated_at: new activity on a thread is a new arrival, so its
///   response clock starts again; fingerprint = updated_at and unread, so either change updates
///   the item.
/// - subject = subject.title (plain text, at most kMaxTitleChars); from = the repository (its
///   full name; no handle), with no e-mail address, so mail rules never match it.
/// - url = the thread's web page (threadWebUrl()); flags.seen = !unread.
/// - attributes "github.reason", "github.repository", "github.type" (rules can test them).

#include "domain/item.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace fi::github {

inline constexpr int kMaxTitleChars = 1000;

/// One notification thread, as the API gives it (after type checks).
struct Thread {
    QString id;                ///< Thread id (a decimal string), never empty.
    QString reason;            ///< review_requested, mention, security_alert, … (as given).
    bool unread = false;
    qint64 updatedMs = 0;      ///< updated_at, UTC epoch ms (> 0).
    qint64 lastReadMs = 0;     ///< last_read_at, UTC epoch ms; 0 = null (never read).
    QString title;             ///< subject.title
    QString type;              ///< subject.type: PullRequest, Issue, Release, CheckSuite, Discussion, Commit, …
    QString subjectApiUrl;     ///< subject.url; empty when null (CheckSuite, Discussion).
    QString apiUrl;            ///< url: the thread itself (PATCH marks it read).
    QString repository;        ///< repository.full_name, "owner/name".
    QString repositoryWebUrl;  ///< repository.html_url (http or https only, else empty).
};

/// One page of threads. A thread object with a missing or mistyped required field (id,
/// updated_at, subject.title, repository.full_name) is left out and described in problems
/// ("thread 3: updated_at is not a date"), so one odd entry never loses the page.
struct ThreadPage {
    QList<Thread> threads;
    QStringList problems;  ///< Untranslated, for the log and the sync report.
};

/**
 * @brief Parse one page of `GET /notifications`.
 * @return nullopt with *error (translated, may be null) when the body is not a JSON array
 * (malformed JSON, an object such as an error message, nesting too deep): the whole page is
 * refused, so nothing is stored half-way.
 */
std::optional<ThreadPage> parseThreads(const QByteArray &json, QString *error);

/**
 * @brief The web page of @p thread, built on repository.html_url (so it is right for GitHub
 * Enterprise Server hosts too): an API subject URL `…/repos/OWNER/NAME/pulls/N` becomes
 * `<repo page>/pull/N`, `issues/N` → `issues/N`, `commits/SHA` → `commit/SHA`, `discussions/N`
 * → `discussions/N`, `releases/ID` → `releases`; a CheckSuite without a URL → `<repo page>/actions`.
 * Anything else, or a subject URL of another repository, gives the repository page. Empty when
 * the repository has no http(s) page.
 */
QUrl threadWebUrl(const Thread &thread);

/// The URL of rel="next" in a `Link` header value (RFC 8288), or an empty URL when there is none.
QUrl nextPageUrl(const QByteArray &linkHeader);

/// Why GitHub notified the user about a thread, as a translated sentence ("Your review was
/// requested."); an unknown reason is named as given.
QString reasonText(const QString &reason);

/// The inbox record of @p thread (see the file comment); its content (text/plain) says the
/// type, repository, reasonText() and the web page.
ItemRecord recordOf(const Thread &thread);

} // namespace fi::github
