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
    /// The sender is the user: From is one of ctx.myAddresses, or the sender handle names one of
    /// ctx.myLogins (domain/identity.h; issue 14).
    bool fromMe() const { return m_fromMe; }
    const QString &foldedSubject() const;
    const QString &foldedSnippet() const;

private:
    bool m_toMe = false;
    bool m_ccMe = false;
    bool m_fromMe = false;
    mutable std::optional<QString> m_subject;
    mutable std::optional<QString> m_snippet;
};

/// Case-, accent- and compatibility-folded text (NFKD, non-spacing marks removed, case folded):
/// "Caído" → "caido". Keywords and texts are both folded before matching.
QString foldText(const QString &text);

/// A sender or recipient address pattern: "a@b.org" (exact), "@b.org" or "b.org" (domain and
/// its subdomains), "*@b.*" (wildcard), "/regex/" (regular expression). Case-insensitive.
/// "me" (issue 14) stands for the user: one of "me" or, for a sender, a handle of "meLogins".
class AddressPattern {
public:
    static std::optional<AddressPattern> parse(const QString &text, QString *error);
    /// Never true for "me" (see isMe()).
    bool matches(const QString &address) const;
    /// The pattern "me": the caller tests MatchInput::fromMe() / toMe() / ccMe() instead.
    bool isMe() const { return m_kind == Kind::Me; }

private:
    enum class Kind { Exact, Domain, Regex, Me } m_kind = Kind::Exact;
    QString m_value;
    QRegularExpression m_re;
};

/// A header test: present / absent / value matches / value does not match (case-insensitive).
struct HeaderCondition {
    QString name; // lower-case
    enum class Kind { Present, Absent, Matches, NotMatches } kind = Kind::Present;
    QRegularExpression re;
    bool matches(const ItemRecord &record) const;
    /// The test on a value that may be missing (nullopt = no such header or attribute).
    bool matchesValue(const std::optional<QString> &value) const;
};

/// A test of ItemRecord::attributes by namespaced key ("github.reason", "feed.category"), with
/// the same forms as a header test. Mail keeps its headers in ItemRecord::headers, so a key
/// "mail.<header>" that the record's attributes lack reads that header ("mail.list-id" is the
/// List-Id header): mail sources need not copy headers into attributes.
struct AttributeCondition {
    HeaderCondition test; // test.name = the key, lower-case
    bool matches(const ItemRecord &record) const;
};

/// One entry of a "when" object's "conditions" list: {"field", "op", "value"} (issue 14, the
/// rules editor's form). Fields: sender, recipients, subject, list, source, kind, or an attribute
/// key "<namespace>.<name>"; ops: contains, is, matches, one-of. A missing value never holds.
class FieldCondition {
public:
    static std::optional<FieldCondition> fromJson(const QJsonValue &json, QString *error);
    bool matches(const MatchInput &in) const;
    /// Whether the field says which items the rule is about (source, kind, an attribute): such
    /// a rule has scope "all" unless it says otherwise.
    bool namesItsItems() const;

private:
    bool test(const QString &value) const;
    enum class Field { Sender, Recipients, Subject, List, Source, Kind, Attribute } m_field = Field::Subject;
    enum class Op { Contains, Is, Matches, OneOf } m_op = Op::Contains;
    QString m_attribute;   ///< Field::Attribute: the lower-case key.
    QStringList m_values;  ///< Folded (contains) or case-folded (is, one-of) values.
    QRegularExpression m_re;
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
    QList<AttributeCondition> m_attributes;
    std::optional<QRegularExpression> m_subject, m_body, m_text;
    QList<ConditionGroup> m_any;
    QList<FieldCondition> m_fields;  ///< "conditions"
    bool m_fieldsAny = false;        ///< "match": "any" (default "all")
    friend class Rule;
};

class Rule {
public:
    /// Parses and compiles one rule; nullptr with a translated reason on error.
    static std::shared_ptr<const Rule> fromJson(const QJsonObject &json, QString *error);
    bool matches(const MatchInput &in) const
    {
        return enabled && (!m_mailOnly || in.ctx.mail) && m_when.matches(in);
    }

    /// "scope": "mail" (only items of kinds that deliver mail) or "all". Without "scope", a
    /// rule whose "when" names a "source" or tests "attributes" has scope "all" (it says which
    /// items it is about); any other rule has scope "mail", as every rule had before kinds
    /// other than mail existed (so a config.json written then keeps its meaning).
    bool mailOnly() const { return m_mailOnly; }

    QString name;
    Tier tier = Tier::Reference;
    QString policy;
    bool enabled = true;  ///< "enabled": false keeps the rule but it never matches.
    bool notify = true;   ///< "notify": false: items it places never notify nor break through.
    bool done = false;    ///< "done": true: new items it places are stored as done (the screener's Block).
    QJsonObject json; ///< As given, for toJson().

private:
    ConditionGroup m_when;
    bool m_mailOnly = true;
};

} // namespace fi
