// `focusinbox done|reopen|seen|unseen ID...`, `focusinbox tier ID... 1|2|3` and
// `focusinbox snooze ID... --until ISO|PHRASE`: triage from the shell. Through the running
// instance when there is one (its views follow at once), else straight to the store while
// holding the instance lock; either way the same writes as the window's triage, journaled for
// the items' sources (models/triage/triageapply.h).
#include "cli/clicontext.h"
#include "cli/instanceroute.h"
#include "cli/itemjson.h"

#include "focus/focusstate.h"
#include "focus/focusstatefile.h"
#include "focus/instancechannel.h"
#include "snooze/snoozephrase.h"
#include "triage/triageapply.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace fi::cli {

namespace {

/// Item ids from @p words ("12", "12,13"; a conversation "c7" gives all of its items, issue 18);
/// nullopt with *error on anything else (*unknown set when a conversation has no items).
std::optional<QList<qint64>> parseIds(const ItemStore &store, const QStringList &words, QString *error,
                                      bool *unknown)
{
    QList<qint64> ids;
    for (const QString &word : words) {
        for (const QString &part : word.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const std::optional<qint64> conversation = conversationFromKey(part)) {
                QList<qint64> members;
                for (const Item &item : store.conversationItems({*conversation}))
                    members << item.id;
                std::sort(members.begin(), members.end());
                if (members.isEmpty()) {
                    *error = QCoreApplication::translate("fi::cli", "no conversation with the id %1").arg(part.trimmed());
                    *unknown = true;
                    return std::nullopt;
                }
                ids << members;
                continue;
            }
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

/// When the running focus session ends (UTC ms): asked of the running instance, else read from
/// the state the app will resume (focus-state.json). nullopt when no session runs.
std::optional<qint64> focusEndMs(const Context &ctx, qint64 nowMs)
{
    InstanceRequest status;
    status.command = InstanceRequest::Command::Focus;
    status.action = InstanceRequest::FocusAction::Status;
    QJsonObject state;
    if (const auto reply = sendToInstance(ctx.paths.dataDir(), status)) {
        state = *reply;
    } else {
        const QString path = FocusStateFile::pathIn(ctx.paths.dataDir());
        if (!QFileInfo::exists(path))
            return std::nullopt;
        FocusStateMachine machine(ctx.config.focus.schedule);
        machine.restore(FocusStateFile::load(path).machine);
        if (machine.isFocusing() && machine.session())
            state = QJsonObject{{QStringLiteral("focusing"), true},
                                {QStringLiteral("plannedEndMs"), machine.session()->plannedEndMs}};
    }
    const qint64 end = state.value(QStringLiteral("plannedEndMs")).toInteger();
    if (!state.value(QStringLiteral("focusing")).toBool() || end <= nowMs)
        return std::nullopt;
    return end;
}

/// The wake time of `snooze --until TEXT`, after @p nowMs: an ISO 8601 date-time, else a phrase
/// in en, es or pt_BR (models/snooze/snoozephrase.h: "tomorrow 09:00", "tue 14:30", "in 3h",
/// "after this focus session") read in the configured zone and working hours.
/// nullopt with *error otherwise.
std::optional<qint64> parseUntil(const Context &ctx, const QString &text, qint64 nowMs, QString *error)
{
    if (const std::optional<qint64> until = parseIsoTime(text, ctx.config.workingHours.timeZone())) {
        if (*until <= nowMs) {
            *error = QCoreApplication::translate("fi::cli", "--until: %1 has passed already").arg(text);
            return std::nullopt;
        }
        return until;
    }
    SnoozeContext context;
    context.nowMs = nowMs;
    context.zone = ctx.config.workingHours.timeZone();
    context.hours = ctx.config.workingHours;
    context.focusEndMs = focusEndMs(ctx, nowMs);
    const SnoozeParse parsed = parseSnoozePhrase(text, context);
    if (!parsed.untilMs) {
        *error = QCoreApplication::translate("fi::cli", "--until: \"%1\": %2 (or give an ISO 8601 date-time, e.g. "
                                                        "2026-12-05T09:00)")
                     .arg(text, parsed.error);
        return std::nullopt;
    }
    if (*parsed.untilMs <= nowMs) {
        *error = QCoreApplication::translate("fi::cli", "--until: %1 has passed already").arg(text);
        return std::nullopt;
    }
    return parsed.untilMs;
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
        // The tier comes last ("tier 12 17 3"), or as --tier N ("tier 12 17 --tier 3").
        bool ok = false;
        if (ctx.parser->isSet(QStringLiteral("tier")))
            request.tier = ctx.parser->value(QStringLiteral("tier")).toInt(&ok);
        else
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
    bool unknown = false;
    const auto ids = parseIds(*ctx.store, words, &error, &unknown);
    if (!ids) {
        ctx.err << QCoreApplication::translate("fi::cli", "%1: %2").arg(command, error) << Qt::endl;
        return unknown ? NotFound : UsageError;
    }
    request.ids = *ids;

    TriageResult result;
    int exitCode = Ok;
    // Every triage action is idempotent: sending it again after a lost answer does no harm.
    const Route route = routeToInstanceOrStore(
        ctx, request, [&](const QJsonObject &reply) { result = TriageResult::fromJson(reply); },
        [&] { result = applyTriage(*ctx.store, request, QDateTime::currentMSecsSinceEpoch()); }, &exitCode);
    if (route == Route::Failed)
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
