// `focusinbox done|reopen|seen|unseen ID...`, `focusinbox tier ID... 1|2|3` and
// `focusinbox snooze ID... --until ISO|PHRASE`: triage from the shell. Through the running
// instance when there is one (its views follow at once), else straight to the store while
// holding the instance lock; either way the same writes as the window's triage, journaled for
// the items' sources (models/triage/triageapply.h).
#include "cli/clicontext.h"
#include "cli/itemjson.h"

#include "focus/instancechannel.h"
#include "triage/triageapply.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QThread>

namespace fi::cli {

namespace {

/// How long to wait for an instance that holds the lock but does not answer yet (it may be starting).
constexpr int kInstanceWaitMs = 30000;

/// Item ids from @p words ("12", "12,13"); nullopt with *error on anything else.
std::optional<QList<qint64>> parseIds(const QStringList &words, QString *error)
{
    QList<qint64> ids;
    for (const QString &word : words) {
        for (const QString &part : word.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id < 1 || id > kMaxInstanceInteger) {
                *error = QCoreApplication::translate("fi::cli", "\"%1\" is not an item id (the \"id\" of list --json)").arg(part);
                return std::nullopt;
            }
            ids << id;
        }
    }
    if (ids.isEmpty()) {
        *error = QCoreApplication::translate("fi::cli", "no item id given");
        return std::nullopt;
    }
    if (ids.size() > kMaxInstanceTriageIds) {
        *error = QCoreApplication::translate("fi::cli", "at most %1 item ids at a time").arg(kMaxInstanceTriageIds);
        return std::nullopt;
    }
    return ids;
}

/// ISO 8601 date-time; without an offset it is read in the configured zone.
std::optional<qint64> parseIsoTime(const QString &text, const QTimeZone &zone)
{
    QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), zone.isValid() ? zone : QTimeZone::systemTimeZone());
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

/// The wake time of `snooze --until TEXT`, after @p nowMs; nullopt with *error otherwise.
std::optional<qint64> parseUntil(const Context &ctx, const QString &text, qint64 nowMs, QString *error)
{
    const std::optional<qint64> until = parseIsoTime(text, ctx.config.workingHours.timeZone());
    if (!until) {
        *error = QCoreApplication::translate("fi::cli", "--until: \"%1\" is not an ISO 8601 date-time (e.g. 2026-12-05T09:00)").arg(text);
        return std::nullopt;
    }
    if (*until <= nowMs) {
        *error = QCoreApplication::translate("fi::cli", "--until: %1 has passed already").arg(text);
        return std::nullopt;
    }
    return until;
}

enum class Route { Instance, Store, Failed };

/// Send @p request to the running instance, or — when none runs — apply it to the store while
/// holding the instance lock (so no instance starts in between). Waits up to kInstanceWaitMs
/// for an instance that is still starting. Sets *exitCode when it fails.
Route deliver(Context &ctx, const InstanceRequest &request, TriageResult *result, int *exitCode)
{
    const QDeadlineTimer deadline(kInstanceWaitMs);
    for (;;) {
        if (const auto reply = sendToInstance(ctx.paths.dataDir(), request,
                                              int(std::max<qint64>(1, deadline.remainingTime())))) {
            *result = TriageResult::fromJson(*reply);
            return Route::Instance;
        }
        std::unique_ptr<InstanceLock> lock;
        QString lockError;
        switch (InstanceLock::tryAcquire(ctx.paths.dataDir(), &lock, &lockError)) {
        case InstanceLock::Result::Acquired:
            *result = applyTriage(*ctx.store, request, QDateTime::currentMSecsSinceEpoch());
            return Route::Store;
        case InstanceLock::Result::HeldByOther:
            break;  // starting, or another command holds it for a moment
        case InstanceLock::Result::Failed:
            ctx.err << lockError << Qt::endl;
            *exitCode = StorageError;
            return Route::Failed;
        }
        if (deadline.hasExpired()) {
            ctx.err << QCoreApplication::translate("fi::cli", "Focus Inbox is running for this data directory but did not answer; nothing was changed. "
                          "Try again.")
                    << Qt::endl;
            *exitCode = SourceFailed;
            return Route::Failed;
        }
        QThread::msleep(100);
    }
}

