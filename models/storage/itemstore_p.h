#pragma once
/// @file itemstore_p.h
/// @brief Private state of ItemStore shared by itemstore.cpp (open, writes) and
/// itemstore_reads.cpp (reads). Not part of the public API.

#include "storage/database.h"
#include "storage/itemstore.h"
#include "storage/storewriter.h"

#include <QPromise>
#include <QSet>

#include <functional>

namespace fi {

class ItemStore::Private {
public:
    explicit Private(ItemStore *owner, QString databasePath)
        : q(owner), path(std::move(databasePath)) {}

    ItemStore *q;
    QString path;
    int version = 0;
    std::unique_ptr<StoreWriter> writer;        ///< Null until open() succeeded.
    std::unique_ptr<db::ReadConnections> reads; ///< Null until open() succeeded.

    /// The calling thread's read connection (invalid before open()).
    QSqlDatabase readConnection() const;

    /// Emit itemsChanged(ids) on the store's thread (called on the writer thread after COMMIT).
    /// Emit itemsChanged(@p ids) on the owner thread (queued), then @p alsoEmit(ids) for a more
    /// specific signal, in the same event. Nothing when @p ids is empty.
    void postItemsChanged(const QList<qint64> &ids,
                          std::function<void(ItemStore *, const QList<qint64> &)> alsoEmit = {}) const;
    void postSourcesChanged() const;
    /// Emit changesJournaled(id) for each of @p sourceIds on the owner thread (queued); called
    /// on the writer thread after COMMIT (itemstore_journal.cpp).
    void postChangesJournaled(const QSet<qint64> &sourceIds) const;

    /// An already finished future holding @p value (for writes before open()).
    template <typename T>
    static QFuture<T> finished(T value)
    {
        QPromise<T> promise;
        QFuture<T> future = promise.future();
        promise.start();
        promise.addResult(std::move(value));
        promise.finish();
        return future;
    }
};

/// Write @p batch on the writer connection (inside the caller's transaction).
/// @return false (ctx.error set) if a statement failed; the caller rolls back.
bool writeBatch(WriteContext &ctx, const StoreBatch &batch, StoreBatchResult &result);

} // namespace fi
