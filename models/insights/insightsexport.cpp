#include "insights/insightsexport.h"

#include <QDateTime>
#include <QJsonArray>

namespace fi {

namespace {

QString isoUtcSeconds(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);  // "…Z"
}

QJsonValue seconds(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(double(*ms / 1000)) : QJsonValue(QJsonValue::Null);
}

QJsonObject responseJson(const ResponseFigures &f)
{
    return QJsonObject{{QStringLiteral("received"), f.received},
                       {QStringLiteral("responded"), f.responded},
                       {QStringLiteral("median_response_s"), seconds(f.medianResponseMs)},
                       {QStringLiteral("p90_response_s"), seconds(f.p90ResponseMs)},
                       {QStringLiteral("met"), f.met},
                       {QStringLiteral("missed"), f.missed},
                       {QStringLiteral("clock"), insightsClockName(f.clock)}};
}

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading
/// = + - @ (or tab / CR) gets a ' so that a spreadsheet shows it as text instead of running it.
QByteArray csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

struct CsvWriter {
    QByteArray out;
    void row(const QString &section, const QString &group, const QString &key, const QString &value)
    {
        out += csvField(section) + ',' + csvField(group) + ',' + csvField(key) + ',' + csvField(value) + "\r\n";
    }
    void row(const QString &section, const QString &group, const QString &key, qint64 value)
    {
        row(section, group, key, QString::number(value));
    }
    void response(const QString &section, const QString &group, const ResponseFigures &f)
    {
        row(section, group, QStringLiteral("received"), f.received);
        row(section, group, QStringLiteral("responded"), f.responded);
        row(section, group, QStringLiteral("median_response_s"),
            f.medianResponseMs ? QString::number(*f.medianResponseMs / 1000) : QString());
        row(section, group, QStringLiteral("p90_response_s"),
            f.p90ResponseMs ? QString::number(*f.p90ResponseMs / 1000) : QString());
        row(section, group, QStringLiteral("met"), f.met);
        row(section, group, QStringLiteral("missed"), f.missed);
        row(section, group, QStringLiteral("clock"), insightsClockName(f.clock));
    }
};

} // namespace

QJsonObject insightsJson(const InsightsReport &report)
{
    QJsonObject tiers;
    for (int t = 1; t <= 3; ++t)
        tiers.insert(QString::number(t), responseJson(report.tiers[std::size_t(t - 1)]));
    const FocusFigures &f = report.focus;
    const QJsonObject focus{{QStringLiteral("scheduled_s"), double(f.scheduledMs / 1000)},
                            {QStringLiteral("kept_s"), double(f.keptMs / 1000)},
                            {QStringLiteral("sessions"), f.sessions},
                            {QStringLiteral("held"), f.held},
                            {QStringLiteral("breakthroughs"), f.breakthroughs},
                            {QStringLiteral("ended_early"), f.endedEarly},
                            {QStringLiteral("extended"), f.extended},
                            {QStringLiteral("longest_stretch_s"), double(f.longestStretchMs / 1000)}};
    QJsonArray arrivals;
    for (int day = 1; day <= 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            if (const int n = report.arrivalsAt(day, hour))
                arrivals.append(QJsonArray{day, hour, n});
        }
    }
    QJsonArray sources;
    for (const SourceFigures &s : report.sources) {
        sources.append(QJsonObject{{QStringLiteral("id"), double(s.sourceId)},
                                   {QStringLiteral("name"), s.name},
                                   {QStringLiteral("received"), s.figures.received},
                                   {QStringLiteral("met"), s.figures.met},
                                   {QStringLiteral("missed"), s.figures.missed}});
    }
    QJsonArray offenders;
    for (const Offender &o : report.offenders) {
        offenders.append(QJsonObject{{QStringLiteral("kind"), originKindName(o.kind)},
                                     {QStringLiteral("key"), o.key},
                                     {QStringLiteral("missed"), o.missed},
                                     {QStringLiteral("met"), o.met}});
    }
    QJsonArray weeks;
    for (const WeekFigures &w : report.weeks) {
        QJsonObject byTier;
        for (int t = 1; t <= 3; ++t) {
            const ResponseFigures &r = w.tiers[std::size_t(t - 1)];
            byTier.insert(QString::number(t), QJsonObject{{QStringLiteral("received"), r.received},
                                                          {QStringLiteral("responded"), r.responded},
                                                          {QStringLiteral("median_response_s"), seconds(r.medianResponseMs)},
                                                          {QStringLiteral("p90_response_s"), seconds(r.p90ResponseMs)}});
        }
        weeks.append(QJsonObject{{QStringLiteral("week_start"), w.weekStart.toString(Qt::ISODate)},
                                 {QStringLiteral("tiers"), byTier}});
    }
    return QJsonObject{
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("since"), isoUtcSeconds(report.sinceMs)},
                                               {QStringLiteral("until"), isoUtcSeconds(report.untilMs)}}},
        {QStringLiteral("zone"), report.zoneId},
        {QStringLiteral("tiers"), tiers},
        {QStringLiteral("focus"), focus},
        {QStringLiteral("arrivals"), arrivals},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("offenders"), offenders},
        {QStringLiteral("weeks"), weeks},
    };
}

