#pragma once
/// @file sourceregistry.h
/// @brief The source kinds: one descriptor each (RSS Guard's service entry points, reduced to a map).
///
/// Code outside a kind's folder never compares kind strings and never builds a throw-away Source
/// to learn something about its kind: it asks the descriptor (DESIGN.md, "Source kinds").
/// The built-in kinds are registered in builtinkinds.cpp; each kind's descriptor lives in its
/// own folder (sources/maildir/maildirkind.h, sources/imap/imapkind.h).

#include "domain/tier.h"
#include "mime/mimeparser.h"
#include "rules/ruleset.h"
#include "sources/changereplayer.h"
#include "sources/source.h"

#include <QFlags>

#include <functional>
#include <memory>
#include <optional>

namespace fi {

class BodyCache;
class ItemStore;

/**
 * @brief Everything the rest of the app needs to know about one kind of source.
 *
 * Thread affinity of the hooks: the descriptor itself is immutable once registered and may be
 * read from any thread. createSync() and createConnector() return QObjects that live on the
 * calling thread (the GUI thread in the app, the main thread in the CLI). validate(),
 * pollSeconds() and watchPaths() are cheap and may be called on any thread. loadContent() and
 * cleanup() block (files, network, keychain over D-Bus): call them on a worker thread.
 */
struct SourceKind {
    /// What a kind can do. Generic code branches on these, never on the kind's key.
    enum class Capability {
        Remote = 0x01,          ///< Items come from a server over the network (not a local directory).
        Push = 0x02,            ///< createConnector() can deliver changes as they happen (IMAP IDLE).
        WriteBack = 0x04,       ///< Triage (seen, done) can be replayed to the source.
        InlineContent = 0x08,   ///< The sync delivers the full content with the item (a feed entry's HTML).
        /// The full content is fetched from the server when an item is opened (may be slow or fail
        /// offline; cached in BodyCache). Local kinds read it in loadContent() without this flag.
        OnDemandContent = 0x10,
        NeedsSecret = 0x20,     ///< A password/token is kept in the system keychain (cleanup() forgets it).
        Mail = 0x40,            ///< Items are RFC 5322 messages (default mail rules, reply detection apply).
        /// An item's thread can be muted at the source (GitHub: unsubscribe), through
        /// ItemStore::muteAndDone() and the kind's replayer (ChangeKind::Mute).
        Mute = 0x80,
        /// Items are delivered to the app rather than fetched (the local webhook): nothing is
        /// synced (createSync is empty and SyncManager skips such sources); the connector
        /// (createConnector) is a listener that runs while the app does and hands what it
        /// receives to PushWatcher::deliver(). SyncScheduler starts it like a push connection.
        Inbound = 0x100,
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    /// A sync run for one configured source (see Source). Never null for a registered kind.
    using SyncFactory = std::function<std::unique_ptr<Source>(const SourceConfig &)>;
    /// A long-lived connector that reports changes at any time (push), or nullptr when this
    /// source cannot have one (e.g. no folder configured). The caller owns it and calls start().
    using ConnectorFactory = std::function<std::unique_ptr<PushWatcher>(const SourceConfig &)>;
    /// Read and parse the complete content behind an item (ParseOptions::fullBody) for the
    /// reading pane. Blocking I/O: called off the GUI thread. @p cache may be null; kinds without
    /// remote content ignore it. @return nullopt with a translated *error (may be null) on failure.
    using ContentProvider = std::function<std::optional<ParsedMessage>(const SourceConfig &, const ItemRecord &,
                                                                       QString *error, const BodyCache *cache)>;
    /// Translated problems with a source's settings (one sentence each); empty = usable.
    using Validator = std::function<QStringList(const SourceConfig &)>;
    /// Delete what the kind keeps outside the store for a source that was removed: its keychain
    /// entry (unless one of @p remaining still uses it), its cached messages in @p cache (may be
    /// null). Never touches the server or the user's files. Blocking: called on a worker thread.
    using Cleanup = std::function<void(const SourceConfig &removed, const QList<SourceConfig> &remaining,
                                       const BodyCache *cache)>;
    /// Seconds between polls for one configured source (a per-source setting), ≥ 0.
    using PollSecondsOf = std::function<int(const SourceConfig &)>;
    /// Directories to watch for changes between syncs (local sources); may be empty.
    using WatchPathsOf = std::function<QStringList(const SourceConfig &)>;

