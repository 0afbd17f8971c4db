#pragma once
/// @file syncstatuswidget.h
/// @brief Status-bar widget with one progress bar per syncing source.

#include <QHash>
#include <QWidget>

class QHBoxLayout;

namespace fi {

/// Shows "<source> ▭▭▭▯ 40/100" per running sync; entries disappear when the sync finishes.
/// GUI thread only.
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    /// Number of sources currently shown as syncing.
    int activeCount() const { return int(m_entries.size()); }

public Q_SLOTS:
    /// @param total 0 = unknown (busy indicator).
    void setProgress(qint64 sourceId, const QString &sourceName, int done, int total);
    void setFinished(qint64 sourceId);

private:
    QHBoxLayout *m_layout;
    QHash<qint64, QWidget *> m_entries;
};

} // namespace fi
