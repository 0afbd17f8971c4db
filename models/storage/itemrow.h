#pragma once
/// @file itemrow.h
/// @brief Mapping between the value types (Item, SourceConfig) and rows of the
/// `items` / `sources` tables: column lists and JSON encodings.
///
/// JSON encodings (stored as TEXT, UTF-8):
///  - to_json / cc_json: [{"name": "...", "address": "..."}, ...]
///  - headers_json: {"list-id": "...", ...} (keys lower-case, as in ItemRecord::headers)
///  - sources.settings: the QVariantMap as a JSON object.

#include "domain/item.h"
#include "sources/source.h"
#include "storage/itemstore.h"

#include <QSqlQuery>
#include <QString>

namespace fi::rows {

QString addressesToJson(const QList<Address> &addresses);
QList<Address> addressesFromJson(const QString &json);
QString headersToJson(const QMap<QString, QString> &headers);
QMap<QString, QString> headersFromJson(const QString &json);
QString settingsToJson(const QVariantMap &settings);
QVariantMap settingsFromJson(const QString &json);

/// "SELECT <all item columns>, sources.name FROM items LEFT JOIN sources ..." without WHERE.
/// Column order matches itemFromQuery().
QString itemSelectSql();
/// Reads the current row of a query built on itemSelectSql().
Item itemFromQuery(const QSqlQuery &query);

/// "SELECT items.id, items.due_ms, items.received_ms, items.snoozed_until_ms, items.sample
/// FROM items" without WHERE (no join: ItemsSql::Keys). Column order matches itemKeyFromQuery().
QString itemKeySelectSql();
/// Reads the current row of a query built on itemKeySelectSql().
ItemKey itemKeyFromQuery(const QSqlQuery &query);

/// "SELECT id, kind, name, location, settings, enabled, sample FROM sources".
QString sourceSelectSql();
SourceConfig sourceFromQuery(const QSqlQuery &query);

/// A string for a NOT NULL TEXT column: Qt SQL binds a null QString as SQL NULL, so a null
/// QString becomes "" here.
QVariant text(const QString &value);

/// Optional<qint64> ↔ SQL NULL.
QVariant nullable(const std::optional<qint64> &value);
std::optional<qint64> optionalMs(const QVariant &value);

} // namespace fi::rows
