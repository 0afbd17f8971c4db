#include "storage/sqlitestatement.h"

#include <sqlite3.h>

#include <cstring>

namespace fi::db {

SqliteStatement::SqliteStatement(sqlite3 *handle, const QString &sql) : m_handle(handle)
{
    if (!handle) {
        m_error = QStringLiteral("no SQLite connection");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::bind(int index, qint64 value)
{
    if (!m_statement || sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK) {
        m_error = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("not prepared");
        return false;
    }
    return true;
}

bool SqliteStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (!m_statement || sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
        m_error = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("not prepared");
        return false;
    }
    return true;
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

bool SqliteStatement::textEquals(int column, const char *latin1) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data && std::size_t(size) == std::strlen(latin1) && std::memcmp(data, latin1, std::size_t(size)) == 0;
}

} // namespace fi::db
