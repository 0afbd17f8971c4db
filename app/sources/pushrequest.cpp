#include "sources/pushrequest.h"

#include "sources/webhook/webhookkind.h"
#include "sources/webhook/webhookpayload.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"

#include <QCoreApplication>

namespace fi {

namespace {

constexpr std::pair<PushOutcome::Status, const char *> kStatusNames[] = {
    {PushOutcome::Status::BadRequest, "bad-request"},
    {PushOutcome::Status::NoSource, "no-source"},
    {PushOutcome::Status::StoreFailed, "store-failed"},
};

} // namespace

QJsonObject PushOutcome::toJson() const
{
    if (status == Status::Ok)
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("created"), created}, {QStringLiteral("source"), source}};
    QJsonObject o{{QStringLiteral("error"), error}};
    for (const auto &[s, name] : kStatusNames)
        if (s == status)
            o.insert(QStringLiteral("status"), QLatin1String(name));
    return o;
}

PushOutcome PushOutcome::fromJson(const QJsonObject &reply)
{
    PushOutcome outcome;
    const qint64 id = reply.value(QStringLiteral("id")).toInteger();
    if (id > 0 && !reply.contains(QStringLiteral("error"))) {
        outcome.id = id;
        outcome.created = reply.value(QStringLiteral("created")).toBool();
        outcome.source = reply.value(QStringLiteral("source")).toString();
        return outcome;
    }
    outcome.status = Status::StoreFailed;
    outcome.error = reply.value(QStringLiteral("error")).toString();
    const QString name = reply.value(QStringLiteral("status")).toString();
    for (const auto &[s, text] : kStatusNames)
        if (name == QLatin1String(text))
            outcome.status = s;
    if (outcome.error.isEmpty())
        outcome.error = QCoreApplication::translate("fi::PushRequest", "Focus Inbox gave no answer about the item.");
    return outcome;
}

void deliverPush(ItemStore &store, SyncManager &sync, const InstanceRequest &request, qint64 nowMs,
                 std::function<void(const PushOutcome &)> done)
{
    PushOutcome outcome;
    const std::optional<SourceConfig> target = webhook::pushTarget(store.sources(), request.pushSource, &outcome.error);
    if (!target) {
        outcome.status = PushOutcome::Status::NoSource;
        done(outcome);
        return;
    }
    const std::optional<ItemRecord> record = webhook::itemFromJson(request.pushItem, nowMs, &outcome.error);
    if (!record) {
        outcome.status = PushOutcome::Status::BadRequest;
        done(outcome);
        return;
    }
    SourceBatch batch;
    batch.upserts << *record;
    sync.deliver(target->id, batch, [done = std::move(done), name = target->name](const Delivered &delivered) {
        PushOutcome result;
        if (!delivered.ok || delivered.itemIds.isEmpty()) {
            result.status = PushOutcome::Status::StoreFailed;
            result.error = delivered.error;
        } else {
            result.id = delivered.itemIds.first();
            result.created = delivered.created.value(0);
            result.source = name;
        }
        done(result);
    });
}

} // namespace fi
