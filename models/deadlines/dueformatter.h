#pragma once
/// @file dueformatter.h
/// @brief How the views describe an item's deadline: the badge text (with " (working)" for
/// working-clock policies), the exact local due time in the configured zone, the policy that
/// set it, and "due today" in the configured zone.
///
/// Times are UTC epoch milliseconds; the zone is an IANA zone (WorkingHours::timeZone()).
/// Value type, no thread affinity. Texts are translated (context "fi::DueFormatter").

#include "deadlines/responsepolicy.h"
#include "domain/item.h"

#include <QTimeZone>

#include <optional>

namespace fi {

class DueFormatter {
public:
    /// No configuration known yet: no working suffix (policies unknown), default policies for
    /// the tooltip, system time zone.
    DueFormatter();
    DueFormatter(PolicySet policies, QTimeZone zone);

    /// The policy that set the item's due: its named policy, else its tier's default.
    ResponsePolicy policyOf(const Item &item) const;
    /// True when policyOf(@p item) counts working time.
    bool isWorking(const Item &item) const;

    /// "due in 3h 20m (working)" / "overdue 1d" (formatDueText with the working suffix).
    QString dueText(const Item &item, qint64 nowMs) const;
    /// "Tue 24 Mar 11:30 (Europe/Berlin)".
    QString localTime(qint64 ms) const;
    /// "Async default: 4 h working", "review-request: 24 h working", "Now default: 15 min".
    QString policyDescription(const ResponsePolicy &policy) const;
    /// Two lines: "Due Tue 24 Mar 11:30 (Europe/Berlin)" and "Set by Async default: 4 h working";
    /// "No reply expected" when the item has no due.
    QString toolTip(const Item &item) const;
    /// Whether @p dueMs falls on the local day (in the zone) of @p nowMs.
    bool isDueToday(qint64 dueMs, qint64 nowMs) const;

    const QTimeZone &zone() const { return m_zone; }

    /// "4 h", "15 min", "1 h 30 min", "no deadline".
    static QString windowText(std::optional<qint64> windowMinutes);
    /// "Async default" for "tier2-default" (likewise Now / Reference), else the name itself.
    static QString policyDisplayName(const QString &name);

private:
    PolicySet m_policies;
    QTimeZone m_zone;
    bool m_configured = true;  ///< False for the default-constructed formatter.
};

} // namespace fi
