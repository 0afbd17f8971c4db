#include "rules/ruleexplain.h"

#include "config/appconfig.h"
#include "deadlines/dueformatter.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fi {

/// Translation context "fi::RuleExplain" for the texts of this file.
struct RuleExplain {
    Q_DECLARE_TR_FUNCTIONS(fi::RuleExplain)
};

namespace {

constexpr int kMaxValueChars = 40;       ///< A quoted value or a regular expression.
constexpr int kMaxNameChars = 60;        ///< A rule or source name.
constexpr int kMaxListed = 5;            ///< Values listed before "or N more".
constexpr int kMaxDescriptionChars = 400;

/// @p text cut to @p max characters (an ellipsis marks the cut; a surrogate pair stays whole).
QString cut(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    int keep = max - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

/// One line: runs of white space (line breaks included) become one space, control characters go.
QString oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace())
            out.append(QLatin1Char(' '));
        else if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            out.append(c);
    }
    return out.simplified();
}

QString quoted(const QString &value)
{
    return RuleExplain::tr("'%1'", "a value from a rule, quoted").arg(cut(oneLine(value), kMaxValueChars));
}

QString regexShown(const QString &pattern)
{
    return RuleExplain::tr("/%1/", "a regular expression from a rule").arg(cut(oneLine(pattern), kMaxValueChars));
}

QString nameShown(const QString &name)
{
    return cut(oneLine(name), kMaxNameChars);
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble() || v.isBool())
        return v.toVariant().toString();
    return QString();
}

/// Folds @p parts with a two-place template: "a and b and c".
QString fold(const QStringList &parts, const QString &pattern)
{
    if (parts.isEmpty())
        return QString();
    QString out = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i)
        out = pattern.arg(out, parts.at(i));
    return out;
}

QString andJoin(const QStringList &parts)
{
    return fold(parts, RuleExplain::tr("%1 and %2", "conditions that must all hold"));
}

QString orJoin(const QStringList &parts)
{
    return fold(parts, RuleExplain::tr("%1 or %2", "conditions of which one must hold"));
}

/// "'a'", "'a' or 'b'", "'a', 'b' or 'c'", "'a', …, 'e' or 3 more" of already formatted values.
QString alternatives(const QStringList &shown)
{
    if (shown.size() <= 1)
        return shown.value(0);
    const QString comma = RuleExplain::tr("%1, %2", "a list of values");
    if (shown.size() > kMaxListed) {
        const int rest = int(shown.size()) - kMaxListed;
        return RuleExplain::tr("%1 or %n more", "a cut list of values", rest).arg(fold(shown.first(kMaxListed), comma));
    }
    return RuleExplain::tr("%1 or %2", "the last of a list of values")
        .arg(fold(shown.first(shown.size() - 1), comma), shown.last());
}

QStringList quotedAll(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        out.append(quoted(v));
    return out;
}

/// Strings of a string-or-list value (non-strings of a list are skipped).
QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            if (const QString s = scalarText(v); !s.trimmed().isEmpty())
                out.append(s.trimmed());
    } else if (const QString s = scalarText(value); !s.trimmed().isEmpty()) {
        out.append(s.trimmed());
    }
    return out;
}

/// Keywords: "a|b" or ["a", "b|c"] → a, b, c.
QStringList keywordsOf(const QJsonValue &value)
{
    QStringList out;
    for (const QString &s : stringsOf(value))
        for (const QString &word : s.split(QLatin1Char('|')))
            if (!word.trimmed().isEmpty())
                out.append(word.trimmed());
    return out;
}

// ---- regular expressions that read as words ----

/// What a simple regular expression tests, in words; Regex when it is not that simple.
struct RegexWords {
    enum class Kind { Is, StartsWith, Contains, Regex } kind = Kind::Regex;
    QStringList values;
};

bool isLiteral(const QString &text)
{
    static const QString special = QStringLiteral("\\^$.|?*+()[]{}");
    if (text.isEmpty())
        return false;
    return std::none_of(text.begin(), text.end(), [](QChar c) { return special.contains(c); });
}

