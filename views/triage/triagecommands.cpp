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
    m_store->previewItems(m_before);
    for (const Item &item : m_before) {
        m_store->setState({item.id}, item.state,
                          item.state == ItemState::Snoozed ? item.snoozedUntilMs : std::nullopt);
    }
}

MuteCommand::MuteCommand(ItemStore *store, QList<Item> before, QUndoCommand *parent)
    : SetStateCommand(store, std::move(before), ItemState::Done, std::nullopt, parent)
{
    setText(QCoreApplication::translate("fi::MuteCommand", "Mute %n thread(s)", nullptr, int(this->before().size())));
}

void MuteCommand::redo() { storeOf()->muteAndDone(idsOf(before())); }

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
    m_store->previewItems(m_before);
    for (const Item &item : m_before)
        m_store->setTier({item.id}, item.tier, item.tierReason, item.dueMs, item.policy);
}

namespace {

/// Ids of @p items whose flag (read by @p get) is not @p value: the ones a change to @p value changes.
template <typename Get>
QList<qint64> idsNotSo(const QList<Item> &items, bool value, Get get)
{
    QList<qint64> ids;
    for (const Item &item : items) {
        if (get(item) != value)
            ids << item.id;
    }
    return ids;
}

bool seenOf(const Item &item) { return item.record.flags.seen; }
bool flaggedOf(const Item &item) { return item.record.flags.flagged; }

} // namespace

SetSeenCommand::SetSeenCommand(ItemStore *store, QList<Item> before, bool seen, QUndoCommand *parent)
    : QUndoCommand(seen ? QCoreApplication::translate("fi::SetSeenCommand", "Mark %n item(s) read", nullptr,
                                                      int(before.size()))
                        : QCoreApplication::translate("fi::SetSeenCommand", "Mark %n item(s) unread", nullptr,
                                                      int(before.size())),
                   parent),
      m_store(store), m_before(std::move(before)), m_seen(seen)
{
}

void SetSeenCommand::redo()
{
    if (const QList<qint64> ids = idsNotSo(m_before, m_seen, seenOf); !ids.isEmpty())
        m_store->setSeen(ids, m_seen);
}

void SetSeenCommand::undo()
{
    if (const QList<qint64> ids = idsNotSo(m_before, m_seen, seenOf); !ids.isEmpty())
        m_store->setSeen(ids, !m_seen);
}

SetFlagCommand::SetFlagCommand(ItemStore *store, QList<Item> before, bool flagged, QUndoCommand *parent)
    : QUndoCommand(flagged ? QCoreApplication::translate("fi::SetFlagCommand", "Flag %n item(s)", nullptr,
                                                         int(before.size()))
                           : QCoreApplication::translate("fi::SetFlagCommand", "Unflag %n item(s)", nullptr,
                                                         int(before.size())),
                   parent),
      m_store(store), m_before(std::move(before)), m_flagged(flagged)
{
}

void SetFlagCommand::redo()
{
    if (const QList<qint64> ids = idsNotSo(m_before, m_flagged, flaggedOf); !ids.isEmpty())
        m_store->setFlagged(ids, m_flagged);
}

void SetFlagCommand::undo()
{
    if (const QList<qint64> ids = idsNotSo(m_before, m_flagged, flaggedOf); !ids.isEmpty())
        m_store->setFlagged(ids, !m_flagged);
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
    if (const auto *seen = dynamic_cast<const SetSeenCommand *>(command))
        return idsOf(seen->before());
    if (const auto *flag = dynamic_cast<const SetFlagCommand *>(command))
        return idsOf(flag->before());
    return {};
}

} // namespace fi
