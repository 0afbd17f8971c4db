#pragma once
/// @file responsepolicy.h
/// @brief Response policies: how long a tier (or a named kind of request) allows for a reply.
///
/// A policy is a window in minutes plus the clock it runs on. The calendar clock counts every
/// minute (used for Tier 3 "Now", 15 min); the working clock counts only minutes inside the
/// configured WorkingHours (see workinghours.h and DeadlineCalculator). Norms behind the
/// defaults: async-first communication guides (reply to direct work mail within half a working
/// day, to review requests within a working day, to design reviews within two working days).
/// Value types; no thread affinity.

#include "domain/tier.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fi {

/// Which clock a response window runs on.
enum class DeadlineClock {
    Calendar, ///< Every minute counts (plain addition in UTC).
    Working,  ///< Only minutes inside working hours count (holidays stop the clock).
};

/// A named response window.
struct ResponsePolicy {
    QString name;                        ///< Stable id, e.g. "tier2-default", "review-request".
    std::optional<qint64> windowMinutes; ///< Window length in minutes (>= 0); nullopt = no reply owed.
    DeadlineClock clock = DeadlineClock::Calendar;
    bool operator==(const ResponsePolicy &) const = default;
};

/// Stable JSON spelling of a clock: "calendar" / "working".
QString deadlineClockName(DeadlineClock clock);

/// The set of response policies from the "policies" section of config.json.
///
/// Always contains the three tier defaults ("tier3-default", "tier2-default",
/// "tier1-default"), so forTier() never fails. JSON form (an object keyed by policy name):
/// @code
/// { "tier2-default": { "windowMinutes": 240, "clock": "working" },
///   "tier1-default": { "windowMinutes": null } }
/// @endcode
class PolicySet {
public:
    /// Same as defaults().
    PolicySet();

    /// Built-in policies: "tier3-default" 15 min calendar, "tier2-default" 4 h (240 min) working,
    /// "tier1-default" no window, "review-request" 24 h (1440 min) working, "design-review"
    /// 48 h (2880 min) working.
    static PolicySet defaults();

    /// Reads the "policies" object. Starts from defaults(): each valid entry adds a policy or
    /// replaces the default of the same name; an invalid entry is skipped (the default, if any,
    /// stays) and a translated message naming the policy and the reason is appended to
    /// @p errors (may be null).
    static PolicySet fromJson(const QJsonObject &policies, QStringList *errors);

    /// All policies, keyed by name, in the format fromJson() reads.
    QJsonObject toJson() const;

    /// The default policy of a tier ("tier3-default", …).
    ResponsePolicy forTier(Tier tier) const;

    /// The policy called @p name, or nullopt.
    std::optional<ResponsePolicy> named(const QString &name) const;

    /// The policy a rule outcome asks for: named(@p name) when @p name is non-empty and known,
    /// else forTier(@p tier). An unknown name therefore falls back to the tier default. The
    /// reserved name "none" (noDeadlinePolicyName()) always resolves to no window: a rule or a
    /// kind's default may say "no reply owed" whatever the tier's default policy is. The
    /// reserved "fixed" (fixedDuePolicyName()) resolves the same way, on the calendar clock.
    ResponsePolicy resolve(Tier tier, const QString &name) const;

    /// Adds or replaces a policy (by name). Negative windows are clamped to 0.
    void insert(ResponsePolicy policy);

    /// All policies, sorted by name.
    QList<ResponsePolicy> policies() const;

    int size() const { return int(m_policies.size()); }

private:
    QList<ResponsePolicy> m_policies; // sorted by name
};

/// "none": the reserved policy name that means no deadline (PolicySet::resolve()); fromJson()
/// refuses a policy of that name.
QString noDeadlinePolicyName();

/// "fixed": the reserved policy name of an item whose source set its due itself
/// (ItemRecord::requestedDueMs: a webhook payload's "due"). It resolves to no window on the
/// calendar clock; ItemDeadlines::dueOf() keeps such an item's stored due, so changing the
/// policies never moves it. fromJson() refuses a policy of that name.
QString fixedDuePolicyName();

/// Name of the default policy of @p tier: "tier1-default", "tier2-default", "tier3-default".
QString defaultPolicyName(Tier tier);

} // namespace fi
