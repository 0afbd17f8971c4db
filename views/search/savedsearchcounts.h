#pragma once
/// @file savedsearchcounts.h
/// @brief Live counts of the saved searches for the sidebar (issue 12, "Find"): each query is
/// parsed and counted (ItemStore::count() with search/searchscope.h's searchCountQuery()) on
/// a pool thread, again after the store changes (coalesced, kCoalesceMs) and every minute
/// (is:overdue, before:7d move with the clock). The newest request wins.
/// GUI thread only (the counting itself runs on the pool).

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QTimeZone>

class QFutureWatcherBase;

namespace fi {

class ItemStore;

class SavedSearchCounts : public QObject {
    Q_OBJECT
public:
    /// Pause after a store change before counting again (ms).
    static constexpr int kCoalesceMs = 250;
    /// Recount this often even without store changes (ms).
    static constexpr int kTickMs = 60 * 1000;

    /// @param store not owned; must outlive this object.
    explicit SavedSearchCounts(ItemStore *store, QObject *parent = nullptr);
    ~SavedSearchCounts() override;  ///< Waits for a count still running.

    /// The queries to count (the saved searches' texts, in order); counts at once.
    void setQueries(const QStringList &queries);
    /// The zone of dates without one (before:/after:), as the search field uses.
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    /// The last counts, in the order of the queries (-1 = not counted yet, or a store error).
    const QList<int> &counts() const { return m_counts; }
    /// True while a count runs or one is scheduled (tests wait until false).
    bool isBusy() const { return !m_running.isEmpty() || m_coalesce.isActive(); }

public Q_SLOTS:
    /// Count now (the newest request wins).
    void refresh();

Q_SIGNALS:
    /// New counts are in counts().
    void countsChanged();

private:
    ItemStore *m_store;
    QStringList m_queries;
    QList<int> m_counts;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QTimer m_coalesce;
    QTimer m_tick;
    quint64 m_generation = 0;
    QSet<QFutureWatcherBase *> m_running;
};

} // namespace fi
