/// @file statscommand.cpp
/// @brief `focusinbox stats [--json] [--since DATE] [--until DATE] [--tier N] [--source NAME]
/// [--kind KIND]`: the Insights figures (issue 15) for scripts, as one JSON object, or a short
/// summary for people.

#include "cli/clicontext.h"

#include "insights/insightsexport.h"
#include "insights/insightsquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace fi::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("fi::cli", text); }

/// A date (YYYY-MM-DD: local midnight in @p zone, or the following midnight when @p endOfDay) or an
/// ISO 8601 date-time (without an offset: in @p zone).
std::optional<qint64> parseBound(const QString &text, const QTimeZone &zone, bool endOfDay)
{
    const QString t = text.trimmed();
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid() && t.size() == 10)
        return (endOfDay ? date.addDays(1) : date).startOfDay(zone).toMSecsSinceEpoch();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), zone);
    return dt.isValid() ? std::optional<qint64>(dt.toMSecsSinceEpoch()) : std::nullopt;
}

QString hours(const std::optional<qint64> &ms)
{
    return ms ? QString::number(double(*ms) / 3600000.0, 'f', 1) : QStringLiteral("–");
}

} // namespace

int statsCommand(Context &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    const QTimeZone zone = ctx.config.workingHours.timeZone();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    InsightsRequest request;
    request.nowMs = nowMs;
    std::tie(request.sinceMs, request.untilMs) = insightsPeriodRange(InsightsPeriod::Last30Days, nowMs, zone);
    if (p.isSet(QStringLiteral("until"))) {
        const auto until = parseBound(p.value(QStringLiteral("until")), zone, true);
        if (!until) {
            ctx.err << tr("--until: \"%1\" is not a date (2026-11-30) or an ISO 8601 date-time")
                           .arg(p.value(QStringLiteral("until")))
                    << Qt::endl;
            return UsageError;
        }
        request.untilMs = *until;
        if (!p.isSet(QStringLiteral("since")))  // 30 days before the end
            request.sinceMs = QDateTime::fromMSecsSinceEpoch(*until, zone).addDays(-30).toMSecsSinceEpoch();
    }
    if (p.isSet(QStringLiteral("since"))) {
        const auto since = parseBound(p.value(QStringLiteral("since")), zone, false);
        if (!since) {
            ctx.err << tr("--since: \"%1\" is not a date (2026-11-01) or an ISO 8601 date-time")
                           .arg(p.value(QStringLiteral("since")))
                    << Qt::endl;
            return UsageError;
        }
        request.sinceMs = *since;
    }
    if (request.untilMs <= request.sinceMs) {
        ctx.err << tr("stats: the period is empty (--until must come after --since)") << Qt::endl;
        return UsageError;
    }
    if (p.isSet(QStringLiteral("tier"))) {
        bool ok = false;
        const int tier = p.value(QStringLiteral("tier")).toInt(&ok);
        if (!ok || !isValidTier(tier)) {
            ctx.err << tr("--tier must be 1, 2 or 3") << Qt::endl;
            return UsageError;
        }
        request.filter.tier = Tier(tier);
    }
    if (p.isSet(QStringLiteral("source"))) {
        const QString name = p.value(QStringLiteral("source"));
        for (const SourceConfig &source : ctx.store->sources()) {
            if (source.name == name)
                request.filter.sourceId = source.id;
        }
        if (!request.filter.sourceId) {
            ctx.err << tr("--source: no source is called \"%1\"").arg(name) << Qt::endl;
            return UsageError;
        }
    }
    if (p.isSet(QStringLiteral("kind")))
        request.filter.kind = p.value(QStringLiteral("kind"));

    const InsightsQuery query(ctx.config.workingHours, ctx.config.policies);
    QString error;
    const std::optional<InsightsReport> report = query.run(*ctx.store, request, &error);
    if (!report) {
        ctx.err << tr("stats: cannot read the database: %1").arg(error) << Qt::endl;
        return StorageError;
    }
    if (p.isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(insightsJson(*report)).toJson(QJsonDocument::Compact) << '\n';
        ctx.out.flush();
        return Ok;
    }
    const auto local = [&](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate); };
    ctx.out << tr("Period: %1 – %2 (%3)").arg(local(report->sinceMs), local(report->untilMs), report->zoneId) << '\n';
    for (Tier t : {Tier::Now, Tier::Async, Tier::Reference}) {
        const ResponseFigures &f = report->tier(t);
        ctx.out << tr("%1: %2 received, %3 responded, median %4 h, 90th percentile %5 h, %6 met, %7 missed")
                       .arg(tierDisplayName(t))
                       .arg(f.received)
                       .arg(f.responded)
                       .arg(hours(f.medianResponseMs), hours(f.p90ResponseMs))
                       .arg(f.met)
                       .arg(f.missed)
                << '\n';
    }
    const FocusFigures &f = report->focus;
    ctx.out << tr("Focus: %1 h kept of %2 h scheduled in %3 sessions, %4 held, %5 breakthroughs")
                   .arg(hours(f.keptMs), hours(f.scheduledMs))
                   .arg(f.sessions)
                   .arg(f.held)
                   .arg(f.breakthroughs)
            << '\n';
    ctx.out.flush();
    return Ok;
}

} // namespace fi::cli