/// "Marked done: 12, 17" and the like (ids listed: no plural forms needed).
QString summary(InstanceRequest::TriageAction action, int tier, qint64 untilMs)
{
    using A = InstanceRequest::TriageAction;
    switch (action) {
    case A::Done:
        return QCoreApplication::translate("fi::cli", "Marked done: %1");
    case A::Reopen:
        return QCoreApplication::translate("fi::cli", "Reopened: %1");
    case A::Seen:
        return QCoreApplication::translate("fi::cli", "Marked read: %1");
    case A::Unseen:
        return QCoreApplication::translate("fi::cli", "Marked unread: %1");
    case A::Tier:
        return QCoreApplication::translate("fi::cli", "Moved to %1: %2").arg(tierDisplayName(Tier(tier)), QStringLiteral("%1"));
    case A::Snooze:
        return QCoreApplication::translate("fi::cli", "Snoozed until %1: %2")
            .arg(QDateTime::fromMSecsSinceEpoch(untilMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 QStringLiteral("%1"));
    }
    return {};
}

QString idList(const QList<qint64> &ids)
{
    QStringList words;
    for (const qint64 id : ids)
        words << QString::number(id);
    return words.join(QStringLiteral(", "));
}

} // namespace

bool isTriageCommand(const QString &word)
{
    return triageActionFromName(word).has_value();
}

int triageCommand(Context &ctx, const QString &command)
{
    using A = InstanceRequest::TriageAction;
    InstanceRequest request;
    request.command = InstanceRequest::Command::Triage;
    request.triage = *triageActionFromName(command);
    QStringList words = ctx.args;
    QString error;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const bool hasUntil = ctx.parser->isSet(QStringLiteral("until"));
    if (request.triage == A::Tier) {
        bool ok = false;
        request.tier = words.isEmpty() ? 0 : words.takeLast().toInt(&ok);
        if (!ok || !isValidTier(request.tier)) {
            ctx.err << QCoreApplication::translate("fi::cli", "usage: tier ID... 1|2|3 (the tier comes last: 1 Reference, 2 Async, 3 Now)") << Qt::endl;
            return UsageError;
        }
    }
    if (request.triage == A::Snooze) {
        if (!hasUntil) {
            ctx.err << QCoreApplication::translate("fi::cli", "usage: snooze ID... --until ISO|PHRASE") << Qt::endl;
            return UsageError;
        }
        const auto until = parseUntil(ctx, ctx.parser->value(QStringLiteral("until")), nowMs, &error);
        if (!until) {
            ctx.err << error << Qt::endl;
            return UsageError;
        }
        request.untilMs = *until;
    } else if (hasUntil) {
        ctx.err << QCoreApplication::translate("fi::cli", "--until belongs to snooze, not to %1").arg(command) << Qt::endl;
        return UsageError;
    }
    const auto ids = parseIds(words, &error);
    if (!ids) {
        ctx.err << QCoreApplication::translate("fi::cli", "%1: %2").arg(command, error) << Qt::endl;
        return UsageError;
    }
    request.ids = *ids;

    TriageResult result;
    int exitCode = Ok;
    if (deliver(ctx, request, &result, &exitCode) == Route::Failed)
        return exitCode;
    switch (result.status) {
    case TriageResult::Status::Ok:
        break;
    case TriageResult::Status::UnknownIds:
        ctx.err << QCoreApplication::translate("fi::cli", "%1: %2").arg(command, result.error) << Qt::endl;
        return NotFound;
    case TriageResult::Status::BadRequest:
        ctx.err << QCoreApplication::translate("fi::cli", "%1: %2").arg(command, result.error) << Qt::endl;
        return UsageError;
    case TriageResult::Status::StoreFailed:
        ctx.err << QCoreApplication::translate("fi::cli", "%1: %2").arg(command, result.error) << Qt::endl;
        return StorageError;
    }

    if (ctx.parser->isSet(QStringLiteral("json"))) {
        // The items as they are now (the instance committed before it answered), one per line.
        const QHash<qint64, QString> kindOf = sourceKinds(*ctx.store);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const qint64 id : std::as_const(result.ids)) {
            const std::optional<Item> item = ctx.store->item(id);
            if (!item)
                continue;  // removed since (a source was deleted meanwhile)
            QJsonObject o = itemToJson(*item, now, kindOf);
            o.insert(QStringLiteral("changed"), result.changed.contains(id));
            ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        }
        ctx.out.flush();
        return Ok;
    }
    ctx.out << summary(request.triage, request.tier, request.untilMs).arg(idList(result.ids));
    QList<qint64> unchanged;
    for (const qint64 id : std::as_const(result.ids))
        if (!result.changed.contains(id))
            unchanged << id;
    if (!unchanged.isEmpty())
        ctx.out << ' ' << QCoreApplication::translate("fi::cli", "(already so: %1)").arg(idList(unchanged));
    ctx.out << Qt::endl;
    return Ok;
}

} // namespace fi::cli
