/// @file itemstore.cpp
/// @brief ItemStore: open/migrate and the write calls (queued to the writer thread).
/// Reads are in itemstore_reads.cpp, the batch body in batchwriter.cpp.

#include "storage/itemstore.h"

#include "storage/fulltextgroup.h"
#include "storage/itemrow.h"
#include "storage/itemstore_p.h"
#include "storage/journalwriter.h"
#include "storage/migrator.h"

#include <QAtomicInteger>
#include <QDateTime>

namespace fi {

namespace {

qint64 nowIfZero(qint64 atMs)
{
    return atMs != 0 ? atMs : QDateTime::currentMSecsSinceEpoch();
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

/// The journal rows of one item's state change from @p oldName to @p state (see setState()).
bool journalStateChange(WriteContext &ctx, JournalWriter &journal, qint64 sourceId, qint64 itemId,
                        const QString &oldName, ItemState state, std::optional<qint64> until, qint64 at, bool mute)
{
    if (state == ItemState::Done)
        return (!mute || journal.record(ctx, sourceId, itemId, ChangeKind::Mute, {}, at))
               && journal.record(ctx, sourceId, itemId, ChangeKind::Done, {}, at);
    if (oldName == itemStateName(ItemState::Done)
        && !journal.record(ctx, sourceId, itemId, ChangeKind::Reopen, {}, at))
        return false;
    if (state == ItemState::Snoozed && until)
        return journal.record(ctx, sourceId, itemId, ChangeKind::Snooze, {{QStringLiteral("until"), *until}}, at);
    return true;
}

} // namespace

// ---- Private ----

QSqlDatabase ItemStore::Private::readConnection() const
{
    if (!reads)
        return QSqlDatabase();
    QString error;
    QSqlDatabase db = reads->connection(&error);
    if (!db.isOpen())
        qWarning("ItemStore: cannot open read connection: %s", qUtf8Printable(error));
    return db;
}

void ItemStore::Private::postItemsChanged(const QList<qint64> &ids,
                                          std::function<void(ItemStore *, const QList<qint64> &)> alsoEmit) const
{
    if (ids.isEmpty())
        return;
    ItemStore *store = q;
    QMetaObject::invokeMethod(
        store,
        [store, ids, alsoEmit = std::move(alsoEmit)] {
            Q_EMIT store->itemsChanged(ids);
            if (alsoEmit)
                alsoEmit(store, ids);
        },
        Qt::QueuedConnection);
}

void ItemStore::Private::postSourcesChanged() const
{
    ItemStore *store = q;
    QMetaObject::invokeMethod(
        store, [store] { Q_EMIT store->sourcesChanged(); }, Qt::QueuedConnection);
}

// ---- lifetime ----

ItemStore::ItemStore(QString databasePath, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, std::move(databasePath)))
{
}

ItemStore::~ItemStore()
{
    d->writer.reset();  // runs what is queued, commits, closes the write connection
    d->reads.reset();   // closes the read connections
}

OpenError ItemStore::open(QString *errorText)
{
    if (d->writer)
        return OpenError::None;
    const MigrationResult migrated = Migrator().migrate(d->path);
    d->version = migrated.version;
    if (migrated.error != OpenError::None) {
        if (errorText)
            *errorText = migrated.message;
        qWarning("ItemStore: %s", qUtf8Printable(migrated.message));
        return migrated.error;
    }
    auto writer = std::make_unique<StoreWriter>(d->path, fullTextGroupHooks());
    QString error;
    if (!writer->startAndWait(&error)) {
        if (errorText)
            *errorText = tr("Cannot open the database %1: %2").arg(d->path, error);
        return OpenError::CannotOpen;
    }
    d->writer = std::move(writer);
    d->reads = std::make_unique<db::ReadConnections>(d->path);
    return OpenError::None;
}

int ItemStore::latestSchemaVersion()
{
    return Migrator().latestVersion();
}

int ItemStore::schemaVersion() const
{
    return d->version;
}

QString ItemStore::databasePath() const
{
    return d->path;
}

QSqlDatabase ItemStore::readConnection() const
{
    return d->readConnection();
}

void ItemStore::flush()
{
    if (d->writer)
        d->writer->flush();
}

// ---- sources ----

namespace {
/// Binds kind, name, location, settings, enabled, sample to placeholders 0…5 of @p q.
void bindSourceColumns(QSqlQuery &q, const SourceConfig &config)
{
    q.bindValue(0, rows::text(config.kind));
    q.bindValue(1, rows::text(config.name));
    q.bindValue(2, rows::text(config.location));
    q.bindValue(3, rows::settingsToJson(config.settings));
    q.bindValue(4, int(config.enabled));
    q.bindValue(5, int(config.sample));
}
} // namespace

QFuture<qint64> ItemStore::addSource(const SourceConfig &config)
{
    if (!d->writer)
        return Private::finished<qint64>(0);
    return d->writer->transact<qint64>(
        [config](WriteContext &ctx, qint64 &id) {
            QSqlQuery *q = ctx.prepared(QStringLiteral(
                "INSERT INTO sources (kind, name, location, settings, enabled, sample, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"));
            if (!q)
                return false;
            bindSourceColumns(*q, config);
            q->bindValue(6, QDateTime::currentMSecsSinceEpoch());
            if (!ctx.exec(*q))
                return false;
            id = q->lastInsertId().toLongLong();
            return true;
        },
        [](qint64 &id, const QString &error) {
            id = 0;
            qWarning("ItemStore::addSource failed: %s", qUtf8Printable(error));
        },
        [this](const qint64 &) { d->postSourcesChanged(); });
}

QFuture<QList<qint64>> ItemStore::addSources(const QList<SourceConfig> &configs)
{
    if (!d->writer)
        return Private::finished(QList<qint64>());
    return d->writer->transact<QList<qint64>>(
        [configs](WriteContext &ctx, QList<qint64> &ids) {
            QSqlQuery *q = ctx.prepared(QStringLiteral(
                "INSERT INTO sources (kind, name, location, settings, enabled, sample, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"));
            if (!q)
                return false;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const SourceConfig &config : configs) {
                bindSourceColumns(*q, config);
                q->bindValue(6, now);
                if (!ctx.exec(*q))
                    return false;
                ids.append(q->lastInsertId().toLongLong());
            }
            return true;
        },
        [](QList<qint64> &ids, const QString &error) {
            ids.clear();
            qWarning("ItemStore::addSources failed: %s", qUtf8Printable(error));
        },
        [this](const QList<qint64> &) { d->postSourcesChanged(); });
}

