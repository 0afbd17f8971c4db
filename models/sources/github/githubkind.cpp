#include "sources/github/githubkind.h"

#include "rules/builtinruleset.h"
#include "secrets/secretstore.h"
#include "sources/github/githubreplayer.h"
#include "sources/github/githubsource.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace fi::github {

QString kindKey() { return QStringLiteral("github"); }

namespace {

// The tiers by reason (GitHub's documented notification reasons), in the config's rule format.
const char kDefaultRules[] = R"json([
 {"name": "github-security-alert", "tier": 3,
  "comment": "GitHub security alerts (Dependabot, secret scanning): Now",
  "when": {"attributes": {"github.reason": "^security_alert$"}}},
 {"name": "github-from-me", "tier": 1, "scope": "all",
  "comment": "My own activity (the sender handle is one of my logins: meLogins, the source's login): reference, nothing owed",
  "when": {"sender": "me"}},
 {"name": "github-review-requested", "tier": 2, "policy": "review-request",
  "comment": "Review requests: Async, 24 working hours (seed norm: PR reviews within a working day)",
  "when": {"attributes": {"github.reason": "^review_requested$"}}},
 {"name": "github-direct", "tier": 2,
  "comment": "Threads about me: mentions, my team, assigned, authored, commented, approvals, invitations",
  "when": {"attributes": {"github.reason": "^(mention|team_mention|assign|author|comment|approval_requested|invitation)$"}}},
 {"name": "github-watching", "tier": 1,
  "comment": "Watched repositories, state changes, CI runs, manual subscriptions: reference",
  "when": {"attributes": {"github.reason": "^(subscribed|state_change|ci_activity|manual)$"}}}
])json";

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QStringList validate(const SourceConfig &config)
{
    if (!baseUrlOf(config).isValid())
        return {QCoreApplication::translate("fi::github", "\"%1\" is not an https address of GitHub's API "
                                                          "(https://api.github.com or https://HOST/api/v3).")
                    .arg(config.location)};
    return {};
}

void cleanup(const SourceConfig &removed, const QList<SourceConfig> &remaining, const BodyCache *)
{
    const QString key = secretKeyOf(removed);
    for (const SourceConfig &other : remaining) {
        if (other.id != removed.id && other.kind == removed.kind && secretKeyOf(other) == key)
            return;  // another source of the same account keeps the token
    }
    secrets::deleteSecret(key);
}

} // namespace

SourceConfig configFor(const QString &baseUrl, const QString &login, const QString &name)
{
    SourceConfig config;
    config.kind = kindKey();
    config.location = baseUrl.trimmed().isEmpty() ? QString::fromLatin1(kDefaultBaseUrl) : baseUrl.trimmed();
    while (config.location.endsWith(u'/'))
        config.location.chop(1);
    config.name = name.trimmed().isEmpty() ? QStringLiteral("GitHub (%1)").arg(login) : name.trimmed();
    config.settings.insert(QLatin1String(kLoginSetting), login);
    return config;
}

QUrl baseUrlOf(const SourceConfig &config)
{
    QString location = config.location.trimmed();
    while (location.endsWith(u'/'))
        location.chop(1);
    const QUrl url(location, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return {};
    if (scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopbackHost(url.host())))
        return url;
    return {};
}

QString secretKeyOf(const SourceConfig &config)
{
    return QStringLiteral("github:%1@%2")
        .arg(config.settings.value(QLatin1String(kLoginSetting)).toString(), baseUrlOf(config).toString());
}

int pollSecondsOf(const SourceConfig &config)
{
    bool ok = false;
    const int seconds = config.settings.value(QLatin1String(kPollSetting)).toInt(&ok);
    return ok ? qMax(seconds, kDefaultPollSeconds) : kDefaultPollSeconds;
}

RuleSet defaultRules()
{
    static const RuleSet rules = builtInRuleSet(kDefaultRules, 5, "github::defaultRules");
    return rules;
}

SourceKind kind()
{
    using C = SourceKind::Capability;
    SourceKind k;
    k.key = kindKey();
    k.displayNameText = QT_TRANSLATE_NOOP("fi::SourceKind", "GitHub notifications");
    k.icon = QStringLiteral(":/sources/github/github.svg");
    k.capabilities = C::Remote | C::WriteBack | C::NeedsSecret | C::Mute | C::InlineContent;
    k.defaultPollSeconds = kDefaultPollSeconds;
    k.pollSecondsOf = &pollSecondsOf;
    k.validate = &validate;
    k.cleanup = &cleanup;
    k.createSync = [](const SourceConfig &c) { return std::unique_ptr<Source>(std::make_unique<GitHubSource>(c)); };
    k.createReplayer = &createReplayer;
    k.journals = &journals;
    k.defaultRules = defaultRules();
    k.defaultTier = Tier::Reference;
    k.reopenOnActivity = true;  // new activity on a done thread reopens it and restarts its clock
    return k;
}

} // namespace fi::github
