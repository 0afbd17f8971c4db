#pragma once
/// @file commandpalette.h
/// @brief The command palette (Ctrl+K): a frameless panel over the top of the window with an
/// input and the matching commands — every action with its current shortcut, the views, the
/// sources, focus and snooze commands — fuzzy-matched as you type (models/palette), recent
/// choices first (ids kept in QSettings "CommandPalette/recent").
///
/// Keys while open: type to filter; Up/Down (also Ctrl+P/Ctrl+N), PageUp/PageDown move; Enter
/// runs the selected command after closing; Esc (or Ctrl+K again) closes. The window's own
/// shortcuts do not fire while it has focus. Clicking outside or moving focus away closes it.

#include "palette/paletteentry.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;

namespace fi {

class PaletteListModel;

/**
 * @brief A child of the window it covers (not a separate top-level), so it moves and resizes
 * with it and shows in the window's screenshots. Created hidden; open() shows it.
 * GUI thread only. Owned by its parent window.
 */
class CommandPalette : public QWidget {
    Q_OBJECT
public:
    /// Builds the entries shown; called on every open() so texts, enabled states and shortcuts
    /// are current. Runs on the GUI thread; must be quick (no I/O beyond a small store read).
    using Provider = std::function<QList<PaletteEntry>()>;

    /// @param window the window to cover; becomes the parent.
    explicit CommandPalette(QWidget *window);
    ~CommandPalette() override;

    /// Add a source of entries; providers are asked in the order added (the order among entries
    /// of equal rank, and of the list before anything is typed, after the recent ones).
    void addProvider(Provider provider);
    /// The action that opens the palette (view.palette, not owned): its current shortcuts close
    /// the palette again instead of going to the input. Without one, Ctrl+K closes it.
    void setToggleAction(QAction *action);

    QLineEdit *input() const { return m_input; }
    QListView *list() const { return m_list; }
    PaletteListModel *model() const { return m_model; }
    /// The texts of the listed entries, in order (tests, accessibility checks).
    QStringList shownTexts() const;
    /// The remembered ids, most recent first.
    QStringList recentIds() const;
    /// Forget every recent choice (also in QSettings).
    void clearRecent();

public Q_SLOTS:
    /// Ask the providers, clear the input, show over the window and take the focus. If already
    /// open, closes it (Ctrl+K toggles).
    void open();
    /// Hide and give the focus back to the widget that had it.
    void dismiss();
    /// Run the selected entry (as Enter does): closes, remembers it, then calls its run().
    void runCurrent();

Q_SIGNALS:
    /// An entry was chosen; emitted after the palette closed, before its run() is called.
    void entryChosen(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void place();
    void moveSelection(int delta);

    QList<Provider> m_providers;
    QFrame *m_frame;
    QLineEdit *m_input;
    QListView *m_list;
    QLabel *m_empty;   ///< Our own text, Qt::PlainText.
    QLabel *m_footer;  ///< Our own text, Qt::PlainText.
    PaletteListModel *m_model;
    QStringList m_recent;
    QPointer<QWidget> m_returnFocus;
    QPointer<QAction> m_toggle;
};

} // namespace fi
