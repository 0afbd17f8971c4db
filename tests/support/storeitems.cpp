#include "storeitems.h"

namespace fi::test {

Item makeItem(const QString &remoteId, const QString &subject, qint64 receivedMs, Tier tier,
              std::optional<qint64> dueMs, const QString &fromName, const QString &fromAddress)
{
    Item item;
    item.record.remoteId = remoteId;
    item.record.folder = QStringLiteral("INBOX");
    item.record.locator = QStringLiteral("cur/") + remoteId + QStringLiteral(":2,");
    item.record.fingerprint = remoteId + QStringLiteral("-v1");
    item.record.messageId = remoteId + QStringLiteral("@example.com");
    item.record.threadKey = item.record.messageId;
    item.record.from = {fromName, fromAddress};
    item.record.to = {{QStringLiteral("Me"), QStringLiteral("me@example.org")}};
    item.record.subject = subject;
    item.record.snippet = QStringLiteral("Body of ") + subject;
    item.record.receivedMs = receivedMs;
    item.tier = tier;
    item.tierReason = QStringLiteral("rule-default");
    item.dueMs = dueMs;
    item.policy = QStringLiteral("tier%1-default").arg(int(tier));
    return item;
}

qint64 idOf(const ItemStore &store, const QString &remoteId)
{
    ItemQuery all;
    all.states = ItemQuery::States::All;
    for (const Item &item : store.items(all))
        if (item.record.remoteId == remoteId)
            return item.id;
    return 0;
}

QStringList subjects(const QList<Item> &items)
{
    QStringList result;
    for (const Item &item : items)
        result << item.record.subject;
    return result;
}

} // namespace fi::test
