#include "rules/rule.h"

#include "domain/identity.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fi {

namespace {


constexpr int kMaxDepth = 4;

bool sameAddress(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

/// One of @p list is the user: an address of @p me, or a handle naming one of @p logins.
bool anyMe(const QList<Address> &list, const QStringList &me, const QStringList &logins = {})
{
    for (const Address &a : list) {
        for (const QString &m : me)
            if (!a.address.isEmpty() && sameAddress(a.address.trimmed(), m.trimmed()))
                return true;
        if (!a.handle.isEmpty() && handleIsOneOf(a.handle, logins))
            return true;
    }
    return false;
}

bool compile(const QString &pattern, QRegularExpression::PatternOptions options, QRegularExpression *out,
             QString *error)
{
    QRegularExpression re(pattern, options | QRegularExpression::UseUnicodePropertiesOption);
    if (!re.isValid()) {
        *error = QCoreApplication::translate("fi::RuleSet", "invalid regular expression \"%1\": %2").arg(pattern, re.errorString());
        return false;
    }
    re.optimize();
    *out = re;
    return true;
}

// "a|b c" or ["a", "b c"] → whole-word, folded, case-insensitive alternation. A space inside a
// keyword matches any run of spaces or hyphens ("sev 1" matches "SEV-1" and "sev  1").
bool compileKeywords(const QJsonValue &value, QRegularExpression *out, QString *error)
{
    QStringList words;
    if (value.isString()) {
        words = value.toString().split(QLatin1Char('|'));
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            words += v.toString().split(QLatin1Char('|'));
    } else {
        *error = QCoreApplication::translate("fi::RuleSet", "keywords must be a string like \"outage|incident\" or a list of strings");
        return false;
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));  // compiled once, not per word
    QStringList alternatives;
    for (const QString &word : std::as_const(words)) {
        const QStringList parts = foldText(word).split(spaces, Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        QStringList escaped;
        for (const QString &p : parts)
            escaped.append(QRegularExpression::escape(p));
        alternatives.append(escaped.join(QStringLiteral("[\\s\\-]+")));
    }
    if (alternatives.isEmpty()) {
        *error = QCoreApplication::translate("fi::RuleSet", "the keyword list is empty");
        return false;
    }
    const QString pattern = QStringLiteral("(?<![\\p{L}\\p{N}_])(?:%1)(?![\\p{L}\\p{N}_])").arg(alternatives.join(QLatin1Char('|')));
    return compile(pattern, QRegularExpression::CaseInsensitiveOption, out, error);
}

bool compileAddresses(const QJsonValue &value, QList<AddressPattern> *out, QString *error)
{
    QStringList texts;
    if (value.isString())
        texts.append(value.toString());
    else if (value.isArray())
        for (const QJsonValue &v : value.toArray())
            texts.append(v.toString());
    else {
        *error = QCoreApplication::translate("fi::RuleSet", "address patterns must be a string or a list of strings");
        return false;
    }
    for (const QString &t : std::as_const(texts)) {
        auto p = AddressPattern::parse(t, error);
        if (!p)
            return false;
        out->append(*p);
    }
    return true;
}

bool parseHeader(const QJsonValue &value, HeaderCondition *out, QString *error)
{
    if (!value.isObject()) {
        *error = QCoreApplication::translate("fi::RuleSet", "a header condition must be an object like {\"name\": \"list-id\"}");
        return false;
    }
    const QJsonObject obj = value.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        static const QStringList known = {QStringLiteral("name"), QStringLiteral("matches"),
                                          QStringLiteral("notMatches"), QStringLiteral("absent")};
        if (!known.contains(it.key())) {
            *error = QCoreApplication::translate("fi::RuleSet", "unknown header condition key \"%1\"").arg(it.key());
            return false;
        }
    }
    out->name = obj.value(QLatin1String("name")).toString().trimmed().toLower();
    if (out->name.isEmpty()) {
        *error = QCoreApplication::translate("fi::RuleSet", "a header condition needs a \"name\"");
        return false;
    }
    const int forms = int(obj.contains(QLatin1String("matches"))) + int(obj.contains(QLatin1String("notMatches")))
        + int(obj.value(QLatin1String("absent")).toBool());
    if (forms > 1) {
        *error = QCoreApplication::translate("fi::RuleSet", "header \"%1\": use only one of \"matches\", \"notMatches\", \"absent\"").arg(out->name);
        return false;
    }
    if (obj.contains(QLatin1String("matches"))) {
        out->kind = HeaderCondition::Kind::Matches;
        return compile(obj.value(QLatin1String("matches")).toString(), QRegularExpression::CaseInsensitiveOption,
                       &out->re, error);
    }
    if (obj.contains(QLatin1String("notMatches"))) {
        out->kind = HeaderCondition::Kind::NotMatches;
        return compile(obj.value(QLatin1String("notMatches")).toString(), QRegularExpression::CaseInsensitiveOption,
                       &out->re, error);
    }
    out->kind = obj.value(QLatin1String("absent")).toBool() ? HeaderCondition::Kind::Absent
                                                            : HeaderCondition::Kind::Present;
    return true;
}

bool parseAttributes(const QJsonValue &value, QList<AttributeCondition> *out, QString *error)
{
    if (!value.isObject() || value.toObject().isEmpty()) {
        *error = QCoreApplication::translate("fi::RuleSet", "\"attributes\" must be an object like {\"github.reason\": \"^review_requested$\"}");
        return false;
    }
    static const QRegularExpression keyForm(QStringLiteral("^[a-z0-9][a-z0-9_-]*\\.[a-z0-9][a-z0-9._-]*$"));
    const QJsonObject obj = value.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        AttributeCondition c;
        c.test.name = it.key().trimmed().toLower();
        if (!keyForm.match(c.test.name).hasMatch()) {
            *error = QCoreApplication::translate("fi::RuleSet", "attribute \"%1\": a key is \"<namespace>.<name>\" like \"github.reason\" or \"mail.list-id\"").arg(it.key());
            return false;
        }
        const QJsonValue v = it.value();
        if (v.isBool()) {
            c.test.kind = v.toBool() ? HeaderCondition::Kind::Present : HeaderCondition::Kind::Absent;
        } else if (v.isString()) {
            c.test.kind = HeaderCondition::Kind::Matches;
            if (!compile(v.toString(), QRegularExpression::CaseInsensitiveOption, &c.test.re, error)) {
                *error = QCoreApplication::translate("fi::RuleSet", "attribute \"%1\": %2").arg(c.test.name, *error);
                return false;
            }
        } else if (v.isObject()) {
            QJsonObject form = v.toObject();
            form.insert(QStringLiteral("name"), c.test.name);
            if (!parseHeader(form, &c.test, error)) {
                *error = QCoreApplication::translate("fi::RuleSet", "attribute \"%1\": %2").arg(c.test.name, *error);
                return false;
            }
        } else {
            *error = QCoreApplication::translate("fi::RuleSet", "attribute \"%1\": the value must be a regular expression, true (present), false (absent) or an object with \"matches\", \"notMatches\" or \"absent\"").arg(c.test.name);
            return false;
        }
        out->append(c);
    }
    return true;
}

} // namespace

