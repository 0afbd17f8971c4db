#pragma once
/// @file paletteproviders.h
/// @brief The command palette's built-in providers over the main window, and the one call that
/// installs the palette on it (Ctrl+K, action "view.palette"). GUI thread only.

#include "palette/paletteentry.h"

#include <QList>
#include <QSet>

class QAction;

namespace fi {

class CommandPalette;
class MainWindow;

/// The action's text without mnemonics ("Mark &done" → "Mark done"; "&&" stays one "&").
QString paletteActionText(const QAction *action);

/**
 * @brief One entry per enabled, visible action of @p actions that has an id (objectName): text
 * without '&', category = the title of the first menu holding it (else "Command"), shortcut =
 * its current primary shortcut in native text, detail "On" for a checked checkable action,
 * run = trigger(). Ids in @p skipIds are left out
 * (commands another provider lists better).
 */
QList<PaletteEntry> actionEntries(const QList<QAction *> &actions, const QSet<QString> &skipIds = {});

/// The window's actions (MainActions::all() and the File menu's "Add …" and kind commands),
/// without the palette itself and the go.* views (viewEntries() lists those).
QList<PaletteEntry> windowActionEntries(MainWindow &window);

/// "Go to Now" … "Go to Snoozed": ids and texts of the go.* actions with their shortcuts and the
/// sidebar's counts as detail ("3"); run shows the view (MainWindow::showView).
QList<PaletteEntry> viewEntries(MainWindow &window);

/// For each source in the sidebar's Sources list: "Sync “name”" (detail: its status line) and,
/// when its kind has an editor, "Edit “name”…"; ids "source.sync.<id>" / "source.edit.<id>".
QList<PaletteEntry> sourceEntries(MainWindow &window);

/// The enabled entries of the window's Focus menu (views/focus/focusmenu.h; present once the
/// application added it): Focus for 25/50/90 minutes, Focus until …, Extend, End session;
/// ids "focus.start.25" …, "focus.until", "focus.extend", "focus.stop".
QList<PaletteEntry> focusEntries(MainWindow &window);

/// Issue 12 (FIND): "Save search…" while a search is shown (id "search.save"), and for each
/// saved search "Saved search: NAME" (id "search.saved.<name>", detail: its count; runs it)
/// and "Delete saved search: NAME" (no id: never listed among the recent choices). Names are
/// user text.
QList<PaletteEntry> searchEntries(MainWindow &window);

/// Create the palette over @p window with every built-in provider (actions, views, sources,
/// focus, snooze choices, saved searches) and open it from the window's "view.palette" action. Owned by the window.
CommandPalette *installCommandPalette(MainWindow &window);

} // namespace fi
