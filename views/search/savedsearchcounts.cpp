#include "search/savedsearchcounts.h"

#include "concurrency/workerpool.h"
#include "search/searchquery.h"
#include "search/searchscope.h"
#include "storage/itemstore.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace fi {

SavedSearchCounts::SavedSearchCounts(ItemStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &SavedSearchCounts::refresh);
    connect(m_store, &ItemStore::itemsChanged, &m_coalesce, qOverload<>(&QTimer::start));
    connect(m_store, &ItemStore::sourcesChanged, &m_coalesce, qOverload<>(&QTimer::start));
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &SavedSearchCounts::refresh);
    m_tick.start();
}

SavedSearchCounts::~SavedSearchCounts()
{
    const auto running = m_running;
    for (QFutureWatcherBase *watcher : running)
        watcher->waitForFinished();
}

void SavedSearchCounts::setQueries(const QStringList &queries)
{
    m_queries = queries;
    m_counts = QList<int>(queries.size(), -1);
    refresh();
}

void SavedSearchCounts::refresh()
{
    m_coalesce.stop();
    const quint64 generation = ++m_generation;
    if (m_queries.isEmpty()) {
        Q_EMIT countsChanged();
        return;
    }
    auto *watcher = new QFutureWatcher<QList<int>>(this);
    m_running.insert(watcher);
    connect(watcher, &QFutureWatcher<QList<int>>::finished, this, [this, watcher, generation] {
        m_running.remove(watcher);
        watcher->deleteLater();
        if (generation != m_generation)
            return;  // newer queries or store state: their count wins
        m_counts = watcher->future().takeResult();
        Q_EMIT countsChanged();
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [store = m_store, queries = m_queries, zone = m_zone] {
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        SearchContext context;
        context.nowMs = nowMs;
        context.zone = zone;
        QList<int> counts;
        counts.reserve(queries.size());
        for (const QString &text : queries) {
            auto parsed = std::make_shared<const SearchQuery>(parseSearch(text, context));
            counts << (parsed->isEmpty() ? 0 : store->count(searchCountQuery(parsed, nowMs)));
        }
        return counts;
    }));
}

} // namespace fi
