/// @file responsewindowsection.cpp
/// @brief Labels are Qt::PlainText (makeHeadlineLabel / makeNoteLabel use makePlainLabel); table
/// cells are QTableWidgetItem text (never rich text); chart category labels, which Qt Charts
/// renders as HTML, are escaped.

#include "responsewindowsection.h"

#include "chartpanel.h"
#include "insightstext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace fi {

namespace {

constexpr int kMaxCategoryChars = 32;

QValueAxis *percentAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

/// A source name as a category label: shortened, and escaped (Qt Charts draws labels as HTML).
QString categoryLabel(const QString &name)
{
    const QString shortName = name.size() > kMaxCategoryChars ? name.left(kMaxCategoryChars - 1) + u'…' : name;
    return shortName.toHtmlEscaped();
}

/// "Async 80 % (8 of 10)".
QString shareText(const QString &group, const ResponseFigures &f)
{
    return ResponseWindowSection::tr("%1 %2 (%3 of %4)")
        .arg(group, InsightsText::percentText(f.metShare().value_or(0)))
        .arg(f.met)
        .arg(f.met + f.missed);
}

void setupBars(QAbstractBarSeries *series)
{
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
}

} // namespace

ResponseWindowSection::ResponseWindowSection(QWidget *parent)
    : InsightsSection(parent), m_headline(makeHeadlineLabel(this)), m_note(makeNoteLabel(this)),
      m_tiers(new ChartPanel(tr("Response windows kept per tier"), QStringLiteral("windows-per-tier"), this)),
      m_sources(new ChartPanel(tr("Response windows kept per source"), QStringLiteral("windows-per-source"), this)),
      m_offendersNote(makeNoteLabel(this)), m_offenders(new QTableWidget(0, 4, this))
{
    m_note->setText(tr("An item keeps its window when the reply (or done) came before its deadline; it misses "
                       "it when the response came later, or there was none and the deadline has passed."));
    m_offenders->setObjectName(QStringLiteral("offenders"));
    m_offenders->setAccessibleName(tr("Worst offenders"));
    m_offenders->setHorizontalHeaderLabels({tr("Kind"), tr("From"), tr("Missed"), tr("Met")});
    m_offenders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_offenders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_offenders->verticalHeader()->hide();
    m_offenders->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_offenders->setMinimumHeight(160);
    auto *offendersTitle = makeNoteLabel(this);
    QFont bold = offendersTitle->font();
    bold.setBold(true);
    offendersTitle->setFont(bold);
    offendersTitle->setText(tr("Worst offenders: whose items most often went overdue"));

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_tiers, 2);
    charts->addWidget(m_sources, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_note);
    layout->addLayout(charts, 1);
    layout->addWidget(offendersTitle);
    layout->addWidget(m_offendersNote);
    layout->addWidget(m_offenders, 1);
}

QList<QWidget *> ResponseWindowSection::exportables() const
{
    QList<QWidget *> result;
    for (ChartPanel *panel : {m_tiers, m_sources})
        if (panel->showsChart())
            result << panel->view();
    return result;
}

void ResponseWindowSection::setReport(const InsightsReport &report)
{
    int received = 0;
    int met = 0;
    int missed = 0;
    for (const ResponseFigures &f : report.tiers) {
        received += f.received;
        met += f.met;
        missed += f.missed;
    }
    fillOffenders(report);
    if (received == 0 || met + missed == 0) {
        const QString message = received == 0 ? InsightsText::noItems()
                                              : tr("No response window came due in this period");
        m_headline->setText(message);
        m_tiers->showMessage(message);
        m_sources->showMessage(message);
        return;
    }
    m_headline->setText(tr("%1 of response windows kept (%2 of %n)", nullptr, met + missed)
                            .arg(InsightsText::percentText(double(met) / double(met + missed)))
                            .arg(met));
    fillTiers(report);
    fillSources(report);
}

void ResponseWindowSection::fillTiers(const InsightsReport &report)
{
    m_tiers->clear();
    auto *set = new QBarSet(tr("Met"));
    QStringList categories;
    QStringList texts;
    for (const Tier tier : kInsightsTierOrder) {
        const ResponseFigures &f = report.tier(tier);
        if (!f.metShare()) {
            texts << tr("%1 none due").arg(tierDisplayName(tier));
            continue;
        }
        categories << tierDisplayName(tier);
        *set << *f.metShare() * 100.0;
        texts << shareText(tierDisplayName(tier), f);
    }
    auto *series = new QBarSeries;
    series->append(set);
    setupBars(series);
    QChart *chart = m_tiers->chart();
    chart->addSeries(series);
    chart->legend()->hide();
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Tier"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = percentAxis(tr("Kept (%)"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    m_tiers->showChart(tr("Response windows kept per tier: %1.").arg(texts.join(QStringLiteral(", "))));
}

void ResponseWindowSection::fillSources(const InsightsReport &report)
{
    m_sources->clear();
    auto *set = new QBarSet(tr("Met"));
    QStringList categories;
    QStringList texts;
    // Horizontal bars grow upwards: add in reverse so the first source (by name) is on top.
    for (auto it = report.sources.crbegin(); it != report.sources.crend(); ++it) {
        if (!it->figures.metShare())
            continue;
        categories << categoryLabel(it->name);
        *set << *it->figures.metShare() * 100.0;
    }
    for (const SourceFigures &source : report.sources)
        if (source.figures.metShare())
            texts << shareText(source.name, source.figures);
    if (categories.isEmpty()) {
        delete set;
        m_sources->showMessage(tr("No response window came due in this period"));
        return;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    setupBars(series);
    QChart *chart = m_sources->chart();
    chart->addSeries(series);
    chart->legend()->hide();
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = percentAxis(tr("Kept (%)"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    m_sources->showChart(tr("Response windows kept per source: %1.").arg(texts.join(QStringLiteral(", "))));
}

void ResponseWindowSection::fillOffenders(const InsightsReport &report)
{
    m_offenders->clearContents();
    m_offenders->setRowCount(int(report.offenders.size()));
    for (int row = 0; row < report.offenders.size(); ++row) {
        const Offender &o = report.offenders[row];
        auto *kind = new QTableWidgetItem(InsightsText::originText(o.kind));
        auto *key = new QTableWidgetItem(o.key);  // text from strangers: an item's text is never rich text
        auto *missedCell = new QTableWidgetItem;
        missedCell->setData(Qt::DisplayRole, o.missed);
        missedCell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *metCell = new QTableWidgetItem;
        metCell->setData(Qt::DisplayRole, o.met);
        metCell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_offenders->setItem(row, 0, kind);
        m_offenders->setItem(row, 1, key);
        m_offenders->setItem(row, 2, missedCell);
        m_offenders->setItem(row, 3, metCell);
    }
    m_offenders->resizeColumnToContents(0);
    m_offenders->setVisible(!report.offenders.isEmpty());
    m_offendersNote->setText(report.offenders.isEmpty() ? tr("No item went overdue in this period.") : QString());
    m_offendersNote->setVisible(report.offenders.isEmpty());
}

} // namespace fi
