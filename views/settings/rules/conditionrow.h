#pragma once
/// @file conditionrow.h
/// @brief One row of the rules editor's conditions (issue 14): [field] [attribute key] [op]
/// [value] [remove], editing one {"field", "op", "value"} entry of a rule's "when"."conditions"
/// (docs/configuration.md, "rules"), validated as you type. GUI thread only.

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace fi {

/// Makes @p label a Qt::PlainText problem line of the rules editor (through makePlainLabel: a
/// problem may quote a sender or list the user typed), a readable red on light and dark palettes,
/// word-wrapped, hidden until it has text.
void makeProblemLabel(QLabel *label);

class ConditionRow : public QWidget {
    Q_OBJECT
public:
    /// A row "Subject contains ''" (invalid until a value is typed).
    explicit ConditionRow(QWidget *parent = nullptr);

    /// Whether a row can show @p condition exactly: an object with only "field", "op" and
    /// "value", a known op, a string value (a list of strings for "one-of"). Entries it cannot
    /// show are kept read-only by the form.
    static bool canShow(const QJsonValue &condition);
    /// Shows @p condition (canShow() must hold). Emits nothing.
    void setCondition(const QJsonObject &condition);
    /// The entry as edited: {"field", "op", "value"}; values trimmed; "one-of" splits the value
    /// at commas into a list of non-empty strings.
    QJsonObject condition() const;
    /// What is wrong with the row in plain words ("" when nothing): no value, an attribute key
    /// of the wrong form, an invalid regular expression (with the reason and the position).
    QString problem() const;

    QComboBox *fieldBox() const { return m_field; }
    /// Shown for the field "Attribute…": the key, e.g. github.reason, feed.category, mail.list-id.
    QLineEdit *keyEdit() const { return m_key; }
    QComboBox *opBox() const { return m_op; }
    QLineEdit *valueEdit() const { return m_value; }
    QToolButton *removeButton() const { return m_remove; }
    /// The row's problem(), Qt::PlainText, hidden when there is none.
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    /// Any control of the row changed (typing included).
    void edited();
    /// The user pressed the row's remove button.
    void removeRequested();

private:
    void update();

    QComboBox *m_field;
    QLineEdit *m_key;
    QComboBox *m_op;
    QLineEdit *m_value;
    QToolButton *m_remove;
    QLabel *m_problem;
};

} // namespace fi
