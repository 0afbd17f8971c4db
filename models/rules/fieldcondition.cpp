// One {"field", "op", "value"} entry of a rule's "conditions" (issue 14): the form the rules
// editor writes. Declared in rules/rule.h.
#include "rules/rule.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fi {

namespace {

const QRegularExpression &attributeKeyForm()
{
    static const QRegularExpression form(QStringLiteral("^[a-z0-9][a-z0-9_-]*\\.[a-z0-9][a-z0-9._-]*$"));
    return form;
}

} // namespace

std::optional<FieldCondition> FieldCondition::fromJson(const QJsonValue &json, QString *error)
{
    const auto fail = [error](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    if (!json.isObject())
        return fail(QCoreApplication::translate("fi::RuleSet", "a condition must be an object like {\"field\": \"subject\", \"op\": \"contains\", \"value\": \"outage\"}"));
    const QJsonObject obj = json.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (it.key() != QLatin1String("field") && it.key() != QLatin1String("op") && it.key() != QLatin1String("value"))
            return fail(QCoreApplication::translate("fi::RuleSet", "unknown condition key \"%1\" (known: field, op, value)").arg(it.key()));
    FieldCondition c;
    const QString field = obj.value(QLatin1String("field")).toString().trimmed().toLower();
    static const QHash<QString, Field> fields = {
        {QStringLiteral("sender"), Field::Sender},   {QStringLiteral("recipients"), Field::Recipients},
        {QStringLiteral("subject"), Field::Subject}, {QStringLiteral("list"), Field::List},
        {QStringLiteral("source"), Field::Source},   {QStringLiteral("kind"), Field::Kind}};
    if (fields.contains(field)) {
        c.m_field = fields.value(field);
    } else if (attributeKeyForm().match(field).hasMatch()) {
        c.m_field = Field::Attribute;
        c.m_attribute = field;
    } else {
        return fail(QCoreApplication::translate("fi::RuleSet", "unknown field \"%1\" (known: sender, recipients, subject, list, source, kind, or an attribute such as github.reason)")
                        .arg(obj.value(QLatin1String("field")).toString()));
    }
    const QString op = obj.value(QLatin1String("op")).toString();
    const QJsonValue value = obj.value(QLatin1String("value"));
    if (op == QLatin1String("one-of")) {
        c.m_op = Op::OneOf;
        const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &v : list)
            if (v.isString() && !v.toString().trimmed().isEmpty())
                c.m_values << v.toString().trimmed().toCaseFolded();
        if (c.m_values.size() != list.size() || c.m_values.isEmpty())
            return fail(QCoreApplication::translate("fi::RuleSet", "field \"%1\": \"one-of\" needs a list of non-empty strings").arg(field));
        return c;
    }
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return fail(QCoreApplication::translate("fi::RuleSet", "field \"%1\": the value must be a non-empty string").arg(field));
    const QString text = value.toString().trimmed();
    if (op == QLatin1String("contains")) {
        c.m_op = Op::Contains;
        c.m_values << foldText(text);
    } else if (op == QLatin1String("is")) {
        c.m_op = Op::Is;
        c.m_values << text.toCaseFolded();
    } else if (op == QLatin1String("matches")) {
        c.m_op = Op::Matches;
        c.m_re = QRegularExpression(text, QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::UseUnicodePropertiesOption);
        if (!c.m_re.isValid())
            return fail(QCoreApplication::translate("fi::RuleSet", "invalid regular expression \"%1\": %2").arg(text, c.m_re.errorString()));
        c.m_re.optimize();
    } else {
        return fail(QCoreApplication::translate("fi::RuleSet", "field \"%1\": \"op\" must be contains, is, matches or one-of").arg(field));
    }
    return c;
}

bool FieldCondition::namesItsItems() const
{
    return m_field == Field::Source || m_field == Field::Kind || m_field == Field::Attribute;
}

bool FieldCondition::test(const QString &raw) const
{
    const QString value = raw.trimmed();
    switch (m_op) {
    case Op::Contains: return foldText(value).contains(m_values.constFirst());
    case Op::Is: return value.toCaseFolded() == m_values.constFirst();
    case Op::Matches: return m_re.match(value).hasMatch();
    case Op::OneOf: return m_values.contains(value.toCaseFolded());
    }
    return false;
}

bool FieldCondition::matches(const MatchInput &in) const
{
    const ItemRecord &r = in.record;
    const auto present = [this](const QString &v) { return !v.trimmed().isEmpty() && test(v); };
    switch (m_field) {
    case Field::Sender:
        return present(r.from.address) || present(r.from.name) || present(r.from.handle);
    case Field::Recipients:
        for (const QList<Address> *list : {&r.to, &r.cc})
            for (const Address &a : *list)
                if (present(a.address) || present(a.name))
                    return true;
        return false;
    case Field::Subject: return present(r.subject);
    case Field::List: {
        const auto header = r.headers.constFind(QStringLiteral("list-id"));
        if (header != r.headers.constEnd())
            return present(*header);
        return present(r.attributes.value(QStringLiteral("mail.list-id")));
    }
    case Field::Source: return present(in.ctx.sourceName);
    case Field::Kind: return present(in.ctx.sourceKind);
    case Field::Attribute: {
        const auto it = r.attributes.constFind(m_attribute);
        if (it != r.attributes.constEnd())
            return present(*it);
        static const QString mailPrefix = QStringLiteral("mail.");
        if (m_attribute.startsWith(mailPrefix))
            return present(r.headers.value(m_attribute.mid(mailPrefix.size())));
        return false;
    }
    }
    return false;
}

} // namespace fi
