#pragma once
/// @file sourcesfeature.h
/// @brief Keeps sources alive between syncs: remote polling/IDLE/backoff (SyncScheduler),
/// replaying the change journal to the sources (ChangeReplayService; IMAP write-back), the
/// sidebar's Sources list and removing a source.

#include <QObject>

#include <memory>

namespace fi {

class BodyCache;
class ChangeReplayService;
class ItemStore;
class MainWindow;
class SourceStatusModel;
class SyncManager;
class SyncScheduler;

/**
 * @brief Owned by Application; lives on the GUI thread. Does not own the store, sync manager or
 * window. The sidebar's "Sync now" retries at once (forgetting the backoff), "Edit account…" is
 * forwarded as editRequested(), "Remove source…" asks, then removes the source with its items,
 * pending write-back queue and whatever its kind keeps elsewhere (SourceKind::cleanup: cached
 * messages, keychain entry); never anything on the server.
 */
class SourcesFeature : public QObject {
    Q_OBJECT
public:
    SourcesFeature(ItemStore *store, SyncManager *sync, MainWindow *window, QString dataDir,
                   QString bodyCacheDir, QObject *parent = nullptr);
    ~SourcesFeature() override;

    /// Start scheduling and write-back (after the first syncAll()).
    void start();
    SyncScheduler *scheduler() const { return m_scheduler.get(); }
    /// Cache used by the reading pane's body loader; thread-safe.
    const BodyCache *bodyCache() const { return m_cache.get(); }

Q_SIGNALS:
    void editRequested(qint64 sourceId);
    /// The source list's menu asked for a kind's own command (SourceEditor::Action).
    void sourceActionRequested(const QString &kind, const QString &actionId);

private:
    void removeSource(qint64 sourceId);

    ItemStore *m_store;
    MainWindow *m_window;
    std::unique_ptr<BodyCache> m_cache;
    std::unique_ptr<SyncScheduler> m_scheduler;
    QString m_dataDir;
    std::unique_ptr<ChangeReplayService> m_replay;
    std::unique_ptr<SourceStatusModel> m_model;
};

} // namespace fi