    QString key;                 ///< Stored in SourceConfig::kind (e.g. maildir::kindKey()). Unique, never translated.
    /// Untranslated display name, marked with QT_TRANSLATE_NOOP("fi::SourceKind", …); see displayName().
    const char *displayNameText = nullptr;
    /// Icon: a resource path (":/sources/…svg") or a freedesktop theme name. Shown in the
    /// Sources sidebar and the Add-source menu.
    QString icon;
    Capabilities capabilities;
    /// Seconds between polls of a source with default settings; 0 = a local source, rescanned by
    /// the app's periodic rescan and its file watches (watchPaths()) instead of being polled.
    int defaultPollSeconds = 0;
    PollSecondsOf pollSecondsOf;   ///< Per-source poll interval; empty = defaultPollSeconds for all.
    Validator validate;            ///< Empty = every config is accepted.
    Cleanup cleanup;               ///< Empty = nothing to clean up.
    SyncFactory createSync;        ///< Required, except for Capability::Inbound kinds (empty there).
    ConnectorFactory createConnector;  ///< Empty = no push (Capability::Push unset).
    ContentProvider loadContent;   ///< Empty = the reading pane shows the stored snippet only.
    /// The raw RFC 5322 message behind an item, as the source keeps it (a Maildir file, an IMAP
    /// BODY[] from @p cache or the server, then cached), for opening it in the user's mail client.
    /// Blocking I/O: called off the GUI thread. @return nullopt with a translated *error (may be null).
    using MessageProvider = std::function<std::optional<QByteArray>(const SourceConfig &, const ItemRecord &,
                                                                    QString *error, const BodyCache *cache)>;
    MessageProvider loadMessage;   ///< Empty = the kind has no message file to open (feeds).
    WatchPathsOf watchPaths;       ///< Empty = nothing to watch (remote kinds).

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
    /// A long-running process (the app's SyncScheduler) calls this with true when it starts
    /// scheduling syncs and with false when it stops (calls are counted: keeping lasts while one
    /// caller keeps), so the kind may keep connections open between two syncs (IMAP keeps the
    /// logged-in session, issue 17). One-shot commands never call it. Any thread; must not block
    /// (false closes what was kept without a word to the server). Empty = the kind keeps nothing.
    std::function<void(bool keep)> keepConnections;

    /// Tier of an item of this kind that no rule placed (non-mail kinds; mail kinds end at the
    /// built-in "fallback" rule). Such items owe no reply (no deadline). Feeds: Reference.
    Tier defaultTier = Tier::Reference;
    /// The kind's own default rules, in the config format (e.g. GitHub's tiers by notification
    /// reason): tried after the user's rules and before defaultTier / defaultTierOf, for items
    /// of non-mail kinds. Empty (the default) = none.
    RuleSet defaultRules;
    /// Per-source default tier (a feed's "default tier" setting); empty = defaultTier for all.
    /// Pure, thread-safe (called by Tiering on the GUI thread for every record).
    std::function<Tier(const SourceConfig &)> defaultTierOf;
    /// New activity at the source on an item that is done (ItemRecord::activityMs newer than
    /// the stored activity and than the time it was done) reopens it and restarts its clock
    /// from the activity time (StoreBatch::reopenOnActivity, set by SyncManager from this).
    bool reopenOnActivity = false;

    /// The user-visible name of the kind ("IMAP account"), translated in context "fi::SourceKind".
    QString displayName() const;
    bool has(Capability capability) const { return capabilities.testFlag(capability); }
    /// Seconds between polls of @p config: pollSecondsOf(config) when set, else defaultPollSeconds.
    /// 0 = local source (see defaultPollSeconds).
    int pollSeconds(const SourceConfig &config) const;
    /// validate(@p config), or {} when the kind has no validator.
    QStringList problems(const SourceConfig &config) const;
    /// defaultTierOf(@p config) when set, else defaultTier.
    Tier tierFor(const SourceConfig &config) const { return defaultTierOf ? defaultTierOf(config) : defaultTier; }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SourceKind::Capabilities)

/// Whether sources of kind @p kindKey deliver mail (Capability::Mail of the registered kind):
/// the built-in mail rules apply to their items. false for an unknown kind. Thread-safe.
bool deliversMail(const QString &kindKey);

/// Maps a kind key to its descriptor. The built-in kinds are registered in instance().
class SourceRegistry {
public:
    /// The process-wide registry with the built-in kinds registered (builtinkinds.cpp). Not
    /// thread-safe to mutate: registration happens at start-up (or in a test) on the main thread,
    /// before any worker asks. Lookups are thread-safe.
    static SourceRegistry &instance();

    /// Add or replace the kind with @p kind.key. @p kind.key and createSync must be set.
    void registerKind(SourceKind kind);
    /// Remove a kind (tests that registered one of their own). @return whether it was registered.
    bool unregisterKind(const QString &key);
    /// @return the descriptor of @p key, or nullptr for an unknown kind (owned by the registry;
    /// valid until the registry is next changed, i.e. for the life of the process outside tests).
    const SourceKind *kind(const QString &key) const;
    /// A sync run for @p config; nullptr for an unknown kind or an inbound one (nothing to sync).
    std::unique_ptr<Source> createSync(const SourceConfig &config) const;
    /// Keys of the registered kinds, sorted.
    QStringList kinds() const;

private:
    QHash<QString, SourceKind> m_kinds;
};

/// Registers Maildir, IMAP, … in @p registry (builtinkinds.cpp: the one place that lists them).
void registerBuiltinKinds(SourceRegistry &registry);

} // namespace fi
