#pragma once
/// @file arrivalsheatmap.h
/// @brief A painted heat map of items received per hour of the week (issue 15): 7 rows (Monday
/// to Sunday, localized day names) × 24 hour columns; the more items, the stronger the palette's
/// highlight colour. Qt Charts has no heat map. GUI thread only.

#include <QWidget>

#include <array>

namespace fi {

/// Counts per [weekday 1–7 − 1][hour 0–23].
using WeekHourCounts = std::array<std::array<int, 24>, 7>;

/**
 * @brief The heat map. Each cell has a tooltip (day, hour range, count); the accessible
 * description lists every non-empty cell, so screen readers get the values. Focusable.
 */
class ArrivalsHeatMap : public QWidget {
    Q_OBJECT
public:
    explicit ArrivalsHeatMap(QWidget *parent = nullptr);

    /// Shows @p counts; @p what names them in the accessible description ("all tiers", "Now").
    void setCounts(const WeekHourCounts &counts, const QString &what);
    /// The count shown at @p weekday (1 = Monday … 7) and @p hour (0–23).
    int count(int weekday, int hour) const { return m_counts[weekday - 1][hour]; }
    /// The largest count (the darkest cell).
    int maximum() const { return m_max; }
    /// The cell under @p pos as (weekday 1–7, hour 0–23), or (0, -1) outside the grid.
    std::pair<int, int> cellAt(const QPoint &pos) const;
    /// The cell's text: "Tuesday 10:00–11:00: 3 items".
    QString cellText(int weekday, int hour) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect gridRect() const;
    int labelWidth() const;

    WeekHourCounts m_counts{};
    int m_max = 0;
};

} // namespace fi
