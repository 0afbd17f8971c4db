#include "triage/pauseclockcommand.h"

#include "storage/itemstore.h"

#include <QCoreApplication>

namespace fi {

PauseClockCommand::PauseClockCommand(ItemStore *store, QList<Item> before, qint64 snoozedUntilMs,
                                     QMap<qint64, qint64> remainingMinutes, QUndoCommand *parent)
    : SetStateCommand(store, std::move(before), ItemState::Snoozed, snoozedUntilMs, parent),
      m_store(store), m_remaining(std::move(remainingMinutes))
{
    setText(QCoreApplication::translate("fi::PauseClockCommand", "Snooze %n item(s) and pause the clock",
                                        nullptr, int(this->before().size())));
}

void PauseClockCommand::redo()
{
    SetStateCommand::redo();
    if (!m_remaining.isEmpty())
        m_store->pauseClocks(m_remaining);  // queued after the snooze on the same writer
}

void PauseClockCommand::undo()
{
    m_store->clearPausedClocks(m_remaining.keys());
    SetStateCommand::undo();
}

} // namespace fi
