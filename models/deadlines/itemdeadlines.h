#pragma once
/// @file itemdeadlines.h
/// @brief Deadlines of stored items under a configuration: which policy applies to an item,
/// its due time, the time left when its clock is paused and its due when the clock resumes.
///
/// Times are UTC epoch milliseconds; windows and remaining time are minutes. Immutable value
/// type; const methods are thread-safe (DeadlineCalculator is), so copies may be captured by
/// ItemStore writer jobs.

#include "deadlines/deadlinecalculator.h"
#include "deadlines/responsepolicy.h"
#include "domain/item.h"

#include <optional>

namespace fi {

class AppConfig;

class ItemDeadlines {
public:
    ItemDeadlines(PolicySet policies, const WorkingHours &hours);
    explicit ItemDeadlines(const AppConfig &config);

    /// The policy that governs @p item: its tier's default when it was moved by hand
    /// (tierReason "manual"), else its named policy (unknown names fall back to the tier default).
    ResponsePolicy policyFor(const Item &item) const;

    /// due = last activity (ItemRecord::lastActivityMs(): the activity time if known, else the
    /// received time) + window of policyFor(@p item) (UTC epoch ms), nullopt when none. An item
    /// whose source set its due (policy "fixed", fixedDuePolicyName()) keeps its stored due.
    std::optional<qint64> dueOf(const Item &item) const;

    /// Deadline time left at @p nowMs in whole minutes (rounded up, ≥ 0) on the clock of the
    /// item's policy (working minutes for a working-clock policy); nullopt when it has no due.
    std::optional<qint64> remainingMinutes(const Item &item, qint64 nowMs) const;

    /// Due when a paused clock resumes at @p wakeMs with @p remainingMinutes left, on the clock
    /// of the item's policy (a working clock resumes counting at the next working minute).
    std::optional<qint64> resumedDue(const Item &item, qint64 wakeMs, qint64 remainingMinutes) const;

    const PolicySet &policies() const { return m_policies; }
    const DeadlineCalculator &calculator() const { return m_calculator; }

private:
    PolicySet m_policies;
    DeadlineCalculator m_calculator;
};

} // namespace fi
