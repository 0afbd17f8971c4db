#pragma once
/// @file triagecommands.h
/// @brief Undoable triage actions (QUndoCommand) that write through ItemStore.
///
/// Each command snapshots the items it changes; undo() restores exactly what it changed
/// (state and snooze time, or tier, reason, due and policy). Writes are asynchronous
/// (ItemStore's writer thread); the views follow through ItemStore::itemsChanged. The undo of a
/// state or tier command first announces the items as they were (ItemStore::previewItems()), so
/// an undone item is back in the list and selected before the write: `u` paints at once. A
/// triage key needs no such help (the selection moves on at once; the row leaves on the reload).

#include "domain/item.h"

#include <QTime>
#include <QUndoCommand>

namespace fi {

class ItemStore;

/// Mark done, reopen or snooze items.
class SetStateCommand : public QUndoCommand {
public:
    /// @param store not owned; must outlive the command (and so the undo stack).
    /// @param snoozedUntilMs UTC epoch ms, only for ItemState::Snoozed.
    SetStateCommand(ItemStore *store, QList<Item> before, ItemState state,
                    std::optional<qint64> snoozedUntilMs = std::nullopt,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    const QList<Item> &before() const { return m_before; }

protected:
    ItemStore *storeOf() const { return m_store; }

private:
    ItemStore *m_store;
    QList<Item> m_before;
    ItemState m_state;
    std::optional<qint64> m_snoozedUntilMs;
};

/// Mark items done and mute their threads at the source (ItemStore::muteAndDone(); GitHub
/// unsubscribes). Undo reopens them here; the source keeps the thread muted.
class MuteCommand : public SetStateCommand {
public:
    /// @param store not owned; must outlive the command.
    MuteCommand(ItemStore *store, QList<Item> before, QUndoCommand *parent = nullptr);
    void redo() override;
};

/// Move items to another tier. The reason becomes "manual" (pinned against re-tiering);
/// the due time and policy are kept as they are.
class SetTierCommand : public QUndoCommand {
public:
    /// @param store not owned; must outlive the command.
    SetTierCommand(ItemStore *store, QList<Item> before, Tier tier, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    const QList<Item> &before() const { return m_before; }

private:
    ItemStore *m_store;
    QList<Item> m_before;
    Tier m_tier;
};

/// Mark items read (seen) or unread (issue 12, `m`). undo() gives each item its own flag back;
/// items that were so already are left alone both ways. Journaled for the source by ItemStore.
class SetSeenCommand : public QUndoCommand {
public:
    /// @param store not owned; must outlive the command.
    SetSeenCommand(ItemStore *store, QList<Item> before, bool seen, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    const QList<Item> &before() const { return m_before; }

private:
    ItemStore *m_store;
    QList<Item> m_before;
    bool m_seen;
};

/// Flag or unflag items (issue 12, `f`): ItemStore::setFlagged, journaled for the source.
/// undo() gives each item its own flag back.
class SetFlagCommand : public QUndoCommand {
public:
    /// @param store not owned; must outlive the command.
    SetFlagCommand(ItemStore *store, QList<Item> before, bool flagged, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    const QList<Item> &before() const { return m_before; }

private:
    ItemStore *m_store;
    QList<Item> m_before;
    bool m_flagged;
};

/// The tierReason a manual move records.
inline QString manualTierReason() { return QStringLiteral("manual"); }

} // namespace fi

namespace fi {

/// UTC epoch ms of tomorrow at @p localTime in the local time zone, seen from @p nowMs.
qint64 tomorrowAtLocalMs(qint64 nowMs, QTime localTime = QTime(9, 0));

/// Ids of the items a triage command changed (nullptr-safe: empty for other commands).
QList<qint64> triageCommandItemIds(const QUndoCommand *command);

} // namespace fi
