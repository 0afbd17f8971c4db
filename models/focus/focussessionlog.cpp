#include "focus/focussessionlog.h"

#include "storage/itemstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace fi {

QFuture<bool> FocusSessionLog::record(const FocusSessionRecord &s)
{
    return m_store->runWrite([s](QSqlDatabase &db, QString *error) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO focus_sessions (start_ms, end_ms, planned_end_ms, origin, held_back, "
                                 "breakthroughs) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(s.startMs);
        q.addBindValue(std::max(s.endMs, s.startMs));
        q.addBindValue(s.plannedEndMs);
        q.addBindValue(s.origin == FocusOrigin::Manual ? QStringLiteral("manual") : QStringLiteral("schedule"));
        q.addBindValue(s.heldBack);
        q.addBindValue(s.breakthroughs);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    });
}

QFuture<bool> FocusSessionLog::recordEvent(const FocusEventRecord &e)
{
    return m_store->runWrite([e](QSqlDatabase &db, QString *error) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO focus_events (at_ms, kind, item_id, reason) "
                                 "VALUES (?, ?, (SELECT id FROM items WHERE id = ?), ?)"));
        q.addBindValue(e.atMs);
        q.addBindValue(e.kind == FocusEventRecord::Kind::Held ? QStringLiteral("held") : QStringLiteral("breakthrough"));
        q.addBindValue(e.itemId);
        q.addBindValue(e.kind == FocusEventRecord::Kind::Breakthrough ? breakthroughReasonName(e.reason) : QString(""));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    });
}

QList<FocusSessionRecord> FocusSessionLog::sessions(qint64 fromMs, qint64 toMs) const
{
    // A private read connection per thread, like the store's readers (WAL lets it read while the writer commits).
    const QString name = QStringLiteral("fi-focuslog-%1").arg(quintptr(QThread::currentThreadId()));
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (db.databaseName() != m_store->databasePath()) {
        db.close();
        db.setDatabaseName(m_store->databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    }
    QList<FocusSessionRecord> out;
    if (!db.isOpen() && !db.open())
        return out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT start_ms, end_ms, planned_end_ms, origin, held_back, breakthroughs "
                             "FROM focus_sessions WHERE start_ms >= ? AND start_ms < ? ORDER BY start_ms, id"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toString() == QLatin1String("schedule") ? FocusOrigin::Schedule : FocusOrigin::Manual,
                    q.value(4).toInt(), q.value(5).toInt()});
    }
    return out;
}

} // namespace fi