QFuture<bool> ItemStore::updateSource(const SourceConfig &config)
{
    if (!d->writer)
        return Private::finished(false);
    return d->writer->transact<bool>(
        [config](WriteContext &ctx, bool &ok) {
            QSqlQuery *q = ctx.prepared(QStringLiteral(
                "UPDATE sources SET kind = ?, name = ?, location = ?, settings = ?, enabled = ?,"
                " sample = ? WHERE id = ?"));
            if (!q)
                return false;
            bindSourceColumns(*q, config);
            q->bindValue(6, config.id);
            if (!ctx.exec(*q))
                return false;
            ok = q->numRowsAffected() > 0;
            if (!ok)
                ctx.error = QStringLiteral("no source with id %1").arg(config.id);
            return ok;
        },
        [](bool &ok, const QString &) { ok = false; },
        [this](const bool &) { d->postSourcesChanged(); });
}

QFuture<bool> ItemStore::removeSource(qint64 sourceId)
{
    if (!d->writer)
        return Private::finished(false);
    auto removedIds = std::make_shared<QList<qint64>>();
    return d->writer->transact<bool>(
        [sourceId, removedIds](WriteContext &ctx, bool &ok) {
            QSqlQuery *ids = ctx.prepared(QStringLiteral("SELECT id FROM items WHERE source_id = ?"));
            QSqlQuery *del = ctx.prepared(QStringLiteral("DELETE FROM sources WHERE id = ?"));
            if (!ids || !del)
                return false;
            ids->bindValue(0, sourceId);
            if (!ctx.exec(*ids))
                return false;
            while (ids->next())
                removedIds->append(ids->value(0).toLongLong());
            ids->finish();
            del->bindValue(0, sourceId);
            if (!ctx.exec(*del))
                return false;  // items, their events and sync_state go by ON DELETE CASCADE
            ok = del->numRowsAffected() > 0;
            if (!ok)
                ctx.error = QStringLiteral("no source with id %1").arg(sourceId);
            return ok;
        },
        [](bool &ok, const QString &) { ok = false; },
        [this, removedIds](const bool &) {
            d->postItemsChanged(*removedIds);
            d->postSourcesChanged();
        });
}

// ---- items ----

