#include "sync/tiering.h"

#include "sources/sourceregistry.h"

#include <QDateTime>

namespace fi {

Tiering::Tiering(const AppConfig &config)
    : m_rules(config.rules),
      m_policies(config.policies),
      m_calculator(config.workingHours),
      m_me(config.myAddresses),
      m_logins(config.myLogins),
      m_deadlines(std::make_shared<const ItemDeadlines>(config))
{
}

std::function<std::optional<qint64>(const Item &)> Tiering::dueFunction() const
{
    return [deadlines = m_deadlines](const Item &item) { return deadlines->dueOf(item); };
}

Item Tiering::apply(const ItemRecord &record, const SourceConfig &source) const
{
    RuleContext ctx;
    ctx.sourceId = source.id;
    ctx.sourceKind = source.kind;
    ctx.sourceName = source.name;
    ctx.myAddresses = m_me;
    // Sources may know addresses of their own (an IMAP account's login, the sample's owner).
    for (const QString &address : source.settings.value(QStringLiteral("addresses")).toStringList())
        ctx.myAddresses << address.toLower();
    // Logins (issue 14): the user's own ("meLogins"), and the one a source signs in as (GitHub's "login").
    ctx.myLogins = m_logins;
    if (const QString login = source.settings.value(QStringLiteral("login")).toString().trimmed(); !login.isEmpty())
        ctx.myLogins << login.toLower();
    // The built-in mail rules apply to mail kinds only; another kind's item that no rule of
    // scope "all" places gets its kind's own default: its default tier, no deadline.
    const SourceKind *kind = SourceRegistry::instance().kind(source.kind);
    ctx.mail = kind && kind->has(SourceKind::Capability::Mail);
    if (!ctx.mail) {
        ctx.noMatch = {kind ? kind->tierFor(source) : Tier::Reference, QStringLiteral("kind-default"),
                       noDeadlinePolicyName()};
        // The kind's own defaults (GitHub: by reason) come after the user's rules.
        if (kind && kind->defaultRules.size() > 0)
            ctx.noMatch = kind->defaultRules.classify(record, ctx);
    }
    const RuleMatch match = m_rules.classify(record, ctx);

    Item item;
    item.sourceId = source.id;
    item.sourceName = source.name;
    item.record = record;
    item.record.sample = record.sample || source.sample;
    item.tier = match.tier;
    item.tierReason = match.ruleName;
    const ResponsePolicy policy = m_policies.resolve(match.tier, match.policy);
    item.policy = policy.name;
    item.dueMs = m_calculator.due(record.lastActivityMs(), policy);
    if (match.done) {  // the screener's Block: stored done, no deadline
        item.state = ItemState::Done;
        item.doneMs = record.receivedMs > 0 ? record.receivedMs : QDateTime::currentMSecsSinceEpoch();
        item.dueMs.reset();
    }
    if (record.requestedDueMs > 0) {
        item.dueMs = record.requestedDueMs;  // the source's own deadline (a webhook's "due")
        item.policy = fixedDuePolicyName();
    }
    return item;
}

Item Tiering::withTier(const Item &item, Tier tier) const
{
    Item moved = item;
    const ResponsePolicy policy = m_policies.forTier(tier);
    moved.tier = tier;
    moved.tierReason = QStringLiteral("manual");
    moved.policy = policy.name;
    moved.dueMs = m_calculator.due(item.record.lastActivityMs(), policy);
    return moved;
}

} // namespace fi
