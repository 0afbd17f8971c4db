#include "rules/ruleset.h"

#include "rules/rule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace fi {

namespace {
using RuleList = QList<std::shared_ptr<const Rule>>;

} // namespace

RuleSet::RuleSet()
    : m_rules(std::make_shared<const RuleList>())
{
}

RuleSet::~RuleSet() = default;
RuleSet::RuleSet(const RuleSet &) = default;
RuleSet &RuleSet::operator=(const RuleSet &) = default;

RuleSet RuleSet::fromJson(const QJsonArray &rules, QStringList *errors)
{
    auto list = std::make_shared<RuleList>();
    QSet<QString> names;
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject obj = rules.at(i).toObject();
        const QString name = obj.value(QLatin1String("name")).toString();
        QString why;
        std::shared_ptr<const Rule> rule;
        if (!rules.at(i).isObject())
            why = QCoreApplication::translate("fi::RuleSet", "a rule must be a JSON object");
        else if (names.contains(name.trimmed()))
            why = QCoreApplication::translate("fi::RuleSet", "another rule already has this name");
        else
            rule = Rule::fromJson(obj, &why);
        if (!rule) {
            if (errors)
                errors->append(QCoreApplication::translate("fi::RuleSet", "Rule %1 (\"%2\") skipped: %3.").arg(i).arg(name, why));
            continue;
        }
        names.insert(rule->name);
        list->append(rule);
    }
    RuleSet set;
    set.m_rules = std::move(list);
    return set;
}

QJsonArray RuleSet::toJson() const
{
    QJsonArray out;
    for (const auto &rule : *m_rules)
        out.append(rule->json);
    return out;
}

int RuleSet::size() const
{
    return int(m_rules->size());
}

QStringList RuleSet::names() const
{
    QStringList out;
    for (const auto &rule : *m_rules)
        out.append(rule->name);
    return out;
}

bool RuleSet::notifies(const QString &ruleName) const
{
    for (const auto &rule : *m_rules)
        if (rule->name == ruleName)
            return rule->notify;
    return true;
}

RuleMatch RuleSet::classify(const ItemRecord &record, const RuleContext &ctx) const
{
    const MatchInput input(record, ctx);
    for (const auto &rule : *m_rules)
        if (rule->matches(input))
            return {rule->tier, rule->name, rule->policy, rule->notify, rule->done};
    return ctx.noMatch;
}

} // namespace fi
