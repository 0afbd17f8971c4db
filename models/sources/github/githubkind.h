#pragma once
/// @file githubkind.h
/// @brief The GitHub notifications kind (issue 13): its descriptor and the names of its settings,
/// so other code makes and reads GitHub sources without spelling the key.
///
/// A GitHub source's SourceConfig::location is the REST API base URL: "https://api.github.com",
/// or "https://HOST/api/v3" for GitHub Enterprise Server. Its settings (stored as JSON, never
/// the token) are the keys below. The personal access token lives in the system keychain under
/// secretKeyOf() (githubapi.h readToken() / writeToken()).

#include "rules/ruleset.h"
#include "sources/sourceregistry.h"

#include <QUrl>

namespace fi::github {

/// The key stored in SourceConfig::kind for GitHub sources ("github").
QString kindKey();

/// The public API's base URL (the default location).
inline constexpr char kDefaultBaseUrl[] = "https://api.github.com";

/// Setting: the login the token belongs to (from `GET /user` when the source was added); part
/// of the keychain key, shown in the Sources list.
inline constexpr char kLoginSetting[] = "login";
/// Setting: seconds between polls (int ≥ 60; default kDefaultPollSeconds). GitHub's
/// X-Poll-Interval may ask for longer; it is obeyed either way.
inline constexpr char kPollSetting[] = "pollSeconds";

/// GitHub's documented default X-Poll-Interval, seconds; also the shortest interval allowed.
inline constexpr int kDefaultPollSeconds = 60;

/// Attribute keys every GitHub item carries (rules test them; githubthreads.h sets them).
inline constexpr char kReasonAttribute[] = "github.reason";
inline constexpr char kRepositoryAttribute[] = "github.repository";
inline constexpr char kTypeAttribute[] = "github.type";

/// A new (not yet stored) GitHub source for the token of @p login at @p baseUrl (empty = the
/// public API), named @p name (empty = "GitHub (login)").
SourceConfig configFor(const QString &baseUrl, const QString &login, const QString &name = {});

/// The API base URL of @p config without a trailing slash; invalid when the location is not
/// an http(s) URL. http is accepted only for loopback hosts (tests, a local proxy).
QUrl baseUrlOf(const SourceConfig &config);

/// The keychain key of @p config's token: "github:<login>@<base URL>".
QString secretKeyOf(const SourceConfig &config);

/// Seconds between polls of @p config (kPollSetting, at least kDefaultPollSeconds).
int pollSecondsOf(const SourceConfig &config);

/**
 * @brief The kind's default tiers by notification reason, as rules in the config format
 * (scope "all": they test the "github.reason" attribute). They apply after the user's own
 * rules and before the kind's default tier (Reference):
 *  - security_alert → Now (3);
 *  - review_requested → Async (2) with policy "review-request" (24 working hours, the seed norm
 *    "PR reviews within a working day");
 *  - mention, team_mention, assign, author, comment, approval_requested, invitation → Async (2);
 *  - subscribed, state_change, ci_activity, manual, and any other reason → Reference (1).
 */
RuleSet defaultRules();

/**
 * @brief The descriptor: Remote, WriteBack, NeedsSecret; polled every pollSeconds (default 60;
 * never sooner than the server's X-Poll-Interval); tiers by reason (defaultRules()); new
 * activity on a done thread reopens it; done marks the thread read at GitHub (change journal).
 */
SourceKind kind();

} // namespace fi::github