QFuture<StoreBatchResult> ItemStore::applyBatch(const StoreBatch &batch)
{
    if (!d->writer) {
        if (batch.written)
            batch.written();
        StoreBatchResult failed;
        failed.error = tr("The database is not open.");
        return Private::finished(failed);
    }
    // The batch's memory is released with the job; the source may parse the next one as soon
    // as this one's statements ran (StoreBatch::written), once.
    auto written = std::make_shared<std::function<void()>>(batch.written);
    auto signalWritten = [written] {
        if (*written) {
            (*written)();
            *written = nullptr;
        }
    };
    return d->writer->transact<StoreBatchResult>(
        [batch, signalWritten](WriteContext &ctx, StoreBatchResult &result) {
            result.ok = writeBatch(ctx, batch, result);
            signalWritten();
            return result.ok;
        },
        [sourceId = batch.sourceId, signalWritten](StoreBatchResult &result, const QString &error) {
            signalWritten();
            result = StoreBatchResult();
            if (error == StoreWriter::kChainFailed) {
                result.skipped = true;
                result.error = tr("Not stored: an earlier batch of this sync failed.");
                return;
            }
            qWarning("ItemStore::applyBatch failed (source %lld): %s", sourceId, qUtf8Printable(error));
            result.error = tr("Storing a batch failed: %1").arg(error);
        },
        [this, moved = !batch.location.isEmpty()](const StoreBatchResult &result) {
            d->postItemsChanged(result.changedIds + result.removedIds);
            if (moved)
                d->postSourcesChanged();
        },
        batch.runId);
}

quint64 ItemStore::newSyncRun()
{
    static QAtomicInteger<quint64> serial = 0;
    return serial.fetchAndAddRelaxed(1) + 1;
}

void ItemStore::endSyncRun(quint64 runId)
{
    if (d->writer)
        d->writer->endChain(runId);
}

void ItemStore::previewItems(const QList<Item> &items)
{
    if (!items.isEmpty())
        Q_EMIT itemsPreviewed(items);
}

QFuture<bool> ItemStore::setState(const QList<qint64> &ids, ItemState state,
                                  std::optional<qint64> snoozedUntilMs, qint64 atMs)
{
    return writeState(ids, state, snoozedUntilMs, atMs, false);
}

QFuture<bool> ItemStore::muteAndDone(const QList<qint64> &ids, qint64 atMs)
{
    return writeState(ids, ItemState::Done, std::nullopt, atMs, true);
}

QFuture<bool> ItemStore::writeState(const QList<qint64> &ids, ItemState state, std::optional<qint64> snoozedUntilMs,
                                    qint64 atMs, bool mute)
{
    if (!d->writer)
        return Private::finished(false);
    const qint64 at = nowIfZero(atMs);
    auto changed = std::make_shared<QList<qint64>>();
    auto journal = std::make_shared<JournalWriter>();
    return d->writer->transact<bool>(
        [=](WriteContext &ctx, bool &ok) {
            if (state == ItemState::Snoozed && !snoozedUntilMs) {
                ctx.error = QStringLiteral("snooze without a time");
                return false;
            }
            if (!journal->load(ctx))
                return false;
            QSqlQuery *get = ctx.prepared(
                QStringLiteral("SELECT state, snoozed_until_ms, source_id FROM items WHERE id = ?"));
            QSqlQuery *set = ctx.prepared(QStringLiteral(
                "UPDATE items SET state = ?, snoozed_until_ms = ?, done_ms = ? WHERE id = ?"));
            QSqlQuery *event = ctx.prepared(QStringLiteral(
                "INSERT INTO item_events (item_id, kind, at_ms, detail) VALUES (?, ?, ?, ?)"));
            if (!get || !set || !event)
                return false;
            const QString newName = itemStateName(state);
            for (qint64 id : ids) {
                get->bindValue(0, id);
                if (!ctx.exec(*get))
                    return false;
                if (!get->next())
                    continue;  // unknown (e.g. removed by a sync meanwhile)
                const QString oldName = get->value(0).toString();
                const std::optional<qint64> oldUntil = rows::optionalMs(get->value(1));
                const qint64 sourceId = get->value(2).toLongLong();
                get->finish();
                const std::optional<qint64> until =
                    state == ItemState::Snoozed ? snoozedUntilMs : std::nullopt;
                if (oldName == newName && oldUntil == until)
                    continue;
                set->bindValue(0, rows::text(newName));
                set->bindValue(1, rows::nullable(until));
                set->bindValue(2, rows::nullable(state == ItemState::Done
                                                     ? std::optional<qint64>(at)
                                                     : std::nullopt));
                set->bindValue(3, id);
                if (!ctx.exec(*set))
                    return false;
                if (!journalStateChange(ctx, *journal, sourceId, id, oldName, state, until, at, mute))
                    return false;
                event->bindValue(0, id);
                switch (state) {
                case ItemState::Done:
                    event->bindValue(1, QStringLiteral("done"));
                    event->bindValue(3, rows::text(oldName));
                    break;
                case ItemState::Open:
                    event->bindValue(1, QStringLiteral("reopened"));
                    event->bindValue(3, rows::text(oldName));
                    break;
                case ItemState::Snoozed:
                    event->bindValue(1, QStringLiteral("snoozed"));
                    event->bindValue(3, isoUtc(*until));
                    break;
                }
                event->bindValue(2, at);
                if (!ctx.exec(*event))
                    return false;
                changed->append(id);
            }
            ok = true;
            return true;
        },
        [this, ids](bool &ok, const QString &error) {
            ok = false;
            qWarning("ItemStore::setState failed: %s", qUtf8Printable(error));
            d->postItemsChanged(ids); // views that showed a preview read the items again
        },
        [this, changed, state, journal](const bool &) {
            d->postItemsChanged(*changed, [state](ItemStore *store, const QList<qint64> &ids) {
                Q_EMIT store->itemStateChanged(ids, state);
            });
            d->postChangesJournaled(journal->journaledSources());
        });
}

