#pragma once
/// @file ruleexplain.h
/// @brief "Why is this here?" (issue 14): a tiering rule's conditions and an item's tier and
/// deadline in plain, translated words.
///
/// Everything here reads the JSON form of rules (docs/configuration.md, "rules"), never the
/// compiled rules, so it describes exactly what the user wrote — also a rule being edited that
/// does not load yet. Texts are translated in context "fi::RuleExplain" and are plain text
/// (never markup): values from rules and items are shown literally, quoted, on one line and
/// cut to a readable length. A caller that shows them where Qt guesses rich text (a tooltip)
/// must still pass them through plainToolTip() (views/plaintext.h).
///
/// Pure functions and an immutable value type: no thread affinity, thread-safe. Times are UTC
/// epoch milliseconds; absolute times are shown in the configured working-hours time zone.

#include "deadlines/dueformatter.h"
#include "domain/item.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace fi {

class AppConfig;

/// Whether describeConditions() adds notes about the rule's "enabled" and "notify" keys.
enum class RuleNotes {
    /// Append "turned off" ("enabled": false), "marked done" ("done": true) and
    /// "no notifications" ("notify": false).
    Mention,
    Omit,    ///< Describe the "when" object only (an editor that shows those switches itself).
};

/**
 * @brief The "when" of @p rule (one rule object as in config.json: {"name", "tier", "when", …})
 * in plain words, e.g. "subject contains 'outage' or 'incident'", "sender is from
 * 'example.com' and sent to me", "subject contains 'outage' or subject contains 'incident'"
 * (a "conditions" list with "match": "any"), "any of: header importance is 'high'; …".
 *
 * Every condition key is described (source, sender, recipientAddress, recipient, headers,
 * attributes, subject, body, text, any, conditions + match), in that order, joined by "and".
 * Simple anchored regular expressions read as words ("^(bulk|junk)$" → "is 'bulk' or 'junk'",
 * "^auto-replied" → "starts with 'auto-replied'"); others are shown between slashes. Long
 * values and long lists are cut ("…", "or 18 more"). No conditions → "always". A value of an
 * unexpected type is described as far as it can be (nothing is rejected here: validation is
 * RuleSet::fromJson()'s job).
 *
 * @param notes whether to append the rule's "enabled": false / "done": true / "notify": false
 *        notes ("subject contains 'outage'; turned off; no notifications").
 */
QString describeConditions(const QJsonObject &rule, RuleNotes notes = RuleNotes::Mention);

/// Why an item is in its tier and when a reply is due, in three translated pieces.
struct TierExplanation {
    QString tierText;     ///< "Now" (tierDisplayName()).
    /// "by rule “Incident keywords” (subject contains 'outage')", "moved here by you",
    /// "no rule matched", "by rule “old”, which no longer exists"; empty when the item records
    /// no reason.
    QString ruleText;
    /// "due 15 min after receipt, counted in calendar time (policy “Now default”) — Tue 24 Mar
    /// 10:15 (Europe/Berlin)", "due 4 h after receipt, counted in working hours (policy “Async
    /// default”) — …", "no reply owed".
    QString deadlineText;
    /// The sentence: "Now, by rule “Incident keywords” (subject contains 'outage'); due 15 min
    /// after receipt, counted in calendar time (policy “Now default”) — Tue 24 Mar 10:15 (UTC)".
    QString full() const;
    bool operator==(const TierExplanation &) const = default;
};

/**
 * @brief Explains items under one configuration. Construct once per configuration (it indexes
 * the user's rules and the kinds' default rules by name), then call explain() per item.
 * Immutable value type; explain() is const and thread-safe.
 */
class ItemExplainer {
public:
    /// An explainer that knows no configuration: isNull(), explain() returns an empty explanation.
    ItemExplainer() = default;
    /// Rules (config.rules), policies and the working-hours zone of @p config, and the default
    /// rules of every kind registered in SourceRegistry::instance() at construction.
    explicit ItemExplainer(const AppConfig &config);

    bool isNull() const { return !m_configured; }

    /// Why @p item is in its tier (Item::tierReason: the name of a rule in the user's rules or
    /// a kind's default rules, "manual", "fallback", "kind-default", "screener") and when it is due
    /// (Item::policy resolved against the policies as the due tooltip does, Item::dueMs).
    TierExplanation explain(const Item &item) const;

private:
    struct KindRule {
        QJsonObject json;
        QString kindName;  ///< Translated display name of the kind ("GitHub notifications").
    };
    QString ruleText(const Item &item) const;
    QString deadlineText(const Item &item) const;

    bool m_configured = false;
    QHash<QString, QJsonObject> m_rules;   ///< The user's rules by name.
    QHash<QString, KindRule> m_kindRules;  ///< Kinds' default rules by name.
    DueFormatter m_due;  ///< Policies and zone: the same policy and local time as the due tooltip.
};

/// ItemExplainer(@p config).explain(@p item): for a single item. Callers that explain many
/// items (a list's tooltips) keep an ItemExplainer instead.
TierExplanation explainItem(const Item &item, const AppConfig &config);

} // namespace fi
