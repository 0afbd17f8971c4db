#pragma once
/// @file searchfield.h
/// @brief The search field above the item list (issue 12, "Find"): a line edit, a "Save…"
/// button, a line saying what is searched (and how many results), and the parser's hints
/// (search/searchquery.h) as plain text under it — never a dialog.
///
/// Keys in the field: typing searches after a short pause (kDebounceMs); Down, Enter and
/// Return ask for the results (resultsRequested(), the window moves the focus to the first
/// one); Esc asks to leave (leaveRequested(): the window clears the search and focuses the
/// list). The window's one-key shortcuts (j, e, /, Tab, …) do not fire while the field has focus;
/// Enter does not open the current item from here.
/// GUI thread only.

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace fi {

class SearchField : public QWidget {
    Q_OBJECT
public:
    /// Pause after the last keystroke before the list follows (ms).
    static constexpr int kDebounceMs = 100;

    explicit SearchField(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    /// "Save…": asks to save the search shown (saveRequested()); enabled while one is shown.
    QToolButton *saveButton() const { return m_save; }
    /// The parser's hints for the text searched, plain text; hidden when there are none.
    QLabel *hintLabel() const { return m_hint; }
    /// "Searching all tiers · 12 results" while a search is shown; hidden otherwise.
    QLabel *scopeLabel() const { return m_scope; }

    /// The text typed now (may be ahead of the text searched while the pause runs).
    QString text() const;
    /// The text last announced by searchChanged() (the text searched).
    QString searchedText() const { return m_searched; }

    /// Replace the text and search it at once (a saved search, the palette); no pause.
    void setText(const QString &text);
    /// Show how many results the search found (@p count ≥ 0; -1 = still loading).
    void setResultCount(int count);

public Q_SLOTS:
    /// Focus the field with its text selected (as `/` does).
    void focusField();
    /// Announce the typed text now instead of after the pause (no-op when already searched).
    void searchNow();

Q_SIGNALS:
    /// The text to search changed (after the pause; trimmed; empty = no search).
    void searchChanged(const QString &text);
    /// Esc in the field.
    void leaveRequested();
    /// Down, Enter or Return in the field.
    void resultsRequested();
    /// The "Save…" button.
    void saveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHints();

    QLineEdit *m_edit;
    QToolButton *m_save;
    QLabel *m_scope;  ///< Qt::PlainText.
    QLabel *m_hint;   ///< Qt::PlainText: the hints quote what the user typed.
    QTimer m_debounce;
    QString m_searched;
};

} // namespace fi
