#include "storage/itemrow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fi::rows {

QString addressesToJson(const QList<Address> &addresses)
{
    QJsonArray array;
    for (const Address &a : addresses)
        array.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("address"), a.address}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Address> addressesFromJson(const QString &json)
{
    QList<Address> result;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    result.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        result.append({o.value(QLatin1String("name")).toString(),
                       o.value(QLatin1String("address")).toString()});
    }
    return result;
}

QString headersToJson(const QMap<QString, QString> &headers)
{
    QJsonObject object;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> headersFromJson(const QString &json)
{
    QMap<QString, QString> result;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

QString settingsToJson(const QVariantMap &settings)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(settings)).toJson(QJsonDocument::Compact));
}

QVariantMap settingsFromJson(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

QString itemSelectSql()
{
    return QStringLiteral(
        "SELECT items.id, items.source_id, sources.name, items.remote_id, items.folder,"
        " items.locator, items.fingerprint, items.message_id, items.thread_key,"
        " items.from_name, items.from_address, items.to_json, items.cc_json, items.subject,"
        " items.snippet, items.received_ms, items.seen, items.flagged, items.answered,"
        " items.headers_json, items.sample, items.tier, items.tier_reason, items.due_ms,"
        " items.policy, items.state, items.snoozed_until_ms, items.done_ms,"
        " items.url, items.activity_ms, items.from_handle, items.attributes_json, items.replied_ms,"
        " items.opened_ms, items.conversation_id"
        " FROM items LEFT JOIN sources ON sources.id = items.source_id");
}

QString itemKeySelectSql()
{
    return QStringLiteral("SELECT items.id, items.due_ms, items.received_ms, items.snoozed_until_ms,"
                          " items.sample, items.conversation_id, items.answered, items.replied_ms FROM items");
}

ItemKey itemKeyFromQuery(const QSqlQuery &q)
{
    ItemKey key;
    key.id = q.value(0).toLongLong();
    key.dueMs = optionalMs(q.value(1));
    key.receivedMs = q.value(2).toLongLong();
    key.snoozedUntilMs = optionalMs(q.value(3));
    key.sample = q.value(4).toBool();
    key.conversationId = q.value(5).toLongLong();
    key.answered = q.value(6).toBool() || !q.value(7).isNull();
    return key;
}

Item itemFromQuery(const QSqlQuery &q)
{
    Item item;
    item.id = q.value(0).toLongLong();
    item.sourceId = q.value(1).toLongLong();
    item.sourceName = q.value(2).toString();
    ItemRecord &r = item.record;
    r.remoteId = q.value(3).toString();
    r.folder = q.value(4).toString();
    r.locator = q.value(5).toString();
    r.fingerprint = q.value(6).toString();
    r.messageId = q.value(7).toString();
    r.threadKey = q.value(8).toString();
    r.from = {q.value(9).toString(), q.value(10).toString()};
    r.to = addressesFromJson(q.value(11).toString());
    r.cc = addressesFromJson(q.value(12).toString());
    r.subject = q.value(13).toString();
    r.snippet = q.value(14).toString();
    r.receivedMs = q.value(15).toLongLong();
    r.flags = {q.value(16).toBool(), q.value(17).toBool(), q.value(18).toBool()};
    r.headers = headersFromJson(q.value(19).toString());
    r.sample = q.value(20).toBool();
    const int tier = q.value(21).toInt();
    item.tier = isValidTier(tier) ? static_cast<Tier>(tier) : Tier::Async;
    item.tierReason = q.value(22).toString();
    item.dueMs = optionalMs(q.value(23));
    item.policy = q.value(24).toString();
    item.state = itemStateFromName(q.value(25).toString());
    item.snoozedUntilMs = optionalMs(q.value(26));
    item.doneMs = optionalMs(q.value(27));
    r.url = q.value(28).toString();
    r.activityMs = q.value(29).toLongLong();
    r.from.handle = q.value(30).toString();
    r.attributes = headersFromJson(q.value(31).toString());
    item.repliedMs = optionalMs(q.value(32));
    item.openedMs = optionalMs(q.value(33));
    item.conversationId = q.value(34).toLongLong();
    return item;
}

QString sourceSelectSql()
{
    return QStringLiteral("SELECT id, kind, name, location, settings, enabled, sample FROM sources");
}

SourceConfig sourceFromQuery(const QSqlQuery &q)
{
    SourceConfig c;
    c.id = q.value(0).toLongLong();
    c.kind = q.value(1).toString();
    c.name = q.value(2).toString();
    c.location = q.value(3).toString();
    c.settings = settingsFromJson(q.value(4).toString());
    c.enabled = q.value(5).toBool();
    c.sample = q.value(6).toBool();
    return c;
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalMs(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace fi::rows
