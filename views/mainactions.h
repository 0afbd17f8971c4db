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
    // View
    QAction *nextItem, *previousItem, *nextTier, *shortcuts;
    QAction *filterOverdue, *filterDueToday;  ///< Checkable deadline filters.
    // Help
    QAction *about;

    /// Menus in menu-bar order (File, Edit, Item, View, Help).
    QList<QMenu *> menus;
    /// Actions that act on the current item (enabled only when there is one).
    QList<QAction *> itemActions() const;
};

} // namespace fi
