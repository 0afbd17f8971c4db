#include "triage/triageapply.h"

#include "storage/itemstore.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonArray>
#include <QSet>

namespace fi {

namespace {

const QString kManualReason = QStringLiteral("manual");  ///< As views/triage manualTierReason().

QJsonArray toArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (const qint64 id : ids)
        a.append(id);
    return a;
}

QList<qint64> fromArray(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &v : value.toArray())
        ids << v.toInteger();
    return ids;
}

/// What a triage action can change of an item.
bool sameTriage(const Item &a, const Item &b)
{
    return a.state == b.state && a.snoozedUntilMs == b.snoozedUntilMs && a.tier == b.tier
           && a.tierReason == b.tierReason && a.record.flags.seen == b.record.flags.seen;
}

TriageResult failed(TriageResult result, TriageResult::Status status, const QString &error)
{
    result.status = status;
    result.error = error;
    return result;
}

} // namespace

QJsonObject TriageResult::toJson() const
{
    if (status == Status::Ok)
        return QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("ids"), toArray(ids)},
                           {QStringLiteral("changed"), toArray(changed)}};
    QJsonObject o{{QStringLiteral("error"), error}};
    o.insert(QStringLiteral("status"), status == Status::UnknownIds   ? QStringLiteral("unknown-ids")
                                       : status == Status::StoreFailed ? QStringLiteral("store-failed")
                                                                       : QStringLiteral("bad-request"));
    if (status == Status::UnknownIds)
        o.insert(QStringLiteral("unknown"), toArray(unknown));
    return o;
}

TriageResult TriageResult::fromJson(const QJsonObject &reply)
{
    TriageResult r;
    r.ids = fromArray(reply.value(QStringLiteral("ids")));
    if (reply.value(QStringLiteral("ok")).toBool() && !reply.contains(QStringLiteral("error"))) {
        r.changed = fromArray(reply.value(QStringLiteral("changed")));
        return r;
    }
    const QString status = reply.value(QStringLiteral("status")).toString();
    r.status = status == QLatin1String("unknown-ids")    ? Status::UnknownIds
               : status == QLatin1String("store-failed") ? Status::StoreFailed
                                                         : Status::BadRequest;
    r.unknown = fromArray(reply.value(QStringLiteral("unknown")));
    r.error = reply.value(QStringLiteral("error")).toString();
    if (r.error.isEmpty())
        r.error = QCoreApplication::translate("fi::Triage", "the running Focus Inbox gave no answer to the request");
    return r;
}

TriageResult applyTriage(ItemStore &store, const InstanceRequest &request, qint64 nowMs)
{
    using Action = InstanceRequest::TriageAction;
    TriageResult result;
    QSet<qint64> seenIds;
    for (const qint64 id : request.ids)
        if (!seenIds.contains(id)) {
            seenIds.insert(id);
            result.ids << id;
        }
    if (request.command != InstanceRequest::Command::Triage || result.ids.isEmpty())
        return failed(result, TriageResult::Status::BadRequest,
                      QCoreApplication::translate("fi::Triage", "not a triage request with item ids"));
    if (request.triage == Action::Tier && !isValidTier(request.tier))
        return failed(result, TriageResult::Status::BadRequest,
                      QCoreApplication::translate("fi::Triage", "the tier must be 1, 2 or 3"));
    if (request.triage == Action::Snooze && request.untilMs <= nowMs)
        return failed(result, TriageResult::Status::BadRequest,
                      QCoreApplication::translate("fi::Triage", "the snooze time has passed already"));

    QList<Item> before;
    for (const qint64 id : std::as_const(result.ids)) {
        if (std::optional<Item> item = store.item(id))
            before << *item;
        else
            result.unknown << id;
    }
    if (!result.unknown.isEmpty()) {
        QStringList names;
        for (const qint64 id : std::as_const(result.unknown))
            names << QString::number(id);
        return failed(result, TriageResult::Status::UnknownIds,
                      QCoreApplication::translate("fi::Triage", "no such item: %1 (nothing was changed)").arg(names.join(QStringLiteral(", "))));
    }

    QList<QFuture<bool>> writes;
    switch (request.triage) {
    case Action::Done:
        writes << store.setState(result.ids, ItemState::Done, std::nullopt, nowMs);
        break;
    case Action::Reopen:
        writes << store.setState(result.ids, ItemState::Open, std::nullopt, nowMs);
        break;
    case Action::Snooze:
        writes << store.setState(result.ids, ItemState::Snoozed, request.untilMs, nowMs);
        break;
    case Action::Seen:
    case Action::Unseen:
        writes << store.setSeen(result.ids, request.triage == Action::Seen);
        break;
    case Action::Tier:
        // As the window's SetTierCommand: pinned by hand, each item keeps its due and policy.
        for (const Item &item : std::as_const(before))
            if (item.tier != Tier(request.tier) || item.tierReason != kManualReason)
                writes << store.setTier({item.id}, Tier(request.tier), kManualReason, item.dueMs, item.policy, nowMs);
        break;
    }
    bool ok = true;
    for (QFuture<bool> &write : writes)
        ok = write.result() && ok;  // wait for every one (they commit in order on the writer)
    if (!ok)
        return failed(result, TriageResult::Status::StoreFailed,
                      QCoreApplication::translate("fi::Triage", "the database refused the change (see the log)"));
    for (const Item &old : std::as_const(before)) {
        const std::optional<Item> now = store.item(old.id);
        if (!now || !sameTriage(old, *now))
            result.changed << old.id;
    }
    return result;
}

} // namespace fi
