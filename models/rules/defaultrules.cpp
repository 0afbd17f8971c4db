// RuleSet::defaults(): the built-in rules as data (the same JSON a user writes in config.json).
// Order and reasons are documented in ruleset.h and docs/decisions/0003-rules-as-data.md.
#include "rules/ruleset.h"

#include <QJsonDocument>

namespace fi {

namespace {

const char kDefaultRules[] = R"json([
 {"name": "bulk-precedence", "tier": 1,
  "comment": "Precedence: bulk/junk/list (RFC 2076, RFC 3834 section 2): mass mail never pages",
  "when": {"headers": [{"name": "precedence", "matches": "^(bulk|junk|list)$"}]}},
 {"name": "auto-reply", "tier": 1,
  "comment": "Auto-Submitted: auto-replied (RFC 3834 section 5): out-of-office replies",
  "when": {"headers": [{"name": "auto-submitted", "matches": "^auto-replied"}]}},
 {"name": "newsletter", "tier": 1,
  "comment": "List-Unsubscribe (RFC 2369, RFC 8058) without List-Id: newsletters and marketing",
  "when": {"headers": [{"name": "list-unsubscribe"}, {"name": "list-id", "absent": true}]}},
 {"name": "high-priority", "tier": 3,
  "comment": "X-Priority 1|2, Importance: high (RFC 2156), Priority: urgent (RFC 2156); not from a mailing list",
  "when": {"headers": [{"name": "list-id", "absent": true}],
           "any": [{"headers": [{"name": "x-priority", "matches": "^[12](\\D|$)"}]},
                   {"headers": [{"name": "importance", "matches": "^high$"}]},
                   {"headers": [{"name": "priority", "matches": "^urgent$"}]},
                   {"headers": [{"name": "x-msmail-priority", "matches": "^high$"}]}]}},
 {"name": "urgent-keywords", "tier": 3,
  "comment": "Incident words in the subject (English, Spanish, Portuguese); not from a mailing list",
  "when": {"headers": [{"name": "list-id", "absent": true}],
           "subject": "incident|outage|urgent|emergency|down|sev0|sev 0|sev1|sev 1|p0|p1|production down|incidente|urgente|emergencia|emergência|caído|caída|fora do ar|indisponível|no disponible|interrupción|interrupção"}},
 {"name": "design-review", "tier": 2, "policy": "design-review",
  "comment": "Design reviews and RFCs addressed to me: 48 working hours",
  "when": {"recipient": "me",
           "subject": "design review|design doc|design document|design proposal|architecture review|rfc|request for comments|revisión de diseño|documento de diseño|revisão de design|revisão de arquitetura|documento de design"}},
 {"name": "review-request", "tier": 2, "policy": "review-request",
  "comment": "Review requests addressed to me, or GitHub's X-GitHub-Reason: review_requested: 24 working hours",
  "when": {"any": [{"recipient": "me",
                    "subject": "review requested|review request|requested your review|please review|can you review|could you review|ptal|code review|revisión solicitada|por favor revisa|puedes revisar|revisão solicitada|por favor revise|pode revisar"},
                   {"headers": [{"name": "x-github-reason", "matches": "^review_requested$"}]}]}},
 {"name": "mailing-list", "tier": 1,
  "comment": "List-Id (RFC 2919): discussion lists are reference reading",
  "when": {"headers": [{"name": "list-id"}]}},
 {"name": "auto-submitted", "tier": 1,
  "comment": "Auto-Submitted other than 'no' (RFC 3834 section 5): machine mail without incident words",
  "when": {"headers": [{"name": "auto-submitted", "notMatches": "^no$"}]}},
 {"name": "to-me", "tier": 2,
  "comment": "One of my addresses in To",
  "when": {"recipient": "to-me"}},
 {"name": "cc-me", "tier": 2,
  "comment": "One of my addresses in Cc (not in To)",
  "when": {"recipient": "cc-me"}},
 {"name": "fallback", "tier": 1,
  "comment": "Everything else (Bcc, unknown senders to other addresses): reference"}
])json";

} // namespace

RuleSet RuleSet::defaults()
{
    static const RuleSet rules = fromJson(QJsonDocument::fromJson(QByteArray(kDefaultRules)).array(), nullptr);
    return rules;
}

} // namespace fi
