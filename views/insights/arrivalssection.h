#pragma once
/// @file arrivalssection.h
/// @brief Insights, "What arrives when?" (issue 15): items received per hour of the week, all
/// tiers or one, as a heat map; shows when interruptions cluster, to place focus sessions.

#include "insightssection.h"

#include <optional>

class QComboBox;
class QStackedWidget;

namespace fi {

class ArrivalsHeatMap;

/// The "What arrives when?" tab. GUI thread only.
class ArrivalsSection : public InsightsSection {
    Q_OBJECT
public:
    explicit ArrivalsSection(QWidget *parent = nullptr);

    void setReport(const InsightsReport &report) override;
    QLabel *headline() const override { return m_headline; }
    QList<QWidget *> exportables() const override;

    ArrivalsHeatMap *heatMap() const { return m_map; }
    /// Which tier the map shows: "All tiers" (data: 0), "Now" (3), "Async" (2), "Reference" (1).
    QComboBox *tierSelector() const { return m_tier; }
    /// Whether the map (not the "no items" message) is shown.
    bool showsMap() const;

private:
    void refill();

    // Every label here is Qt::PlainText (makeHeadlineLabel / makeNoteLabel / makePlainLabel in the .cpp).
    QLabel *m_headline;
    QComboBox *m_tier;
    QStackedWidget *m_stack;
    ArrivalsHeatMap *m_map;
    QLabel *m_empty;
    QLabel *m_legend;
    std::optional<InsightsReport> m_report;
};

} // namespace fi
