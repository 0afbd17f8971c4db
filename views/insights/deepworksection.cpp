/// @file deepworksection.cpp
/// @brief Labels are Qt::PlainText (makeLabelsPlain / makePlainLabel); table cells are
/// QTableWidgetItem text, never rich text (senders and subjects are text from strangers).

#include "deepworksection.h"

#include "chartpanel.h"
#include "insightstext.h"
#include "plaintext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimeZone>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace fi {

namespace {
constexpr int kLabelledBarsMax = 8;  ///< More bars than this: no value labels (they would overlap).
constexpr int kNamedDaysMax = 7;     ///< More days than this: the categories are days of the month.
} // namespace

DeepWorkSection::DeepWorkSection(QWidget *parent)
    : InsightsSection(parent), m_headline(makeHeadlineLabel(this)), m_figures(new QWidget(this)),
      m_days(new ChartPanel(tr("Focus hours per day"), QStringLiteral("focus-per-day"), this)),
      m_weeks(new ChartPanel(tr("Focus hours per week"), QStringLiteral("focus-per-week"), this)),
      m_breakthroughsNote(makeNoteLabel(this)), m_breakthroughs(new QTableWidget(0, 4, this))
{
    // Two rows of three "caption value" pairs: the charts keep their height.
    auto *grid = new QGridLayout(m_figures);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    const std::pair<const char *, QString> rows[] = {
        {"sessions", tr("Sessions:")},
        {"endedEarly", tr("Ended early:")},
        {"extended", tr("Extended:")},
        {"longestStretch", tr("Longest uninterrupted stretch:")},
        {"held", tr("Notifications held for the digest:")},
        {"breakthroughs", tr("Breakthroughs let through:")},
    };
    int index = 0;
    for (const auto &[name, caption] : rows) {
        auto *label = new QLabel(caption, m_figures);
        auto *value = new QLabel(m_figures);
        value->setObjectName(QString::fromLatin1(name));
        value->setAccessibleName(caption);
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        label->setBuddy(value);
        grid->addWidget(label, index / 3, (index % 3) * 2);
        grid->addWidget(value, index / 3, (index % 3) * 2 + 1);
        grid->setColumnMinimumWidth((index % 3) * 2 + 1, 60);
        ++index;
    }
    makeLabelsPlain(m_figures);  // Qt::PlainText, the captions too

    m_breakthroughs->setObjectName(QStringLiteral("breakthroughs"));
    m_breakthroughs->setAccessibleName(tr("Breakthroughs"));
    m_breakthroughs->setHorizontalHeaderLabels({tr("Time"), tr("Sender"), tr("Subject"), tr("Why it came through")});
    m_breakthroughs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_breakthroughs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_breakthroughs->verticalHeader()->hide();
    m_breakthroughs->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_breakthroughs->setMinimumHeight(150);
    auto *breakthroughsTitle = makeNoteLabel(this);
    QFont bold = breakthroughsTitle->font();
    bold.setBold(true);
    breakthroughsTitle->setFont(bold);
    breakthroughsTitle->setText(tr("Breakthroughs: what interrupted a session, and why"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_figures);
    top->addStretch(1);
    // The days get the full width (a month of bars); the weeks share a row with the breakthroughs.
    auto *breakthroughsColumn = new QVBoxLayout;
    breakthroughsColumn->addWidget(breakthroughsTitle);
    breakthroughsColumn->addWidget(m_breakthroughsNote);
    breakthroughsColumn->addWidget(m_breakthroughs, 1);
    breakthroughsColumn->addStretch(0);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_weeks, 2);
    bottom->addLayout(breakthroughsColumn, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(top);
    layout->addWidget(m_days, 1);
    layout->addLayout(bottom, 1);
}

QLabel *DeepWorkSection::figure(const QString &name) const
{
    return m_figures->findChild<QLabel *>(name);
}

QList<QWidget *> DeepWorkSection::exportables() const
{
    QList<QWidget *> result;
    for (ChartPanel *panel : {m_days, m_weeks})
        if (panel->showsChart())
            result << panel->view();
    return result;
}

void DeepWorkSection::setReport(const InsightsReport &report)
{
    const FocusFigures &f = report.focus;
    const QLocale locale;
    figure(QStringLiteral("sessions"))->setText(locale.toString(f.sessions));
    figure(QStringLiteral("endedEarly"))->setText(locale.toString(f.endedEarly));
    figure(QStringLiteral("extended"))->setText(locale.toString(f.extended));
    figure(QStringLiteral("longestStretch"))->setText(InsightsText::durationText(f.longestStretchMs));
    figure(QStringLiteral("held"))->setText(locale.toString(f.held));
    figure(QStringLiteral("breakthroughs"))->setText(locale.toString(f.breakthroughs));
    fillBreakthroughs(report);
    if (f.sessions == 0) {
        const QString message = tr("No focus sessions in this period");
        m_headline->setText(message);
        m_days->showMessage(message);
        m_weeks->showMessage(message);
        return;
    }
    m_headline->setText(tr("%1 of deep work kept of %2 scheduled, in %n session(s)", nullptr, f.sessions)
                            .arg(InsightsText::durationText(f.keptMs), InsightsText::durationText(f.scheduledMs)));
    fillBars(m_days, f.days, false);
    fillBars(m_weeks, f.weeks, true);
}

void DeepWorkSection::fillBars(ChartPanel *panel, const QList<FocusDay> &days, bool weeks)
{
    panel->clear();
    auto *scheduled = new QBarSet(tr("Scheduled"));
    auto *kept = new QBarSet(tr("Kept"));
    QStringList categories;
    QStringList texts;
    double max = 0;
    for (const FocusDay &day : days) {
        const double s = InsightsText::hours(day.scheduledMs);
        const double k = InsightsText::hours(day.keptMs);
        // Many days: only the day of the month fits under a bar (the axis title names the months).
        const QString category = weeks                     ? InsightsText::dayText(day.date)
                                 : days.size() > kNamedDaysMax ? QLocale().toString(day.date.day())
                                                               : InsightsText::weekdayText(day.date);
        categories << category;
        *scheduled << s;
        *kept << k;
        max = std::max({max, s, k});
        if (day.scheduledMs > 0 || day.keptMs > 0)
            texts << tr("%1 %2 scheduled, %3 kept")
                         .arg(weeks ? category : InsightsText::dayText(day.date), InsightsText::hoursText(s),
                              InsightsText::hoursText(k));
    }
    auto *series = new QBarSeries;
    series->append({scheduled, kept});
    series->setLabelsVisible(categories.size() * 2 <= kLabelledBarsMax);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    QChart *chart = panel->chart();
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    if (weeks)
        x->setTitleText(tr("Week starting"));
    else if (days.size() > kNamedDaysMax)
        x->setTitleText(tr("Day of the month, %1 to %2")
                            .arg(InsightsText::dayText(days.first().date), InsightsText::dayText(days.last().date)));
    else
        x->setTitleText(tr("Day"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setTitleText(tr("Focus (hours)"));
    y->setRange(0, max > 0 ? max * 1.15 : 1.0);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.4g"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    const QString what = weeks ? tr("Focus hours per week, scheduled and kept: %1.")
                               : tr("Focus hours per day, scheduled and kept: %1.");
    panel->showChart(what.arg(texts.isEmpty() ? tr("none") : texts.join(QStringLiteral("; "))));
}

void DeepWorkSection::fillBreakthroughs(const InsightsReport &report)
{
    const QList<BreakthroughRecord> &list = report.focus.breakthroughList;
    const QTimeZone zone(report.zoneId.toUtf8());
    m_breakthroughs->clearContents();
    m_breakthroughs->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const BreakthroughRecord &b = list[row];
        // Text from strangers (sender, subject): QTableWidgetItem shows it as plain text.
        m_breakthroughs->setItem(row, 0, new QTableWidgetItem(InsightsText::dateTimeText(b.atMs, zone)));
        m_breakthroughs->setItem(row, 1, new QTableWidgetItem(b.sender.isEmpty() && b.itemId == 0 ? tr("(item removed)") : b.sender));
        m_breakthroughs->setItem(row, 2, new QTableWidgetItem(b.subject));
        m_breakthroughs->setItem(row, 3, new QTableWidgetItem(InsightsText::reasonText(b.reason)));
    }
    m_breakthroughs->resizeColumnToContents(0);
    m_breakthroughs->resizeColumnToContents(3);
    m_breakthroughs->setVisible(!list.isEmpty());
    m_breakthroughsNote->setText(list.isEmpty() ? tr("Nothing broke through a focus session in this period.")
                                                : QString());
    m_breakthroughsNote->setVisible(list.isEmpty());
}

} // namespace fi
