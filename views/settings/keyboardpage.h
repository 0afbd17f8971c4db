#pragma once
/// @file keyboardpage.h
/// @brief Preferences ▸ Keyboard (issue 12): every action of the main window (MainActions::all())
/// with its current shortcut and alternate, rebinding by recording keys (QKeySequenceEdit, two-key
/// sequences such as "G, N" included), reset to default, and conflicts refused with a message
/// naming the other action. The page edits a copy; OK hands it back through applyTo().
/// GUI thread only.
///
/// Keyboard use: the table has the focus; Enter (or "Change…") records the shortcut, Alt+Enter
/// (or "Change alternate…") the alternate; recording ends one second after the last key, Esc
/// cancels it. Delete clears the shortcut of the selected action.

#include "config/appconfig.h"
#include "keyboard/shortcutbindings.h"

#include <QWidget>

class QAction;
class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace fi {

class KeyboardPage : public QWidget {
    Q_OBJECT
public:
    /// Which of an action's keys an edit replaces: the first, or all the others.
    enum Slot { Primary = 0, Alternate = 1 };
    /// Table columns.
    enum Column { ActionColumn, ShortcutColumn, AlternateColumn, IdColumn };

    /// @param actions listed in this order; not owned, read (text, id, defaults) but never
    ///        changed by the page. @param config its "shortcuts" are the starting bindings.
    KeyboardPage(const QList<QAction *> &actions, const AppConfig &config, QWidget *parent = nullptr);

    /// @p config with "shortcuts" set to this page's bindings that differ from the defaults
    /// (ids this build does not know are kept as they were).
    AppConfig applyTo(AppConfig config) const;
    /// Current bindings of every listed action.
    const KeyBindings &bindings() const { return m_bindings; }

    /// Bind @p keys to @p slot of action @p id (empty keys clear that slot). Refused, with
    /// message() naming the other action, when the keys clash with another action's keys.
    /// @return true when applied.
    bool setKeys(const QString &id, Slot slot, const QKeySequence &keys);
    /// Back to the action's default keys.
    void resetToDefault(const QString &id);
    void resetAll();
    /// Select the row of @p id (the editors then show its keys).
    void selectAction(const QString &id);
    QString selectedId() const;

    /// The last refusal or confirmation shown under the table ("" when none).
    QString message() const;
    QTableWidget *table() const { return m_table; }
    QKeySequenceEdit *keyEdit(Slot slot) const { return m_edits[slot]; }
    /// Start recording into @p slot's editor for the selected action (as Enter / Alt+Enter do).
    void startRecording(Slot slot);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildRow(int row, const QAction *action);
    void refreshRow(const QString &id);
    void showSelected();
    void beginRecording(Slot slot);
    void finishRecording(Slot slot);
    void filterRows(const QString &text);
    void setMessage(const QString &text, bool error);
    int rowOf(const QString &id) const;
    const QAction *actionOf(const QString &id) const;

    QList<QAction *> m_actions;
    QMap<QString, QStringList> m_unknown;  ///< Config bindings of ids not listed here (kept).
    KeyBindings m_bindings;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    QKeySequenceEdit *m_edits[2];
    bool m_recording[2] = {false, false};  ///< Between startRecording() and its end (editingFinished / Esc).
    QPushButton *m_change[2];
    QPushButton *m_clear;
    QPushButton *m_reset;
    QPushButton *m_resetAll;
    QLabel *m_selectedLabel; ///< Qt::PlainText.
    QLabel *m_message;       ///< Qt::PlainText: may quote a key sequence.
};

} // namespace fi
