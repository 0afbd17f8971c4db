#include "sync/writebackservice.h"

#include "sources/imap/imapsource.h"
#include "sources/imap/imapwriteback.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "sync/backoff.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QThread>
#include <QThreadPool>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace fi {

namespace {

/// Whether the kind of @p source replays triage to its server (SourceKind::Capability::WriteBack).
bool replaysTriage(const SourceConfig &source)
{
    const SourceKind *kind = SourceRegistry::instance().kind(source.kind);
    return kind && kind->has(SourceKind::Capability::WriteBack);
}

/// Flushes run here, not in the global pool: QCoreApplication's destructor waits for the global
/// pool, and a flush still connecting to a silent server (before any byte arrived, the one
/// step StreamGuard::cancel() cannot cut short) would hold the exit for the network timeout.
/// Never destroyed, so nothing waits for it; the process exit ends such a flush.
QThreadPool *flushPool()
{
    static QThreadPool *pool = new QThreadPool;
    return pool;
}

/// What a flush left behind.
struct FlushOutcome {
    int pending = 0;
    QString error;
};
} // namespace

struct WriteBackService::Account {
    std::shared_ptr<imap::WriteBackQueue> queue;
    QTimer *timer = nullptr;
    QFuture<FlushOutcome> running;
    std::shared_ptr<imap::StreamGuard> guard;  ///< Of the running flush: cancel() stops it.
    bool flushing = false;
    bool again = false;   ///< Actions arrived during a flush.
    int failures = 0;
    ~Account() { delete timer; }
};

WriteBackService::WriteBackService(ItemStore *store, QString dataDir, Timing timing, QObject *parent)
    : QObject(parent), m_store(store), m_dataDir(std::move(dataDir)), m_timing(timing)
{
}

WriteBackService::WriteBackService(ItemStore *store, QString dataDir, QObject *parent)
    : WriteBackService(store, std::move(dataDir), Timing{}, parent)
{
}

WriteBackService::~WriteBackService()
{
    // Quitting never waits on a silent server: shut every flush's connection down, give them
    // kStopWaitMs to return, and leave one still connecting to end on its own (it owns its
    // queue and account; nothing it touches belongs to this object). Its actions stay queued.
    for (const auto &account : std::as_const(m_accounts)) {
        if (account->guard)
            account->guard->cancel();
    }
    QDeadlineTimer deadline(kStopWaitMs);
    for (const auto &account : std::as_const(m_accounts)) {
        while (!account->running.isFinished() && !deadline.hasExpired())
            QThread::msleep(10);
    }
}

QString WriteBackService::queueFile(qint64 sourceId) const
{
    return QDir(m_dataDir).filePath(QStringLiteral("imap-writeback-%1.json").arg(sourceId));
}

int WriteBackService::pending(qint64 sourceId) const
{
    return imap::WriteBackQueue(queueFile(sourceId)).pending();
}

void WriteBackService::start()
{
    connect(m_store, &ItemStore::itemStateChanged, this, &WriteBackService::onStateChanged, Qt::UniqueConnection);
    connect(m_store, &ItemStore::itemSeenChanged, this, &WriteBackService::onSeenChanged, Qt::UniqueConnection);
    for (const SourceConfig &source : m_store->sources()) {
        if (replaysTriage(source) && pending(source.id) > 0)
            scheduleFlush(source.id, 0);
    }
}

void WriteBackService::onStateChanged(const QList<qint64> &ids, ItemState state)
{
    if (state == ItemState::Done)
        enqueue(ids, true);
}

void WriteBackService::onSeenChanged(const QList<qint64> &ids, bool seen)
{
    if (seen)
        enqueue(ids, false);
}

