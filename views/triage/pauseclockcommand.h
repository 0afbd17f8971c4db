#pragma once
/// @file pauseclockcommand.h
/// @brief "Snooze and pause the clock" (Zendesk "pending") as an undoable command: snoozes the
/// items and stores the response time each has left (ItemStore::pauseClocks); at wake-up the
/// app resumes the clock (due = wake instant + remaining). Undo restores the state and drops
/// the pause; the due time never moved while paused.

#include "triage/triagecommands.h"

#include <QMap>

namespace fi {

class PauseClockCommand : public SetStateCommand {
public:
    /// @param remainingMinutes item id → deadline minutes left (items without a due: absent).
    /// @param snoozedUntilMs wake-up time, UTC epoch ms.
    PauseClockCommand(ItemStore *store, QList<Item> before, qint64 snoozedUntilMs,
                      QMap<qint64, qint64> remainingMinutes, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ItemStore *m_store;
    QMap<qint64, qint64> m_remaining;
};

} // namespace fi
