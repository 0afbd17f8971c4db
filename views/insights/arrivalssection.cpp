/// @file arrivalssection.cpp
/// @brief Labels are Qt::PlainText (makeHeadlineLabel / makeNoteLabel / makePlainLabel).

#include "arrivalssection.h"

#include "arrivalsheatmap.h"
#include "insightstext.h"
#include "plaintext.h"
#include "pngexport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTime>
#include <QVBoxLayout>

namespace fi {

ArrivalsSection::ArrivalsSection(QWidget *parent)
    : InsightsSection(parent), m_headline(makeHeadlineLabel(this)), m_tier(new QComboBox(this)),
      m_stack(new QStackedWidget(this)), m_map(new ArrivalsHeatMap(this)), m_empty(makeNoteLabel(this)),
      m_legend(makeNoteLabel(this))
{
    m_tier->setObjectName(QStringLiteral("arrivalsTier"));
    m_tier->addItem(tr("All tiers"), 0);
    for (const Tier tier : kInsightsTierOrder)
        m_tier->addItem(tierDisplayName(tier), int(tier));
    auto *tierLabel = new QLabel(tr("S&how:"), this);
    makePlainLabel(tierLabel);  // Qt::PlainText
    tierLabel->setBuddy(m_tier);
    installPngExport(m_map, QStringLiteral("arrivals"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_map);
    m_stack->addWidget(m_empty);

    auto *controls = new QHBoxLayout;
    controls->addWidget(tierLabel);
    controls->addWidget(m_tier);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &ArrivalsSection::refill);
}

bool ArrivalsSection::showsMap() const
{
    return m_stack->currentWidget() == m_map;
}

QList<QWidget *> ArrivalsSection::exportables() const
{
    return showsMap() ? QList<QWidget *>{m_map} : QList<QWidget *>{};
}

void ArrivalsSection::setReport(const InsightsReport &report)
{
    m_report = report;
    refill();
}

void ArrivalsSection::refill()
{
    if (!m_report)
        return;
    const int tier = m_tier->currentData().toInt();
    WeekHourCounts counts{};
    int total = 0;
    int busiest = -1;
    int busiestDay = 1;
    int busiestHour = 0;
    for (int day = 1; day <= 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            const int n = tier == 0 ? m_report->arrivalsAt(day, hour) : m_report->arrivals[tier - 1][day - 1][hour];
            counts[day - 1][hour] = n;
            total += n;
            if (n > busiest) {
                busiest = n;
                busiestDay = day;
                busiestHour = hour;
            }
        }
    }
    if (total == 0) {
        m_headline->setText(InsightsText::noItems());
        m_empty->setText(InsightsText::noItems());
        m_legend->clear();
        m_stack->setCurrentWidget(m_empty);
        m_map->setCounts(counts, m_tier->currentText());
        return;
    }
    m_map->setCounts(counts, m_tier->currentText());
    m_stack->setCurrentWidget(m_map);
    m_headline->setText(tr("%n item(s) received; the busiest hour: %1", nullptr, total)
                            .arg(m_map->cellText(busiestDay, busiestHour)));
    m_legend->setText(tr("The stronger the colour, the more items (at most %n in one hour). Times are in %1. Hover over a cell for its "
                         "count; hours with many arrivals are where focus sessions get interrupted.",
                         nullptr, m_map->maximum())
                          .arg(m_report->zoneId));
}

} // namespace fi