RegexWords simplify(const QString &pattern)
{
    QString body = pattern;
    const bool start = body.startsWith(QLatin1Char('^'));
    if (start)
        body.remove(0, 1);
    const bool end = body.endsWith(QLatin1Char('$')) && !body.endsWith(QLatin1String("\\$"));
    if (end)
        body.chop(1);
    if (!start && end)
        return {};
    QStringList options;
    if ((body.startsWith(QLatin1String("(?:")) || body.startsWith(QLatin1Char('('))) && body.endsWith(QLatin1Char(')'))) {
        const QString inner = body.mid(body.startsWith(QLatin1String("(?:")) ? 3 : 1).chopped(1);
        options = inner.split(QLatin1Char('|'));
    } else if (!start && !end) {
        options = body.split(QLatin1Char('|'));
    } else {
        options = {body};
    }
    if (options.isEmpty() || !std::all_of(options.begin(), options.end(), isLiteral))
        return {};
    RegexWords words;
    words.kind = start && end ? RegexWords::Kind::Is : start ? RegexWords::Kind::StartsWith : RegexWords::Kind::Contains;
    words.values = options;
    return words;
}

/// A header or attribute test on @p subject ("header list-id", "github.reason").
enum class Test { Present, Absent, Matches, NotMatches };

QString testPhrase(const QString &subject, Test test, const QString &pattern)
{
    switch (test) {
    case Test::Present: return RuleExplain::tr("%1 is present").arg(subject);
    case Test::Absent: return RuleExplain::tr("%1 is absent").arg(subject);
    case Test::Matches:
    case Test::NotMatches: break;
    }
    const RegexWords words = simplify(pattern);
    const QString values = alternatives(quotedAll(words.values));
    const bool negated = test == Test::NotMatches;
    switch (words.kind) {
    case RegexWords::Kind::Is:
        return negated ? RuleExplain::tr("%1 is present and not %2").arg(subject, values)
                       : RuleExplain::tr("%1 is %2").arg(subject, values);
    case RegexWords::Kind::StartsWith:
        return negated ? RuleExplain::tr("%1 is present and does not start with %2").arg(subject, values)
                       : RuleExplain::tr("%1 starts with %2").arg(subject, values);
    case RegexWords::Kind::Contains:
        return negated ? RuleExplain::tr("%1 is present and does not contain %2").arg(subject, values)
                       : RuleExplain::tr("%1 contains %2").arg(subject, values);
    case RegexWords::Kind::Regex: break;
    }
    return negated ? RuleExplain::tr("%1 is present and does not match %2").arg(subject, regexShown(pattern))
                   : RuleExplain::tr("%1 matches %2").arg(subject, regexShown(pattern));
}

/// A header-test object ({"name", "matches" | "notMatches" | "absent"}; name optional for attributes).
QString objectTestPhrase(const QString &subject, const QJsonObject &form)
{
    if (form.contains(QLatin1String("matches")))
        return testPhrase(subject, Test::Matches, scalarText(form.value(QLatin1String("matches"))));
    if (form.contains(QLatin1String("notMatches")))
        return testPhrase(subject, Test::NotMatches, scalarText(form.value(QLatin1String("notMatches"))));
    return testPhrase(subject, form.value(QLatin1String("absent")).toBool() ? Test::Absent : Test::Present, QString());
}

QString headerSubject(const QString &name)
{
    return RuleExplain::tr("header %1").arg(cut(oneLine(name.trimmed().toLower()), kMaxValueChars));
}

// ---- address patterns (as AddressPattern::parse reads them) ----

QString addressPhrase(const QJsonValue &value, bool sender)
{
    QStringList exact, domains, patterns;
    for (const QString &p : stringsOf(value)) {
        if (p.compare(QLatin1String("me"), Qt::CaseInsensitive) == 0)
            exact.append(RuleExplain::tr("me", "an address pattern: one of the user's own addresses or logins"));
        else if (p.size() >= 2 && p.startsWith(QLatin1Char('/')) && p.endsWith(QLatin1Char('/')))
            patterns.append(regexShown(p.mid(1, p.size() - 2)));
        else if (p.contains(QLatin1Char('*')) || p.contains(QLatin1Char('?')))
            patterns.append(quoted(p));
        else if (p.startsWith(QLatin1Char('@')) || !p.contains(QLatin1Char('@')))
            domains.append(quoted(p.mid(p.startsWith(QLatin1Char('@')) ? 1 : 0)));
        else
            exact.append(quoted(p));
    }
    QStringList parts;
    if (!exact.isEmpty())
        parts.append(sender ? RuleExplain::tr("sender is %1").arg(alternatives(exact))
                            : RuleExplain::tr("a recipient is %1").arg(alternatives(exact)));
    if (!domains.isEmpty())
        parts.append(sender ? RuleExplain::tr("sender is from %1").arg(alternatives(domains))
                            : RuleExplain::tr("a recipient is from %1").arg(alternatives(domains)));
    if (!patterns.isEmpty())
        parts.append(sender ? RuleExplain::tr("sender matches %1").arg(alternatives(patterns))
                            : RuleExplain::tr("a recipient matches %1").arg(alternatives(patterns)));
    return orJoin(parts);
}

