#include "storage/messagekey.h"

#include "storage/sqlitehandle.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QtEndian>

#include <sqlite3.h>

namespace fi::db {

namespace {

qint32 keyOfUtf8(QByteArrayView utf8)
{
    const QByteArray digest = QCryptographicHash::hash(utf8, QCryptographicHash::Sha1);
    return qFromBigEndian<qint32>(digest.constData());
}

void messageKeyFunction(sqlite3_context *context, int, sqlite3_value **args)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(args[0]));
    const int size = sqlite3_value_bytes(args[0]);
    if (!text || size == 0) {
        sqlite3_result_null(context);
        return;
    }
    sqlite3_result_int(context, keyOfUtf8(QByteArrayView(text, size)));
}

} // namespace

qint32 messageKey(QStringView messageId)
{
    return keyOfUtf8(messageId.toUtf8());
}

QVariant messageKeyValue(const QString &messageId)
{
    if (messageId.isEmpty())
        return QVariant(QMetaType(QMetaType::Int));
    return QVariant(messageKey(messageId));
}

bool registerMessageKey(const QSqlDatabase &db, QString *errorText)
{
    QString why;
    if (sqlite3 *sqlite = sqliteHandle(db, &why)) {
        if (sqlite3_create_function_v2(sqlite, "fi_message_key", 1,
                                       SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                       &messageKeyFunction, nullptr, nullptr, nullptr)
            == SQLITE_OK)
            return true;
        why = QString::fromUtf8(sqlite3_errmsg(sqlite));
    }
    if (errorText)
        *errorText = QStringLiteral("cannot register fi_message_key: %1").arg(why);
    return false;
}

} // namespace fi::db
