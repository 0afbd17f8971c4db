#pragma once
/// @file retiercommand.h
/// @brief "Apply rules to stored items" (issue 14) as an undoable command: redo() re-tiers the
/// open and snoozed stored items with a RetierPlanner's placement function in one batch
/// (ItemStore::retier(), origin "rules"); undo() reverses that batch (ItemStore::undoTierBatch()).
/// The views follow through ItemStore::itemsChanged(); the command emits nothing.
///
/// GUI thread only (QUndoStack). The store must outlive the command. No continuation is attached
/// to the store's futures, so a write that commits after the command was deleted touches nothing
/// of it.

#include "triage/retierplan.h"

#include <QFuture>
#include <QUndoCommand>

namespace fi {

class ItemStore;

class RetierCommand : public QUndoCommand {
public:
    /// @param store not owned; must outlive the command.
    /// @param planner the configuration (rules, policies, hours) and the includeManual choice
    ///        the batch is computed with; each redo() computes the placements again on the
    ///        writer thread, so a redo after an undo applies the rules to the store as it is then.
    RetierCommand(ItemStore *store, RetierPlanner planner, QUndoCommand *parent = nullptr);

    /// Queues ItemStore::retier(planner.function(), "rules") (the first push applies it).
    void redo() override;
    /// Queues ItemStore::undoTierBatch() of the batch the last redo() wrote, by its id; when
    /// that write wrote no batch (nothing changed, or it failed) there is nothing to undo. If
    /// the write has not committed yet, blocks until it has (the writer thread finishes it):
    /// undoTierBatch(0) would reverse an older batch when this one turns out to be empty.
    void undo() override;

    /// The write the last redo() or undo() queued (invalid before the first redo()). Its
    /// TierBatch: for a redo the batch written (TierBatch::moved() items changed tier), for an
    /// undo the reversing changes. Attach continuations with a context object that lives on
    /// the GUI thread.
    QFuture<TierBatch> future() const { return m_last; }
    /// Whether the last call was undo().
    bool isUndone() const { return m_undone; }

private:
    ItemStore *m_store;
    RetierPlanner m_planner;
    QFuture<TierBatch> m_applied;  ///< The last redo()'s write.
    QFuture<TierBatch> m_last;     ///< The last redo()'s or undo()'s write.
    bool m_undone = false;
};

} // namespace fi
