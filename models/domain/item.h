#pragma once
/// @file item.h
/// @brief Value types that flow from sources through rules and deadlines into the store.
///
/// Times are UTC epoch milliseconds (qint64); "no value" is std::nullopt.

#include "domain/tier.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace fi {

/// One mailbox (RFC 5322 "mailbox"): display name (decoded, may be empty) and address.
struct Address {
    QString name;    ///< Decoded display name (RFC 2047 words decoded), may be empty.
    QString address; ///< addr-spec, as written (not lower-cased).
    bool operator==(const Address &) const = default;
};

/// Message flags common to all sources (IMAP \Seen \Flagged \Answered; Maildir S F R).
struct ItemFlags {
    bool seen = false;
    bool flagged = false;
    bool answered = false;
    bool operator==(const ItemFlags &) const = default;
};

/// What a source produces for one item, before tiering. Thread-agnostic value type.
struct ItemRecord {
    /// Every field equal (the inbox list compares rows with it; new fields join automatically).
    bool operator==(const ItemRecord &) const = default;
    QString remoteId;        ///< Unique within the source (Maildir unique name, IMAP UIDVALIDITY:UID, feed id).
    QString folder;          ///< Folder within the source ("" for the top level / INBOX).
    QString locator;         ///< How to open it again: a file path relative to the source root, a URL, …
    QString fingerprint;     ///< Changes when the remote copy changes (Maildir: file name + mtime).
    QString messageId;       ///< RFC 5322 Message-ID without angle brackets, may be empty.
    QString threadKey;       ///< First References id or the Message-ID; groups a conversation.
    Address from;
    QList<Address> to;
    QList<Address> cc;
    QString subject;         ///< Decoded subject / entry title.
    QString snippet;         ///< First ~300 characters of the best text part, whitespace folded.
    qint64 receivedMs = 0;   ///< UTC epoch ms (Date header, else delivery time / file mtime).
    ItemFlags flags;
    /// Headers the rules look at, keyed by lower-case name: list-id, precedence,
    /// auto-submitted, x-priority, importance, priority, x-github-reason, …
    QMap<QString, QString> headers;
    /// Whether the record is shipped sample data (marked "sample" in the UI).
    bool sample = false;
};

/// A stored item: the record plus what the inbox decided about it.
struct Item {
    /// Every field equal (the inbox list compares rows with it; new fields join automatically).
    bool operator==(const Item &) const = default;
    qint64 id = 0;           ///< Row id in the store.
    qint64 sourceId = 0;
    QString sourceName;      ///< Display name of the source (joined for views).
    ItemRecord record;
    Tier tier = Tier::Async;
    QString tierReason;      ///< Name of the rule that placed it, or "manual".
    std::optional<qint64> dueMs; ///< Response deadline, UTC epoch ms; nullopt = no reply owed.
    QString policy;          ///< Name of the response policy that set dueMs (e.g. "tier2-default").
    ItemState state = ItemState::Open;
    std::optional<qint64> snoozedUntilMs;
    std::optional<qint64> doneMs;  ///< When it was marked done (UTC ms).
};

} // namespace fi

Q_DECLARE_METATYPE(fi::ItemRecord)
Q_DECLARE_METATYPE(fi::Item)
