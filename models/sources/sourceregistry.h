#pragma once
/// @file sourceregistry.h
/// @brief The source kinds: one descriptor each (RSS Guard's service entry points, reduced to a map).
///
/// Code outside a kind's folder never compares kind strings: it asks the descriptor what the kind
/// can do (DESIGN.md, "A source is a kind").

#include "mime/mimeparser.h"
#include "sources/changereplayer.h"
#include "sources/source.h"

#include <functional>
#include <memory>
#include <optional>

namespace fi {

class BodyCache;
class ItemStore;

/// Everything the rest of the app needs to know about one kind of source.
struct SourceKind {
    using Factory = std::function<std::unique_ptr<Source>(const SourceConfig &)>;
    /// Read and parse the complete message behind an item (ParseOptions::fullBody). Blocking
    /// I/O: called off the GUI thread. @p cache may be null; kinds without remote content ignore it.
    /// @return nullopt with a translated *error (may be null) on failure.
    using BodyLoader = std::function<std::optional<ParsedMessage>(const SourceConfig &, const ItemRecord &,
                                                                  QString *error, const BodyCache *cache)>;

    /// Delete what the kind keeps outside the store for a source that was removed (its keychain
    /// entry), unless one of the remaining sources still uses it. Blocking (keychain over D-Bus):
    /// called on a worker thread.
    using SecretForgetter = std::function<void(const SourceConfig &removed, const QList<SourceConfig> &remaining)>;

    QString name;          ///< Key stored in SourceConfig::kind ("maildir", "imap").
    Factory create;        ///< A sync run for one configured source. Required.
    BodyLoader loadBody;   ///< Full message for the reading pane; empty = not supported.
    bool writeBack = false;      ///< Triage is replayed to the source (see createReplayer / journals).
    bool accountEditor = false;  ///< The UI has an account dialog for it ("Edit account…").
    SecretForgetter forgetSecret;  ///< Empty = the kind keeps no secret.

    // ---- the change journal (ChangeReplayService, ItemStore's pending_changes) ----
    /// A replayer for one configured source, made for each replay on a worker thread of
    /// ChangeReplayService (so it must be thread-safe and capture values only); it may return
    /// nullptr when the source cannot replay now (then the changes stay queued).
    using ReplayerFactory = std::function<std::unique_ptr<ChangeReplayer>(const SourceConfig &)>;
    /// Whether a triage change of @p kind on an item of this source must reach the source, i.e.
    /// is written to pending_changes in the same transaction as the local change. Called on the
    /// store's writer thread inside that transaction: pure, thread-safe, no I/O.
    using ChangeFilter = std::function<bool(const SourceConfig &, ChangeKind)>;
    ReplayerFactory createReplayer;  ///< Empty = the kind replays nothing.
    ChangeFilter journals;           ///< Empty = the kind journals nothing.
    /// Move what earlier versions kept outside the database for one source into it, once (the
    /// IMAP kind: its JSON write-back queue into pending_changes, then the file is deleted).
    /// Called for every source of the kind at start, before the change replay starts, with the
    /// app's data directory. Blocking (one store transaction). @return the number of changes
    /// moved, or -1 with *error (translated; may be null) when the store refused them (they
    /// stay where they were for the next start). Empty = the kind has nothing to migrate.
    using LegacyMigration = std::function<int(ItemStore &store, const SourceConfig &source, const QString &dataDir,
                                              QString *error)>;
    LegacyMigration migrateLegacy;
};

/// Maps a kind key to its descriptor. The built-in kinds are registered in instance().
class SourceRegistry {
public:
    /// The process-wide registry with the built-in kinds registered. Not thread-safe to mutate;
    /// all registration happens at start-up on the main thread. Lookups are thread-safe.
    static SourceRegistry &instance();

    void registerKind(SourceKind kind);
    /// @return the descriptor of @p name, or nullptr for an unknown kind (owned by the registry).
    const SourceKind *kind(const QString &name) const;
    /// @return nullptr for an unknown kind.
    std::unique_ptr<Source> create(const SourceConfig &config) const;
    QStringList kinds() const;

private:
    QHash<QString, SourceKind> m_kinds;
};

} // namespace fi
