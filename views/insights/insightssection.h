#pragma once
/// @file insightssection.h
/// @brief The common face of the Insights window's four sections (issue 15): a headline number,
/// charts, and whatever the section adds. GUI thread only.

#include "insights/insightsreport.h"

#include <QWidget>

class QLabel;

namespace fi {

/// One tab of the Insights window.
class InsightsSection : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Shows @p report (replacing what was shown).
    virtual void setReport(const InsightsReport &report) = 0;
    /// The headline (Qt::PlainText): the section's one number in words.
    virtual QLabel *headline() const = 0;
    /// What "Export chart as PNG" offers on this tab: chart views (and the heat map), each with
    /// an accessible name; only the ones that show a chart now.
    virtual QList<QWidget *> exportables() const = 0;
};

} // namespace fi
