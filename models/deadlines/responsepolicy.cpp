#include "deadlines/responsepolicy.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>

namespace fi {

namespace {
} // namespace

QString deadlineClockName(DeadlineClock clock)
{
    return clock == DeadlineClock::Working ? QStringLiteral("working") : QStringLiteral("calendar");
}

QString defaultPolicyName(Tier tier)
{
    switch (tier) {
    case Tier::Now: return QStringLiteral("tier3-default");
    case Tier::Async: return QStringLiteral("tier2-default");
    case Tier::Reference: return QStringLiteral("tier1-default");
    }
    return QStringLiteral("tier2-default");
}

PolicySet::PolicySet()
{
    insert({QStringLiteral("tier3-default"), 15, DeadlineClock::Calendar});
    insert({QStringLiteral("tier2-default"), 4 * 60, DeadlineClock::Working});
    insert({QStringLiteral("tier1-default"), std::nullopt, DeadlineClock::Calendar});
    insert({QStringLiteral("review-request"), 24 * 60, DeadlineClock::Working});
    insert({QStringLiteral("design-review"), 48 * 60, DeadlineClock::Working});
}

PolicySet PolicySet::defaults()
{
    return PolicySet();
}

PolicySet PolicySet::fromJson(const QJsonObject &policies, QStringList *errors)
{
    PolicySet set;
    const auto fail = [&](const QString &name, const QString &why) {
        if (errors)
            errors->append(QCoreApplication::translate("fi::PolicySet", "Policy \"%1\" skipped: %2").arg(name, why));
    };
    for (auto it = policies.begin(); it != policies.end(); ++it) {
        const QString name = it.key().trimmed();
        if (name.isEmpty()) {
            fail(it.key(), QCoreApplication::translate("fi::PolicySet", "the name is empty."));
            continue;
        }
        if (name == noDeadlinePolicyName()) {
            fail(name, QCoreApplication::translate("fi::PolicySet", "the name \"%1\" is reserved: it means no deadline.").arg(name));
            continue;
        }
        if (name == fixedDuePolicyName()) {
            fail(name, QCoreApplication::translate("fi::PolicySet", "the name \"%1\" is reserved: it means a due set by the source.").arg(name));
            continue;
        }
        if (!it.value().isObject()) {
            fail(name, QCoreApplication::translate("fi::PolicySet", "expected an object like {\"windowMinutes\": 240, \"clock\": \"working\"}."));
            continue;
        }
        const QJsonObject obj = it.value().toObject();
        ResponsePolicy policy;
        policy.name = name;
        bool ok = true;
        for (auto key = obj.begin(); key != obj.end(); ++key) {
            if (key.key() != QLatin1String("windowMinutes") && key.key() != QLatin1String("clock")
                && key.key() != QLatin1String("comment")) {
                fail(name, QCoreApplication::translate("fi::PolicySet", "unknown key \"%1\".").arg(key.key()));
                ok = false;
            }
        }
        const QJsonValue window = obj.value(QLatin1String("windowMinutes"));
        if (window.isNull() || window.isUndefined()) {
            policy.windowMinutes = std::nullopt;
        } else if (window.isDouble() && window.toDouble() >= 0 && window.toDouble() <= 1.0e9
                   && window.toDouble() == double(qint64(window.toDouble()))) {
            policy.windowMinutes = qint64(window.toDouble());
        } else {
            fail(name, QCoreApplication::translate("fi::PolicySet", "\"windowMinutes\" must be a whole number of minutes ≥ 0, or null."));
            ok = false;
        }
        const QJsonValue clock = obj.value(QLatin1String("clock"));
        if (clock.isUndefined() || clock.toString() == QLatin1String("calendar")) {
            policy.clock = DeadlineClock::Calendar;
        } else if (clock.toString() == QLatin1String("working")) {
            policy.clock = DeadlineClock::Working;
        } else {
            fail(name, QCoreApplication::translate("fi::PolicySet", "\"clock\" must be \"calendar\" or \"working\"."));
            ok = false;
        }
        if (ok)
            set.insert(policy);
    }
    return set;
}

QJsonObject PolicySet::toJson() const
{
    QJsonObject out;
    for (const ResponsePolicy &p : m_policies) {
        QJsonObject obj;
        obj.insert(QStringLiteral("windowMinutes"),
                   p.windowMinutes ? QJsonValue(double(*p.windowMinutes)) : QJsonValue(QJsonValue::Null));
        obj.insert(QStringLiteral("clock"), deadlineClockName(p.clock));
        out.insert(p.name, obj);
    }
    return out;
}

ResponsePolicy PolicySet::forTier(Tier tier) const
{
    const QString name = defaultPolicyName(tier);
    if (auto p = named(name))
        return *p;
    return {name, std::nullopt, DeadlineClock::Calendar}; // unreachable: defaults always present
}

std::optional<ResponsePolicy> PolicySet::named(const QString &name) const
{
    const auto it = std::lower_bound(m_policies.begin(), m_policies.end(), name,
                                     [](const ResponsePolicy &p, const QString &n) { return p.name < n; });
    if (it != m_policies.end() && it->name == name)
        return *it;
    return std::nullopt;
}

ResponsePolicy PolicySet::resolve(Tier tier, const QString &name) const
{
    if (name == noDeadlinePolicyName() || name == fixedDuePolicyName())
        return {name, std::nullopt, DeadlineClock::Calendar};
    if (!name.isEmpty()) {
        if (auto p = named(name))
            return *p;
    }
    return forTier(tier);
}

void PolicySet::insert(ResponsePolicy policy)
{
    if (policy.windowMinutes && *policy.windowMinutes < 0)
        policy.windowMinutes = 0;
    const auto it = std::lower_bound(m_policies.begin(), m_policies.end(), policy.name,
                                     [](const ResponsePolicy &p, const QString &n) { return p.name < n; });
    if (it != m_policies.end() && it->name == policy.name)
        *it = std::move(policy);
    else
        m_policies.insert(it, std::move(policy));
}

QList<ResponsePolicy> PolicySet::policies() const
{
    return m_policies;
}

QString noDeadlinePolicyName()
{
    return QStringLiteral("none");
}

QString fixedDuePolicyName()
{
    return QStringLiteral("fixed");
}

} // namespace fi
