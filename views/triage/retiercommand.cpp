#include "triage/retiercommand.h"

#include "storage/itemstore.h"

#include <QCoreApplication>

namespace fi {

RetierCommand::RetierCommand(ItemStore *store, RetierPlanner planner, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_planner(std::move(planner))
{
    setText(QCoreApplication::translate("fi::RetierCommand", "Apply rules to stored items"));
}

void RetierCommand::redo()
{
    m_applied = m_store->retier(m_planner.function(), QStringLiteral("rules"));
    m_last = m_applied;
    m_undone = false;
}

void RetierCommand::undo()
{
    m_undone = true;
    // Undo exactly the batch the last redo() wrote. If that write has not committed yet, wait
    // for it (the writer thread finishes it; undo right after Apply is rare and the wait short):
    // undoTierBatch(0) would reverse an older batch when this one turns out to change nothing.
    m_applied.waitForFinished();
    const qint64 batchId = m_applied.resultCount() > 0 ? m_applied.result().id : 0;
    if (batchId == 0) {  // nothing was written (no change, or the write failed): nothing to undo
        m_last = QtFuture::makeReadyFuture(TierBatch{0, {}, 0, true});
        return;
    }
    m_last = m_store->undoTierBatch(batchId);
}

} // namespace fi
