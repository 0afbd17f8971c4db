#pragma once
/// @file ruleset.h
/// @brief Tiering rules: ordered data, first match wins (see docs/decisions/0003-rules-as-data.md).
///
/// A rule has a name, conditions (all must hold; none = always) and an outcome (tier, an
/// optional response-policy name, and whether its items may notify). A rule may be disabled
/// ("enabled": false): kept, shown in the editor, never matching. The JSON form is documented in docs/configuration.md
/// ("rules"). Regular expressions are compiled and JIT-optimised once, in fromJson().
/// RuleSet is an implicitly shared value type; classify() is const and thread-safe.

#include "domain/item.h"
#include "domain/tier.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace fi {

/// The outcome of classification.
struct RuleMatch {
    Tier tier = Tier::Async;
    QString ruleName;        ///< Which rule placed the item (stored as Item::tierReason).
    QString policy;          ///< Response policy name; "" = the tier's default policy.
    bool notify = true;      ///< false: the rule says "notify": false (skip notifications).
    bool done = false;       ///< true: the rule says "done": true (new items are stored done: Block).
    bool operator==(const RuleMatch &) const = default;
};

/// What the rules know about an item besides the record itself.
struct RuleContext {
    qint64 sourceId = 0;
    QString sourceKind;      ///< The item's SourceConfig::kind (a registry key), for the user's "source" rule conditions.
    QString sourceName;      ///< User-visible source name.
    QStringList myAddresses; ///< The user's own addresses ("me" in config.json), compared case-insensitively.
    /// The user's logins ("meLogins", and a source's settings["login"]; issue 14): a sender or
    /// recipient handle naming one of them is the user (domain/identity.h).
    QStringList myLogins;
    /// The source's kind delivers mail (deliversMail() in sources/sourceregistry.h). Rules of
    /// scope "mail" — every built-in rule, and a user's rule unless it says otherwise — match
    /// only when this is true.
    bool mail = true;
    /// The outcome when no rule matches. Tiering sets a non-mail kind's own default
    /// (SourceKind::defaultTier, policy "none": no deadline).
    RuleMatch noMatch{Tier::Reference, QStringLiteral("fallback"), QString()};
};

class Rule; // rules/rule.h (internal)

class RuleSet {
public:
    /// An empty set: classify() returns {Tier::Reference, "fallback", ""}.
    RuleSet();
    ~RuleSet();
    RuleSet(const RuleSet &);
    RuleSet &operator=(const RuleSet &);

    /// The built-in rules, in this order (first match wins):
    ///  1. bulk-precedence  Precedence: bulk|junk|list (RFC 2076/3834)          → Tier 1
    ///  2. auto-reply       Auto-Submitted: auto-replied (RFC 3834, out-of-office) → Tier 1
    ///  3. newsletter       List-Unsubscribe without List-Id (RFC 2369/8058)     → Tier 1
    ///  4. high-priority    X-Priority 1|2, Importance: high, Priority: urgent; not a list → Tier 3
    ///  5. urgent-keywords  incident words in the subject (en/es/pt); not a list → Tier 3
    ///  6. design-review    "design review", "RFC", … in the subject, to/cc me   → Tier 2, "design-review"
    ///  7. review-request   "review requested", "PTAL", … to/cc me, or X-GitHub-Reason: review_requested → Tier 2, "review-request"
    ///  8. mailing-list     List-Id present (RFC 2919)                            → Tier 1
    ///  9. auto-submitted   Auto-Submitted present and not "no" (RFC 3834)        → Tier 1
    /// 10. to-me            one of my addresses in To                             → Tier 2
    /// 11. cc-me            one of my addresses in Cc (not To)                    → Tier 2
    /// 12. fallback         everything else                                       → Tier 1
    /// Bulk and auto-replies come first so that marketing or an out-of-office reply shouting
    /// "URGENT" never pages; automated alerts (Auto-Submitted: auto-generated) may still reach
    /// Tier 3 by keywords.
    ///
    /// Every built-in rule has scope "mail": it matches only items of kinds that deliver mail
    /// (RuleContext::mail). An item of another kind (a feed entry titled "Stocks down 3%")
    /// that no rule of scope "all" places gets its kind's default (RuleContext::noMatch).
    static RuleSet defaults();

    /// Reads the "rules" array of config.json. A rule that is not valid (unknown key or
    /// condition, bad tier, invalid regular expression, duplicate name, …) is skipped and one
    /// translated message per skipped rule is appended to @p errors (may be null), naming the
    /// rule's index (0-based), its name and the first reason found; the other rules still load.
    static RuleSet fromJson(const QJsonArray &rules, QStringList *errors);

    /// The rules as given to fromJson() (valid ones only), in order.
    QJsonArray toJson() const;

    int size() const;

    /// Names of the rules, in order.
    QStringList names() const;

    /// Whether items placed by the rule named @p ruleName may notify: false only for a rule of
    /// this set with "notify": false (a name not in the set, "manual", "fallback": true).
    bool notifies(const QString &ruleName) const;

    /// Classifies @p record: the outcome of the first rule whose scope covers the item's kind
    /// and whose conditions all hold. When no rule matches: @p ctx.noMatch (by default
    /// {Tier::Reference, "fallback", ""}). Thread-safe.
    RuleMatch classify(const ItemRecord &record, const RuleContext &ctx) const;

private:
    std::shared_ptr<const QList<std::shared_ptr<const Rule>>> m_rules;
};

} // namespace fi
