/// @file itemstore_journal.cpp
/// @brief The change journal (pending_changes): JournalWriter (rows written inside setState,
/// setSeen, setFlagged and setTier), ItemStore's journal reads and commitChangeOutcome().

#include "sources/sourceregistry.h"
#include "storage/itemrow.h"
#include "storage/itemstore_p.h"
#include "storage/journalwriter.h"

#include <QSqlError>

namespace fi {

namespace {

constexpr ChangeKind kAllKinds[] = {ChangeKind::Seen,   ChangeKind::Unseen, ChangeKind::Done,
                                    ChangeKind::Reopen, ChangeKind::Tier,   ChangeKind::Snooze,
                                    ChangeKind::Flag,   ChangeKind::Unflag, ChangeKind::Mute};

/// Whether any registered kind journals anything (if not, no write call reads the sources).
bool anyKindJournals()
{
    const SourceRegistry &registry = SourceRegistry::instance();
    for (const QString &name : registry.kinds()) {
        const SourceKind *kind = registry.kind(name);
        if (kind && kind->journals)
            return true;
    }
    return false;
}

const QString kJournalInsertSql = QStringLiteral(
    "INSERT INTO pending_changes (source_id, item_id, kind, folder, remote_id, locator, detail, created_ms)"
    " SELECT source_id, id, ?, folder, remote_id, locator, ?, ? FROM items WHERE id = ?");

} // namespace

// ---- JournalWriter (writer thread, inside the caller's transaction) ----

bool JournalWriter::load(WriteContext &ctx)
{
    m_masks.clear();
    m_anyMask = 0;
    if (!anyKindJournals())
        return true;
    QSqlQuery *q = ctx.prepared(rows::sourceSelectSql());
    if (!q || !ctx.exec(*q))
        return false;
    const SourceRegistry &registry = SourceRegistry::instance();
    while (q->next()) {
        const SourceConfig config = rows::sourceFromQuery(*q);
        const SourceKind *kind = registry.kind(config.kind);
        if (!kind || !kind->journals)
            continue;
        unsigned mask = 0;
        for (ChangeKind change : kAllKinds) {
            if (kind->journals(config, change))
                mask |= bit(change);
        }
        if (mask != 0)
            m_masks.insert(config.id, mask);
        m_anyMask |= mask;
    }
    q->finish();
    return true;
}

bool JournalWriter::record(WriteContext &ctx, qint64 sourceId, qint64 itemId, ChangeKind kind,
                           const QVariantMap &detail, qint64 atMs)
{
    if (!journals(sourceId, kind))
        return true;
    QSqlQuery *q = ctx.prepared(kJournalInsertSql);
    if (!q)
        return false;
    q->bindValue(0, changeKindName(kind));
    q->bindValue(1, rows::settingsToJson(detail));
    q->bindValue(2, atMs);
    q->bindValue(3, itemId);
    if (!ctx.exec(*q))
        return false;
    if (q->numRowsAffected() > 0)
        m_journaled.insert(sourceId);
    return true;
}

// ---- Private ----

void ItemStore::Private::postChangesJournaled(const QSet<qint64> &sourceIds) const
{
    ItemStore *store = q;
    for (qint64 sourceId : sourceIds)
        QMetaObject::invokeMethod(
            store, [store, sourceId] { Q_EMIT store->changesJournaled(sourceId); }, Qt::QueuedConnection);
}

// ---- reads (any thread) ----

QList<PendingChange> ItemStore::pendingChanges(qint64 sourceId) const
{
    QList<PendingChange> result;
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.id, p.source_id, p.kind, p.folder, p.remote_id, p.locator, p.detail, p.attempts,"
        " p.last_error, p.created_ms, i.id, i.folder, i.remote_id, i.locator, i.attributes_json"
        " FROM pending_changes p LEFT JOIN items i ON i.id = p.item_id"
        " WHERE p.source_id = ? ORDER BY p.id"));
    q.addBindValue(sourceId);
    if (!q.exec()) {
        qWarning("ItemStore::pendingChanges failed: %s", qUtf8Printable(q.lastError().text()));
        return result;
    }
    while (q.next()) {
        PendingChange change;
        change.id = q.value(0).toLongLong();
        change.sourceId = q.value(1).toLongLong();
        const std::optional<ChangeKind> kind = changeKindFromName(q.value(2).toString());
        if (!kind) {
            qWarning("ItemStore::pendingChanges: change %lld has an unknown kind \"%s\", skipped",
                     change.id, qUtf8Printable(q.value(2).toString()));
            continue;
        }
        change.kind = *kind;
        if (!q.value(10).isNull()) {  // the item is still there: where it is now
            change.itemId = q.value(10).toLongLong();
            change.location.folder = q.value(11).toString();
            change.location.remoteId = q.value(12).toString();
            change.location.locator = q.value(13).toString();
            change.location.attributes = rows::headersFromJson(q.value(14).toString());
        } else {  // gone from the store: where it was when the change was made
            change.location.folder = q.value(3).toString();
            change.location.remoteId = q.value(4).toString();
            change.location.locator = q.value(5).toString();
        }
        change.detail = rows::settingsFromJson(q.value(6).toString());
        change.attempts = q.value(7).toInt();
        change.lastError = q.value(8).toString();
        change.createdMs = q.value(9).toLongLong();
        result << change;
    }
    return result;
}

