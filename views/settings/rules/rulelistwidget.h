#pragma once
/// @file rulelistwidget.h
/// @brief The rules editor's ordered list (issue 14): one row per rule, first match wins. Drag a
/// row to reorder (or Move up / Move down from the keyboard), tick a row's checkbox to turn
/// the rule on or off ("enabled"), Add / Duplicate / Remove. Holds each rule's JSON object.
/// GUI thread only.

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace fi {

class RuleListWidget : public QWidget {
    Q_OBJECT
public:
    explicit RuleListWidget(QWidget *parent = nullptr);

    /// Replaces the list with @p rules (rule objects, in order) and selects the first.
    /// Emits nothing.
    void setRules(const QJsonArray &rules);
    /// The rules in the list's order; each with "enabled": false when its box is unticked
    /// (and without an "enabled": false when ticked).
    QJsonArray rules() const;
    int count() const;
    /// -1 when no rule is selected.
    int currentRow() const;
    void setCurrentRow(int row);
    /// Rule @p row as rules() gives it.
    QJsonObject ruleAt(int row) const;
    /// Replaces the JSON of rule @p row (the form's edit); its checkbox stays. Emits nothing.
    void setRuleAt(int row, const QJsonObject &rule);
    /// Marks rule @p row as invalid with @p problem (a warning icon and tooltip), or clears it.
    void setProblem(int row, const QString &problem);
    /// The rules' names, in order.
    QStringList names() const;

    QListWidget *listWidget() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }

Q_SIGNALS:
    /// The user changed the order, ticked or unticked a rule, added or removed one.
    void rulesChanged();
    /// Another rule (or none: -1) is selected.
    void currentRuleChanged(int row);
    /// Add or Duplicate created rule @p row (selected already).
    void ruleAdded(int row);

private:
    void refresh(QListWidgetItem *item);
    void insertRule(int row, const QJsonObject &rule, bool enabled);
    void move(int delta);
    void updateButtons();
    QString uniqueName(const QString &base) const;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QTimer m_dropSettled;  ///< Coalesces the rows a drag inserts and removes into one rulesChanged().
    bool m_updating = false;
};

} // namespace fi
