#pragma once
/// @file responsetimesection.h
/// @brief Insights, "How fast do I answer?" (issue 15): per tier the median and 90th percentile
/// response time in hours, on the clock each tier's policies use, and the weekly median per tier.

#include "insightssection.h"

namespace fi {

class ChartPanel;

/// The "How fast do I answer?" tab. GUI thread only.
class ResponseTimeSection : public InsightsSection {
    Q_OBJECT
public:
    explicit ResponseTimeSection(QWidget *parent = nullptr);

    void setReport(const InsightsReport &report) override;
    QLabel *headline() const override { return m_headline; }
    QList<QWidget *> exportables() const override;

    /// Bars: categories = the tiers with answers (Now, Async, Reference order), sets "Median"
    /// and "90th percentile" in hours.
    ChartPanel *tierChart() const { return m_tiers; }
    /// Lines: one series per tier with answers, x = week index (categories = week starts),
    /// y = that week's median in hours; weeks without answers have no point.
    ChartPanel *trendChart() const { return m_trend; }
    /// Per tier: answered of received, the median and 90th percentile, and the clock.
    QLabel *details() const { return m_details; }

private:
    void fillTiers(const InsightsReport &report);
    void fillTrend(const InsightsReport &report);

    // Both labels are Qt::PlainText (makeHeadlineLabel / makeNoteLabel in the .cpp).
    QLabel *m_headline;
    QLabel *m_details;
    ChartPanel *m_tiers;
    ChartPanel *m_trend;
};

} // namespace fi
