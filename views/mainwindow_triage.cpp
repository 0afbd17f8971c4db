/// @file mainwindow_triage.cpp
/// @brief MainWindow, issue 12 "act on many, act at the source": marking several items (x,
/// Shift+J, Shift+K), read/unread (m) and flag (f) as undoable commands on targetItems(), and
/// keyboard navigation (g then n/a/r/d/s, Home / g g, End / Shift+G).

#include "mainwindow.h"

#include "inboxlistview.h"
#include "mainactions.h"
#include "triage/triagecommands.h"

#include <QAction>
#include <QStatusBar>

#include <algorithm>

namespace fi {

namespace {
constexpr int kMarksMessageMs = 8000;
} // namespace

void MainWindow::connectTriageActions()
{
    const MainActions &a = *m_actions;
    connect(a.toggleSelect, &QAction::triggered, m_list, &InboxListView::toggleMark);
    connect(a.extendDown, &QAction::triggered, this, [this] { m_list->extendMark(1); });
    connect(a.extendUp, &QAction::triggered, this, [this] { m_list->extendMark(-1); });
    connect(a.toggleSeen, &QAction::triggered, this, &MainWindow::toggleSeen);
    connect(a.toggleFlag, &QAction::triggered, this, &MainWindow::toggleFlag);
    connect(m_list, &InboxListView::marksChanged, this, [this](int count) {
        if (count > 0)
            statusBar()->showMessage(tr("%n item(s) selected — actions apply to all of them", nullptr, count),
                                     kMarksMessageMs);
        else
            statusBar()->clearMessage();
    });

    const std::pair<QAction *, InboxView> views[] = {
        {a.goNow, InboxView::Now},   {a.goAsync, InboxView::Async},     {a.goReference, InboxView::Reference},
        {a.goDone, InboxView::Done}, {a.goSnoozed, InboxView::Snoozed},
        {a.goNewSenders, InboxView::NewSenders},
    };
    for (const auto &[action, view] : views)
        connect(action, &QAction::triggered, this, [this, view = view] { showView(view); });
    connect(a.firstItem, &QAction::triggered, this, [this] { m_list->moveCurrent(-m_model->rowCount()); });
    connect(a.lastItem, &QAction::triggered, this, [this] { m_list->moveCurrent(m_model->rowCount()); });
}

void MainWindow::updateTriageActions()
{
    const bool any = m_list->hasMarks() || currentItem().has_value();
    for (QAction *action : {m_actions->toggleSeen, m_actions->toggleFlag})
        action->setEnabled(any);
    const bool current = currentItem().has_value();
    for (QAction *action : {m_actions->toggleSelect, m_actions->extendDown, m_actions->extendUp})
        action->setEnabled(current);
}

void MainWindow::toggleSeen()
{
    const QList<Item> items = targetItems();
    if (items.isEmpty())
        return;
    // One unread item among them: mark all read; all read already: mark all unread.
    const bool seen = std::any_of(items.cbegin(), items.cend(), [](const Item &i) { return !i.record.flags.seen; });
    triage(new SetSeenCommand(m_store, items, seen));
    statusBar()->showMessage(seen ? tr("Marked %n item(s) read — press U to undo", nullptr, int(items.size()))
                                  : tr("Marked %n item(s) unread — press U to undo", nullptr, int(items.size())),
                             kMarksMessageMs);
}

void MainWindow::toggleFlag()
{
    const QList<Item> items = targetItems();
    if (items.isEmpty())
        return;
    // One unflagged item among them: flag all; all flagged already: unflag all.
    const bool flagged =
        std::any_of(items.cbegin(), items.cend(), [](const Item &i) { return !i.record.flags.flagged; });
    triage(new SetFlagCommand(m_store, items, flagged));
    statusBar()->showMessage(flagged ? tr("Flagged %n item(s) — press U to undo", nullptr, int(items.size()))
                                     : tr("Unflagged %n item(s) — press U to undo", nullptr, int(items.size())),
                             kMarksMessageMs);
}

} // namespace fi