QString foldText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out.toCaseFolded();
}

MatchInput::MatchInput(const ItemRecord &r, const RuleContext &c)
    : record(r)
    , ctx(c)
    , m_toMe(anyMe(r.to, c.myAddresses, c.myLogins))
    , m_ccMe(!m_toMe && anyMe(r.cc, c.myAddresses, c.myLogins))
    , m_fromMe(anyMe({r.from}, c.myAddresses, c.myLogins))
{
}

const QString &MatchInput::foldedSubject() const
{
    if (!m_subject)
        m_subject = foldText(record.subject);
    return *m_subject;
}

const QString &MatchInput::foldedSnippet() const
{
    if (!m_snippet)
        m_snippet = foldText(record.snippet);
    return *m_snippet;
}

std::optional<AddressPattern> AddressPattern::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    AddressPattern p;
    if (text.isEmpty()) {
        *error = QCoreApplication::translate("fi::RuleSet", "empty address pattern");
        return std::nullopt;
    }
    if (text.size() >= 2 && text.startsWith(QLatin1Char('/')) && text.endsWith(QLatin1Char('/'))) {
        p.m_kind = Kind::Regex;
        if (!compile(text.mid(1, text.size() - 2), QRegularExpression::CaseInsensitiveOption, &p.m_re, error))
            return std::nullopt;
    } else if (text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?'))) {
        p.m_kind = Kind::Regex;
        const QString re = QRegularExpression::wildcardToRegularExpression(
            text, QRegularExpression::DefaultWildcardConversion);
        if (!compile(re, QRegularExpression::CaseInsensitiveOption, &p.m_re, error))
            return std::nullopt;
    } else if (text.compare(QLatin1String("me"), Qt::CaseInsensitive) == 0) {
        p.m_kind = Kind::Me;  // the user (issue 14); a domain is written "example.me"
    } else if (text.startsWith(QLatin1Char('@')) || !text.contains(QLatin1Char('@'))) {
        p.m_kind = Kind::Domain;
        p.m_value = text.mid(text.startsWith(QLatin1Char('@')) ? 1 : 0).toLower();
    } else {
        p.m_kind = Kind::Exact;
        p.m_value = text.toLower();
    }
    return p;
}

