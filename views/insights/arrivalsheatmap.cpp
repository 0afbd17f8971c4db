#include "arrivalsheatmap.h"

#include "insightstext.h"
#include "plaintext.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QTime>
#include <QToolTip>

#include <algorithm>

namespace fi {

namespace {
constexpr int kMargin = 6;

QString hourText(int hour)
{
    return QLocale().toString(QTime(hour, 0), QLocale::ShortFormat);
}
} // namespace

ArrivalsHeatMap::ArrivalsHeatMap(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("arrivalsHeatMap"));
    setAccessibleName(tr("Items received per hour of the week"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ArrivalsHeatMap::setCounts(const WeekHourCounts &counts, const QString &what)
{
    m_counts = counts;
    m_max = 0;
    QStringList days;
    for (int day = 1; day <= 7; ++day) {
        QStringList cells;
        for (int hour = 0; hour < 24; ++hour) {
            const int n = m_counts[day - 1][hour];
            m_max = std::max(m_max, n);
            if (n > 0)
                cells << tr("%1 %2").arg(hourText(hour), QLocale().toString(n));
        }
        days << tr("%1: %2").arg(InsightsText::weekdayName(day),
                                 cells.isEmpty() ? tr("none") : cells.join(QStringLiteral(", ")));
    }
    setAccessibleDescription(tr("Items received per hour of the week (%1), by day and hour starting: %2.")
                                 .arg(what, days.join(QStringLiteral("; "))));
    update();
}

int ArrivalsHeatMap::labelWidth() const
{
    int width = 0;
    for (int day = 1; day <= 7; ++day)
        width = std::max(width, fontMetrics().horizontalAdvance(QLocale().dayName(day, QLocale::ShortFormat)));
    return width + kMargin;
}

QRect ArrivalsHeatMap::gridRect() const
{
    const int top = fontMetrics().height() + kMargin;
    const int left = labelWidth();
    return QRect(left, top, width() - left - kMargin, height() - top - kMargin);
}

std::pair<int, int> ArrivalsHeatMap::cellAt(const QPoint &pos) const
{
    const QRect grid = gridRect();
    if (!grid.contains(pos) || grid.width() <= 0 || grid.height() <= 0)
        return {0, -1};
    const int hour = std::clamp((pos.x() - grid.left()) * 24 / grid.width(), 0, 23);
    const int day = std::clamp((pos.y() - grid.top()) * 7 / grid.height(), 0, 6);
    return {day + 1, hour};
}

QString ArrivalsHeatMap::cellText(int weekday, int hour) const
{
    return tr("%1 %2–%3: %n item(s)", nullptr, count(weekday, hour))
        .arg(InsightsText::weekdayName(weekday), hourText(hour), hourText((hour + 1) % 24));
}

QSize ArrivalsHeatMap::sizeHint() const
{
    return {labelWidth() + 24 * 36 + kMargin, fontMetrics().height() + kMargin * 2 + 7 * 36};
}

QSize ArrivalsHeatMap::minimumSizeHint() const
{
    return {labelWidth() + 24 * 14 + kMargin, fontMetrics().height() + kMargin * 2 + 7 * 16};
}

void ArrivalsHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Window));
    const QRect grid = gridRect();
    if (grid.width() <= 0 || grid.height() <= 0)
        return;
    const QColor base = pal.color(QPalette::Base);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor gridLine = QColor::fromRgbF(float(base.redF() * 0.8 + text.redF() * 0.2),
                                             float(base.greenF() * 0.8 + text.greenF() * 0.2),
                                             float(base.blueF() * 0.8 + text.blueF() * 0.2));
    auto x = [&](int hour) { return grid.left() + hour * grid.width() / 24; };
    auto y = [&](int day) { return grid.top() + day * grid.height() / 7; };
    const int labelStep = grid.width() / 24 >= fontMetrics().horizontalAdvance(QStringLiteral("00")) + 4 ? 1 : 3;

    painter.setPen(text);
    for (int hour = 0; hour < 24; hour += labelStep)
        painter.drawText(QRect(x(hour), 0, x(hour + 1) - x(hour), grid.top() - 2), Qt::AlignHCenter | Qt::AlignBottom,
                         QString::number(hour));
    for (int day = 0; day < 7; ++day)
        painter.drawText(QRect(0, y(day), grid.left() - kMargin, y(day + 1) - y(day)), Qt::AlignRight | Qt::AlignVCenter,
                         QLocale().dayName(day + 1, QLocale::ShortFormat));

    const bool numbers = grid.width() / 24 >= fontMetrics().horizontalAdvance(QStringLiteral("000")) + 4
                         && grid.height() / 7 >= fontMetrics().height() + 2;
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            const QRect cell(QPoint(x(hour), y(day)), QPoint(x(hour + 1) - 1, y(day + 1) - 1));
            const int n = m_counts[day][hour];
            // Intensity from 0.15 (one item) to 1 (the busiest cell); empty cells keep the base colour.
            const double t = n > 0 && m_max > 0 ? 0.15 + 0.85 * double(n) / double(m_max) : 0.0;
            QColor fill = base;
            if (t > 0)
                fill = QColor::fromRgbF(float(base.redF() + (highlight.redF() - base.redF()) * t),
                                        float(base.greenF() + (highlight.greenF() - base.greenF()) * t),
                                        float(base.blueF() + (highlight.blueF() - base.blueF()) * t));
            painter.fillRect(cell, fill);
            if (numbers && n > 0) {
                painter.setPen(t > 0.55 ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
                painter.drawText(cell, Qt::AlignCenter, QLocale().toString(n));
            }
        }
    }
    painter.setPen(gridLine);
    for (int hour = 0; hour <= 24; ++hour)
        painter.drawLine(x(hour) - (hour ? 1 : 0), grid.top(), x(hour) - (hour ? 1 : 0), y(7) - 1);
    for (int day = 0; day <= 7; ++day)
        painter.drawLine(grid.left(), y(day) - (day ? 1 : 0), x(24) - 1, y(day) - (day ? 1 : 0));
    if (hasFocus()) {
        painter.setPen(QPen(highlight, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

bool ArrivalsHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [day, hour] = cellAt(help->pos());
        if (day == 0)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), plainToolTip(cellText(day, hour)), this);
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        update();
    return QWidget::event(event);
}

} // namespace fi
