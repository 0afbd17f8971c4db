#pragma once
/// @file responsewindowsection.h
/// @brief Insights, "Do I keep my response windows?" (issue 15): the share of items answered
/// before their deadline per tier and per source, and the senders, lists and repositories whose
/// items most often went overdue.

#include "insightssection.h"

class QTableWidget;

namespace fi {

class ChartPanel;

/// The "Do I keep my response windows?" tab. GUI thread only.
class ResponseWindowSection : public InsightsSection {
    Q_OBJECT
public:
    explicit ResponseWindowSection(QWidget *parent = nullptr);

    void setReport(const InsightsReport &report) override;
    QLabel *headline() const override { return m_headline; }
    QList<QWidget *> exportables() const override;

    /// Bars, one set "Met": the share met in percent of each tier with a decided deadline.
    ChartPanel *tierChart() const { return m_tiers; }
    /// Horizontal bars, one set "Met": the share met in percent of each source with one.
    ChartPanel *sourceChart() const { return m_sources; }
    /// Columns kind, key, missed, met; most missed first. Plain text cells.
    QTableWidget *offenders() const { return m_offenders; }

private:
    void fillTiers(const InsightsReport &report);
    void fillSources(const InsightsReport &report);
    void fillOffenders(const InsightsReport &report);

    // Every label is Qt::PlainText (makeHeadlineLabel / makeNoteLabel use makePlainLabel); the
    // offenders' names are table cells, which never render rich text.
    QLabel *m_headline;
    QLabel *m_note;
    ChartPanel *m_tiers;
    ChartPanel *m_sources;
    QLabel *m_offendersNote;
    QTableWidget *m_offenders;
};

} // namespace fi