QString recipientPhrase(const QString &value)
{
    if (value == QLatin1String("to-me"))
        return RuleExplain::tr("I am in To");
    if (value == QLatin1String("cc-me"))
        return RuleExplain::tr("I am in Cc");
    if (value == QLatin1String("me"))
        return RuleExplain::tr("I am in To or Cc");
    if (value == QLatin1String("not-me"))
        return RuleExplain::tr("I am not in To or Cc");
    if (value == QLatin1String("list"))
        return RuleExplain::tr("it came through a mailing list");
    return RuleExplain::tr("recipient is %1").arg(quoted(value));
}

// ---- the "conditions" list (issue 14) ----

QString fieldName(const QString &field)
{
    if (field == QLatin1String("sender"))
        return RuleExplain::tr("sender");
    if (field == QLatin1String("recipients"))
        return RuleExplain::tr("a recipient");
    if (field == QLatin1String("subject"))
        return RuleExplain::tr("subject");
    if (field == QLatin1String("list"))
        return RuleExplain::tr("list");
    if (field == QLatin1String("source"))
        return RuleExplain::tr("source");
    if (field == QLatin1String("kind"))
        return RuleExplain::tr("source kind");
    return cut(oneLine(field), kMaxValueChars);  // an attribute key, as written
}

QString fieldConditionPhrase(const QJsonObject &c)
{
    const QString field = fieldName(c.value(QLatin1String("field")).toString().trimmed());
    const QString op = c.value(QLatin1String("op")).toString().trimmed();
    const QJsonValue value = c.value(QLatin1String("value"));
    if (op == QLatin1String("contains"))
        return RuleExplain::tr("%1 contains %2").arg(field, alternatives(quotedAll(stringsOf(value))));
    if (op == QLatin1String("is") || op == QLatin1String("one-of"))
        return RuleExplain::tr("%1 is %2").arg(field, alternatives(quotedAll(stringsOf(value))));
    if (op == QLatin1String("matches"))
        return RuleExplain::tr("%1 matches %2").arg(field, regexShown(scalarText(value)));
    return RuleExplain::tr("%1 %2 %3", "field, unknown operator, value")
        .arg(field, quoted(op), alternatives(quotedAll(stringsOf(value))));
}

// ---- a whole "when" object ----

QStringList whenParts(const QJsonObject &when, int depth);

/// One alternative of "any": its parts, in parentheses when there are several.
QString anyAlternative(const QJsonObject &group, int depth)
{
    const QStringList parts = whenParts(group, depth + 1);
    if (parts.isEmpty())
        return RuleExplain::tr("always");
    if (parts.size() == 1 && !group.contains(QLatin1String("any")))
        return parts.first();
    return RuleExplain::tr("(%1)", "a group of conditions").arg(andJoin(parts));
}