bool AddressPattern::matches(const QString &address) const
{
    const QString a = address.trimmed();
    switch (m_kind) {
    case Kind::Exact: return sameAddress(a, m_value);
    case Kind::Domain: {
        const QString domain = a.mid(a.lastIndexOf(QLatin1Char('@')) + 1).toLower();
        return domain == m_value || domain.endsWith(QLatin1Char('.') + m_value);
    }
    case Kind::Regex: return m_re.match(a).hasMatch();
    case Kind::Me: return false;  // tested against MatchInput by the caller
    }
    return false;
}

bool HeaderCondition::matches(const ItemRecord &record) const
{
    const auto it = record.headers.constFind(name);
    return matchesValue(it == record.headers.constEnd() ? std::nullopt : std::optional<QString>(*it));
}

bool HeaderCondition::matchesValue(const std::optional<QString> &value) const
{
    switch (kind) {
    case Kind::Present: return value.has_value();
    case Kind::Absent: return !value;
    case Kind::Matches: return value && re.match(value->trimmed()).hasMatch();
    case Kind::NotMatches: return value && !re.match(value->trimmed()).hasMatch();
    }
    return false;
}

bool AttributeCondition::matches(const ItemRecord &record) const
{
    const auto it = record.attributes.constFind(test.name);
    if (it != record.attributes.constEnd())
        return test.matchesValue(*it);
    static const QString mailPrefix = QStringLiteral("mail.");
    if (test.name.startsWith(mailPrefix)) {
        const auto header = record.headers.constFind(test.name.mid(mailPrefix.size()));
        if (header != record.headers.constEnd())
            return test.matchesValue(*header);
    }
    return test.matchesValue(std::nullopt);
}

std::optional<ConditionGroup> ConditionGroup::fromJson(const QJsonObject &when, QString *error, int depth)
{
    ConditionGroup g;
    for (auto it = when.begin(); it != when.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        bool ok = true;
        if (key == QLatin1String("source")) {
            const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray{v};
            for (const QJsonValue &s : list) {
                if (!s.isString() || s.toString().trimmed().isEmpty()) {
                    *error = QCoreApplication::translate("fi::RuleSet", "\"source\" must be a source kind or name, or a list of them");
                    return std::nullopt;
                }
                g.m_sources.append(s.toString().trimmed().toLower());
            }
        } else if (key == QLatin1String("sender")) {
            ok = compileAddresses(v, &g.m_senders, error);
        } else if (key == QLatin1String("recipientAddress")) {
            ok = compileAddresses(v, &g.m_recipients, error);
        } else if (key == QLatin1String("recipient")) {
            const QString r = v.toString();
            if (r == QLatin1String("to-me")) g.m_recipient = Recipient::ToMe;
            else if (r == QLatin1String("cc-me")) g.m_recipient = Recipient::CcMe;
            else if (r == QLatin1String("me")) g.m_recipient = Recipient::Me;
            else if (r == QLatin1String("not-me")) g.m_recipient = Recipient::NotMe;
            else if (r == QLatin1String("list")) g.m_recipient = Recipient::List;
            else {
                *error = QCoreApplication::translate("fi::RuleSet", "\"recipient\" must be one of to-me, cc-me, me, not-me, list (got \"%1\")").arg(r);
                return std::nullopt;
            }
        } else if (key == QLatin1String("headers")) {
            const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray{v};
            for (const QJsonValue &h : list) {
                HeaderCondition c;
                if (!parseHeader(h, &c, error))
                    return std::nullopt;
                g.m_headers.append(c);
            }
        } else if (key == QLatin1String("attributes")) {
            ok = parseAttributes(v, &g.m_attributes, error);
        } else if (key == QLatin1String("subject") || key == QLatin1String("body") || key == QLatin1String("text")) {
            QRegularExpression re;
            ok = compileKeywords(v, &re, error);
            if (ok)
                (key == QLatin1String("subject") ? g.m_subject : key == QLatin1String("body") ? g.m_body : g.m_text) = re;
            else
                *error = QCoreApplication::translate("fi::RuleSet", "\"%1\": %2").arg(key, *error);
        } else if (key == QLatin1String("conditions")) {
            if (!v.isArray() || v.toArray().isEmpty()) {
                *error = QCoreApplication::translate("fi::RuleSet", "\"conditions\" must be a non-empty list of {\"field\", \"op\", \"value\"} objects");
                return std::nullopt;
            }
            for (const QJsonValue &c : v.toArray()) {
                auto condition = FieldCondition::fromJson(c, error);
                if (!condition)
                    return std::nullopt;
                g.m_fields.append(*condition);
            }
        } else if (key == QLatin1String("match")) {
            if (v.toString() != QLatin1String("all") && v.toString() != QLatin1String("any")) {
                *error = QCoreApplication::translate("fi::RuleSet", "\"match\" must be \"all\" or \"any\"");
                return std::nullopt;
            }
            g.m_fieldsAny = v.toString() == QLatin1String("any");
        } else if (key == QLatin1String("any")) {
            if (!v.isArray() || v.toArray().isEmpty() || depth >= kMaxDepth) {
                *error = QCoreApplication::translate("fi::RuleSet", "\"any\" must be a non-empty list of condition objects (nested at most %1 deep)").arg(kMaxDepth);
                return std::nullopt;
            }
            for (const QJsonValue &sub : v.toArray()) {
                if (!sub.isObject()) {
                    *error = QCoreApplication::translate("fi::RuleSet", "\"any\" must be a non-empty list of condition objects (nested at most %1 deep)").arg(kMaxDepth);
                    return std::nullopt;
                }
                auto child = fromJson(sub.toObject(), error, depth + 1);
                if (!child)
                    return std::nullopt;
                g.m_any.append(*child);
            }
        } else {
            *error = QCoreApplication::translate("fi::RuleSet", "unknown condition \"%1\" (known: source, sender, recipient, recipientAddress, headers, attributes, subject, body, text, any, conditions, match)").arg(key);
            return std::nullopt;
        }
        if (!ok)
            return std::nullopt;
    }
    return g;
}

