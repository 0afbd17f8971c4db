/// @file mainwindow_insights.cpp
/// @brief MainWindow's part of Insights (issue 15): View ▸ Insights (`g i`, the palette) opens
/// the Insights window (views/insights/insightswindow.h) or raises it, with the working hours
/// and policies of the current configuration.

#include "mainwindow.h"

#include "insights/insightswindow.h"

namespace fi {

void MainWindow::showInsights()
{
    if (!m_insights) {
        m_insights = new InsightsWindow(m_store, this);  // Qt::Window: its own top-level window
        updateInsightsSettings();
    }
    m_insights->refresh();  // new items or sources since it was last open
    m_insights->show();
    m_insights->raise();
    m_insights->activateWindow();
}

void MainWindow::updateInsightsSettings()
{
    if (m_insights)
        m_insights->setSettings(m_config.workingHours, m_config.policies);
}

} // namespace fi
