#include "insightsrunner.h"

#include "concurrency/workerpool.h"
#include "storage/itemstore.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace fi {

namespace {
struct Outcome {
    std::optional<InsightsReport> report;
    QString error;
};
} // namespace

InsightsRunner::InsightsRunner(const ItemStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_query(std::make_shared<const InsightsQuery>(WorkingHours(), PolicySet()))
{
}

InsightsRunner::~InsightsRunner()
{
    const auto running = m_running;
    for (QFutureWatcherBase *watcher : running)
        watcher->waitForFinished();
}

void InsightsRunner::setSettings(const WorkingHours &hours, const PolicySet &policies)
{
    m_query = std::make_shared<const InsightsQuery>(hours, policies);
}

void InsightsRunner::run(const InsightsRequest &request)
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_running.insert(watcher);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        m_running.remove(watcher);
        watcher->deleteLater();
        if (generation != m_generation)
            return;  // a newer request is running: its result wins
        m_busy = false;
        Outcome outcome = watcher->future().takeResult();
        if (outcome.report)
            Q_EMIT finished(*outcome.report);
        else
            Q_EMIT failed(outcome.error);
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [store = m_store, query = m_query, request] {
        Outcome outcome;
        outcome.report = query->run(*store, request, &outcome.error);
        return outcome;
    }));
}

} // namespace fi
