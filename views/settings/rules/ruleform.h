#pragma once
/// @file ruleform.h
/// @brief The rules editor's form for one rule (issue 14): name (unique, non-empty), the
/// conditions as rows combined by "all"/"any", and the outcome (tier, response policy, skip
/// notifications). Edits the rule's JSON (docs/configuration.md, "rules"): keys of "when" the
/// form cannot show (headers, keywords, sender patterns, any, …) and other keys (comment,
/// scope) are kept unchanged, and the "when" keys are shown read-only as "Also requires: …".
/// Validates as you type. GUI thread only.

#include "deadlines/responsepolicy.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace fi {

class ConditionRow;

class RuleForm : public QWidget {
    Q_OBJECT
public:
    /// @param policies the names offered by the response policy combo (besides "tier default"
    ///        and "No deadline").
    explicit RuleForm(const PolicySet &policies, QWidget *parent = nullptr);

    /// Shows @p rule (one rule object) for editing; @p otherNames are the other rules' names
    /// (a name must be unique). Emits nothing.
    void setRule(const QJsonObject &rule, const QStringList &otherNames);
    /// No rule selected: the form is empty and disabled.
    void clearRule();
    bool hasRule() const { return m_hasRule; }
    /// The other rules' names changed (a rule was added, removed or renamed).
    void setOtherNames(const QStringList &names);
    /// The rule as edited. "enabled" is the list's business and is kept as given.
    QJsonObject rule() const;
    /// What the form itself finds wrong (the name, each condition row), in plain words.
    QStringList problems() const;
    /// What RuleSet::fromJson() says about the rule beyond problems() ("" when nothing); shown
    /// while problems() is empty.
    void setRuleProblem(const QString &text);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *matchBox() const { return m_match; }
    QPushButton *addConditionButton() const { return m_addCondition; }
    QList<ConditionRow *> conditionRows() const { return m_rows; }
    QComboBox *tierBox() const { return m_tier; }
    QComboBox *policyBox() const { return m_policy; }
    QCheckBox *skipNotificationsBox() const { return m_skipNotify; }
    /// "Also requires: …" (the "when" keys the form cannot edit), or a note that the rule has
    /// no conditions; plain text.
    QLabel *alsoRequiresLabel() const { return m_alsoRequires; }
    /// The name's problem and the rule's problem; plain text.
    QLabel *nameProblemLabel() const { return m_nameProblem; }
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    /// The user changed something (typing included); rule() has the edit.
    void edited();

private:
    ConditionRow *addRow(const QJsonObject &condition);
    void removeRow(ConditionRow *row);
    void changed();
    void updateLabels();
    QString nameProblem() const;
    QJsonObject extraConditions() const;

    QJsonObject m_base;          ///< The rule as given to setRule().
    bool m_hasRule = false;
    bool m_rowsEditable = true;  ///< false: "conditions" holds entries no row can show; kept as is.
    QStringList m_otherNames;
    QString m_ruleProblem;

    QLineEdit *m_name;
    // Every label of the form is Qt::PlainText: makePlainLabel / makeProblemLabel / makeLabelsPlain (ruleform.cpp).
    QLabel *m_nameProblem;
    QGroupBox *m_conditionsBox;
    QComboBox *m_match;
    QVBoxLayout *m_rowsLayout;
    QList<ConditionRow *> m_rows;
    QPushButton *m_addCondition;
    QLabel *m_alsoRequires;
    QComboBox *m_tier;
    QComboBox *m_policy;
    QCheckBox *m_skipNotify;
    QLabel *m_problem;
};

} // namespace fi