QByteArray insightsCsv(const InsightsReport &report)
{
    CsvWriter w;
    w.out = "section,group,key,value\r\n";
    w.row(QStringLiteral("period"), QString(), QStringLiteral("since"), isoUtcSeconds(report.sinceMs));
    w.row(QStringLiteral("period"), QString(), QStringLiteral("until"), isoUtcSeconds(report.untilMs));
    w.row(QStringLiteral("period"), QString(), QStringLiteral("zone"), report.zoneId);
    for (int t = 1; t <= 3; ++t)
        w.response(QStringLiteral("tier"), QString::number(t), report.tiers[std::size_t(t - 1)]);
    for (const WeekFigures &week : report.weeks) {
        for (int t = 1; t <= 3; ++t)
            w.response(QStringLiteral("week"), week.weekStart.toString(Qt::ISODate) + QStringLiteral("/tier") + QString::number(t),
                       week.tiers[std::size_t(t - 1)]);
    }
    for (const SourceFigures &s : report.sources)
        w.response(QStringLiteral("source"), s.name, s.figures);
    for (const Offender &o : report.offenders) {
        const QString group = originKindName(o.kind) + QLatin1Char(':') + o.key;
        w.row(QStringLiteral("offender"), group, QStringLiteral("missed"), o.missed);
        w.row(QStringLiteral("offender"), group, QStringLiteral("met"), o.met);
    }
    const FocusFigures &f = report.focus;
    w.row(QStringLiteral("focus"), QString(), QStringLiteral("scheduled_s"), f.scheduledMs / 1000);
    w.row(QStringLiteral("focus"), QString(), QStringLiteral("kept_s"), f.keptMs / 1000);
    w.row(QStringLiteral("focus"), QString(), QStringLiteral("sessions"), f.sessions);
    w.row(QStringLiteral("focus"), QString(), QStringLiteral("ended_early"), f.endedEarly);
    w.row(QStringLiteral("focus"), QString(), QStringLiteral("extended"), f.extended);
    w.row(QStringLiteral("focus"), QString(), QStringLiteral("held"), f.held);
    w.row(QStringLiteral("focus"), QString(), QStringLiteral("breakthroughs"), f.breakthroughs);
    w.row(QStringLiteral("focus"), QString(), QStringLiteral("longest_stretch_s"), f.longestStretchMs / 1000);
    for (const FocusDay &day : f.days) {
        w.row(QStringLiteral("focus_day"), day.date.toString(Qt::ISODate), QStringLiteral("scheduled_s"), day.scheduledMs / 1000);
        w.row(QStringLiteral("focus_day"), day.date.toString(Qt::ISODate), QStringLiteral("kept_s"), day.keptMs / 1000);
    }
    for (const BreakthroughRecord &b : f.breakthroughList) {
        w.row(QStringLiteral("breakthrough"), isoUtcSeconds(b.atMs), QStringLiteral("reason"), breakthroughReasonName(b.reason));
        w.row(QStringLiteral("breakthrough"), isoUtcSeconds(b.atMs), QStringLiteral("sender"), b.sender);
        w.row(QStringLiteral("breakthrough"), isoUtcSeconds(b.atMs), QStringLiteral("subject"), b.subject);
    }
    for (int t = 1; t <= 3; ++t) {
        for (int day = 1; day <= 7; ++day) {
            for (int hour = 0; hour < 24; ++hour) {
                if (const int n = report.arrivals[std::size_t(t - 1)][std::size_t(day - 1)][std::size_t(hour)])
                    w.row(QStringLiteral("arrivals"), QStringLiteral("tier%1/%2").arg(t).arg(day),
                          QString::number(hour), n);
            }
        }
    }
    return w.out;
}

} // namespace fi
