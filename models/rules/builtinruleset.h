#pragma once
/// @file builtinruleset.h
/// @brief A rule set the app ships as JSON text (a kind's default rules: GitHub's tiers by
/// reason, the webhook's by payload tier), parsed once and checked.

#include "rules/ruleset.h"

namespace fi {

/// Parse @p json (a JSON array in the config's rule format, RuleSet::fromJson()). Shipped text
/// must parse completely: in a debug build a rule that does not load, or a count other than
/// @p expectedRules, stops the program naming @p what; a release build keeps the rules that load.
RuleSet builtInRuleSet(const char *json, int expectedRules, const char *what);

} // namespace fi
