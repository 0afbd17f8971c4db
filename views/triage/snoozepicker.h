#pragma once
/// @file snoozepicker.h
/// @brief The snooze picker (`s`): a small popup listing the fixed choices (after this focus
/// session, in 1 hour, this evening, tomorrow 09:00, next working morning, next Monday) with
/// the time each one means, and a field for a typed time ("tue 14:30", "in 3h", "dec 5",
/// "mañana 9h", "amanhã às 14h" …) that previews the parsed time, or says why not, as you type.
///
/// Keys: 1–6 choose a choice; ↑/↓ and Enter; Tab or any letter goes to the typed-time field
/// (Enter there snoozes when the time is understood, ↑/↓ go back to the list); Esc closes.
/// A choice that does not apply (no focus session, no working day) is shown disabled.
/// GUI thread only.

#include "snooze/snoozephrase.h"

#include <QFrame>
#include <QPointer>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;

namespace fi {

class SnoozePicker : public QFrame {
    Q_OBJECT
public:
    /// Builds what phrases are read against: "now", the zone, the working hours and the end
    /// of the running focus session. Called when the popup opens and on every keystroke.
    using ContextProvider = std::function<SnoozeContext()>;

    explicit SnoozePicker(QWidget *parent = nullptr);

    void setContextProvider(ContextProvider provider) { m_context = std::move(provider); }

    /// Show the popup centred near the top of @p anchor (a window) for @p itemCount items,
    /// the list focused and its first available choice current.
    void popup(QWidget *anchor, int itemCount);

    /// The row of @p choice is row int(choice); its time text (for tests and accessibility).
    QString choiceTimeText(SnoozeChoice choice) const;
    /// The line under the typed-time field: the parsed time or the reason it is not understood.
    QString previewText() const;
    /// True when the preview shows an error.
    bool previewIsError() const { return m_previewError; }
    QLineEdit *phraseEdit() const { return m_edit; }
    QListWidget *choiceList() const { return m_list; }

Q_SIGNALS:
    /// The user chose @p untilMs (UTC epoch ms); the popup has closed.
    void chosen(qint64 untilMs);
    /// The popup closed without a choice (Esc, a click outside).
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refreshChoices();
    void updatePreview();
    void chooseRow(int row);
    void chooseTyped();
    void moveCurrent(int step);
    void finish(qint64 untilMs);

    ContextProvider m_context;
    QLabel *m_title;
    QLabel *m_count;
    QListWidget *m_list;
    QLineEdit *m_edit;
    QLabel *m_preview;  ///< Qt::PlainText: echoes what was typed (m_title, m_count: our own text)
    std::optional<qint64> m_typedUntil;
    bool m_previewError = false;
    bool m_done = false;  ///< chosen() or cancelled() already sent for this opening.
    QPointer<QWidget> m_returnFocus;  ///< Where the keyboard goes back to when the popup closes.
};

} // namespace fi
