#pragma once
/// @file knownitems.h
/// @brief What the store already knows about a source (remote id → fingerprint), and the handle a
/// source reads it through when, and only if, it needs it (issue 17).

#include <QHash>
#include <QStringList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace fi {

/// What the store already knows about a source: remoteId → fingerprint.
using KnownItems = QHash<QString, QString>;

/**
 * @brief The store's items of a source, read when the source asks for them.
 *
 * A sync whose server or directory says that nothing changed never calls items(), so a no-change
 * sync reads no stored item, on no thread. SyncManager builds it around ItemStore::knownItems(),
 * which reads through the calling thread's own connection, so a source's worker thread may call
 * items(). Tests and sources that always need everything pass a KnownItems directly.
 *
 * items() runs the loader once; later calls, and copies of this handle, share the result.
 * Thread-safe. The loader must stay callable for as long as a copy may call items().
 */
class KnownItemsProvider {
public:
    KnownItemsProvider() = default;  ///< No items.
    /// These items, already loaded (implicit, so `start({}, {})` and `start(known, state)` work).
    KnownItemsProvider(KnownItems items);  // NOLINT(google-explicit-constructor)
    /// The entries among the given remote ids only (remoteId → fingerprint; absent ids left out).
    using Lookup = std::function<KnownItems(const QStringList &remoteIds)>;
    /// The entries whose ItemRecord::folder is @p folder and ItemRecord::locator one of @p locators.
    using LocatorLookup = std::function<KnownItems(const QString &folder, const QStringList &locators)>;
    /// Items read by @p load on the first call of items(), on the calling thread; @p lookup, when
    /// given, answers find() without reading them all, and @p atLocators findAt().
    explicit KnownItemsProvider(std::function<KnownItems()> load, Lookup lookup = {}, LocatorLookup atLocators = {});

    /// The items (loading them on the first call). The reference lives as long as this handle.
    const KnownItems &items() const;
    /// The entries among @p remoteIds: from items() once loaded; else through the lookup, which
    /// reads only those rows (a sync that only adds messages reads what it adds, issue 17); else
    /// items() is loaded. Thread-safe, like items().
    KnownItems find(const QStringList &remoteIds) const;
    /// The entries at @p locators in @p folder (an IMAP folder's "UIDVALIDITY:UID"s: the messages
    /// a flag change or an expunge names), read through the locator lookup without reading every
    /// item (issue 17). std::nullopt when there is no such lookup and items() is not loaded yet:
    /// the caller then reads items() and matches locators itself, from what it keeps in the
    /// fingerprints. Thread-safe, like items().
    std::optional<KnownItems> findAt(const QString &folder, const QStringList &locators) const;
    /// Whether items() has run (for tests and the benchmark: a no-change sync must not).
    bool wasLoaded() const;

private:
    struct Shared {
        std::function<KnownItems()> load;
        Lookup lookup;
        LocatorLookup atLocators;
        std::once_flag once;
        KnownItems items;
        std::atomic_bool loaded = false;
    };
    std::shared_ptr<Shared> m_shared;
};

} // namespace fi
