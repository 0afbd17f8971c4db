#pragma once
/// @file screenerfeature.h
/// @brief The screener's decisions in the window (issue 14): in View ▸ New senders, 3, 2 and 1
/// decide Now, Async or Reference for the current item's sender and B blocks it. A decision
/// becomes a sender rule at the top of the rule set (triage/screener.h; saved to config.json
/// through MainWindow::preferencesChanged, editable in Preferences ▸ Rules) and re-tiers that
/// sender's stored items at once (ItemStore::retier, one batch); Block also marks them done.
/// GUI thread only.

#include "triage/screener.h"

#include <QObject>

class QBoxLayout;
class QLabel;

namespace fi {

class ItemStore;
class MainWindow;
struct TierBatch;

class ScreenerFeature : public QObject {
    Q_OBJECT
public:
    /// Connects @p window's Block action; parented to the window. @p store not owned.
    ScreenerFeature(MainWindow &window, ItemStore *store);

    /// Whether the window shows the screener's queue (3/2/1 then decide for the sender).
    bool isActive() const;
    /// Put the line that says how to decide ("3 Now · 2 Async · 1 Reference · B Block") above
    /// the list in @p listColumn (shown only in New senders).
    void installHint(QBoxLayout *listColumn, QWidget *list);

public Q_SLOTS:
    /// Decide @p decision for the senders of the window's target items.
    void decide(fi::ScreenerDecision decision);
    /// Enable Block for a target item in New senders (the window calls it).
    void update();

Q_SIGNALS:
    /// A decision was stored: @p rules new sender rules, @p moved items re-tiered (after the commit).
    void decided(int rules, int moved);

private:
    MainWindow &m_window;
    ItemStore *m_store;
    QLabel *m_hint = nullptr;  ///< Qt::PlainText (makePlainLabel)
};

} // namespace fi
