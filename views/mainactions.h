#pragma once
/// @file mainactions.h
/// @brief The main window's actions (texts, shortcuts, icons) and menus, in one place.

#include <QCoreApplication>
#include <QList>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace fi {

/**
 * @brief Creates every QAction of the main window, parented to the window, and the menu bar.
 * The window connects the actions; this struct only owns their definition.
 */
struct MainActions {
    Q_DECLARE_TR_FUNCTIONS(fi::MainActions)
public:
    /// @param window parent of the actions and owner of the menu bar.
    /// @param undoStack provides the Undo/Redo actions.
    MainActions(QMainWindow *window, QUndoStack *undoStack);

    // File
    /// "Add …" of every registered source editor (views/sources/sourceeditors.h), in their
    /// order; QAction::data() is the kind key. Also in addSourceMenu.
    QList<QAction *> addSource;
    QMenu *addSourceMenu;  ///< The same actions as a menu (the Sources sidebar's "+" button), then kindActions.
    /// The kinds' own commands (SourceEditor::Action, e.g. OPML import/export), made by
    /// SourceEditors::createKindActions(); in the File menu and addSourceMenu after the "Add …" entries.
    QList<QAction *> kindActions;
    QAction *syncNow, *quit;
    // Edit
    QAction *undo, *redo, *preferences;
    // Item
    QAction *open, *markDone, *moveNow, *moveAsync, *moveReference, *snooze, *snoozePaused;
    /// Open the item's web page (ItemRecord::url, http/https only: opensource.h) in the browser;
    /// enabled only for an item that has one. Shortcuts V and Shift+Enter.
    QAction *openInSource;
    /// Issue 12 (connected by their features, see the contract): x toggles the current row in
    /// the selection, Shift+J / Shift+K extend it; m toggles read/unread, f the flag, r replies
    /// through the item's own reply path (mailto: for mail, the URL for web items).
    QAction *toggleSelect, *extendDown, *extendUp, *toggleSeen, *toggleFlag, *reply;
    /// Shift+M: mark done and mute the thread at the source (triage/mutefeature.h); enabled
    /// only for items whose kind can mute (GitHub).
    QAction *muteThread;
    /// Issue 14, the screener: B blocks the sender of the current item in New senders (its items
    /// go to Done, never notified; triage/screenerfeature.h). In that view 3, 2 and 1 decide Now,
    /// Async or Reference for the sender instead of moving one item.
    QAction *screenerBlock;
    /// Issue 14, "Why is this here?": make a rule from the current item — always put its sender
    /// in Now, Async or Reference, or never put its mailing list in Now — after showing how many
    /// stored items the rule would move (triage/senderrulefeature.h).
    QAction *senderNow, *senderAsync, *senderReference, *listNeverNow;
    // View
    QAction *nextItem, *previousItem, *nextTier, *shortcuts;
    /// `/` focuses the search field; Ctrl+K opens the command palette.
    QAction *search, *commandPalette;
    /// g then n/a/r/d/s: go to Now, Async, Reference, Done, Snoozed (two-key sequences "G, N" …).
    QAction *goNow, *goAsync, *goReference, *goDone, *goSnoozed;
    /// g then w: go to New senders (the screener's queue).
    QAction *goNewSenders;
    /// Issue 15: View ▸ Insights (g then i) opens the Insights window (views/insights/).
    QAction *insights;
    /// Home or g g: first item; End or Shift+G: last item.
    QAction *firstItem, *lastItem;
    QAction *filterOverdue, *filterDueToday;  ///< Checkable deadline filters.
    /// Keyboard reach (issue 12, views/keyboard/keyboardreach.h): F6 / Shift+F6 move the focus
    /// to the next / previous pane (views, items, reading pane, status bar); Ctrl+Tab /
    /// Ctrl+Shift+Tab to the next / previous control (Tab itself is "Next tier").
    QAction *nextPane, *previousPane, *nextControl, *previousControl;
    // Help
    QAction *about;

    /// Menus in menu-bar order (File, Edit, Item, View, Help).
    QList<QMenu *> menus;
    /// Actions that act on the current item (enabled only when there is one).
    QList<QAction *> itemActions() const;
    /// Every action of the window that has a stable id (QObject::objectName, e.g. "item.done"):
    /// what Preferences ▸ Keyboard rebinds, the palette lists and the `?` overlay shows.
    QList<QAction *> all() const;
};

} // namespace fi
