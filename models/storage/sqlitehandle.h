#pragma once
/// @file sqlitehandle.h
/// @brief The sqlite3 handle behind a QSQLITE connection, for what Qt SQL cannot do: registering
/// SQL functions (fi_rank, fi_message_key).

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace fi::db {

/// The sqlite3 handle of the open QSQLITE connection @p db, or nullptr with @p errorText when
/// the connection is not SQLite or Qt's driver runs another SQLite library than the one this
/// program links (a QSQLITE plugin built with its own copy): functions registered through a
/// foreign handle would crash. The handle belongs to the connection: same thread, same lifetime.
sqlite3 *sqliteHandle(const QSqlDatabase &db, QString *errorText);

} // namespace fi::db
