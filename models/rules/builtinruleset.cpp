#include "rules/builtinruleset.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fi {

RuleSet builtInRuleSet(const char *json, int expectedRules, const char *what)
{
    QStringList errors;
    RuleSet set = RuleSet::fromJson(QJsonDocument::fromJson(QByteArray(json)).array(), &errors);
    Q_ASSERT_X(errors.isEmpty() && set.size() == expectedRules, what, qPrintable(errors.join(u'\n')));
    Q_UNUSED(expectedRules)
    Q_UNUSED(what)
    return set;
}

} // namespace fi