void WriteBackService::enqueue(const QList<qint64> &ids, bool done)
{
    QHash<qint64, std::optional<imap::Account>> accounts;  // per source, looked up once
    QHash<qint64, QList<QPair<QString, QString>>> bySource;  // (folder, locator) per source
    for (qint64 id : ids) {
        const std::optional<Item> item = m_store->item(id);
        if (!item)
            continue;
        auto found = accounts.find(item->sourceId);
        if (found == accounts.end()) {
            const std::optional<SourceConfig> source = m_store->source(item->sourceId);
            std::optional<imap::Account> account;
            if (source && replaysTriage(*source))
                account = imap::Account::fromConfig(*source);
            found = accounts.insert(item->sourceId, account);
        }
        if (found.value() && found.value()->writeBack)
            bySource[item->sourceId].append({item->record.folder, item->record.locator});
    }
    const auto kind = done ? imap::WriteBackOp::Kind::Done : imap::WriteBackOp::Kind::Seen;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        const std::shared_ptr<Account> entry = accountFor(it.key());
        // One file rewrite per triage action, however many items it covers.
        const int queued = entry->queue->enqueue(kind, it.value());
        if (queued < it.value().size())
            qWarning("Write-back: %lld of %lld action(s) for source %lld could not be queued",
                     qint64(it.value().size() - queued), qint64(it.value().size()), it.key());
        if (queued > 0)
            scheduleFlush(it.key(), m_timing.flushDelayMs);
    }
}

std::shared_ptr<WriteBackService::Account> WriteBackService::accountFor(qint64 sourceId)
{
    std::shared_ptr<Account> &entry = m_accounts[sourceId];
    if (!entry) {
        entry = std::make_shared<Account>();
        entry->queue = std::make_shared<imap::WriteBackQueue>(queueFile(sourceId));
    }
    return entry;
}

void WriteBackService::scheduleFlush(qint64 sourceId, int delayMs)
{
    const std::shared_ptr<Account> entry = accountFor(sourceId);
    if (!entry->timer) {
        entry->timer = new QTimer;
        entry->timer->setSingleShot(true);
        connect(entry->timer, &QTimer::timeout, this, [this, sourceId] { flush(sourceId); });
    }
    entry->timer->start(delayMs);
}

void WriteBackService::flush(qint64 sourceId)
{
    const std::shared_ptr<Account> entry = m_accounts.value(sourceId);
    if (!entry)
        return;
    if (entry->flushing) {
        entry->again = true;
        return;
    }
    const std::optional<SourceConfig> source = m_store->source(sourceId);
    const std::optional<imap::Account> account = source ? imap::Account::fromConfig(*source) : std::nullopt;
    if (!account)
        return;  // source removed or broken: its queue stays on disk until it is fixed
    entry->flushing = true;
    entry->guard = std::make_shared<imap::StreamGuard>();
    entry->running = QtConcurrent::run(flushPool(), [queue = entry->queue, account = *account, guard = entry->guard] {
        FlushOutcome out;
        QString why;
        const std::optional<QString> password = imap::ImapSource::passwordFor(account, &why);
        if (!password) {
            out.error = why;
        } else {
            imap::Error error;
            queue->flush(account, *password, &error, guard);
            out.error = error.message;
        }
        out.pending = queue->pending();
        return out;
    });
    auto *watcher = new QFutureWatcher<FlushOutcome>(this);
    connect(watcher, &QFutureWatcher<FlushOutcome>::finished, this, [this, watcher, sourceId, entry] {
        watcher->deleteLater();
        const FlushOutcome out = watcher->result();
        entry->flushing = false;
        if (!out.error.isEmpty())
            qWarning("Write-back to source %lld failed, %d action(s) kept: %s", sourceId, out.pending,
                     qPrintable(out.error));
        if (out.pending > 0 && !entry->again) {
            ++entry->failures;
            scheduleFlush(sourceId, int(backoffDelayMs(entry->failures, m_timing.retryBaseMs, m_timing.retryMaxMs)));
        } else {
            entry->failures = 0;
            if (entry->again)
                scheduleFlush(sourceId, 0);
        }
        entry->again = false;
        Q_EMIT flushed(sourceId, out.pending, out.error);
    });
    watcher->setFuture(entry->running);
}

} // namespace fi
