#include "notify/itemnotifier.h"

#include "domain/senderdisplay.h"
#include "notify/notifier.h"

namespace fi {

namespace {

QString senderOf(const Item &item)
{
    return senderListName(item.record.from);
}

QList<QPair<QString, QString>> itemActions()
{
    return {{QStringLiteral("default"), ItemNotifier::tr("Open")},
            {QStringLiteral("open"), ItemNotifier::tr("Open")},
            {QStringLiteral("done"), ItemNotifier::tr("Done")},
            {QStringLiteral("snooze"), ItemNotifier::tr("Snooze 1 h")}};
}

} // namespace

ItemNotifier::ItemNotifier(Notifier *notifier, qint64 coalesceWindowMs, QObject *parent)
    : QObject(parent), m_notifier(notifier), m_coalescer(coalesceWindowMs)
{
    connect(m_notifier, &Notifier::actionInvoked, this, &ItemNotifier::onAction);
    connect(m_notifier, &Notifier::closed, this, &ItemNotifier::onClosed);
}

void ItemNotifier::setCoalesceWindowMs(qint64 windowMs) { m_coalescer = NotificationCoalescer(windowMs); }

void ItemNotifier::notifyNew(const Item &item, qint64 nowMs, bool quiet)
{
    const NotificationCoalescer::Group group = m_coalescer.add(item.sourceId, item.id, nowMs);
    NotificationRequest request;
    request.category = QStringLiteral("email.arrived");
    request.actions = itemActions();
    request.critical = false;
    request.quiet = quiet && !(group.itemIds.size() > 1 && m_loud.contains(group.notificationId));
    if (group.itemIds.size() == 1) {
        request.summary = tr("%1: %2").arg(tierDisplayName(item.tier), senderOf(item));
        request.body = item.record.subject;
    } else {
        request.replacesId = group.notificationId;
        request.summary = tr("%n new in %1", nullptr, int(group.itemIds.size())).arg(item.sourceName);
        request.body = tr("Latest: %1 — %2").arg(senderOf(item), item.record.subject);
    }
    const quint32 id = m_notifier->notify(request);
    if (id == 0)
        return;
    ++m_posted;
    m_coalescer.setNotificationId(item.sourceId, id);
    if (request.replacesId && request.replacesId != id) {
        m_itemsById.remove(request.replacesId);
        m_loud.remove(request.replacesId);
    }
    m_itemsById.insert(id, group.itemIds);
    if (!request.quiet)
        m_loud.insert(id);
}

void ItemNotifier::notifyBreakthrough(const Item &item)
{
    NotificationRequest request;
    request.critical = true;
    request.category = QStringLiteral("email.arrived");
    request.summary = tr("Breakthrough — %1: %2").arg(tierDisplayName(item.tier), senderOf(item));
    request.body = item.record.subject;
    request.actions = itemActions();
    const quint32 id = m_notifier->notify(request);
    if (id == 0)
        return;
    ++m_posted;
    m_itemsById.insert(id, {item.id});
}

quint32 ItemNotifier::notifyWoken(const QList<Item> &items, bool critical)
{
    if (items.isEmpty())
        return 0;
    constexpr int kListed = 5;
    NotificationRequest request;
    request.critical = critical;
    QList<qint64> ids;
    for (const Item &item : items)
        ids << item.id;
    if (items.size() == 1) {
        const Item &item = items.first();
        request.summary = tr("Back from snooze — %1: %2").arg(tierDisplayName(item.tier), senderOf(item));
        request.body = item.record.subject;
        request.actions = itemActions();
    } else {
        request.summary = tr("%n snoozed items are back", nullptr, int(items.size()));  // n >= 2 here
        QStringList lines;
        for (const Item &item : items.mid(0, kListed))
            lines << tr("%1 — %2").arg(senderOf(item), item.record.subject);
        if (items.size() > kListed)
            lines << tr("and %n more", nullptr, int(items.size() - kListed));
        request.body = lines.join(QLatin1Char('\n'));
        request.actions = {{QStringLiteral("default"), tr("Open")}, {QStringLiteral("open"), tr("Open")}};
    }
    const quint32 id = m_notifier->notify(request);
    if (id == 0)
        return 0;
    ++m_posted;
    m_itemsById.insert(id, ids);
    return id;
}

quint32 ItemNotifier::notifyDigest(const FocusDigest &digest)
{
    NotificationRequest request;
    request.summary = digest.summary();
    request.body = digest.body();
    request.category = QStringLiteral("im");
    if (digest.total > 0)
        request.actions = {{QStringLiteral("default"), tr("Show them")}, {QStringLiteral("open"), tr("Show them")}};
    const quint32 id = m_notifier->notify(request);
    if (id == 0)
        return 0;
    ++m_posted;
    m_itemsById.insert(id, digest.itemIds);
    m_isDigest.insert(id, true);
    return id;
}

void ItemNotifier::onAction(quint32 id, const QString &key)
{
    const auto it = m_itemsById.constFind(id);
    if (it == m_itemsById.constEnd())
        return;  // not ours (another app's notification on the shared bus)
    const QList<qint64> ids = *it;
    if (m_isDigest.value(id)) {
        Q_EMIT digestOpenRequested(ids);
        return;
    }
    if (key == QLatin1String("done"))
        Q_EMIT doneRequested(ids);
    else if (key == QLatin1String("snooze"))
        Q_EMIT snoozeRequested(ids);
    else
        Q_EMIT openRequested(ids);
}

void ItemNotifier::onClosed(quint32 id)
{
    m_coalescer.notificationClosed(id);
    m_itemsById.remove(id);
    m_isDigest.remove(id);
    m_loud.remove(id);
}

} // namespace fi
