#pragma once
/// @file searchfeature.h
/// @brief Issue 12, "Find": the search field above the item list, saved searches in the sidebar
/// (with live counts) and their palette commands, composed onto the main window.
///
/// Behaviour (like Gmail and Superhuman):
///  - `/` (MainActions::search) focuses the field; the list follows the typed text after
///    SearchField::kDebounceMs. A search covers every tier and every state (open, snoozed, done;
///    search/searchscope.h); the line under the field says so, with the number of results, and
///    the sidebar selects no view (or the saved search being shown).
///  - Esc clears the search, shows the view that was shown before and focuses the list;
///    Down/Enter focus the first result. Choosing a view (sidebar, Tab, g-keys, palette) ends the
///    search too: the field is emptied, the view is shown as it was, so the typed text does not
///    silently filter another tier.
///  - Hints of the parser (unknown operator, bad value, …) show as plain text under the field.
///  - Saved searches: "Save…" beside the field (or "Save search…" in the palette) asks for a
///    name (saving under an existing name replaces its query); they are listed in the sidebar
///    with the count of their open items (searchscope.h) and in the palette as
///    "Saved search: NAME"; picking one runs it. Delete from the sidebar's context menu or the
///    palette. Kept in saved-searches.json (config/savedsearches.h) once
///    setSavedSearchesPath() was called, else only in memory.
/// GUI thread only. Owned by the window.

#include "config/savedsearches.h"

#include <QObject>

class QBoxLayout;

namespace fi {

class ItemStore;
class MainWindow;
class SavedSearchCounts;
class SearchField;

class SearchFeature : public QObject {
    Q_OBJECT
public:
    /// Puts the field at the top of @p listColumn (the layout holding the item list).
    /// @param store the window's store (not owned; must outlive this), for the counts.
    SearchFeature(MainWindow &window, ItemStore *store, QBoxLayout *listColumn);
    ~SearchFeature() override;

    SearchField *field() const { return m_field; }
    SavedSearchCounts *counts() const { return m_counts; }
    /// True while the list shows search results instead of a view.
    bool isActive() const { return m_active; }

    /// Load the saved searches from @p path (saved-searches.json) and keep them there from now
    /// on. A file that cannot be read is reported in the status bar; the list starts empty.
    void setSavedSearchesPath(const QString &path);
    const QList<SavedSearch> &savedSearches() const { return m_saved; }
    /// Index of the saved search whose query is the one shown, or -1.
    int activeSavedSearch() const;

public Q_SLOTS:
    /// `/`: focus the field, its text selected.
    void focusSearch();
    /// Search @p text now (no pause), as if typed; empty ends the search. Focus stays.
    void setSearchText(const QString &text);
    /// Clear the search, show the view again and focus the list (Esc).
    void endSearch();
    /// Save the search shown as @p name (normalizedSavedSearchName()); a saved search of that
    /// name gets this query. @return false when no search is shown or the name is empty.
    bool saveSearch(const QString &name);
    /// Ask for a name (a small window-modal input, not blocking) and save the search shown.
    void askToSaveSearch();
    /// Show saved search @p index's results and focus the first one.
    void runSavedSearch(int index);
    /// Forget saved search @p index (the results shown stay until the search changes).
    void deleteSavedSearch(int index);

Q_SIGNALS:
    /// The saved searches changed (added, replaced, deleted or loaded).
    void savedSearchesChanged();

private:
    void applySearch(const QString &text);
    void goToResults();
    void selectFirstResult();
    void savedChanged();
    void persist();
    void showCounts();
    void status(const QString &message);

    MainWindow &m_window;
    SearchField *m_field;
    SavedSearchCounts *m_counts;
    QList<SavedSearch> m_saved;
    QString m_path;
    bool m_active = false;
    bool m_wantResults = false;  ///< Focus the first result once the search has loaded.
    bool m_ending = false;       ///< endSearch()/a view switch is clearing the field.
};

} // namespace fi
