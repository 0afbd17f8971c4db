#pragma once
/// @file rulespage.h
/// @brief Preferences ▸ Rules (issue 14): the tiering rules as an ordered list (first match
/// wins; drag or Move up/down, a checkbox turns a rule on or off, Add / Duplicate / Remove), a
/// form for the selected rule, a live preview of what the edited rules would move among the
/// stored items, "Apply to stored items" (undoable) and Import… / Export… of the rules as JSON.
///
/// Edits a copy of the configuration's "rules" (docs/configuration.md); the dialog's OK hands
/// it back through applyTo(). Validates as you type: isValid() is false while any rule has a
/// mistake (the rule is marked in the list and the form says what is wrong), and the dialog's
/// OK and Apply are disabled. Applying is the caller's job (applyRequested(); MainWindow saves
/// the rules and pushes a RetierCommand, views/mainwindow_rules.cpp). GUI thread only.

#include "config/appconfig.h"

#include <QJsonArray>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace fi {

class ItemStore;
class RuleForm;
class RuleListWidget;
class RulePreviewPanel;

class RulesPage : public QWidget {
    Q_OBJECT
public:
    /// @param config its rules, and its policies for the form's policy choice; the preview
    ///        places items under this configuration with the edited rules.
    /// @param store not owned, may be null (no preview, no Apply); must outlive the page.
    explicit RulesPage(const AppConfig &config, ItemStore *store = nullptr, QWidget *parent = nullptr);

    /// Preview and Apply read and change @p store (not owned; may be null).
    void setStore(ItemStore *store);
    /// @p config with the edited rules (RuleSet::fromJson() of the list; while the page is
    /// not valid the rules with mistakes would be left out: do not call it then).
    AppConfig applyTo(AppConfig config) const;
    /// The edited rules.
    RuleSet rules() const;
    /// The edited rules as config.json's "rules" array (with "enabled": false for rules turned off).
    QJsonArray rulesJson() const;
    /// False while a rule has a mistake.
    bool isValid() const;
    /// What is wrong ("" when nothing), also shown on the page.
    QString problemText() const;

    /// Writes the rules (rulesJson()) to @p path as a JSON array, atomically (QSaveFile).
    /// @return false with a translated reason in @p error.
    bool exportRules(const QString &path, QString *error) const;
    /// Reads a rules file: a JSON array of rules, or an object with a "rules" array (a whole
    /// config.json). @return nullopt with every problem (unreadable file, JSON syntax, each
    /// invalid rule) in @p errors.
    static std::optional<QJsonArray> readRulesFile(const QString &path, QStringList *errors);
    /// Import… without the file dialog: reads @p path; on a mistake shows every problem in a
    /// plain-text message box and changes nothing; else asks whether to replace the rules in
    /// the list (a message box) and replaces them on Yes. The boxes are window-modal and
    /// return at once (children of the page).
    void importRules(const QString &path);
    /// Replaces the list with @p rules (valid rule objects).
    void replaceRules(const QJsonArray &rules);

    RuleListWidget *ruleList() const { return m_list; }
    RuleForm *form() const { return m_form; }
    RulePreviewPanel *previewPanel() const { return m_preview; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *exportButton() const { return m_export; }
    /// "Moved 3 items" after an apply; Qt::PlainText (makePlainLabel).
    QLabel *statusLabel() const { return m_status; }
    /// problemText(), which may quote a rule's value; Qt::PlainText (makeProblemLabel).
    QLabel *problemLabel() const { return m_problem; }

public Q_SLOTS:
    /// The apply committed: @p moved items changed tier.
    void showApplied(int moved);
    /// The apply was undone: @p restored items went back.
    void showUndone(int restored);
    /// Any other word about Apply / Undo apply (plain text) in the status line.
    void showStatus(const QString &text);

Q_SIGNALS:
    /// Any edit (the dialog re-checks isValid()).
    void changed();
    /// "Apply to stored items": save @p rules and re-tier the stored items with them, also the
    /// items moved by hand when @p includeManual.
    void applyRequested(const fi::RuleSet &rules, bool includeManual);
    /// "Undo apply".
    void undoRequested();

private:
    QWidget *buildButtons();
    void loadCurrent();
    void formEdited();
    void revalidate();
    void exportWithDialog();
    void importWithDialog();
    void showMessage(const QString &title, const QString &text);

    AppConfig m_config;
    RuleListWidget *m_list;
    RuleForm *m_form;
    RulePreviewPanel *m_preview;
    QPushButton *m_apply;
    QPushButton *m_undo;
    QPushButton *m_import;
    QPushButton *m_export;
    QLabel *m_status;
    QLabel *m_problem;
    QString m_problemText;
};

} // namespace fi
