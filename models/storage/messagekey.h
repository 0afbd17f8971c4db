#pragma once
/// @file messagekey.h
/// @brief The message key: a 32-bit hash of an item's Message-ID (RFC 5322 §3.6.4), which the
/// index items_message_key holds instead of the Message-ID itself (schema 10, issue 12).
///
/// Why: reply detection looks items up by Message-ID, and Message-IDs start with a random or
/// hashed part, so a first sync inserts into that index in random order and every commit
/// rewrites pages all over it. An index of the whole text (about 60 bytes an entry) was the
/// largest share of the bytes a first sync wrote (bench/ingest_maildir, 100,000 messages: 180 of
/// 438 MB); 4-byte keys make it a third of the size, with a third of the pages to rewrite.
/// Lookups compare the key and then the Message-ID, so a collision only costs a row read.

#include <QSqlDatabase>
#include <QString>
#include <QStringView>
#include <QVariant>

namespace fi::db {

/// The key of @p messageId: the first 4 bytes of the SHA-1 of its UTF-8, big-endian, as a signed
/// 32-bit integer (SQLite stores it in 4 bytes). Stable across runs and machines.
qint32 messageKey(QStringView messageId);

/// messageKey(@p messageId) as a value to bind, or NULL for an empty Message-ID (feed entries,
/// mail without one): those rows stay out of the partial index.
QVariant messageKeyValue(const QString &messageId);

/// Register the SQL function `fi_message_key(text)` (messageKey() of the text; NULL for NULL or
/// empty) on the open QSQLITE connection @p db, for migrations that fill the key of existing
/// rows. It lives as long as the connection. False with @p errorText when the handle cannot be
/// used (see sqliteHandle()).
bool registerMessageKey(const QSqlDatabase &db, QString *errorText);

} // namespace fi::db
