// `focusinbox focus start [--minutes N] | stop | extend N | status [--json]`: talks to the running
// instance; without one, applies the change to <data>/focus-state.json, which the app honours
// when it starts (and records a session ended here in focus_sessions).
#include "cli/clicontext.h"

#include "focus/focussessionlog.h"
#include "focus/focusstate.h"
#include "focus/focusstatefile.h"
#include "focus/instancechannel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace fi::cli {

namespace {


/// Apply @p action to the persisted state (no instance running). @return the status object.
QJsonObject applyOffline(Context &ctx, const QString &action, int minutes)
{
    const QString path = FocusStateFile::pathIn(ctx.paths.dataDir());
    FocusStateFile file = FocusStateFile::load(path);
    if (!file.problem.isEmpty())
        ctx.err << file.problem << Qt::endl;  // a corrupt file was kept aside, not silently replaced
    FocusStateMachine machine(ctx.config.focus.schedule);
    machine.restore(file.machine);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<FocusEvent> events;
    if (action == QLatin1String("start"))
        events = machine.startManual(now, now + qint64(minutes) * 60 * 1000);
    else if (action == QLatin1String("stop"))
        events = machine.stop(now);
    else if (action == QLatin1String("extend"))
        events = machine.extend(now, qint64(minutes) * 60 * 1000);
    else
        events = machine.update(now);
    QJsonObject pending = file.machine.value(QStringLiteral("pendingDigest")).toObject();
    FocusSessionLog log(ctx.store.get());
    for (const FocusEvent &e : std::as_const(events)) {
        if (e.kind != FocusEvent::Ended)
            continue;
        log.record({e.session.startMs, e.atMs, e.session.plannedEndMs, e.session.origin, int(e.session.heldIds.size()),
                    e.session.breakthroughs});
        pending = QJsonObject{{QStringLiteral("session"), e.session.toJson()}, {QStringLiteral("endMs"), e.atMs}};
    }
    ctx.store->flush();
    file.machine = machine.toJson();
    if (!pending.isEmpty())
        file.machine.insert(QStringLiteral("pendingDigest"), pending);  // delivered by the app at start
    file.save(path);
    QJsonObject status{{QStringLiteral("instance"), false}, {QStringLiteral("focusing"), machine.isFocusing()}};
    if (const auto &s = machine.session()) {
        status.insert(QStringLiteral("startMs"), s->startMs);
        status.insert(QStringLiteral("plannedEndMs"), s->plannedEndMs);
        status.insert(QStringLiteral("remainingMinutes"), int((machine.remainingMs(now) + 59999) / 60000));
        status.insert(QStringLiteral("held"), int(s->heldIds.size()));
    }
    return status;
}

} // namespace

int focusCommand(Context &ctx)
{
    const QString action = ctx.args.value(0);
    static const QStringList actions{QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("extend"),
                                     QStringLiteral("status")};
    if (!actions.contains(action)) {
        ctx.err << QCoreApplication::translate("fi::cli", "usage: focus start [--minutes N] | stop | extend N | status [--json]") << Qt::endl;
        return UsageError;
    }
    int minutes = 0;
    bool ok = true;
    if (action == QLatin1String("start"))
        minutes = ctx.parser->isSet(QStringLiteral("minutes")) ? ctx.parser->value(QStringLiteral("minutes")).toInt(&ok)
                                                               : ctx.config.focus.defaultSessionMinutes;  // Preferences ▸ Focus
    else if (action == QLatin1String("extend"))
        minutes = ctx.args.size() > 1 ? ctx.args.at(1).toInt(&ok) : 15;
    if (!ok || minutes < 0 || minutes > 24 * 60) {
        ctx.err << QCoreApplication::translate("fi::cli", "minutes must be a number from 1 to 1440") << Qt::endl;
        return UsageError;
    }
    InstanceRequest request;
    request.command = InstanceRequest::Command::Focus;
    request.action = action == QLatin1String("start")    ? InstanceRequest::FocusAction::Start
                     : action == QLatin1String("stop")   ? InstanceRequest::FocusAction::Stop
                     : action == QLatin1String("extend") ? InstanceRequest::FocusAction::Extend
                                                         : InstanceRequest::FocusAction::Status;
    request.minutes = minutes;
    QJsonObject status;
    if (const auto reply = sendToInstance(ctx.paths.dataDir(), request)) {
        status = *reply;
    } else {
        // No instance answered. Hold the instance lock while writing focus-state.json, so no app
        // starts (and writes the same file) in between: one writer at a time.
        std::unique_ptr<InstanceLock> lock;
        QString lockError;
        switch (InstanceLock::tryAcquire(ctx.paths.dataDir(), &lock, &lockError)) {
        case InstanceLock::Result::Acquired:
            status = applyOffline(ctx, action, minutes);
            break;
        case InstanceLock::Result::HeldByOther:
            ctx.err << QCoreApplication::translate("fi::cli", "Focus Inbox is running for this data directory but did not "
                                                              "answer (still starting?); try again.")
                    << Qt::endl;
            return SourceFailed;
        case InstanceLock::Result::Failed:
            ctx.err << lockError << Qt::endl;
            return StorageError;
        }
    }
    if (status.contains(QStringLiteral("error"))) {
        ctx.err << status.value(QStringLiteral("error")).toString() << Qt::endl;
        return UsageError;
    }
    if (ctx.parser->isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(status).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    if (status.value(QStringLiteral("focusing")).toBool()) {
        const QDateTime end =
            QDateTime::fromMSecsSinceEpoch(status.value(QStringLiteral("plannedEndMs")).toInteger()).toLocalTime();
        ctx.out << QCoreApplication::translate("fi::cli", "Focusing until %1 (%2 min left).")
                       .arg(end.toString(QStringLiteral("HH:mm")))
                       .arg(status.value(QStringLiteral("remainingMinutes")).toInt())
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("fi::cli", "Not focusing.") << Qt::endl;
    }
    if (!status.value(QStringLiteral("instance")).toBool())
        ctx.out << QCoreApplication::translate("fi::cli", "(Focus Inbox is not running; it will honour this when it starts.)") << Qt::endl;
    return Ok;
}

} // namespace fi::cli