QFuture<bool> ItemStore::setTier(const QList<qint64> &ids, Tier tier, const QString &reason,
                                 std::optional<qint64> dueMs, const QString &policy, qint64 atMs)
{
    if (!d->writer || !isValidTier(int(tier)))
        return Private::finished(false);
    const qint64 at = nowIfZero(atMs);
    auto changed = std::make_shared<QList<qint64>>();
    auto journal = std::make_shared<JournalWriter>();
    return d->writer->transact<bool>(
        [=](WriteContext &ctx, bool &ok) {
            if (!journal->load(ctx))
                return false;
            QSqlQuery *get = ctx.prepared(QStringLiteral("SELECT tier, source_id FROM items WHERE id = ?"));
            QSqlQuery *set = ctx.prepared(QStringLiteral(
                "UPDATE items SET tier = ?, tier_reason = ?, due_ms = ?, policy = ? WHERE id = ?"));
            QSqlQuery *event = ctx.prepared(QStringLiteral(
                "INSERT INTO item_events (item_id, kind, at_ms, detail) VALUES (?, 'tier', ?, ?)"));
            if (!get || !set || !event)
                return false;
            for (qint64 id : ids) {
                get->bindValue(0, id);
                if (!ctx.exec(*get))
                    return false;
                if (!get->next())
                    continue;
                const int oldTier = get->value(0).toInt();
                const qint64 sourceId = get->value(1).toLongLong();
                get->finish();
                set->bindValue(0, int(tier));
                set->bindValue(1, rows::text(reason));
                set->bindValue(2, rows::nullable(dueMs));
                set->bindValue(3, rows::text(policy));
                set->bindValue(4, id);
                if (!ctx.exec(*set))
                    return false;
                if (oldTier != int(tier)) {
                    event->bindValue(0, id);
                    event->bindValue(1, at);
                    event->bindValue(2, QStringLiteral("%1->%2").arg(oldTier).arg(int(tier)));
                    if (!ctx.exec(*event))
                        return false;
                    if (!journal->record(ctx, sourceId, id, ChangeKind::Tier,
                                         {{QStringLiteral("tier"), int(tier)}}, at))
                        return false;
                }
                changed->append(id);
            }
            ok = true;
            return true;
        },
        [this, ids](bool &ok, const QString &error) {
            ok = false;
            qWarning("ItemStore::setTier failed: %s", qUtf8Printable(error));
            d->postItemsChanged(ids); // views that showed a preview read the items again
        },
        [this, changed, journal](const bool &) {
            d->postItemsChanged(*changed);
            d->postChangesJournaled(journal->journaledSources());
        });
}

QFuture<bool> ItemStore::runWrite(std::function<bool(QSqlDatabase &, QString *)> body)
{
    if (!d->writer)
        return Private::finished(false);
    return d->writer->transact<bool>(
        [body = std::move(body)](WriteContext &ctx, bool &ok) {
            ok = body(ctx.db(), &ctx.error);
            return ok;
        },
        [](bool &ok, const QString &) { ok = false; });
}

