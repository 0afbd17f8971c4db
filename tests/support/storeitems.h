#pragma once
/// @file storeitems.h
/// @brief Test items for the storage tests: one realistic, already-tiered Item per call.

#include "domain/item.h"
#include "storage/itemstore.h"

#include <QStringList>

namespace fi::test {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kBase = 1700000000000;  ///< 2023-11-14T22:13:20Z

/// An item of folder INBOX whose locator, fingerprint and Message-ID derive from @p remoteId,
/// addressed to me@example.org, placed by rule "rule-default" with that tier's default policy.
Item makeItem(const QString &remoteId, const QString &subject, qint64 receivedMs,
              Tier tier = Tier::Async, std::optional<qint64> dueMs = std::nullopt,
              const QString &fromName = QStringLiteral("Alice Example"),
              const QString &fromAddress = QStringLiteral("alice@example.com"));

/// Row id of the item with @p remoteId in any state, or 0.
qint64 idOf(const ItemStore &store, const QString &remoteId);

/// The subjects of @p items, in order.
QStringList subjects(const QList<Item> &items);

} // namespace fi::test
