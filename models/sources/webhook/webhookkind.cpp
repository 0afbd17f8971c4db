#include "sources/webhook/webhookkind.h"

#include "rules/builtinruleset.h"
#include "secrets/secretstore.h"
#include "sources/webhook/webhookconnector.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace fi::webhook {

QString kindKey() { return QStringLiteral("webhook"); }

namespace {

// The payload's tier places the item; without one it is Async work (policy of tier 2).
const char kDefaultRules[] = R"json([
 {"name": "webhook-now", "tier": 3, "comment": "Pushed with \"tier\": 3",
  "when": {"attributes": {"webhook.tier": "^3$"}}},
 {"name": "webhook-async", "tier": 2, "comment": "Pushed with \"tier\": 2",
  "when": {"attributes": {"webhook.tier": "^2$"}}},
 {"name": "webhook-reference", "tier": 1, "comment": "Pushed with \"tier\": 1",
  "when": {"attributes": {"webhook.tier": "^1$"}}},
 {"name": "webhook-default", "tier": 2, "comment": "Pushed without a tier: Async",
  "when": {"attributes": {"webhook.tier": false}}}
])json";

constexpr char kEndpointPrefix[] = "http://127.0.0.1:";

QStringList validate(const SourceConfig &config)
{
    QStringList problems;
    if (!portOf(config))
        problems << QCoreApplication::translate("fi::webhook", "\"%1\" is not a local webhook address "
                                                               "(http://127.0.0.1:PORT/items, PORT 1024–65535).")
                        .arg(config.location);
    if (config.settings.value(QLatin1String(kTokenIdSetting)).toString().isEmpty())
        problems << QCoreApplication::translate("fi::webhook", "The webhook has no token; give it one in its settings.");
    return problems;
}

void cleanup(const SourceConfig &removed, const QList<SourceConfig> &remaining, const BodyCache *)
{
    const QString key = secretKeyOf(removed);
    if (key.isEmpty())
        return;
    for (const SourceConfig &other : remaining) {
        if (other.id != removed.id && other.kind == removed.kind && secretKeyOf(other) == key)
            return;
    }
    secrets::deleteSecret(key);
}

} // namespace

QString endpointFor(quint16 port)
{
    return QString::fromLatin1(kEndpointPrefix) + QString::number(port) + QLatin1String(kItemsPath);
}

SourceConfig configFor(quint16 port, const QString &tokenId, const QString &name)
{
    SourceConfig config;
    config.kind = kindKey();
    config.location = endpointFor(port);
    config.name = name.trimmed().isEmpty()
        ? QCoreApplication::translate("fi::webhook", "Webhook (port %1)").arg(port)
        : name.trimmed();
    if (!tokenId.isEmpty())
        config.settings.insert(QLatin1String(kTokenIdSetting), tokenId);
    return config;
}

std::optional<quint16> portOf(const SourceConfig &config)
{
    const QString location = config.location.trimmed();
    if (!location.startsWith(QLatin1String(kEndpointPrefix)) || !location.endsWith(QLatin1String(kItemsPath)))
        return std::nullopt;
    const QString digits = location.mid(qsizetype(sizeof(kEndpointPrefix) - 1),
                                        location.size() - qsizetype(sizeof(kEndpointPrefix) - 1) - qsizetype(sizeof(kItemsPath) - 1));
    bool ok = false;
    const int port = digits.toInt(&ok);
    if (!ok || digits.isEmpty() || !digits.front().isDigit() || port < 1024 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

QString secretKeyOf(const SourceConfig &config)
{
    const QString id = config.settings.value(QLatin1String(kTokenIdSetting)).toString();
    return id.isEmpty() ? QString() : QStringLiteral("webhook:") + id;
}

QString newTokenId()
{
    QRandomGenerator *random = QRandomGenerator::system();
    return QStringLiteral("%1%2").arg(random->generate(), 8, 16, QLatin1Char('0')).arg(random->generate(), 8, 16, QLatin1Char('0'));
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> provisionToken(SourceConfig *config, QString *error)
{
    SourceConfig changed = *config;
    changed.settings.insert(QLatin1String(kTokenIdSetting), newTokenId());
    const QString token = newToken();
    if (!secrets::writeSecret(secretKeyOf(changed), token, error))
        return std::nullopt;
    *config = changed;
    return token;
}

std::optional<QString> readToken(const SourceConfig &config, QString *error)
{
    const QString key = secretKeyOf(config);
    if (key.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("fi::webhook", "The webhook has no token; give it one in its settings.");
        return std::nullopt;
    }
    return secrets::readSecret(key, error);
}

void forgetToken(const QString &secretKey)
{
    if (!secretKey.isEmpty())
        secrets::deleteSecret(secretKey);
}

std::optional<SourceConfig> pushTarget(const QList<SourceConfig> &sources, const QString &name, QString *error)
{
    QList<SourceConfig> candidates;
    for (const SourceConfig &source : sources) {
        if (source.kind != kindKey() || !source.enabled)
            continue;
        if (name.trimmed().isEmpty() || source.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            candidates << source;
    }
    if (candidates.size() == 1)
        return candidates.first();
    if (error) {
        if (!name.trimmed().isEmpty() && candidates.size() > 1)
            *error = QCoreApplication::translate("fi::webhook", "%1 webhook sources are named \"%2\"; rename one of them.")
                         .arg(candidates.size())
                         .arg(name.trimmed());
        else if (!name.trimmed().isEmpty())
            *error = QCoreApplication::translate("fi::webhook", "No enabled webhook source is named \"%1\".").arg(name.trimmed());
        else if (candidates.isEmpty())
            *error = QCoreApplication::translate("fi::webhook", "There is no webhook source: add one first "
                                                                "(File ▸ Add webhook…, or focusinbox sources add webhook).");
        else
            *error = QCoreApplication::translate("fi::webhook", "There are %1 webhook sources: say which one with --source NAME.")
                         .arg(candidates.size());
    }
    return std::nullopt;
}

RuleSet defaultRules()
{
    static const RuleSet rules = builtInRuleSet(kDefaultRules, 4, "webhook::defaultRules");
    return rules;
}

SourceKind kind()
{
    using C = SourceKind::Capability;
    SourceKind k;
    k.key = kindKey();
    k.displayNameText = QT_TRANSLATE_NOOP("fi::SourceKind", "Local webhook");
    k.icon = QStringLiteral(":/sources/webhook/webhook.svg");
    k.capabilities = C::Inbound | C::NeedsSecret | C::InlineContent;
    k.defaultPollSeconds = 0;  // nothing to poll: items arrive through the listener
    k.validate = &validate;
    k.cleanup = &cleanup;
    k.createConnector = [](const SourceConfig &config) -> std::unique_ptr<PushWatcher> {
        if (!portOf(config))
            return nullptr;
        return std::make_unique<WebhookConnector>(config);
    };
    k.defaultRules = defaultRules();
    k.defaultTier = Tier::Async;
    return k;
}

} // namespace fi::webhook
