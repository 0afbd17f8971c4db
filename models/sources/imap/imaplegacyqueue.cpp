#include "sources/imap/imaplegacyqueue.h"

#include "config/jsonfile.h"
#include "sources/imap/imapsyncstate.h"
#include "storage/itemstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <optional>

namespace fi::imap {
namespace {

/// A JSON number that is a whole number in 0 … 2^32-1, else nullopt (a hand-edited or damaged
/// file must not reach a float-to-integer cast out of range).
std::optional<quint32> uint32FromJson(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= 0 && d <= 4294967295.0) || d != std::floor(d))
        return std::nullopt;
    return quint32(d);
}

/// "" instead of a null string: the columns are NOT NULL.
QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

} // namespace

QString legacyQueueFile(const QString &dataDir, qint64 sourceId)
{
    return QDir(dataDir).filePath(QStringLiteral("imap-writeback-%1.json").arg(sourceId));
}

QList<LegacyQueueEntry> readLegacyQueue(const QString &path, QString *warning)
{
    QList<LegacyQueueEntry> entries;
    const JsonFileRead read = readJsonFile(path, JsonShape::Array);
    if (read.status == JsonFileRead::Status::Corrupt && warning)
        *warning = describeCorruptJson(path, read);
    if (read.status != JsonFileRead::Status::Ok)
        return entries;
    const QJsonArray array = read.document.array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        LegacyQueueEntry e;
        e.done = o.value(QStringLiteral("kind")).toString() == QLatin1String("done");
        e.mailbox = o.value(QStringLiteral("mailbox")).toString();
        const std::optional<quint32> validity = uint32FromJson(o.value(QStringLiteral("uidvalidity")));
        const std::optional<quint32> uid = uint32FromJson(o.value(QStringLiteral("uid")));
        if (!validity || !uid || *uid == 0)
            continue;  // not a UID (RFC 3501 §2.3.1.1: 1 … 2^32-1): cannot be replayed
        e.uidValidity = *validity;
        e.uid = *uid;
        e.attempts = qMax(0, o.value(QStringLiteral("attempts")).toInt());
        if (e.mailbox.isEmpty())
            e.mailbox = QStringLiteral("INBOX");
        entries.append(e);
    }
    return entries;
}

int importLegacyQueue(ItemStore &store, const SourceConfig &source, const QString &dataDir, QString *error)
{
    const QString path = legacyQueueFile(dataDir, source.id);
    if (!QFile::exists(path))
        return 0;
    QString warning;
    const QList<LegacyQueueEntry> entries = readLegacyQueue(path, &warning);
    if (!warning.isEmpty())
        qWarning("IMAP write-back: %s", qPrintable(warning));  // kept aside: nothing left to import
    if (!entries.isEmpty()) {
        const qint64 sourceId = source.id;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const bool ok = store.runWrite([entries, sourceId, now](QSqlDatabase &db, QString *why) {
            QSqlQuery find(db);
            QSqlQuery insert(db);
            if (!find.prepare(QStringLiteral("SELECT id, remote_id FROM items WHERE source_id = ? AND folder = ? AND locator = ?"))
                || !insert.prepare(QStringLiteral(
                       "INSERT INTO pending_changes (source_id, item_id, kind, folder, remote_id, locator, detail, attempts, "
                       "last_error, created_ms) VALUES (?, ?, ?, ?, ?, ?, '{}', ?, '', ?)"))) {
                *why = find.lastError().text() + insert.lastError().text();
                return false;
            }
            for (const LegacyQueueEntry &e : entries) {
                const QString folder = recordFolder(e.mailbox);
                const QString locator = locatorOf(e.uidValidity, e.uid);
                find.addBindValue(sourceId);
                find.addBindValue(text(folder));
                find.addBindValue(locator);
                if (!find.exec()) {
                    *why = find.lastError().text();
                    return false;
                }
                QVariant itemId(QMetaType::fromType<qint64>());  // NULL: the item is gone
                QString remoteId;
                if (find.next()) {
                    itemId = find.value(0).toLongLong();
                    remoteId = find.value(1).toString();
                }
                find.finish();
                insert.addBindValue(sourceId);
                insert.addBindValue(itemId);
                insert.addBindValue(e.done ? QStringLiteral("done") : QStringLiteral("seen"));
                insert.addBindValue(text(folder));
                insert.addBindValue(text(remoteId));
                insert.addBindValue(locator);
                insert.addBindValue(e.attempts);
                insert.addBindValue(now);
                if (!insert.exec()) {
                    *why = insert.lastError().text();
                    return false;
                }
            }
            return true;
        }).result();
        if (!ok) {
            qWarning("IMAP write-back: importing %s failed", qPrintable(path));
            if (error)
                *error = QCoreApplication::translate("fi::imap::LegacyQueue",
                                                     "The pending changes of %1 could not be moved into the database; "
                                                     "they are kept in %2 and tried again at the next start.")
                             .arg(source.name, QDir::toNativeSeparators(path));
            return -1;
        }
    }
    // After COMMIT only: a crash before this line imports the file again, and replaying the same
    // changes twice is harmless (\Seen again; a done finds its item already in the archive).
    if (QFile::exists(path) && !QFile::remove(path))
        qWarning("IMAP write-back: could not delete the imported queue %s", qPrintable(path));
    return int(entries.size());
}

} // namespace fi::imap
