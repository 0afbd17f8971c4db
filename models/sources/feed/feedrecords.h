#pragma once
/// @file feedrecords.h
/// @brief Feed entries → inbox records: identity, fingerprint, dates and fields. Private to the
/// feed kind; pure functions, thread-safe (the feed source runs them on a pool thread).
///
/// - remoteId (identity): the entry's own id (Atom id, RSS guid, JSON Feed id), else its link,
///   else "hash:" + SHA-1 of title and date. An identity longer than kMaxIdentityChars is
///   replaced by "hash:" + SHA-1 of it. Within one document the first entry with an identity
///   wins (later duplicates are dropped).
/// - fingerprint: "<SHA-1 of every stored field and the record settings>:<receivedMs>", so it
///   changes when the entry (or the source's category / default tier) changes, and it carries
///   the time the item was first seen for entries without a date.
/// - receivedMs: published, else updated, else the time the entry was first seen (kept on
///   later updates through the fingerprint of the stored item).
/// - activityMs = updated; subject = title (plain text; the start of the text when there is
///   none); snippet = summary text (else the content's text), folded to 300 characters;
///   url = locator = link; subject at most kMaxSubjectChars; from = author (name, else e-mail, else the feed's title; handle =
///   the author's URI; no e-mail address, so mail rules and sender allow-lists never match a
///   feed); attributes: "feed.category" = the source's category; content = contentHtml.

#include "sources/feed/feeddocument.h"
#include "sources/source.h"

namespace fi::feed {

inline constexpr int kMaxIdentityChars = 1024;
inline constexpr int kSnippetChars = 300;
inline constexpr int kUntitledSubjectChars = 120;
inline constexpr int kMaxSubjectChars = 1000;

/// The identity (remoteId) of @p entry, see above.
QString entryIdentity(const FeedEntry &entry);

/// The fingerprint of @p entry shown as a record of a source with @p settingsKey
/// (recordSettingsKey()), received at @p receivedMs.
QString entryFingerprint(const FeedEntry &entry, const QString &settingsKey, qint64 receivedMs);

/// The receivedMs a fingerprint carries; 0 when it has none (not a feed fingerprint).
qint64 receivedOfFingerprint(const QString &fingerprint);

/// What the source's settings add to every record.
struct RecordSettings {
    QString category;     ///< feed.category attribute; empty = none.
    QString settingsKey;  ///< recordSettingsKey() (part of the fingerprint).
};

/// The record of @p entry of @p document, received at @p receivedMs (fingerprint included).
ItemRecord recordOf(const FeedEntry &entry, const FeedDocument &document, const RecordSettings &settings,
                    qint64 receivedMs);

/// The records a refresh stores.
struct FeedRecords {
    QList<ItemRecord> records;  ///< New or changed entries, in document order; one per identity.
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

/**
 * @brief The records of @p document that are new or changed against @p known (remoteId →
 * fingerprint of the stored items). Entries no longer in the document are not removed (a feed
 * shows only its latest entries). @p nowMs is the first-seen time of new undated entries.
 */
FeedRecords recordsFor(const FeedDocument &document, const KnownItems &known, const RecordSettings &settings,
                       qint64 nowMs);

} // namespace fi::feed
