#pragma once
/// @file sourcestatusmodel.h
/// @brief List model of the configured sources with their sync status (sidebar "Sources").

#include "sync/syncscheduler.h"

#include <QAbstractListModel>

class QTimer;

namespace fi {

/// One-line status of a source at @p nowMs (UTC ms), e.g. "Synced 3 min ago",
/// "Offline · retrying in 40 s", "Needs attention". Translated.
QString sourceStatusLine(const SourceStatus &status, qint64 nowMs);
/// Tooltip with the full reason and what happens next. Translated.
QString sourceStatusDetails(const SourceStatus &status, qint64 nowMs);

/**
 * @brief Rows = enabled sources in store order. DisplayRole = name, ToolTipRole =
 * sourceStatusDetails(), plus the roles below. Follows ItemStore::sourcesChanged(),
 * SyncScheduler::statusChanged() and refreshes relative times every 15 s.
 *
 * GUI thread only (reads the store's source list, a small query). Does not own its arguments.
 */
class SourceStatusModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        SourceIdRole = Qt::UserRole + 1, ///< qint64
        KindRole,                        ///< QString: SourceConfig::kind (the kind's registry key)
        StateRole,                       ///< int(SourceStatus::State)
        StatusLineRole,                  ///< QString: sourceStatusLine()
        NeedsUserRole,                   ///< bool: failed and only the user can fix it
        PushActiveRole,                  ///< bool
        SampleRole,                      ///< bool: the embedded sample workspace
        KindIconRole,                    ///< QString: SourceKind::icon (resource path or theme name); "" = unknown kind
        KindNameRole,                    ///< QString: SourceKind::displayName() (translated)
    };

    SourceStatusModel(ItemStore *store, SyncScheduler *scheduler, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// Row of @p sourceId, or -1.
    int rowOf(qint64 sourceId) const;

private:
    void reload();
    ItemStore *m_store;
    SyncScheduler *m_scheduler;
    QList<SourceConfig> m_sources;
    QTimer *m_tick;
};

} // namespace fi
