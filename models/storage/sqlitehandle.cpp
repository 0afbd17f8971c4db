#include "storage/sqlitehandle.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace fi::db {

sqlite3 *sqliteHandle(const QSqlDatabase &db, QString *errorText)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        if (errorText)
            *errorText = QStringLiteral("the connection is not SQLite");
        return nullptr;
    }
    // The handle is only ours to use when Qt's driver runs the same SQLite library as we do.
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_source_id()")) || !version.next()
        || version.value(0).toString() != QLatin1String(sqlite3_sourceid())) {
        if (errorText)
            *errorText = QStringLiteral("Qt's SQLite driver (%1) is not the SQLite library linked (%2)")
                             .arg(version.value(0).toString(), QLatin1String(sqlite3_sourceid()));
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace fi::db
