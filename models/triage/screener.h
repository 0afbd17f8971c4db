#pragma once
/// @file screener.h
/// @brief The screener for new senders (issue 14), in the spirit of HEY's, but as rules: the
/// first items from a sender never seen before (per source kind) wait in a "New senders" queue
/// unless a rule of the user's places them (ItemStore: StoreBatch::screenReasons, tier reason
/// screenerReason()). One decision — Now, Async, Reference or Block — becomes a sender rule at
/// the top of the rule set (visible and editable in Preferences ▸ Rules) and re-tiers that
/// sender's stored items at once. Pure functions; any thread.

#include "config/appconfig.h"
#include "domain/item.h"
#include "sources/source.h"

#include <QJsonObject>

namespace fi {

/// What the user decided about a new sender.
enum class ScreenerDecision {
    Now,        ///< Tier 3.
    Async,      ///< Tier 2.
    Reference,  ///< Tier 1.
    Block,      ///< Tier 1, done at once, never notified ("done": true, "notify": false).
};

/// Whether new senders of @p source wait in the screener: on by default for kinds that deliver
/// mail (@p deliversMail), off for the sample workspace and where settings["screener"] is false.
bool screensNewSenders(const SourceConfig &source, bool deliversMail);

/// The tier reasons that mean "no rule of the user's placed it": the built-in catch-all rules
/// "to-me", "cc-me" and "fallback" (rules/ruleset.h). Only items placed by these are screened.
QStringList screenableReasons();

/// The sender key of @p item: its From address, else its handle (lower case); "" = none.
QString screenerSender(const Item &item);

/// The rule a decision about @p sender (an address or handle) of kind @p kind becomes:
/// {"name": "Sender ana@example.com", "tier": …, "when": {"conditions": [sender is …, kind is …]}},
/// Block adding "done": true and "notify": false.
QJsonObject senderRule(const QString &sender, const QString &kind, ScreenerDecision decision);

/// @p config with senderRule() first in its rules (a rule of the same name is replaced).
/// @return the new configuration; *error set (translated) and @p config unchanged on failure.
AppConfig withSenderRule(const AppConfig &config, const QString &sender, const QString &kind,
                         ScreenerDecision decision, QString *error);

} // namespace fi