QStringList whenParts(const QJsonObject &when, int depth)
{
    static const QStringList known = {
        QStringLiteral("source"), QStringLiteral("sender"), QStringLiteral("recipientAddress"),
        QStringLiteral("recipient"), QStringLiteral("headers"), QStringLiteral("attributes"),
        QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("text"),
        QStringLiteral("conditions"), QStringLiteral("match"), QStringLiteral("any")};
    QStringList parts;
    if (const QJsonValue v = when.value(QLatin1String("source")); !v.isUndefined())
        parts.append(RuleExplain::tr("source is %1").arg(alternatives(quotedAll(stringsOf(v)))));
    if (const QJsonValue v = when.value(QLatin1String("sender")); !v.isUndefined())
        parts.append(addressPhrase(v, true));
    if (const QJsonValue v = when.value(QLatin1String("recipientAddress")); !v.isUndefined())
        parts.append(addressPhrase(v, false));
    if (const QJsonValue v = when.value(QLatin1String("recipient")); !v.isUndefined())
        parts.append(recipientPhrase(scalarText(v)));
    if (const QJsonValue v = when.value(QLatin1String("headers")); !v.isUndefined()) {
        const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray{v};
        for (const QJsonValue &h : list) {
            const QJsonObject form = h.toObject();
            parts.append(objectTestPhrase(headerSubject(form.value(QLatin1String("name")).toString()), form));
        }
    }
    if (const QJsonValue v = when.value(QLatin1String("attributes")); v.isObject()) {
        const QJsonObject attributes = v.toObject();
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            const QString key = cut(oneLine(it.key().trimmed().toLower()), kMaxValueChars);
            const QJsonValue test = it.value();
            if (test.isBool())
                parts.append(testPhrase(key, test.toBool() ? Test::Present : Test::Absent, QString()));
            else if (test.isObject())
                parts.append(objectTestPhrase(key, test.toObject()));
            else
                parts.append(testPhrase(key, Test::Matches, scalarText(test)));
        }
    }
    if (const QJsonValue v = when.value(QLatin1String("subject")); !v.isUndefined())
        parts.append(RuleExplain::tr("subject contains %1").arg(alternatives(quotedAll(keywordsOf(v)))));
    if (const QJsonValue v = when.value(QLatin1String("body")); !v.isUndefined())
        parts.append(RuleExplain::tr("body contains %1").arg(alternatives(quotedAll(keywordsOf(v)))));
    if (const QJsonValue v = when.value(QLatin1String("text")); !v.isUndefined())
        parts.append(RuleExplain::tr("subject or body contains %1").arg(alternatives(quotedAll(keywordsOf(v)))));
    if (const QJsonValue v = when.value(QLatin1String("conditions")); v.isArray()) {
        QStringList fields;
        for (const QJsonValue &c : v.toArray())
            fields.append(fieldConditionPhrase(c.toObject()));
        if (when.value(QLatin1String("match")).toString() == QLatin1String("any") && fields.size() > 1) {
            const QString any = orJoin(fields);
            const bool alone = parts.isEmpty() && !when.contains(QLatin1String("any"));
            parts.append(alone ? any : RuleExplain::tr("(%1)", "a group of conditions").arg(any));
        } else {
            parts.append(fields);
        }
    }
    if (const QJsonValue v = when.value(QLatin1String("any")); v.isArray() && !v.toArray().isEmpty()) {
        QStringList groups;
        for (const QJsonValue &g : v.toArray())
            groups.append(depth < 8 ? anyAlternative(g.toObject(), depth) : QStringLiteral("…"));
        parts.append(RuleExplain::tr("any of: %1").arg(fold(groups, RuleExplain::tr("%1; %2", "alternatives of \"any of\""))));
    }
    for (auto it = when.begin(); it != when.end(); ++it)
        if (!known.contains(it.key()))
            parts.append(RuleExplain::tr("unknown condition %1").arg(quoted(it.key())));
    parts.removeAll(QString());
    return parts;
}

QString localDue(const DueFormatter &due, qint64 ms)
{
    return due.localTime(ms);
}

} // namespace

QString describeConditions(const QJsonObject &rule, RuleNotes notes)
{
    const QStringList parts = whenParts(rule.value(QLatin1String("when")).toObject(), 0);
    QString text = parts.isEmpty() ? RuleExplain::tr("always") : cut(andJoin(parts), kMaxDescriptionChars);
    if (notes == RuleNotes::Mention) {
        if (rule.value(QLatin1String("enabled")) == QJsonValue(false))
            text = RuleExplain::tr("%1; turned off", "a rule that never matches").arg(text);
        if (rule.value(QLatin1String("done")) == QJsonValue(true))
            text = RuleExplain::tr("%1; marked done", "a rule whose items are marked done at once").arg(text);
        if (rule.value(QLatin1String("notify")) == QJsonValue(false))
            text = RuleExplain::tr("%1; no notifications", "a rule whose items never notify").arg(text);
    }
    return text;
}

QString TierExplanation::full() const
{
    if (tierText.isEmpty())
        return QString();
    if (ruleText.isEmpty())
        return RuleExplain::tr("%1; %2", "tier; deadline").arg(tierText, deadlineText);
    return RuleExplain::tr("%1, %2; %3", "tier, rule; deadline").arg(tierText, ruleText, deadlineText);
}

