#pragma once
/// @file rule.h
/// @brief Internal: one compiled tiering rule (conditions + outcome). See ruleset.h for the
/// public API and docs/configuration.md for the JSON form.

#include "domain/item.h"
#include "rules/ruleset.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace fi {

/// Per-classification scratch data, computed lazily once and shared by all rules.
class MatchInput {
public:
    MatchInput(const ItemRecord &record, const RuleContext &ctx);
    const ItemRecord &record;
    const RuleContext &ctx;
    bool toMe() const { return m_toMe; }
    bool ccMe() const { return m_ccMe; }
    const QString &foldedSubject() const;
    const QString &foldedSnippet() const;

private:
    bool m_toMe = false;
    bool m_ccMe = false;
    mutable std::optional<QString> m_subject;
    mutable std::optional<QString> m_snippet;
};

/// Case-, accent- and compatibility-folded text (NFKD, non-spacing marks removed, case folded):
/// "Caído" → "caido". Keywords and texts are both folded before matching.
QString foldText(const QString &text);

/// A sender or recipient address pattern: "a@b.org" (exact), "@b.org" or "b.org" (domain and
/// its subdomains), "*@b.*" (wildcard), "/regex/" (regular expression). Case-insensitive.
class AddressPattern {
public:
    static std::optional<AddressPattern> parse(const QString &text, QString *error);
    bool matches(const QString &address) const;

private:
    enum class Kind { Exact, Domain, Regex } m_kind = Kind::Exact;
    QString m_value;
    QRegularExpression m_re;
};

/// A header test: present / absent / value matches / value does not match (case-insensitive).
struct HeaderCondition {
    QString name; // lower-case
    enum class Kind { Present, Absent, Matches, NotMatches } kind = Kind::Present;
    QRegularExpression re;
    bool matches(const ItemRecord &record) const;
};

/// All conditions of one "when" object; unset ones always hold.
class ConditionGroup {
public:
    static std::optional<ConditionGroup> fromJson(const QJsonObject &when, QString *error, int depth = 0);
    bool matches(const MatchInput &in) const;

private:
    enum class Recipient { Any, ToMe, CcMe, Me, NotMe, List };
    QStringList m_sources; // lower-case kinds or names
    QList<AddressPattern> m_senders;
    QList<AddressPattern> m_recipients;
    Recipient m_recipient = Recipient::Any;
    QList<HeaderCondition> m_headers;
    std::optional<QRegularExpression> m_subject, m_body, m_text;
    QList<ConditionGroup> m_any;
};

class Rule {
public:
    /// Parses and compiles one rule; nullptr with a translated reason on error.
    static std::shared_ptr<const Rule> fromJson(const QJsonObject &json, QString *error);
    bool matches(const MatchInput &in) const { return m_when.matches(in); }

    QString name;
    Tier tier = Tier::Reference;
    QString policy;
    QJsonObject json; ///< As given, for toJson().

private:
    ConditionGroup m_when;
};

} // namespace fi
