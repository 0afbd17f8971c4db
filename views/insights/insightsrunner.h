#pragma once
/// @file insightsrunner.h
/// @brief Runs InsightsQuery (models/insights/insightsquery.h) on the worker pool for the
/// Insights window (issue 15); only the newest request's result is delivered.

#include "deadlines/responsepolicy.h"
#include "deadlines/workinghours.h"
#include "insights/insightsquery.h"

#include <QObject>
#include <QSet>

#include <memory>

class QFutureWatcherBase;

namespace fi {

class ItemStore;

/**
 * @brief Queues one InsightsQuery::run() per request on workerPool(); when a newer request was
 * started before an older one finished, the older result is dropped (never emitted).
 *
 * Lives on the GUI thread; signals arrive there. The destructor waits for the queries still
 * running (each well under a second), so the store must outlive the runner.
 */
class InsightsRunner : public QObject {
    Q_OBJECT
public:
    /// @param store read through its per-thread read connection; not owned, must outlive this.
    explicit InsightsRunner(const ItemStore *store, QObject *parent = nullptr);
    ~InsightsRunner() override;

    /// The working hours (clock and zone) and policies of the following requests.
    void setSettings(const WorkingHours &hours, const PolicySet &policies);
    /// Starts @p request; a request still running is superseded.
    void run(const InsightsRequest &request);
    /// Whether the newest request has not reported yet.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The newest request's report.
    void finished(const fi::InsightsReport &report);
    /// The newest request failed: @p error is the store's (translated) reason.
    void failed(const QString &error);

private:
    const ItemStore *m_store;
    std::shared_ptr<const InsightsQuery> m_query;
    quint64 m_generation = 0;
    bool m_busy = false;
    QSet<QFutureWatcherBase *> m_running;
};

} // namespace fi
