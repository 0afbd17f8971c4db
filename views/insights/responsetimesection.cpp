/// @file responsetimesection.cpp
/// @brief Labels are Qt::PlainText (makeHeadlineLabel / makeNoteLabel use makePlainLabel).

#include "responsetimesection.h"

#include "chartpanel.h"
#include "insightstext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace fi {

namespace {

/// A value axis from 0 to a little above @p max (room for the value labels), nice ticks.
QValueAxis *hoursAxis(double max, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, max > 0 ? max * 1.15 : 1.0);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.4g"));
    return axis;
}

} // namespace

ResponseTimeSection::ResponseTimeSection(QWidget *parent)
    : InsightsSection(parent), m_headline(makeHeadlineLabel(this)), m_details(makeNoteLabel(this)),
      m_tiers(new ChartPanel(tr("Response time per tier"), QStringLiteral("response-times"), this)),
      m_trend(new ChartPanel(tr("Weekly median response time"), QStringLiteral("response-trend"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addWidget(m_tiers, 1);
    layout->addWidget(m_trend, 1);
}

QList<QWidget *> ResponseTimeSection::exportables() const
{
    QList<QWidget *> result;
    for (ChartPanel *panel : {m_tiers, m_trend})
        if (panel->showsChart())
            result << panel->view();
    return result;
}

void ResponseTimeSection::setReport(const InsightsReport &report)
{
    int received = 0;
    int responded = 0;
    QStringList lines;
    for (const Tier tier : kInsightsTierOrder) {
        const ResponseFigures &f = report.tier(tier);
        received += f.received;
        responded += f.responded;
        if (f.received == 0)
            lines << tr("%1: no items.").arg(tierDisplayName(tier));
        else if (!f.medianResponseMs)
            lines << tr("%1: none of %n item(s) answered yet.", nullptr, f.received).arg(tierDisplayName(tier));
        else
            lines << tr("%1: %2 of %n item(s) answered; median %3, 90th percentile %4, in %5.", nullptr, f.received)
                         .arg(tierDisplayName(tier))
                         .arg(f.responded)
                         .arg(InsightsText::durationText(*f.medianResponseMs),
                              InsightsText::durationText(f.p90ResponseMs.value_or(0)),
                              InsightsText::clockText(f.clock));
    }
    if (received == 0) {
        m_headline->setText(InsightsText::noItems());
        m_details->clear();
        m_tiers->showMessage(InsightsText::noItems());
        m_trend->showMessage(InsightsText::noItems());
        return;
    }
    m_headline->setText(tr("%1 of %n item(s) answered", nullptr, received).arg(responded));
    m_details->setText(lines.join(u'\n') + u'\n'
                       + tr("A response is a reply, or marking the item done where no reply was detected."));
    if (responded == 0) {
        m_tiers->showMessage(tr("Nothing was answered in this period"));
        m_trend->showMessage(tr("Nothing was answered in this period"));
        return;
    }
    fillTiers(report);
    fillTrend(report);
}

void ResponseTimeSection::fillTiers(const InsightsReport &report)
{
    m_tiers->clear();
    auto *median = new QBarSet(tr("Median"));
    auto *p90 = new QBarSet(tr("90th percentile"));
    QStringList categories;
    QStringList medianTexts;
    QStringList p90Texts;
    double max = 0;
    for (const Tier tier : kInsightsTierOrder) {
        const ResponseFigures &f = report.tier(tier);
        if (!f.medianResponseMs) {
            medianTexts << tr("%1 none answered").arg(tierDisplayName(tier));
            p90Texts << tr("%1 none answered").arg(tierDisplayName(tier));
            continue;
        }
        const double m = InsightsText::hours(*f.medianResponseMs);
        const double p = InsightsText::hours(f.p90ResponseMs.value_or(*f.medianResponseMs));
        categories << tierDisplayName(tier);
        *median << m;
        *p90 << p;
        max = std::max({max, m, p});
        medianTexts << tr("%1 %2").arg(tierDisplayName(tier), InsightsText::hoursText(m));
        p90Texts << tr("%1 %2").arg(tierDisplayName(tier), InsightsText::hoursText(p));
    }
    auto *series = new QBarSeries;
    series->append({median, p90});
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    QChart *chart = m_tiers->chart();
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Tier"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = hoursAxis(max, tr("Response time (hours)"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    m_tiers->showChart(tr("Median response time: %1. 90th percentile: %2.")
                           .arg(medianTexts.join(QStringLiteral(", ")), p90Texts.join(QStringLiteral(", "))));
}

void ResponseTimeSection::fillTrend(const InsightsReport &report)
{
    m_trend->clear();
    QChart *chart = m_trend->chart();
    QStringList categories;
    for (const WeekFigures &week : report.weeks)
        categories << InsightsText::dayText(week.weekStart);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Week starting"));
    chart->addAxis(x, Qt::AlignBottom);
    double max = 0;
    QStringList texts;
    QList<QLineSeries *> lines;
    for (const Tier tier : kInsightsTierOrder) {
        auto *line = new QLineSeries;
        line->setName(tierDisplayName(tier));
        line->setPointsVisible(true);
        QStringList points;
        for (int i = 0; i < report.weeks.size(); ++i) {
            const ResponseFigures &f = report.weeks[i].tiers[int(tier) - 1];
            if (!f.medianResponseMs)
                continue;
            const double h = InsightsText::hours(*f.medianResponseMs);
            line->append(i, h);
            max = std::max(max, h);
            points << tr("%1 %2").arg(categories[i], InsightsText::hoursText(h));
        }
        if (line->count() == 0) {
            delete line;
            continue;
        }
        lines << line;
        texts << tr("%1: %2").arg(tierDisplayName(tier), points.join(QStringLiteral(", ")));
    }
    QValueAxis *y = hoursAxis(max, tr("Median (hours)"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : lines) {
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    m_trend->showChart(tr("Weekly median response time, by week start: %1.").arg(texts.join(QStringLiteral("; "))));
}

} // namespace fi
