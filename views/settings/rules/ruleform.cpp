#include "settings/rules/ruleform.h"

#include "plaintext.h"
#include "rules/ruleexplain.h"
#include "settings/rules/conditionrow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace fi {

namespace {

const QString kConditions = QStringLiteral("conditions");
const QString kMatch = QStringLiteral("match");

/// The tier a rule's "tier" value names, as RuleSet::fromJson() reads it.
std::optional<Tier> tierOf(const QJsonValue &value)
{
    if (value.isDouble() && isValidTier(value.toInt()) && value.toDouble() == double(value.toInt()))
        return Tier(value.toInt());
    const QString text = value.toString().toLower();
    if (text == QLatin1String("now"))
        return Tier::Now;
    if (text == QLatin1String("async"))
        return Tier::Async;
    if (text == QLatin1String("reference"))
        return Tier::Reference;
    return std::nullopt;
}

QString tierJsonName(Tier tier)
{
    switch (tier) {
    case Tier::Now: return QStringLiteral("now");
    case Tier::Async: return QStringLiteral("async");
    case Tier::Reference: return QStringLiteral("reference");
    }
    return QStringLiteral("async");
}

/// Whether every entry of a "when" object's "conditions" fits a row (and "match" is a choice
/// the combo offers).
bool rowsCanShow(const QJsonObject &when)
{
    const QJsonValue match = when.value(kMatch);
    if (!match.isUndefined() && match.toString() != QLatin1String("all") && match.toString() != QLatin1String("any"))
        return false;
    const QJsonValue conditions = when.value(kConditions);
    if (conditions.isUndefined())
        return true;
    if (!conditions.isArray())
        return false;
    const QJsonArray list = conditions.toArray();
    return std::all_of(list.begin(), list.end(), [](const QJsonValue &c) { return ConditionRow::canShow(c); });
}

} // namespace

RuleForm::RuleForm(const PolicySet &policies, QWidget *parent) : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setAccessibleName(tr("Rule name"));
    m_nameProblem = new QLabel(this);
    m_nameProblem->setObjectName(QStringLiteral("ruleNameProblem"));
    makeProblemLabel(m_nameProblem);

    m_conditionsBox = new QGroupBox(tr("Conditions"), this);
    m_match = new QComboBox(m_conditionsBox);
    m_match->setObjectName(QStringLiteral("ruleMatch"));
    m_match->addItem(tr("Match all conditions"), QStringLiteral("all"));
    m_match->addItem(tr("Match any condition"), QStringLiteral("any"));
    m_match->setAccessibleName(tr("How the conditions combine"));
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_addCondition = new QPushButton(tr("Add condition"), m_conditionsBox);
    m_addCondition->setObjectName(QStringLiteral("addCondition"));
    m_alsoRequires = new QLabel(m_conditionsBox);
    m_alsoRequires->setObjectName(QStringLiteral("ruleAlsoRequires"));
    makePlainLabel(m_alsoRequires);
    m_alsoRequires->setWordWrap(true);
    auto *conditions = new QVBoxLayout(m_conditionsBox);
    conditions->addWidget(m_match);
    conditions->addLayout(m_rowsLayout);
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_addCondition);
    addLine->addStretch();
    conditions->addLayout(addLine);
    conditions->addWidget(m_alsoRequires);

    auto *actions = new QGroupBox(tr("Then"), this);
    m_tier = new QComboBox(actions);
    m_tier->setObjectName(QStringLiteral("ruleTier"));
    for (Tier tier : {Tier::Now, Tier::Async, Tier::Reference})
        m_tier->addItem(tierDisplayName(tier), int(tier));
    m_policy = new QComboBox(actions);
    m_policy->setObjectName(QStringLiteral("rulePolicy"));
    m_policy->addItem(tr("Tier default"), QString());
    for (const ResponsePolicy &policy : policies.policies())
        if (policy.name != noDeadlinePolicyName() && policy.name != fixedDuePolicyName())
            m_policy->addItem(policy.name, policy.name);
    m_policy->addItem(tr("No deadline"), noDeadlinePolicyName());
    m_skipNotify = new QCheckBox(tr("Skip notifications"), actions);
    m_skipNotify->setObjectName(QStringLiteral("ruleSkipNotifications"));
    m_skipNotify->setToolTip(tr("Items this rule places never raise a desktop notification and never break through a focus session."));
    auto *actionForm = new QFormLayout(actions);
    actionForm->addRow(tr("&Tier:"), m_tier);
    actionForm->addRow(tr("Response &policy:"), m_policy);
    actionForm->addRow(m_skipNotify);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("ruleProblem"));
    makeProblemLabel(m_problem);

    auto *nameForm = new QFormLayout;
    nameForm->setContentsMargins(0, 0, 0, 0);
    nameForm->addRow(tr("&Name:"), m_name);
    nameForm->addRow(QString(), m_nameProblem);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(nameForm);
    layout->addWidget(m_conditionsBox);
    layout->addWidget(actions);
    layout->addWidget(m_problem);
    layout->addStretch();

    makeLabelsPlain(this);  // Qt::PlainText for every label, the form layouts' captions ("&Tier:") too

    connect(m_name, &QLineEdit::textEdited, this, &RuleForm::changed);
    connect(m_match, &QComboBox::currentIndexChanged, this, &RuleForm::changed);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &RuleForm::changed);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &RuleForm::changed);
    connect(m_skipNotify, &QCheckBox::toggled, this, &RuleForm::changed);
    connect(m_addCondition, &QPushButton::clicked, this, [this] {
        ConditionRow *row = addRow(QJsonObject{{QStringLiteral("field"), QStringLiteral("subject")},
                                               {QStringLiteral("op"), QStringLiteral("contains")},
                                               {QStringLiteral("value"), QString()}});
        row->valueEdit()->setFocus();
        changed();
    });
    clearRule();
}

