#include "triagecommands.h"

#include "storage/itemstore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fi {

namespace {

QList<qint64> idsOf(const QList<Item> &items)
{
    QList<qint64> ids;
    ids.reserve(items.size());
    for (const Item &item : items)
        ids << item.id;
    return ids;
}

QString stateText(ItemState state, qsizetype count)
{
    const int n = int(count);
    switch (state) {
    case ItemState::Done:
        return QCoreApplication::translate("fi::SetStateCommand", "Mark %n item(s) done", nullptr, n);
    case ItemState::Snoozed:
        return QCoreApplication::translate("fi::SetStateCommand", "Snooze %n item(s)", nullptr, n);
    case ItemState::Open:
        return QCoreApplication::translate("fi::SetStateCommand", "Reopen %n item(s)", nullptr, n);
    }
    return {};
}

} // namespace

SetStateCommand::SetStateCommand(ItemStore *store, QList<Item> before, ItemState state,
                                 std::optional<qint64> snoozedUntilMs, QUndoCommand *parent)
    : QUndoCommand(stateText(state, before.size()), parent),
      m_store(store), m_before(std::move(before)), m_state(state), m_snoozedUntilMs(snoozedUntilMs)
{
}

void SetStateCommand::redo()
{
    m_store->setState(idsOf(m_before), m_state,
                      m_state == ItemState::Snoozed ? m_snoozedUntilMs : std::nullopt);
}

void SetStateCommand::undo()
{
    for (const Item &item : m_before) {
        m_store->setState({item.id}, item.state,
                          item.state == ItemState::Snoozed ? item.snoozedUntilMs : std::nullopt);
    }
}

SetTierCommand::SetTierCommand(ItemStore *store, QList<Item> before, Tier tier, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("fi::SetTierCommand", "Move %n item(s) to %1", nullptr,
                                               int(before.size()))
                       .arg(tierDisplayName(tier)),
                   parent),
      m_store(store), m_before(std::move(before)), m_tier(tier)
{
}

void SetTierCommand::redo()
{
    for (const Item &item : m_before)
        m_store->setTier({item.id}, m_tier, manualTierReason(), item.dueMs, item.policy);
}

void SetTierCommand::undo()
{
    for (const Item &item : m_before)
        m_store->setTier({item.id}, item.tier, item.tierReason, item.dueMs, item.policy);
}

} // namespace fi

namespace fi {

qint64 tomorrowAtLocalMs(qint64 nowMs, QTime localTime)
{
    const QDate tomorrow = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime().date().addDays(1);
    return QDateTime(tomorrow, localTime, Qt::LocalTime).toMSecsSinceEpoch();
}

QList<qint64> triageCommandItemIds(const QUndoCommand *command)
{
    if (const auto *state = dynamic_cast<const SetStateCommand *>(command))
        return idsOf(state->before());
    if (const auto *tier = dynamic_cast<const SetTierCommand *>(command))
        return idsOf(tier->before());
    return {};
}

} // namespace fi