bool ConditionGroup::matches(const MatchInput &in) const
{
    if (!m_sources.isEmpty()) {
        const QString kind = in.ctx.sourceKind.toLower();
        const QString name = in.ctx.sourceName.toLower();
        if (!m_sources.contains(kind) && !m_sources.contains(name))
            return false;
    }
    switch (m_recipient) {
    case Recipient::Any: break;
    case Recipient::ToMe: if (!in.toMe()) return false; break;
    case Recipient::CcMe: if (!in.ccMe()) return false; break;
    case Recipient::Me: if (!in.toMe() && !in.ccMe()) return false; break;
    case Recipient::NotMe: if (in.toMe() || in.ccMe()) return false; break;
    case Recipient::List:
        if (!in.record.headers.contains(QStringLiteral("list-id")) && !in.record.headers.contains(QStringLiteral("list-post")))
            return false;
        break;
    }
    for (const HeaderCondition &h : m_headers)
        if (!h.matches(in.record))
            return false;
    for (const AttributeCondition &a : m_attributes)
        if (!a.matches(in.record))
            return false;
    if (!m_senders.isEmpty()
        && std::none_of(m_senders.begin(), m_senders.end(),
                        [&](const AddressPattern &p) { return p.isMe() ? in.fromMe() : p.matches(in.record.from.address); }))
        return false;
    if (!m_recipients.isEmpty()) {
        bool found = false;
        for (const QList<Address> *list : {&in.record.to, &in.record.cc})
            for (const Address &a : *list)
                for (const AddressPattern &p : m_recipients)
                    found = found || (p.isMe() ? in.toMe() || in.ccMe() : p.matches(a.address));
        if (!found)
            return false;
    }
    if (m_subject && !m_subject->match(in.foldedSubject()).hasMatch())
        return false;
    if (m_body && !m_body->match(in.foldedSnippet()).hasMatch())
        return false;
    if (m_text && !m_text->match(in.foldedSubject()).hasMatch() && !m_text->match(in.foldedSnippet()).hasMatch())
        return false;
    if (!m_any.isEmpty()
        && std::none_of(m_any.begin(), m_any.end(), [&](const ConditionGroup &g) { return g.matches(in); }))
        return false;
    if (!m_fields.isEmpty()) {
        const auto holds = [&](const FieldCondition &c) { return c.matches(in); };
        if (m_fieldsAny ? std::none_of(m_fields.begin(), m_fields.end(), holds)
                        : !std::all_of(m_fields.begin(), m_fields.end(), holds))
            return false;
    }
    return true;
}

