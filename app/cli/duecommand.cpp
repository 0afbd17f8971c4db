/// @file duecommand.cpp
/// @brief `focusinbox due --received ISO --tier N [--policy NAME]`: the deadline an item would
/// get under the current configuration (policies, working hours, time zone, holidays).

#include "cli/clicontext.h"

#include "deadlines/deadlinecalculator.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fi::cli {

namespace {


/// ISO 8601 date-time; without an offset it is read in the configured working-hours zone.
std::optional<qint64> parseReceived(const QString &text, const QTimeZone &zone)
{
    QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), zone);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

} // namespace

int dueCommand(Context &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    if (!p.isSet(QStringLiteral("received")) || !p.isSet(QStringLiteral("tier"))) {
        ctx.err << QCoreApplication::translate("fi::cli", "due needs --received <ISO 8601 time> and --tier <1|2|3>") << Qt::endl;
        return UsageError;
    }
    const QString receivedText = p.value(QStringLiteral("received"));
    const auto received = parseReceived(receivedText, ctx.config.workingHours.timeZone());
    if (!received) {
        ctx.err << QCoreApplication::translate("fi::cli", "--received: \"%1\" is not an ISO 8601 date-time (e.g. 2026-03-27T16:30:00Z)")
                       .arg(receivedText)
                << Qt::endl;
        return UsageError;
    }
    bool ok = false;
    const int tier = p.value(QStringLiteral("tier")).toInt(&ok);
    if (!ok || !isValidTier(tier)) {
        ctx.err << QCoreApplication::translate("fi::cli", "--tier must be 1, 2 or 3") << Qt::endl;
        return UsageError;
    }
    ResponsePolicy policy = ctx.config.policies.forTier(Tier(tier));
    if (p.isSet(QStringLiteral("policy"))) {
        const QString name = p.value(QStringLiteral("policy"));
        const auto named = ctx.config.policies.named(name);
        if (!named) {
            QStringList known;
            for (const ResponsePolicy &pol : ctx.config.policies.policies())
                known << pol.name;
            ctx.err << QCoreApplication::translate("fi::cli", "--policy: unknown policy \"%1\" (known: %2)").arg(name, known.join(QStringLiteral(", ")))
                    << Qt::endl;
            return UsageError;
        }
        policy = *named;
    }
    const DeadlineCalculator calculator(ctx.config.workingHours);
    const std::optional<qint64> due = calculator.due(*received, policy);
    // Machine-readable: ISO 8601 UTC or "none" (not translated).
    ctx.out << (due ? QDateTime::fromMSecsSinceEpoch(*due, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("none"))
            << Qt::endl;
    return Ok;
}

} // namespace fi::cli
