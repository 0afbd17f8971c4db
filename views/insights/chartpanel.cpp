/// @file chartpanel.cpp
/// @brief The message label is Qt::PlainText (makePlainLabel).

#include "chartpanel.h"

#include "deadlinebadge.h"
#include "plaintext.h"
#include "pngexport.h"

#include <QAbstractBarSeries>
#include <QAbstractAxis>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QPalette>

namespace fi {

namespace {
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

void applyChartPalette(QChart *chart, const QPalette &palette, const QFont &font)
{
    chart->setTheme(isDarkPalette(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::WindowText);
    chart->setBackgroundBrush(window);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundBrush(base);
    chart->setPlotAreaBackgroundPen(QPen(mix(base, text, 0.25), 1));
    chart->setPlotAreaBackgroundVisible(true);
    QFont titleFont = font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(text);
    chart->legend()->setFont(font);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(font);
        axis->setLabelsColor(text);
        axis->setTitleFont(font);
        axis->setTitleBrush(text);
        axis->setLinePenColor(mix(base, text, 0.45));
        axis->setGridLineColor(mix(base, text, 0.15));
        axis->setShadesVisible(false);
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const QList<QBarSet *> sets = bars->barSets();
            const bool outside = bars->labelsPosition() == QAbstractBarSeries::LabelsOutsideEnd;
            for (QBarSet *set : sets) {
                // Outside a bar the label sits on the plot area; inside it, on the bar's colour.
                const bool lightBar = set->color().lightness() > 150;
                set->setLabelColor(outside ? text : lightBar ? QColor(Qt::black) : QColor(Qt::white));
                set->setLabelFont(font);
                set->setBorderColor(set->color());
            }
        }
    }
}

ChartPanel::ChartPanel(const QString &accessibleName, const QString &fileStem, QWidget *parent)
    : QStackedWidget(parent), m_view(new QChartView(new QChart, this)), m_message(new QLabel(this))
{
    setObjectName(fileStem);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(accessibleName);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setMinimumHeight(260);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->chart()->setTitle(accessibleName);
    installPngExport(m_view, fileStem);
    makePlainLabel(m_message);  // Qt::PlainText
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(80);
    m_message->setAccessibleName(accessibleName);
    addWidget(m_view);
    addWidget(m_message);
    setCurrentWidget(m_message);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::clear()
{
    QChart *c = chart();
    c->removeAllSeries();
    const QList<QAbstractAxis *> axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
}

void ChartPanel::showChart(const QString &description)
{
    m_message->clear();
    m_view->setAccessibleDescription(description);
    restyle();
    setCurrentWidget(m_view);
}

void ChartPanel::showMessage(const QString &message)
{
    clear();
    m_message->setText(message);
    m_message->setAccessibleDescription(message);
    m_view->setAccessibleDescription(message);
    setCurrentWidget(m_message);
}

bool ChartPanel::showsChart() const
{
    return currentWidget() == m_view;
}

QString ChartPanel::message() const
{
    return showsChart() ? QString() : m_message->text();
}

void ChartPanel::changeEvent(QEvent *event)
{
    QStackedWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

void ChartPanel::restyle()
{
    applyChartPalette(chart(), palette(), font());
}

} // namespace fi