std::shared_ptr<const Rule> Rule::fromJson(const QJsonObject &json, QString *error)
{
    auto rule = std::make_shared<Rule>();
    for (auto it = json.begin(); it != json.end(); ++it) {
        static const QStringList known = {QStringLiteral("name"), QStringLiteral("when"), QStringLiteral("tier"),
                                          QStringLiteral("policy"), QStringLiteral("scope"), QStringLiteral("comment"),
                                          QStringLiteral("enabled"), QStringLiteral("notify"), QStringLiteral("done")};
        if (!known.contains(it.key())) {
            *error = QCoreApplication::translate("fi::RuleSet", "unknown key \"%1\" (known: name, when, tier, policy, scope, comment, enabled, notify, done)").arg(it.key());
            return nullptr;
        }
    }
    rule->name = json.value(QLatin1String("name")).toString().trimmed();
    if (rule->name.isEmpty()) {
        *error = QCoreApplication::translate("fi::RuleSet", "a rule needs a non-empty \"name\"");
        return nullptr;
    }
    const QJsonValue tier = json.value(QLatin1String("tier"));
    const QString tierText = tier.toString().toLower();
    if (tier.isDouble() && isValidTier(tier.toInt()) && tier.toDouble() == double(tier.toInt()))
        rule->tier = Tier(tier.toInt());
    else if (tierText == QLatin1String("now"))
        rule->tier = Tier::Now;
    else if (tierText == QLatin1String("async"))
        rule->tier = Tier::Async;
    else if (tierText == QLatin1String("reference"))
        rule->tier = Tier::Reference;
    else {
        *error = QCoreApplication::translate("fi::RuleSet", "\"tier\" must be 1, 2, 3 or \"reference\", \"async\", \"now\"");
        return nullptr;
    }
    const QJsonValue policy = json.value(QLatin1String("policy"));
    if (!policy.isUndefined() && !policy.isNull() && !policy.isString()) {
        *error = QCoreApplication::translate("fi::RuleSet", "\"policy\" must be a policy name");
        return nullptr;
    }
    rule->policy = policy.toString().trimmed();
    for (const auto &[key, flag] : {std::pair{QLatin1String("enabled"), &rule->enabled},
                                    std::pair{QLatin1String("notify"), &rule->notify}}) {
        const QJsonValue value = json.value(key);
        if (!value.isUndefined() && !value.isBool()) {
            *error = QCoreApplication::translate("fi::RuleSet", "\"%1\" must be true or false").arg(key);
            return nullptr;
        }
        *flag = value.toBool(true);
    }
    const QJsonValue done = json.value(QLatin1String("done"));
    if (!done.isUndefined() && !done.isBool()) {
        *error = QCoreApplication::translate("fi::RuleSet", "\"%1\" must be true or false").arg(QStringLiteral("done"));
        return nullptr;
    }
    rule->done = done.toBool(false);
    const QJsonValue when = json.value(QLatin1String("when"));
    if (!when.isUndefined() && !when.isObject()) {
        *error = QCoreApplication::translate("fi::RuleSet", "\"when\" must be an object of conditions");
        return nullptr;
    }
    auto group = ConditionGroup::fromJson(when.toObject(), error);
    if (!group)
        return nullptr;
    const QJsonValue scope = json.value(QLatin1String("scope"));
    if (scope.isUndefined()) {
        const QJsonObject conditions = when.toObject();
        rule->m_mailOnly = !conditions.contains(QLatin1String("source")) && !conditions.contains(QLatin1String("attributes"))
            && std::none_of(group->m_fields.begin(), group->m_fields.end(),
                            [](const FieldCondition &c) { return c.namesItsItems(); });
    } else if (scope.toString() == QLatin1String("mail")) {
        rule->m_mailOnly = true;
    } else if (scope.toString() == QLatin1String("all")) {
        rule->m_mailOnly = false;
    } else {
        *error = QCoreApplication::translate("fi::RuleSet", "\"scope\" must be \"mail\" (items of kinds that deliver mail) or \"all\" (every kind)");
        return nullptr;
    }
    rule->m_when = std::move(*group);
    rule->json = json;
    return rule;
}

} // namespace fi
