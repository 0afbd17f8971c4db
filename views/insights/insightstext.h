#pragma once
/// @file insightstext.h
/// @brief The words and numbers of the Insights window (issue 15): hours, percentages, tier
/// names in display order, clocks, breakthrough reasons and offender kinds, all translated.
/// Pure functions of their arguments and the default QLocale; GUI thread (translations).

#include "insights/insightsreport.h"

#include <QCoreApplication>
#include <QString>

#include <array>

class QLabel;
class QTimeZone;

namespace fi {

/// Tiers in the order the window shows them: Now, Async, Reference.
inline constexpr std::array<Tier, 3> kInsightsTierOrder{Tier::Now, Tier::Async, Tier::Reference};

/// The texts; a class only to give tr() its context "fi::InsightsText".
class InsightsText {
    Q_DECLARE_TR_FUNCTIONS(fi::InsightsText)
public:
    /// @p ms as hours (a chart value): 5'400'000 → 1.5.
    static double hours(qint64 ms) { return double(ms) / 3'600'000.0; }
    /// @p hours as "1.5 h" in the user's locale: 2 decimals below 0.1 h, 1 below 10 h, else none.
    static QString hoursText(double hours);
    /// hoursText(hours(@p ms)).
    static QString durationText(qint64 ms) { return hoursText(hours(ms)); }
    /// @p share (0–1) as a whole percentage, "83 %" in the user's locale.
    static QString percentText(double share);
    /// Which clock a tier's times are on, in words: "working hours", "calendar time", "mixed clocks".
    static QString clockText(InsightsClock clock);
    /// Why a notification broke through, in words ("Tier 3 (Now) item", …).
    static QString reasonText(BreakthroughReason reason);
    /// "Sender", "Mailing list", "Repository".
    static QString originText(OriginKind kind);
    /// A short local date for chart categories, e.g. "30 Nov".
    static QString dayText(const QDate &date);
    /// A short local date with the weekday, e.g. "Mon 30 Nov".
    static QString weekdayText(const QDate &date);
    /// "Week of 30 Nov".
    static QString weekText(const QDate &monday);
    /// The localized full name of @p weekday (1 = Monday … 7 = Sunday).
    static QString weekdayName(int weekday);
    /// A time of @p ms (UTC epoch ms) in @p zone, in the user's short date-time format.
    static QString dateTimeText(qint64 ms, const QTimeZone &zone);
    /// The period [@p sinceMs, @p untilMs) in @p zone as local dates, "30 Nov – 6 Dec 2026"
    /// (the last day shown is the one before @p untilMs).
    static QString periodText(qint64 sinceMs, qint64 untilMs, const QTimeZone &zone);
    /// The message an empty section or chart shows instead of an empty chart.
    static QString noItems() { return tr("No items in this period"); }
};

/// A section's large headline label: plain text (Qt::PlainText through makePlainLabel), bold,
/// larger than the body font, word-wrapped, selectable.
QLabel *makeHeadlineLabel(QWidget *parent);
/// A plain-text (Qt::PlainText), word-wrapped body label.
QLabel *makeNoteLabel(QWidget *parent);

} // namespace fi
