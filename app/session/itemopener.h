#pragma once
/// @file itemopener.h
/// @brief Bringing the main window to the user (issue 16): a second start, the tray's Open and
/// `focusinbox open ID` show it raised; `open` also selects one item and says once it is selected.

#include <QJsonObject>

#include <functional>

namespace fi {

class ItemStore;
class MainWindow;

/// Show @p window (also when hidden in the tray or minimized), raise it and ask the window
/// manager to activate it. GUI thread.
void showMainWindow(MainWindow *window);

/// How long openItemInWindow() waits for the list to select the item (it loads the item's view
/// off the GUI thread first), in ms.
inline constexpr int kOpenItemSelectTimeoutMs = 10000;

/**
 * @brief `focusinbox open ID`: show @p window raised with item @p id selected in the view that
 * holds it (its tier, Done, Snoozed or New senders; a deadline filter or search that would hide
 * it is cleared: MainWindow::openItem), its text in the reading pane.
 *
 * Calls @p done exactly once, on the GUI thread, with the reply for the CLI:
 * {"ok": true, "id": N, "selected": true} as soon as the list's current item is @p id;
 * {"ok": true, "id": N, "selected": false} when it is not within kOpenItemSelectTimeoutMs;
 * {"error": "…", "notFound": true} at once when @p store has no such item (the window is left
 * as it is). Neither pointer is owned; if the window goes away while waiting, @p done gets
 * "selected": false. Also logs "Focus Inbox: item N is selected in the window" (stderr).
 */
void openItemInWindow(MainWindow *window, ItemStore *store, qint64 id, std::function<void(const QJsonObject &reply)> done);

} // namespace fi