namespace {

/// One boolean source flag (seen, flagged) of an item. The journal row is written BEFORE the
/// update: schema v5's triggers keep a journaled value against syncs by reading the newest row.
struct FlagColumn {
    QString select;  ///< "SELECT source_id, <column> FROM items WHERE id = ?"
    QString update;  ///< "UPDATE items SET <column> = ? WHERE id = ?"
};

FlagColumn flagColumn(const char *column)
{
    const QString c = QString::fromLatin1(column);
    return {QStringLiteral("SELECT source_id, %1 FROM items WHERE id = ?").arg(c),
            QStringLiteral("UPDATE items SET %1 = ? WHERE id = ?").arg(c)};
}

/// Sets @p column of @p id to @p value when it differs, journaling @p change first.
/// @return false on an SQL error; *changed = whether the value changed.
bool setFlagValue(WriteContext &ctx, JournalWriter &journal, const FlagColumn &column, qint64 id, bool value,
                  ChangeKind change, qint64 at, bool *changed)
{
    *changed = false;
    QSqlQuery *get = ctx.prepared(column.select);
    QSqlQuery *set = ctx.prepared(column.update);
    if (!get || !set)
        return false;
    get->bindValue(0, id);
    if (!ctx.exec(*get))
        return false;
    if (!get->next())
        return true;  // unknown id
    const qint64 sourceId = get->value(0).toLongLong();
    const bool current = get->value(1).toBool();
    get->finish();
    if (current == value)
        return true;
    if (!journal.record(ctx, sourceId, id, change, {}, at))
        return false;
    set->bindValue(0, int(value));
    set->bindValue(1, id);
    if (!ctx.exec(*set))
        return false;
    *changed = true;
    return true;
}

} // namespace

QFuture<bool> ItemStore::setSeen(const QList<qint64> &ids, bool seen, qint64 openedAtMs)
{
    if (!d->writer)
        return Private::finished(false);
    auto changed = std::make_shared<QList<qint64>>();
    auto seenChanged = std::make_shared<QList<qint64>>();  // subset of changed
    auto journal = std::make_shared<JournalWriter>();
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const ChangeKind change = seen ? ChangeKind::Seen : ChangeKind::Unseen;
    return d->writer->transact<bool>(
        [=](WriteContext &ctx, bool &ok) {
            if (!journal->load(ctx))
                return false;
            const FlagColumn column = flagColumn("seen");
            QSqlQuery *opened = ctx.prepared(
                QStringLiteral("UPDATE items SET opened_ms = ? WHERE id = ? AND opened_ms IS NULL"));
            if (!opened)
                return false;
            for (qint64 id : ids) {
                bool updated = false;  // false: unknown, or already so
                if (!setFlagValue(ctx, *journal, column, id, seen, change, at, &updated))
                    return false;
                if (updated)
                    seenChanged->append(id);
                bool openedNow = false;
                if (openedAtMs > 0) {
                    opened->bindValue(0, openedAtMs);
                    opened->bindValue(1, id);
                    if (!ctx.exec(*opened))
                        return false;
                    openedNow = opened->numRowsAffected() > 0;
                }
                if (updated || openedNow)
                    changed->append(id);
            }
            ok = true;
            return true;
        },
        [](bool &ok, const QString &) { ok = false; },
        [this, changed, seenChanged, seen, journal](const bool &) {
            d->postItemsChanged(*changed, [seenChanged, seen](ItemStore *store, const QList<qint64> &) {
                if (!seenChanged->isEmpty())
                    Q_EMIT store->itemSeenChanged(*seenChanged, seen);
            });
            d->postChangesJournaled(journal->journaledSources());
        });
}

QFuture<bool> ItemStore::setFlagged(const QList<qint64> &ids, bool flagged)
{
    if (!d->writer)
        return Private::finished(false);
    auto changed = std::make_shared<QList<qint64>>();
    auto journal = std::make_shared<JournalWriter>();
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const ChangeKind change = flagged ? ChangeKind::Flag : ChangeKind::Unflag;
    return d->writer->transact<bool>(
        [=](WriteContext &ctx, bool &ok) {
            if (!journal->load(ctx))
                return false;
            const FlagColumn column = flagColumn("flagged");
            for (qint64 id : ids) {
                bool updated = false;
                if (!setFlagValue(ctx, *journal, column, id, flagged, change, at, &updated))
                    return false;
                if (updated)
                    changed->append(id);
            }
            ok = true;
            return true;
        },
        [](bool &ok, const QString &error) {
            ok = false;
            qWarning("ItemStore::setFlagged failed: %s", qUtf8Printable(error));
        },
        [this, changed, journal](const bool &) {
            d->postItemsChanged(*changed);
            d->postChangesJournaled(journal->journaledSources());
        });
}

} // namespace fi
