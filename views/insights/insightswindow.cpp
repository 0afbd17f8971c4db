/// @file insightswindow.cpp
/// @brief Labels are Qt::PlainText (makeLabelsPlain at the end of the constructor).

#include "insightswindow.h"

#include "arrivalssection.h"
#include "deepworksection.h"
#include "insights/insightsexport.h"
#include "insightsrunner.h"
#include "insightstext.h"
#include "plaintext.h"
#include "pngexport.h"
#include "responsetimesection.h"
#include "responsewindowsection.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>
#include <tuple>

namespace fi {

namespace {
const auto kGeometryKey = QStringLiteral("Insights/geometry");
constexpr int kCustomPeriod = 3;
constexpr int kStoreChangedDelayMs = 3000;

QScrollArea *scrolling(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

/// The label of a control, with its buddy (Alt+letter), plain text.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

InsightsWindow::InsightsWindow(ItemStore *store, QWidget *parent)
    : QWidget(parent, Qt::Window), m_store(store), m_runner(new InsightsRunner(store, this)),
      m_hours(WorkingHours::defaults()), m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("insightsWindow"));
    setWindowTitle(tr("Insights"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/focusinbox.svg")));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("insightsTabs"));
    m_responseTimes = new ResponseTimeSection(this);
    m_responseWindows = new ResponseWindowSection(this);
    m_deepWork = new DeepWorkSection(this);
    m_arrivals = new ArrivalsSection(this);
    m_tabs->addTab(scrolling(m_responseTimes, m_tabs), tr("How fast do I answer?"));
    m_tabs->addTab(scrolling(m_responseWindows, m_tabs), tr("Do I keep my response windows?"));
    m_tabs->addTab(scrolling(m_deepWork, m_tabs), tr("How much deep work did I get?"));
    m_tabs->addTab(scrolling(m_arrivals, m_tabs), tr("What arrives when?"));

    m_exportPng = new QToolButton(this);
    m_exportPng->setObjectName(QStringLiteral("exportPng"));
    m_exportPng->setText(tr("Export chart as &PNG"));
    m_exportPng->setPopupMode(QToolButton::InstantPopup);
    m_exportPng->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *pngMenu = new QMenu(m_exportPng);
    m_exportPng->setMenu(pngMenu);
    connect(pngMenu, &QMenu::aboutToShow, this, &InsightsWindow::fillPngMenu);
    m_exportCsv = new QPushButton(tr("Export data as &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportCsv->setEnabled(false);
    connect(m_exportCsv, &QPushButton::clicked, this, &InsightsWindow::exportCsvInteractively);
    auto *closeButton = new QPushButton(tr("Close"), this);
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportPng);
    buttons->addWidget(m_exportCsv);
    buttons->addStretch(1);
    buttons->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    makeLabelsPlain(this);  // Qt::PlainText for every label of the window, the sections' too

    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, this, &InsightsWindow::refresh);
    auto *closeKey = new QShortcut(QKeySequence::Cancel, this);
    connect(closeKey, &QShortcut::activated, this, &QWidget::close);

    connect(m_runner, &InsightsRunner::finished, this, &InsightsWindow::showReport);
    connect(m_runner, &InsightsRunner::failed, this, &InsightsWindow::showFailure);
    // New items, triage and sources while the window is open: read again, at most every few seconds.
    m_storeChanged = new QTimer(this);
    m_storeChanged->setSingleShot(true);
    m_storeChanged->setInterval(kStoreChangedDelayMs);
    connect(m_storeChanged, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    auto later = [this] {
        if (m_active && isVisible() && !m_storeChanged->isActive())
            m_storeChanged->start();
    };
    connect(store, &ItemStore::itemsChanged, this, later);
    connect(store, &ItemStore::sourcesChanged, this, later);
    if (!restoreGeometry(QSettings().value(kGeometryKey).toByteArray()))
        resize(1180, 820);
}

InsightsWindow::~InsightsWindow() = default;

QWidget *InsightsWindow::buildControls()
{
    auto *box = new QWidget(this);
    m_period = new QComboBox(box);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("This week"), int(InsightsPeriod::ThisWeek));
    m_period->addItem(tr("Last week"), int(InsightsPeriod::LastWeek));
    m_period->addItem(tr("Last 30 days"), int(InsightsPeriod::Last30Days));
    m_period->addItem(tr("Custom range"), kCustomPeriod);
    m_period->setCurrentIndex(2);
    m_from = new QDateEdit(box);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First day"));
    m_until = new QDateEdit(box);
    m_until->setObjectName(QStringLiteral("until"));
    m_until->setCalendarPopup(true);
    m_until->setAccessibleName(tr("Last day"));
    m_periodText = new QLabel(box);
    m_periodText->setObjectName(QStringLiteral("periodText"));
    m_source = new QComboBox(box);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_tier = new QComboBox(box);
    m_tier->setObjectName(QStringLiteral("tier"));
    m_tier->addItem(tr("All tiers"), 0);
    for (const Tier tier : kInsightsTierOrder)
        m_tier->addItem(tierDisplayName(tier), int(tier));
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("status"));

    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(buddyLabel(tr("P&eriod:"), m_period, box));
    periodRow->addWidget(m_period);
    periodRow->addWidget(buddyLabel(tr("&From:"), m_from, box));
    periodRow->addWidget(m_from);
    periodRow->addWidget(buddyLabel(tr("&To:"), m_until, box));
    periodRow->addWidget(m_until);
    periodRow->addSpacing(12);
    periodRow->addWidget(m_periodText, 1);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(buddyLabel(tr("&Source:"), m_source, box));
    filterRow->addWidget(m_source);
    filterRow->addWidget(buddyLabel(tr("&Kind:"), m_kind, box));
    filterRow->addWidget(m_kind);
    filterRow->addWidget(buddyLabel(tr("T&ier:"), m_tier, box));
    filterRow->addWidget(m_tier);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(periodRow);
    layout->addLayout(filterRow);

    connect(m_period, &QComboBox::currentIndexChanged, this, &InsightsWindow::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &InsightsWindow::run);
    connect(m_until, &QDateEdit::dateChanged, this, &InsightsWindow::run);
    for (QComboBox *filter : {m_source, m_kind, m_tier})
        connect(filter, &QComboBox::currentIndexChanged, this, &InsightsWindow::run);
    periodChanged();
    return box;
}

void InsightsWindow::setSettings(const WorkingHours &hours, const PolicySet &policies)
{
    m_hours = hours;
    m_runner->setSettings(hours, policies);
    periodChanged();  // the zone may have changed: the dates follow, and the query runs again
}

void InsightsWindow::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
    periodChanged();
}

void InsightsWindow::refresh()
{
    m_active = true;
    fillFilters();
    run();
}

void InsightsWindow::fillFilters()
{
    const QVariant source = m_source->currentData();
    const QString kind = m_kind->currentData().toString();
    const QSignalBlocker blockSource(m_source);
    const QSignalBlocker blockKind(m_kind);
    m_source->clear();
    m_kind->clear();
    m_source->addItem(tr("All sources"));
    m_kind->addItem(tr("All kinds"), QString());
    std::set<QString> kinds;
    const QList<SourceConfig> sources = m_store->sources();
    for (const SourceConfig &config : sources) {
        m_source->addItem(config.name, config.id);  // a combo box item is plain text
        kinds.insert(config.kind);
    }
    for (const QString &key : kinds) {
        const SourceKind *descriptor = SourceRegistry::instance().kind(key);
        m_kind->addItem(descriptor ? descriptor->displayName() : key, key);
    }
    m_source->setCurrentIndex(std::max(0, m_source->findData(source)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

void InsightsWindow::periodChanged()
{
    const bool custom = m_period->currentData().toInt() == kCustomPeriod;
    const QTimeZone zone = m_hours.timeZone();
    if (!custom) {
        // The dates follow the chosen period, ready to be edited as a custom range.
        const auto [since, until] =
            insightsPeriodRange(InsightsPeriod(m_period->currentData().toInt()), m_now(), zone);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockUntil(m_until);
        m_from->setDate(QDateTime::fromMSecsSinceEpoch(since, zone).date());
        m_until->setDate(QDateTime::fromMSecsSinceEpoch(std::max(since, until - 1), zone).date());
    }
    m_from->setEnabled(custom);
    m_until->setEnabled(custom);
    run();
}

std::optional<InsightsRequest> InsightsWindow::request() const
{
    InsightsRequest request;
    request.nowMs = m_now();
    const QTimeZone zone = m_hours.timeZone();
    if (m_period->currentData().toInt() == kCustomPeriod) {
        if (m_until->date() < m_from->date())
            return std::nullopt;
        request.sinceMs = QDateTime(m_from->date(), QTime(0, 0), zone).toMSecsSinceEpoch();
        request.untilMs = QDateTime(m_until->date().addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    } else {
        std::tie(request.sinceMs, request.untilMs) =
            insightsPeriodRange(InsightsPeriod(m_period->currentData().toInt()), request.nowMs, zone);
    }
    if (m_source->currentData().isValid())
        request.filter.sourceId = m_source->currentData().toLongLong();
    request.filter.kind = m_kind->currentData().toString();
    if (const int tier = m_tier->currentData().toInt(); isValidTier(tier))
        request.filter.tier = Tier(tier);
    return request;
}

bool InsightsWindow::isBusy() const
{
    return m_runner->isBusy();
}

void InsightsWindow::run()
{
    if (!m_active)
        return;  // not refreshed yet: the settings and the filters are not there
    const std::optional<InsightsRequest> r = request();
    if (!r) {
        m_status->setText(tr("The last day comes before the first day."));
        return;
    }
    m_periodText->setText(InsightsText::periodText(r->sinceMs, r->untilMs, m_hours.timeZone()));
    m_status->setText(tr("Updating…"));
    m_runner->run(*r);
}

void InsightsWindow::showReport(const InsightsReport &report)
{
    m_report = report;
    m_status->clear();
    for (InsightsSection *section :
         std::initializer_list<InsightsSection *>{m_responseTimes, m_responseWindows, m_deepWork, m_arrivals})
        section->setReport(report);
    m_exportCsv->setEnabled(true);
    Q_EMIT reportShown();
}

void InsightsWindow::showFailure(const QString &error)
{
    m_status->setText(tr("Could not read the figures: %1").arg(error));
}

InsightsSection *InsightsWindow::currentSection() const
{
    const auto *area = qobject_cast<QScrollArea *>(m_tabs->currentWidget());
    return area ? qobject_cast<InsightsSection *>(area->widget()) : nullptr;
}

void InsightsWindow::fillPngMenu()
{
    QMenu *menu = m_exportPng->menu();
    menu->clear();
    const QList<QWidget *> charts = currentSection() ? currentSection()->exportables() : QList<QWidget *>{};
    if (charts.isEmpty()) {
        menu->addAction(tr("No chart on this page"))->setEnabled(false);
        return;
    }
    for (QWidget *chart : charts) {
        // The menu entry names the chart: the accessible name (our own translated text).
        QAction *action = menu->addAction(tr("%1…").arg(chart->accessibleName()));
        connect(action, &QAction::triggered, chart, [chart] {
            exportPngInteractively(chart, chart->property("fi.pngStem").toString());
        });
    }
}

bool InsightsWindow::exportCsv(const QString &path, QString *error) const
{
    if (!m_report) {
        if (error)
            *error = tr("There are no figures to export yet.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(insightsCsv(*m_report)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void InsightsWindow::exportCsvInteractively()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export data as CSV"),
                                                      QDir(folder).filePath(QStringLiteral("insights.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        plainMessageBox(this, QMessageBox::Warning, tr("Export data as CSV"),
                        tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
}

void InsightsWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    QWidget::closeEvent(event);
}

} // namespace fi