void RuleForm::setRule(const QJsonObject &rule, const QStringList &otherNames)
{
    m_base = rule;
    m_hasRule = true;
    m_otherNames = otherNames;
    m_ruleProblem.clear();
    setEnabled(true);
    const QSignalBlocker b1(m_match), b2(m_tier), b3(m_policy), b4(m_skipNotify);
    m_name->setText(rule.value(QLatin1String("name")).toString());
    const QJsonObject when = rule.value(QLatin1String("when")).toObject();
    m_rowsEditable = rowsCanShow(when);
    while (!m_rows.isEmpty())
        removeRow(m_rows.constLast());
    if (m_rowsEditable)
        for (const QJsonValue &condition : when.value(kConditions).toArray())
            addRow(condition.toObject());
    m_match->setCurrentIndex(when.value(kMatch).toString() == QLatin1String("any") ? 1 : 0);
    m_match->setEnabled(m_rowsEditable);
    m_addCondition->setEnabled(m_rowsEditable);
    m_tier->setCurrentIndex(m_tier->findData(int(tierOf(rule.value(QLatin1String("tier"))).value_or(Tier::Async))));
    const QString policy = rule.value(QLatin1String("policy")).toString().trimmed();
    // A policy the configuration does not define (it falls back to the tier default) is kept.
    for (int i = m_policy->count() - 1; i > 0; --i)
        if (m_policy->itemData(i, Qt::UserRole + 1).toBool())
            m_policy->removeItem(i);
    if (m_policy->findData(policy) < 0) {
        m_policy->addItem(tr("%1 (not defined)").arg(policy), policy);
        m_policy->setItemData(m_policy->count() - 1, true, Qt::UserRole + 1);
    }
    m_policy->setCurrentIndex(m_policy->findData(policy));
    m_skipNotify->setChecked(rule.value(QLatin1String("notify")).toBool(true) == false);
    updateLabels();
}

void RuleForm::clearRule()
{
    m_base = {};
    m_hasRule = false;
    m_ruleProblem.clear();
    const QSignalBlocker b1(m_match), b2(m_tier), b3(m_policy), b4(m_skipNotify);
    m_name->clear();
    while (!m_rows.isEmpty())
        removeRow(m_rows.constLast());
    m_match->setCurrentIndex(0);
    m_tier->setCurrentIndex(m_tier->findData(int(Tier::Async)));
    m_policy->setCurrentIndex(0);
    m_skipNotify->setChecked(false);
    setEnabled(false);
    updateLabels();
}

void RuleForm::setOtherNames(const QStringList &names)
{
    m_otherNames = names;
    updateLabels();
}

