// `focusinbox push --title T [--body B|-] [--url U] [--sender S] [--tier 1|2|3] [--due ISO]
// [--remote-id ID] [--source NAME] [--json]`: one item for a webhook source, from the shell.
// Through the running instance when there is one (it notifies and breaks through focus like a
// POST /items), else straight to the store while holding the instance lock.
#include "cli/clicontext.h"
#include "cli/instanceroute.h"

#include "sources/pushrequest.h"
#include "sources/webhook/webhookpayload.h"
#include "sync/syncmanager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>

namespace fi::cli {

namespace {

/// Longest --body: the request line to a running instance is bounded (kMaxInstanceLineBytes);
/// larger bodies go through POST /items (1 MB).
constexpr qsizetype kMaxCliBodyChars = 16000;

QString tr(const char *text) { return QCoreApplication::translate("fi::cli", text); }

/// ISO 8601 date-time; without an offset it is read in @p zone. As UTC ISO text ("…Z").
std::optional<QString> dueText(const QString &text, const QTimeZone &zone)
{
    QDateTime when = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!when.isValid())
        return std::nullopt;
    if (when.timeSpec() == Qt::LocalTime)
        when = QDateTime(when.date(), when.time(), zone.isValid() ? zone : QTimeZone::systemTimeZone());
    if (!when.isValid())
        return std::nullopt;
    return when.toUTC().toString(Qt::ISODateWithMs);
}

/// The payload from the options, or nullopt after printing why not.
std::optional<QJsonObject> payloadFromOptions(Context &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    QJsonObject item;
    if (!p.isSet(QStringLiteral("title"))) {
        ctx.err << tr("usage: push --title T [--body B|-] [--url U] [--sender S] [--tier 1|2|3] [--due ISO] "
                      "[--remote-id ID] [--source NAME] [--json]")
                << Qt::endl;
        return std::nullopt;
    }
    item.insert(QStringLiteral("title"), p.value(QStringLiteral("title")));
    if (p.isSet(QStringLiteral("body"))) {
        QString body = p.value(QStringLiteral("body"));
        if (body == QLatin1String("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                ctx.err << tr("push: cannot read the body from standard input") << Qt::endl;
                return std::nullopt;
            }
            body = QString::fromUtf8(in.read(kMaxCliBodyChars * 4 + 1));
        }
        if (body.size() > kMaxCliBodyChars) {
            ctx.err << tr("push: --body is longer than %1 characters; send larger bodies with POST /items").arg(kMaxCliBodyChars)
                    << Qt::endl;
            return std::nullopt;
        }
        item.insert(QStringLiteral("body"), body);
    }
    for (const char *name : {"url", "sender"})
        if (p.isSet(QLatin1String(name)))
            item.insert(QLatin1String(name), p.value(QLatin1String(name)));
    if (p.isSet(QStringLiteral("tier"))) {
        bool ok = false;
        const int tier = p.value(QStringLiteral("tier")).toInt(&ok);
        if (!ok || tier < 1 || tier > 3) {
            ctx.err << tr("push: --tier must be 1 (Reference), 2 (Async) or 3 (Now)") << Qt::endl;
            return std::nullopt;
        }
        item.insert(QStringLiteral("tier"), tier);
    }
    if (p.isSet(QStringLiteral("due"))) {
        const std::optional<QString> due = dueText(p.value(QStringLiteral("due")), ctx.config.workingHours.timeZone());
        if (!due) {
            ctx.err << tr("push: --due must be an ISO 8601 date-time, e.g. 2026-12-05T17:00 (read in your working-hours "
                          "time zone) or 2026-12-05T17:00:00Z")
                    << Qt::endl;
            return std::nullopt;
        }
        item.insert(QStringLiteral("due"), *due);
    }
    // An id of our own makes a retry after a lost answer update the item instead of adding it twice.
    item.insert(QStringLiteral("remote_id"), p.isSet(QStringLiteral("remote-id"))
                                                 ? p.value(QStringLiteral("remote-id"))
                                                 : QStringLiteral("push-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    // Check it here too, so a mistake is a usage error even before the app is asked.
    QString error;
    if (!webhook::itemFromJson(item, QDateTime::currentMSecsSinceEpoch(), &error)) {
        ctx.err << tr("push: %1").arg(error) << Qt::endl;
        return std::nullopt;
    }
    return item;
}

} // namespace

int pushCommand(Context &ctx)
{
    if (!ctx.args.isEmpty()) {
        ctx.err << tr("push: unexpected argument \"%1\" (give the title with --title)").arg(ctx.args.first()) << Qt::endl;
        return UsageError;
    }
    const std::optional<QJsonObject> item = payloadFromOptions(ctx);
    if (!item)
        return UsageError;
    InstanceRequest request;
    request.command = InstanceRequest::Command::Push;
    request.pushSource = ctx.parser->value(QStringLiteral("source"));
    request.pushItem = *item;

    PushOutcome outcome;
    int exitCode = Ok;
    const Route route = routeToInstanceOrStore(
        ctx, request, [&](const QJsonObject &reply) { outcome = PushOutcome::fromJson(reply); },
        [&] {
            // No instance: tier and store it here, exactly as the app would (no notification).
            SyncManager sync(ctx.store.get(), ctx.config, ctx.paths.logDir());
            QEventLoop loop;
            bool finished = false;
            deliverPush(*ctx.store, sync, request, QDateTime::currentMSecsSinceEpoch(), [&](const PushOutcome &result) {
                outcome = result;
                finished = true;
                loop.quit();
            });
            if (!finished)
                loop.exec();
        },
        &exitCode);
    if (route == Route::Failed)
        return exitCode;
    switch (outcome.status) {
    case PushOutcome::Status::Ok:
        break;
    case PushOutcome::Status::BadRequest:
    case PushOutcome::Status::NoSource:
        ctx.err << tr("push: %1").arg(outcome.error) << Qt::endl;
        return UsageError;
    case PushOutcome::Status::StoreFailed:
        ctx.err << tr("push: %1").arg(outcome.error) << Qt::endl;
        return StorageError;
    }
    if (ctx.parser->isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(outcome.toJson()).toJson(QJsonDocument::Compact) << '\n';
        ctx.out.flush();
    } else {
        ctx.out << (outcome.created ? tr("Pushed item %1 to %2").arg(outcome.id).arg(outcome.source)
                                    : tr("Updated item %1 in %2").arg(outcome.id).arg(outcome.source))
                << Qt::endl;
    }
    return Ok;
}

} // namespace fi::cli