int ItemStore::pendingChangeCount(qint64 sourceId) const
{
    QSqlDatabase db = d->readConnection();
    if (!db.isOpen())
        return 0;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM pending_changes WHERE source_id = ?"));
    q.addBindValue(sourceId);
    if (!q.exec()) {
        qWarning("ItemStore::pendingChangeCount failed: %s", qUtf8Printable(q.lastError().text()));
        return 0;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

// ---- commitChangeOutcome (writer thread, one transaction) ----

namespace {

/// Moves item @p itemId of @p sourceId to @p to (folder, remote id, locator; attributes merged,
/// an empty value removes the key). Another row of the same source already at the new remote id
/// (a sync of the target folder found the message before the move was committed) is deleted:
/// the moved item carries the triage. Their ids go to @p changed / @p removed.
bool moveItem(WriteContext &ctx, qint64 itemId, const ItemLocation &to, QList<qint64> *changed,
              QList<qint64> *removed)
{
    QSqlQuery *get = ctx.prepared(QStringLiteral("SELECT source_id, attributes_json FROM items WHERE id = ?"));
    QSqlQuery *dupes = ctx.prepared(
        QStringLiteral("DELETE FROM items WHERE source_id = ? AND remote_id = ? AND id <> ? RETURNING id"));
    QSqlQuery *set = ctx.prepared(QStringLiteral(
        "UPDATE items SET folder = ?, remote_id = ?, locator = ?, attributes_json = ? WHERE id = ?"));
    if (!get || !dupes || !set)
        return false;
    get->bindValue(0, itemId);
    if (!ctx.exec(*get))
        return false;
    if (!get->next())
        return true;  // deleted meanwhile (ON DELETE SET NULL raced us): nothing to move
    const qint64 sourceId = get->value(0).toLongLong();
    QMap<QString, QString> attributes = rows::headersFromJson(get->value(1).toString());
    get->finish();
    for (auto it = to.attributes.cbegin(); it != to.attributes.cend(); ++it) {
        if (it.value().isEmpty())
            attributes.remove(it.key());
        else
            attributes.insert(it.key(), it.value());
    }
    dupes->bindValue(0, sourceId);
    dupes->bindValue(1, rows::text(to.remoteId));
    dupes->bindValue(2, itemId);
    if (!ctx.exec(*dupes))
        return false;
    while (dupes->next())
        removed->append(dupes->value(0).toLongLong());
    dupes->finish();
    set->bindValue(0, rows::text(to.folder));
    set->bindValue(1, rows::text(to.remoteId));
    set->bindValue(2, rows::text(to.locator));
    set->bindValue(3, rows::headersToJson(attributes));
    set->bindValue(4, itemId);
    if (!ctx.exec(*set))
        return false;
    changed->append(itemId);
    return true;
}

} // namespace

QFuture<bool> ItemStore::commitChangeOutcome(const ChangeOutcome &outcome)
{
    if (!d->writer)
        return Private::finished(false);
    auto changed = std::make_shared<QList<qint64>>();
    auto removed = std::make_shared<QList<qint64>>();
    return d->writer->transact<bool>(
        [outcome, changed, removed](WriteContext &ctx, bool &ok) {
            QSqlQuery *get = ctx.prepared(QStringLiteral("SELECT item_id FROM pending_changes WHERE id = ?"));
            if (!get)
                return false;
            get->bindValue(0, outcome.changeId);
            if (!ctx.exec(*get))
                return false;
            if (!get->next()) {
                ctx.error = QStringLiteral("no pending change with id %1").arg(outcome.changeId);
                return false;  // its source was removed meanwhile, or it was committed already
            }
            const qint64 itemId = get->value(0).isNull() ? 0 : get->value(0).toLongLong();
            get->finish();

            QSqlQuery *q = nullptr;
            switch (outcome.status) {
            case ChangeOutcome::Status::Applied:
            case ChangeOutcome::Status::Dropped:
                q = ctx.prepared(QStringLiteral("DELETE FROM pending_changes WHERE id = ?"));
                if (!q)
                    return false;
                q->bindValue(0, outcome.changeId);
                break;
            case ChangeOutcome::Status::Progress:
                q = ctx.prepared(QStringLiteral("UPDATE pending_changes SET detail = ? WHERE id = ?"));
                if (!q)
                    return false;
                q->bindValue(0, rows::settingsToJson(outcome.detail));
                q->bindValue(1, outcome.changeId);
                break;
            case ChangeOutcome::Status::Failed:
                q = ctx.prepared(QStringLiteral(
                    "UPDATE pending_changes SET attempts = attempts + 1, last_error = ?, detail = ? WHERE id = ?"));
                if (!q)
                    return false;
                q->bindValue(0, rows::text(outcome.error));
                q->bindValue(1, rows::settingsToJson(outcome.detail));
                q->bindValue(2, outcome.changeId);
                break;
            }
            if (!ctx.exec(*q))
                return false;
            if (outcome.moved && itemId != 0 && !moveItem(ctx, itemId, *outcome.moved, changed.get(), removed.get()))
                return false;
            ok = true;
            return true;
        },
        [changeId = outcome.changeId](bool &ok, const QString &error) {
            ok = false;
            qWarning("ItemStore::commitChangeOutcome(%lld) failed: %s", changeId, qUtf8Printable(error));
        },
        [this, changed, removed, outcome](const bool &) {
            if (outcome.status == ChangeOutcome::Status::Dropped)
                qWarning("Change %lld can never reach its source and was dropped: %s", outcome.changeId,
                         qUtf8Printable(outcome.error));
            d->postItemsChanged(*changed + *removed);
        });
}

} // namespace fi