ConditionRow *RuleForm::addRow(const QJsonObject &condition)
{
    auto *row = new ConditionRow(m_conditionsBox);
    row->setCondition(condition);
    m_rowsLayout->addWidget(row);
    m_rows.append(row);
    connect(row, &ConditionRow::edited, this, &RuleForm::changed);
    connect(row, &ConditionRow::removeRequested, this, [this, row] {
        const int index = int(m_rows.indexOf(row));
        removeRow(row);
        if (!m_rows.isEmpty())
            m_rows.at(std::min(index, int(m_rows.size()) - 1))->valueEdit()->setFocus();
        else
            m_addCondition->setFocus();
        changed();
    });
    return row;
}

void RuleForm::removeRow(ConditionRow *row)
{
    m_rows.removeOne(row);
    m_rowsLayout->removeWidget(row);
    row->hide();
    row->deleteLater();
}

void RuleForm::changed()
{
    if (!m_hasRule)
        return;
    m_ruleProblem.clear();  // the page sets it again from the edited rule
    updateLabels();
    Q_EMIT edited();
}

QJsonObject RuleForm::extraConditions() const
{
    QJsonObject when = m_base.value(QLatin1String("when")).toObject();
    if (m_rowsEditable) {
        when.remove(kConditions);
        when.remove(kMatch);
    }
    return when;
}

QJsonObject RuleForm::rule() const
{
    if (!m_hasRule)
        return {};
    QJsonObject out = m_base;
    out.insert(QStringLiteral("name"), m_name->text().trimmed());
    const Tier tier = Tier(m_tier->currentData().toInt());
    if (tierOf(m_base.value(QLatin1String("tier"))) != tier)  // else keep the spelling given
        out.insert(QStringLiteral("tier"), tierJsonName(tier));
    const QString policy = m_policy->currentData().toString();
    if (policy.isEmpty())
        out.remove(QStringLiteral("policy"));
    else
        out.insert(QStringLiteral("policy"), policy);
    if (m_skipNotify->isChecked())
        out.insert(QStringLiteral("notify"), false);
    else if (out.value(QLatin1String("notify")) == QJsonValue(false))
        out.remove(QStringLiteral("notify"));
    if (m_rowsEditable) {
        QJsonObject when = m_base.value(QLatin1String("when")).toObject();
        const bool hadMatch = when.contains(kMatch);
        when.remove(kConditions);
        when.remove(kMatch);
        if (!m_rows.isEmpty()) {
            QJsonArray conditions;
            for (const ConditionRow *row : m_rows)
                conditions.append(row->condition());
            when.insert(kConditions, conditions);
            const QString match = m_match->currentData().toString();
            if (match == QLatin1String("any") || hadMatch)
                when.insert(kMatch, match);
        }
        if (when.isEmpty() && !m_base.contains(QLatin1String("when")))
            out.remove(QStringLiteral("when"));
        else
            out.insert(QStringLiteral("when"), when);
    }
    return out;
}

QString RuleForm::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("A rule needs a name.");
    if (m_otherNames.contains(name))
        return tr("Another rule is already called “%1”; names must be unique.").arg(name);
    return {};
}

QStringList RuleForm::problems() const
{
    if (!m_hasRule)
        return {};
    QStringList out;
    if (const QString why = nameProblem(); !why.isEmpty())
        out << why;
    for (int i = 0; i < m_rows.size(); ++i)
        if (const QString why = m_rows.at(i)->problem(); !why.isEmpty())
            out << tr("Condition %1: %2").arg(i + 1).arg(why);
    return out;
}

void RuleForm::setRuleProblem(const QString &text)
{
    m_ruleProblem = text;
    updateLabels();
}

void RuleForm::updateLabels()
{
    const QString name = m_hasRule ? nameProblem() : QString();
    m_nameProblem->setText(name);
    m_nameProblem->setVisible(!name.isEmpty());
    const QString rest = problems().isEmpty() ? m_ruleProblem : QString();
    m_problem->setText(rest);
    m_problem->setVisible(!rest.isEmpty());

    const QJsonObject extra = extraConditions();
    QString also;
    if (!m_hasRule)
        also.clear();
    else if (!extra.isEmpty())
        also = tr("Also requires: %1")
                   .arg(describeConditions(QJsonObject{{QStringLiteral("when"), extra}}, RuleNotes::Omit));
    else if (m_rows.isEmpty())
        also = tr("No conditions: this rule places every item that reaches it.");
    m_alsoRequires->setText(also);
    m_alsoRequires->setVisible(!also.isEmpty());
}

} // namespace fi
