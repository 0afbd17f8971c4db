#pragma once
/// @file insightswindow.h
/// @brief The Insights window (issue 15, View ▸ Insights, `g i`): how fast the user answers,
/// whether the response windows are kept, how much deep work was protected, and when items
/// arrive — for a chosen period and filter, as charts with a headline number each, exportable
/// as PNG (each chart) and CSV (every figure).

#include "deadlines/responsepolicy.h"
#include "deadlines/workinghours.h"
#include "insights/insightsquery.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class QToolButton;

namespace fi {

class ArrivalsSection;
class DeepWorkSection;
class InsightsRunner;
class InsightsSection;
class ItemStore;
class ResponseTimeSection;
class ResponseWindowSection;

/**
 * @brief A top-level window (its own taskbar entry, parented for lifetime) with the period and
 * filter controls and four tabs. Every change of the period or a filter runs InsightsQuery on
 * a worker thread (InsightsRunner); a result that a newer request overtook is dropped.
 * GUI thread only.
 */
class InsightsWindow : public QWidget {
    Q_OBJECT
public:
    /// @param store read on worker threads; not owned, must outlive the window.
    explicit InsightsWindow(ItemStore *store, QWidget *parent = nullptr);
    ~InsightsWindow() override;

    /// The working hours (the working clock, holidays and the zone of local dates) and the
    /// policies (each item's clock); runs the query again (after the first refresh()).
    void setSettings(const WorkingHours &hours, const PolicySet &policies);
    /// Where "now" comes from (UTC epoch ms); the system clock by default. For tests.
    void setClock(std::function<qint64()> now);
    /// Re-reads the sources for the filters and runs the query again (F5; on every open; 3 s
    /// after the store reports changed items or sources while the window is shown). Nothing
    /// runs before the first call.
    void refresh();

    /// The request the controls describe; nullopt while a custom range ends before it starts.
    std::optional<InsightsRequest> request() const;
    /// The report shown, if any.
    const std::optional<InsightsReport> &report() const { return m_report; }
    /// Whether a query is running for the newest request.
    bool isBusy() const;
    /// Writes insightsCsv(report()) to @p path (atomically). @return false with a translated
    /// @p error (may be null) when no report is shown or the file cannot be written.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

    QTabWidget *tabs() const { return m_tabs; }
    ResponseTimeSection *responseTimes() const { return m_responseTimes; }
    ResponseWindowSection *responseWindows() const { return m_responseWindows; }
    DeepWorkSection *deepWork() const { return m_deepWork; }
    ArrivalsSection *arrivals() const { return m_arrivals; }
    /// The controls, for tests and keyboard users: the period ("This week", "Last week", "Last 30
    /// days", "Custom range"), its two dates, and the source, kind and tier filters.
    QComboBox *periodBox() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *untilEdit() const { return m_until; }
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *tierBox() const { return m_tier; }

Q_SIGNALS:
    /// A report was shown in every section.
    void reportShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildControls();
    void fillFilters();
    void periodChanged();
    void run();
    void showReport(const InsightsReport &report);
    void showFailure(const QString &error);
    void fillPngMenu();
    void exportCsvInteractively();
    InsightsSection *currentSection() const;

    ItemStore *m_store;
    InsightsRunner *m_runner;
    WorkingHours m_hours;
    std::function<qint64()> m_now;
    std::optional<InsightsReport> m_report;
    bool m_active = false;  ///< refresh() was called: changes run the query.
    QTimer *m_storeChanged = nullptr;  ///< Coalesces the store's change signals into one refresh().
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_until = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_tier = nullptr;
    // Qt::PlainText, like every label of the window (makeLabelsPlain in the constructor).
    QLabel *m_periodText = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    ResponseTimeSection *m_responseTimes = nullptr;
    ResponseWindowSection *m_responseWindows = nullptr;
    DeepWorkSection *m_deepWork = nullptr;
    ArrivalsSection *m_arrivals = nullptr;
    QToolButton *m_exportPng = nullptr;
    QPushButton *m_exportCsv = nullptr;
};

} // namespace fi
