#include "deadlines/workingtable.h"

#include <QDateTime>

#include <algorithm>

namespace fi {

namespace {

constexpr qint64 kDayMs = qint64(24) * 3600 * 1000;
constexpr qint64 kUnixEpochJulianDay = 2440588; // QDate(1970, 1, 1).toJulianDay()

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

struct Segment {
    qint64 start;    // UTC ms
    qint64 offsetMs; // local − UTC
};

} // namespace

WorkingTable::WorkingTable(const WorkingHours &hours)
    : m_hours(hours)
    , m_hasWork(hours.weeklyMinutes() > 0)
    , m_fast(new std::atomic<const Block *>[kFastCount]())
{
}

WorkingTable::~WorkingTable() = default;

qint64 WorkingTable::Block::workedBefore(qint64 t) const
{
    const auto i = std::size_t(std::upper_bound(ends.begin(), ends.end(), t) - ends.begin());
    qint64 worked = i > 0 ? cumEnd[i - 1] : 0;
    if (i < starts.size() && t > starts[i])
        worked += t - starts[i];
    return worked;
}

const WorkingTable::Block &WorkingTable::block(qint64 index) const
{
    const qint64 slot = index - kFastFirst;
    if (slot >= 0 && slot < kFastCount) {
        if (const Block *b = m_fast[slot].load(std::memory_order_acquire))
            return *b;
    }
    std::lock_guard lock(m_mutex);
    auto it = m_owned.find(index);
    if (it == m_owned.end())
        it = m_owned.emplace(index, build(index)).first;
    if (slot >= 0 && slot < kFastCount)
        m_fast[slot].store(it->second.get(), std::memory_order_release);
    return *it->second;
}

std::unique_ptr<WorkingTable::Block> WorkingTable::build(qint64 index) const
{
    auto b = std::make_unique<Block>();
    b->begin = index * kBlockMs;
    b->end = b->begin + kBlockMs;
    if (!m_hasWork)
        return b;

    // Constant-offset segments covering the block with three days to spare on each side
    // (UTC offsets stay within ±26 h, so every local date touching the block is covered).
    const QTimeZone zone = m_hours.timeZone();
    const qint64 from = b->begin - 3 * kDayMs;
    const qint64 to = b->end + 3 * kDayMs;
    const QDateTime fromDt = QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc());
    std::vector<Segment> segments;
    segments.push_back({from, qint64(zone.offsetFromUtc(fromDt)) * 1000});
    if (zone.hasTransitions()) {
        const auto transitions = zone.transitions(fromDt, QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()));
        for (const QTimeZone::OffsetData &t : transitions) {
            const qint64 at = t.atUtc.toMSecsSinceEpoch();
            if (at > segments.back().start && at < to)
                segments.push_back({at, qint64(t.offsetFromUtc) * 1000});
        }
    }

    std::vector<std::pair<qint64, qint64>> spans;
    const qint64 firstDay = floorDiv(b->begin, kDayMs) - 2;
    const qint64 lastDay = floorDiv(b->end, kDayMs) + 2;
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        const QDate date = QDate::fromJulianDay(day + kUnixEpochJulianDay);
        if (m_hours.isHoliday(date))
            continue;
        const qint64 localMidnight = day * kDayMs; // local wall time written as if it were UTC
        for (const WorkInterval &w : m_hours.intervals(Qt::DayOfWeek(date.dayOfWeek()))) {
            const qint64 l1 = localMidnight + w.startMinute * qint64(60000);
            const qint64 l2 = localMidnight + w.endMinute * qint64(60000);
            for (std::size_t s = 0; s < segments.size(); ++s) {
                const qint64 segEnd = s + 1 < segments.size() ? segments[s + 1].start : to;
                const qint64 a = std::max({l1 - segments[s].offsetMs, segments[s].start, b->begin});
                const qint64 e = std::min({l2 - segments[s].offsetMs, segEnd, b->end});
                if (a < e)
                    spans.emplace_back(a, e);
            }
        }
    }
    std::sort(spans.begin(), spans.end());
    qint64 cum = 0;
    for (const auto &[a, e] : spans) {
        if (!b->ends.empty() && a <= b->ends.back()) { // touching (or, defensively, overlapping)
            if (e > b->ends.back()) {
                cum += e - b->ends.back();
                b->ends.back() = e;
                b->cumEnd.back() = cum;
            }
            continue;
        }
        cum += e - a;
        b->starts.push_back(a);
        b->ends.push_back(e);
        b->cumEnd.push_back(cum);
    }
    return b;
}

std::optional<qint64> WorkingTable::advance(qint64 fromMs, qint64 amountMs, qint64 limitMs) const
{
    if (!m_hasWork)
        return std::nullopt;
    qint64 t = fromMs;
    qint64 remaining = amountMs;
    for (qint64 index = floorDiv(fromMs, kBlockMs); t <= limitMs; ++index) {
        const Block &b = block(index);
        const qint64 worked = b.workedBefore(t);
        const qint64 target = worked + remaining;
        if (target <= b.total()) {
            const auto j = std::size_t(std::lower_bound(b.cumEnd.begin(), b.cumEnd.end(), target) - b.cumEnd.begin());
            const qint64 before = j > 0 ? b.cumEnd[j - 1] : 0;
            const qint64 due = b.starts[j] + (target - before);
            if (due > limitMs)
                return std::nullopt;
            return due;
        }
        remaining -= b.total() - worked;
        t = b.end;
    }
    return std::nullopt;
}

qint64 WorkingTable::workingMs(qint64 fromMs, qint64 toMs) const
{
    if (!m_hasWork || toMs <= fromMs)
        return 0;
    qint64 total = 0;
    for (qint64 index = floorDiv(fromMs, kBlockMs); index <= floorDiv(toMs - 1, kBlockMs); ++index) {
        const Block &b = block(index);
        const qint64 a = std::max(fromMs, b.begin);
        const qint64 e = std::min(toMs, b.end);
        total += b.workedBefore(e) - b.workedBefore(a);
    }
    return total;
}

} // namespace fi
