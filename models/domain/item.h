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
    QString address; ///< addr-spec, as written (not lower-cased). May be empty for non-mail kinds.
    /// A sender handle that is not an e-mail address (a GitHub login, a feed author's URI);
    /// empty for mail. Stored for the sender only (items.from_handle).
    QString handle;
    bool operator==(const Address &) const = default;
};

/// The source's own flags (IMAP \Seen \Flagged \Answered; Maildir S F R). A sync overwrites
/// them with what the source says; what the app itself knows (a reply it detected, an item the
/// user opened here) lives in Item::repliedMs / Item::openedMs and is never overwritten by a sync.
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
    QString threadKey;       ///< First References id or the Message-ID (kept for older readers).
    /// The Message-IDs (without angle brackets) this message links to, for conversations
    /// (mail/conversations.h, RFC 5322 §3.6.4): References, root first, then the In-Reply-To ids
    /// References lacks; without duplicates and without its own Message-ID. Empty for kinds
    /// without Message-IDs. Not stored: the store records them in conversation_ids.
    QStringList threadLinks;
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
    /// The item's web page (a feed entry, a GitHub thread): "Open in source" opens it. Empty = none.
    QString url;
    /// Last activity at the source (a new comment, an updated entry), UTC epoch ms; 0 = none
    /// known (receivedMs counts). New activity on a done item may reopen it (per kind).
    qint64 activityMs = 0;
    /// A response deadline the source itself sets (a webhook payload's "due"), UTC epoch ms;
    /// 0 = none (the response policy decides). Tiering makes it the item's due, with policy
    /// "fixed" (fixedDuePolicyName()). Not stored as such: the item's due is.
    qint64 requestedDueMs = 0;
    /// Kind-specific attributes under namespaced keys ("mail.list-id", "feed.category",
    /// "github.reason", …) that rules can test. Keys are lower-case "<namespace>.<name>".
    QMap<QString, QString> attributes;
    /// Content delivered with the item by kinds that have it inline (a feed entry's HTML);
    /// stored in item_content. Empty body = none (mail bodies are loaded on demand instead).
    struct InlineContent {
        QString mimeType = QStringLiteral("text/html");
        QString body;
        bool operator==(const InlineContent &) const = default;
    };
    InlineContent content;
    /// Activity time if known, else the received time (UTC epoch ms).
    qint64 lastActivityMs() const { return activityMs > 0 ? activityMs : receivedMs; }
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
    /// The app's own knowledge, kept apart from the source's flags (record.flags), so a
    /// flag-only sync never undoes it: when a reply to it was detected (Sent folder), UTC ms.
    std::optional<qint64> repliedMs;
    /// When the user opened it in the app (UTC ms); nullopt = never opened here.
    std::optional<qint64> openedMs;
    /// The conversation it belongs to (issue 18; items.conversation_id): assigned by the store
    /// when the item is written (mail: References / In-Reply-To, mail/conversations.h; other
    /// kinds: one conversation per item). Positive once stored; 0 before.
    qint64 conversationId = 0;
    /// Answered: the source says so (\Answered, Maildir R) or the app detected a reply.
    bool isAnswered() const { return record.flags.answered || repliedMs.has_value(); }
};

} // namespace fi

Q_DECLARE_METATYPE(fi::ItemRecord)
Q_DECLARE_METATYPE(fi::Item)
