#include "deadlines/deadlinecalculator.h"

#include "deadlines/workingtable.h"

#include <limits>

namespace fi {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHorizonMs = qint64(200) * 366 * 24 * 60 * kMinuteMs; // ~200 years
} // namespace

struct DeadlineCalculator::Impl {
    explicit Impl(WorkingHours h)
        : hours(std::move(h))
        , table(hours)
    {
    }
    WorkingHours hours;
    WorkingTable table;
};

DeadlineCalculator::DeadlineCalculator(WorkingHours hours)
    : d(std::make_shared<const Impl>(std::move(hours)))
{
}

DeadlineCalculator::~DeadlineCalculator() = default;
DeadlineCalculator::DeadlineCalculator(const DeadlineCalculator &) = default;
DeadlineCalculator &DeadlineCalculator::operator=(const DeadlineCalculator &) = default;

const WorkingHours &DeadlineCalculator::workingHours() const
{
    return d->hours;
}

std::optional<qint64> DeadlineCalculator::due(qint64 receivedMs, const ResponsePolicy &policy) const
{
    if (!policy.windowMinutes || *policy.windowMinutes < 0)
        return std::nullopt;
    if (*policy.windowMinutes > kHorizonMs / kMinuteMs)
        return std::nullopt;
    const qint64 windowMs = *policy.windowMinutes * kMinuteMs;
    // Keep clear of qint64 overflow: receivedMs must leave room for the horizon.
    if (receivedMs > std::numeric_limits<qint64>::max() / 2 || receivedMs < std::numeric_limits<qint64>::min() / 2)
        return std::nullopt;
    if (policy.clock == DeadlineClock::Calendar || windowMs == 0)
        return receivedMs + windowMs;
    return d->table.advance(receivedMs, windowMs, receivedMs + kHorizonMs);
}

qint64 DeadlineCalculator::workingMsBetween(qint64 fromMs, qint64 toMs) const
{
    if (toMs <= fromMs)
        return 0;
    if (toMs - fromMs > kHorizonMs || toMs - fromMs < 0) // also guards against overflow
        toMs = fromMs + kHorizonMs;
    return d->table.workingMs(fromMs, toMs);
}

} // namespace fi
