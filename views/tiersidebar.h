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

public Q_SLOTS:
    void setCurrentView(fi::InboxView view);
    void setCounts(const fi::TierCounts &counts);
    void setSampleBannerVisible(bool visible);

Q_SIGNALS:
    /// The user picked another view (also emitted by setCurrentView when it changes).
    void currentViewChanged(fi::InboxView view);

private:
    QListWidget *m_list;
    QLabel *m_sourcesTitle;
    QToolButton *m_addSource;
    SourceListView *m_sources;
    QLabel *m_banner;
};

} // namespace fi