ItemExplainer::ItemExplainer(const AppConfig &config)
    : m_configured(true), m_due(config.policies, config.workingHours.timeZone())
{
    for (const QJsonValue &rule : config.rules.toJson()) {
        const QJsonObject json = rule.toObject();
        m_rules.insert(json.value(QLatin1String("name")).toString().trimmed(), json);
    }
    const SourceRegistry &registry = SourceRegistry::instance();
    for (const QString &key : registry.kinds()) {
        const SourceKind *kind = registry.kind(key);
        if (!kind)
            continue;
        for (const QJsonValue &rule : kind->defaultRules.toJson()) {
            const QJsonObject json = rule.toObject();
            m_kindRules.insert(json.value(QLatin1String("name")).toString().trimmed(), {json, kind->displayName()});
        }
    }
}

TierExplanation ItemExplainer::explain(const Item &item) const
{
    if (!m_configured)
        return {};
    return {tierDisplayName(item.tier), ruleText(item), deadlineText(item)};
}

QString ItemExplainer::ruleText(const Item &item) const
{
    const QString reason = item.tierReason;
    if (reason.isEmpty())
        return QString();
    if (reason == QLatin1String("manual"))
        return RuleExplain::tr("moved here by you");
    const auto byRule = [](const QString &name, const QJsonObject &json) {
        const QJsonObject when = json.value(QLatin1String("when")).toObject();
        return when.isEmpty() && json.value(QLatin1String("enabled")) != QJsonValue(false)
                && json.value(QLatin1String("notify")) != QJsonValue(false)
            ? RuleExplain::tr("by rule “%1”, which takes every item no earlier rule placed").arg(nameShown(name))
            : RuleExplain::tr("by rule “%1” (%2)").arg(nameShown(name), describeConditions(json));
    };
    if (const auto it = m_rules.constFind(reason); it != m_rules.constEnd())
        return byRule(reason, *it);
    if (const auto it = m_kindRules.constFind(reason); it != m_kindRules.constEnd())
        return RuleExplain::tr("by rule “%1”, a default of %2 (%3)")
            .arg(nameShown(reason), it->kindName, describeConditions(it->json));
    if (reason == QLatin1String("fallback"))
        return RuleExplain::tr("no rule matched");
    if (reason == screenerReason())
        return RuleExplain::tr("waiting in New senders (a new sender, and no rule of yours placed it)");
    if (reason == QLatin1String("kind-default"))
        return item.sourceName.isEmpty()
            ? RuleExplain::tr("the default of its source (no rule matched)")
            : RuleExplain::tr("the default of source “%1” (no rule matched)").arg(nameShown(item.sourceName));
    return RuleExplain::tr("by rule “%1”, which no longer exists").arg(nameShown(reason));
}

QString ItemExplainer::deadlineText(const Item &item) const
{
    if (item.policy == fixedDuePolicyName()) {
        return item.dueMs ? RuleExplain::tr("due %1, the time its source set").arg(localDue(m_due, *item.dueMs))
                          : RuleExplain::tr("no reply owed");
    }
    const ResponsePolicy policy = m_due.policyOf(item);
    const QString policyName = nameShown(DueFormatter::policyDisplayName(policy.name));
    if (!item.dueMs) {
        return policy.name == noDeadlinePolicyName() ? RuleExplain::tr("no reply owed")
                                                     : RuleExplain::tr("no reply owed (policy “%1”)").arg(policyName);
    }
    if (!policy.windowMinutes)  // the policy changed since the due was set (not recomputed yet)
        return RuleExplain::tr("due %1").arg(localDue(m_due, *item.dueMs));
    const QString window = DueFormatter::windowText(policy.windowMinutes);
    const bool working = policy.clock == DeadlineClock::Working;
    const bool fromActivity = item.record.activityMs > 0 && item.record.activityMs != item.record.receivedMs;
    QString text;
    if (fromActivity)
        text = working ? RuleExplain::tr("due %1 after the last activity, counted in working hours (policy “%2”)")
                       : RuleExplain::tr("due %1 after the last activity, counted in calendar time (policy “%2”)");
    else
        text = working ? RuleExplain::tr("due %1 after receipt, counted in working hours (policy “%2”)")
                       : RuleExplain::tr("due %1 after receipt, counted in calendar time (policy “%2”)");
    return RuleExplain::tr("%1 — %2", "deadline rule — local due time")
        .arg(text.arg(window, policyName), localDue(m_due, *item.dueMs));
}

TierExplanation explainItem(const Item &item, const AppConfig &config)
{
    return ItemExplainer(config).explain(item);
}

} // namespace fi
