#include "focus/focusschedule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace fi {

namespace {


constexpr qint64 kDayMs = 24LL * 3600 * 1000;
const char *const kDayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

/// Wall-clock @p time on @p date in @p zone as UTC ms; times inside a DST gap move forward.
qint64 wallClockMs(QDate date, QTime time, const QTimeZone &zone)
{
    QDateTime dt(date, time, zone);
    if (dt.isValid() && dt.time() == time)
        return dt.toMSecsSinceEpoch();
    // Inside a spring-forward gap: the first valid instant after it keeps the offset before it
    // (so 02:30 in a 02:00→03:00 gap becomes 03:30, as a clock that was not changed would show).
    const QDateTime before(date, QTime(0, 0), zone);
    const qint64 naiveUtc = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    return naiveUtc - qint64(zone.offsetFromUtc(before)) * 1000;
}

} // namespace

QList<FocusInterval> mergeIntervals(QList<FocusInterval> intervals)
{
    intervals.removeIf([](const FocusInterval &i) { return i.endMs <= i.startMs; });
    std::sort(intervals.begin(), intervals.end(),
              [](const FocusInterval &a, const FocusInterval &b) { return a.startMs < b.startMs; });
    QList<FocusInterval> merged;
    for (const FocusInterval &i : intervals) {
        if (!merged.isEmpty() && i.startMs <= merged.last().endMs)
            merged.last().endMs = std::max(merged.last().endMs, i.endMs);
        else
            merged.append(i);
    }
    return merged;
}

std::optional<FocusBlock> FocusBlock::fromJson(const QJsonObject &json, QString *error)
{
    FocusBlock block;
    for (const QJsonValue &v : json.value(QStringLiteral("days")).toArray()) {
        int day = 0;
        if (v.isDouble()) {
            day = v.toInt();
        } else {
            const QString name = v.toString().left(3).toLower();
            for (int i = 0; i < 7; ++i) {
                if (name == QLatin1String(kDayNames[i]))
                    day = i + 1;
            }
        }
        if (day < 1 || day > 7) {
            if (error)
                *error = QCoreApplication::translate("fi::FocusSchedule", "unknown weekday %1").arg(v.toVariant().toString());
            return std::nullopt;
        }
        if (!block.days.contains(day))
            block.days.append(day);
    }
    std::sort(block.days.begin(), block.days.end());
    block.start = QTime::fromString(json.value(QStringLiteral("start")).toString(), QStringLiteral("HH:mm"));
    block.end = QTime::fromString(json.value(QStringLiteral("end")).toString(), QStringLiteral("HH:mm"));
    if (block.days.isEmpty() || !block.start.isValid() || !block.end.isValid()) {
        if (error)
            *error = QCoreApplication::translate("fi::FocusSchedule", "a block needs \"days\" and \"start\"/\"end\" as HH:mm");
        return std::nullopt;
    }
    return block;
}

QJsonObject FocusBlock::toJson() const
{
    QJsonArray dayNames;
    for (int d : days)
        dayNames.append(QLatin1String(kDayNames[d - 1]));
    return QJsonObject{{QStringLiteral("days"), dayNames},
                       {QStringLiteral("start"), start.toString(QStringLiteral("HH:mm"))},
                       {QStringLiteral("end"), end.toString(QStringLiteral("HH:mm"))}};
}

FocusSchedule::FocusSchedule(QTimeZone zone, QList<FocusBlock> blocks)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::systemTimeZone()), m_blocks(std::move(blocks))
{
}

QList<FocusInterval> FocusSchedule::intervals(qint64 fromMs, qint64 toMs) const
{
    const qint64 marginMs = 3 * kDayMs;
    QList<FocusInterval> raw;
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs - marginMs, m_zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs + marginMs, m_zone).date();
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        for (const FocusBlock &block : m_blocks) {
            if (!block.days.contains(date.dayOfWeek()))
                continue;
            const qint64 start = wallClockMs(date, block.start, m_zone);
            const QDate endDate = block.end <= block.start ? date.addDays(1) : date;
            raw.append({start, wallClockMs(endDate, block.end, m_zone)});
        }
    }
    for (const FocusInterval &extra : m_extra) {
        if (extra.endMs > fromMs - marginMs && extra.startMs < toMs + marginMs)
            raw.append(extra);
    }
    QList<FocusInterval> merged = mergeIntervals(std::move(raw));
    merged.removeIf([&](const FocusInterval &i) { return i.endMs <= fromMs || i.startMs >= toMs; });
    return merged;
}

std::optional<FocusInterval> FocusSchedule::activeAt(qint64 nowMs) const
{
    for (const FocusInterval &i : intervals(nowMs, nowMs + 1)) {
        if (i.contains(nowMs))
            return i;
    }
    return std::nullopt;
}

std::optional<qint64> FocusSchedule::nextStartAfter(qint64 nowMs) const
{
    for (const FocusInterval &i : intervals(nowMs, nowMs + 8 * kDayMs)) {
        if (i.startMs > nowMs)
            return i.startMs;
    }
    return std::nullopt;
}

FocusSchedule FocusSchedule::fromJson(const QJsonObject &json, QStringList *errors)
{
    QTimeZone zone = QTimeZone::systemTimeZone();
    const QString zoneName = json.value(QStringLiteral("timeZone")).toString();
    if (!zoneName.isEmpty()) {
        const QTimeZone named(zoneName.toUtf8());
        if (named.isValid())
            zone = named;
        else if (errors)
            *errors << QCoreApplication::translate("fi::FocusSchedule", "unknown time zone %1; using the system zone").arg(zoneName);
    }
    QList<FocusBlock> blocks;
    for (const QJsonValue &v : json.value(QStringLiteral("blocks")).toArray()) {
        QString error;
        if (const auto block = FocusBlock::fromJson(v.toObject(), &error))
            blocks.append(*block);
        else if (errors)
            *errors << error;
    }
    return FocusSchedule(zone, blocks);
}

QJsonObject FocusSchedule::toJson() const
{
    QJsonArray blocks;
    for (const FocusBlock &b : m_blocks)
        blocks.append(b.toJson());
    return QJsonObject{{QStringLiteral("timeZone"), QString::fromUtf8(m_zone.id())},
                       {QStringLiteral("blocks"), blocks}};
}

} // namespace fi
