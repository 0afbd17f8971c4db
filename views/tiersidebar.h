#pragma once
/// @file tiersidebar.h
/// @brief The left sidebar: Now, Async, Reference, Done with counts, and a sample banner.

#include "inboxmodel.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QMenu;
class QToolButton;

namespace fi {

class SourceListView;

/// Sidebar listing the inbox views with their counts, and below them the sources with their
/// sync status (sourceList(); empty until a model is set). GUI thread only.
class TierSidebar : public QWidget {
    Q_OBJECT
public:
    explicit TierSidebar(QWidget *parent = nullptr);

    InboxView currentView() const;
    /// Count shown next to @p view (as last set by setCounts()).
    int countShown(InboxView view) const;
    bool isSampleBannerVisible() const;
    SourceListView *sourceList() const { return m_sources; }
    /// Show a "+" button next to the Sources title that pops up @p menu (not owned; nullptr
    /// hides the button).
    void setAddSourceMenu(QMenu *menu);
    QToolButton *addSourceButton() const { return m_addSource; }

    // ---- Saved searches (issue 12, FIND): a section below the views, hidden while empty ----
    /// Replace the listed saved searches with @p names (user text, shown as plain text), in
    /// order; counts are unknown (none shown) until setSavedSearchCount().
    void setSavedSearches(const QStringList &names);
    /// Show @p count (≥ 0; -1 = unknown, no pill) beside saved search @p index.
    void setSavedSearchCount(int index, int count);
    /// The count shown beside saved search @p index (-1 = none).
    int savedSearchCountShown(int index) const;
    /// The saved-search list (one row per saved search, in order). Owned by the sidebar.
    QListWidget *savedSearchList() const { return m_saved; }
    /// Show that a search fills the list instead of a view: no view is selected, and saved
    /// search @p savedIndex is (-1 = none). @p active false selects currentView() again
    /// without emitting currentViewChanged().
    void setSearchActive(bool active, int savedIndex = -1);

public Q_SLOTS:
    void setCurrentView(fi::InboxView view);
    void setCounts(const fi::TierCounts &counts);
    void setSampleBannerVisible(bool visible);

Q_SIGNALS:
    /// The user picked another view (also emitted by setCurrentView when it changes).
    void currentViewChanged(fi::InboxView view);
    /// The user picked saved search @p index (click, or the list's Enter).
    void savedSearchActivated(int index);
    /// The user chose "Delete" in saved search @p index's context menu.
    void savedSearchDeleteRequested(int index);

private:
    QListWidget *m_list;
    QLabel *m_sourcesTitle;
    QToolButton *m_addSource;
    SourceListView *m_sources;
    QLabel *m_banner;  ///< Qt::RichText on purpose: our own translated markup; section titles are Qt::PlainText
    QLabel *m_savedTitle;   // issue 12 (FIND)
    QListWidget *m_saved;
    InboxView m_view = InboxView::Now; ///< Last view selected (also while a search is active).
};

} // namespace fi
