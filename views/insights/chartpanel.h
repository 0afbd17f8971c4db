#pragma once
/// @file chartpanel.h
/// @brief One chart of the Insights window (issue 15): a QChartView that follows the system
/// palette (light or dark), or a plain-text message instead of an empty chart. GUI thread only.

#include <QStackedWidget>

class QChart;
class QChartView;
class QLabel;
class QPalette;

namespace fi {

/**
 * @brief Styles @p chart for @p palette: QChart::ChartThemeDark for a dark palette (isDarkPalette(),
 * deadlinebadge.h: the window darker than its text), else
 * ChartThemeLight, then the background, plot area, title, legend, axis labels, axis titles,
 * grid and bar value labels in the palette's colours and the application font. Call again
 * after adding series or axes (the theme colours them) and on every palette change.
 */
void applyChartPalette(QChart *chart, const QPalette &palette, const QFont &font);

/**
 * @brief A chart view, or a message in its place. Owns its QChart (through the view).
 *
 * Callers fill chart() (clear() first), set the accessible description with the values, and
 * call showChart() — or showMessage() when there is nothing to draw. The view is focusable so
 * that screen readers and the keyboard reach it; its context menu exports it as PNG.
 */
class ChartPanel : public QStackedWidget {
    Q_OBJECT
public:
    /// @param accessibleName the chart's name for screen readers and the Export menu.
    /// @param fileStem the suggested PNG file name without ".png".
    ChartPanel(const QString &accessibleName, const QString &fileStem, QWidget *parent = nullptr);

    QChart *chart() const;
    QChartView *view() const { return m_view; }
    /// Removes every series and axis of chart() (deleted), keeping its title.
    void clear();
    /// Shows the chart, styled for the current palette; @p description (with the values) becomes
    /// the view's accessible description.
    void showChart(const QString &description);
    /// Shows @p message (plain text) instead of the chart; also the accessible description.
    void showMessage(const QString &message);
    /// Whether the chart (not a message) is shown.
    bool showsChart() const;
    /// The message shown instead of the chart (empty while the chart is shown).
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QChartView *m_view;
    QLabel *m_message;  ///< Qt::PlainText (makePlainLabel): the message may quote an error.
};

} // namespace fi
