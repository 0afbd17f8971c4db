#pragma once
/// @file identity.h
/// @brief The user's own identities (issue 14, Preferences ▸ Me): the forms an own address and
/// a GitHub login must have, and whether a sender handle (Address::handle) names one of the
/// user's logins. Pure, thread-safe.

#include <QString>
#include <QStringList>

namespace fi {

/// Whether @p text has the form of an e-mail address the app can compare: one '@' with text on
/// both sides, a domain without empty labels, no spaces, no control characters, no quotes or
/// angle brackets (enter "ana@example.org", not "Ana <ana@example.org>").
bool isAddressForm(const QString &text);

/// Whether @p text has GitHub's login form: 1–39 of [A-Za-z0-9-], not starting with '-'.
bool isLoginForm(const QString &text);

/// The login a sender handle names, lower-cased: "octocat", "@octocat" and a GitHub profile
/// URL ("https://github.com/octocat", as a GitHub Atom feed's author URI) all give "octocat";
/// anything else gives "".
QString loginOfHandle(const QString &handle);

/// Whether @p handle names one of @p logins (compared case-insensitively; see loginOfHandle()).
bool handleIsOneOf(const QString &handle, const QStringList &logins);

} // namespace fi
