#pragma once
/// @file deepworksection.h
/// @brief Insights, "How much deep work did I get?" (issue 15): focus hours per day and per
/// week, scheduled against kept; sessions ended early or extended; the longest uninterrupted
/// stretch; notifications held; and every breakthrough with why it came through.

#include "insightssection.h"

class QTableWidget;

namespace fi {

class ChartPanel;

/// The "How much deep work did I get?" tab. GUI thread only.
class DeepWorkSection : public InsightsSection {
    Q_OBJECT
public:
    explicit DeepWorkSection(QWidget *parent = nullptr);

    void setReport(const InsightsReport &report) override;
    QLabel *headline() const override { return m_headline; }
    QList<QWidget *> exportables() const override;

    /// Bars per local day, sets "Scheduled" and "Kept" in hours.
    ChartPanel *dayChart() const { return m_days; }
    /// Bars per ISO week (categories = the Mondays), sets "Scheduled" and "Kept" in hours.
    ChartPanel *weekChart() const { return m_weeks; }
    /// The number beside each figure, by objectName: "sessions", "endedEarly", "extended",
    /// "longestStretch", "held", "breakthroughs".
    QLabel *figure(const QString &name) const;
    /// Columns time (local), sender, subject, reason; oldest first. Plain text cells.
    QTableWidget *breakthroughs() const { return m_breakthroughs; }

private:
    void fillBars(ChartPanel *panel, const QList<FocusDay> &days, bool weeks);
    void fillBreakthroughs(const InsightsReport &report);

    // Every label is Qt::PlainText (makeLabelsPlain / makePlainLabel in the .cpp).
    QLabel *m_headline;
    QWidget *m_figures;
    ChartPanel *m_days;
    ChartPanel *m_weeks;
    QLabel *m_breakthroughsNote;
    QTableWidget *m_breakthroughs;
};

} // namespace fi
