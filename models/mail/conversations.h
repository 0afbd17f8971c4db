#pragma once
/// @file conversations.h
/// @brief Which conversation a message belongs to (issue 18): References / In-Reply-To
/// (RFC 5322 §3.6.4) in the spirit of the JWZ threading algorithm, with a narrow subject fallback.
///
/// Every Message-ID a message names — its own and every id it references — belongs to one
/// conversation. A message joins the conversation of any of them; when they belong to several,
/// those merge (a reply that arrived before its parent, or two branches joined by a later
/// message). A parent that never arrived still bridges: its id is recorded with the conversation
/// of the message that referenced it. The same message in two folders (one Message-ID) is one
/// conversation. Only a message with no Message-ID links at all may join by subject, and only a
/// reply ("Re: …", "RES: …", "AW: …") to a conversation with a message within
/// kSubjectWindowMs: two mails that both say "Hello" stay apart.
///
/// Pure functions and an abstract index; the store implements the index on its writer thread,
/// inside the batch's transaction. Not thread-safe by itself (one index per thread).

#include "domain/item.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace fi::mail {

/// What threading needs of one message.
struct ThreadingInput {
    QString messageId;      ///< Message-ID without angle brackets; may be empty.
    QStringList references; ///< References ids without brackets, oldest first (the root first).
    QStringList inReplyTo;  ///< In-Reply-To ids without brackets.
    QString subject;        ///< Decoded subject.
    qint64 receivedMs = 0;  ///< UTC epoch ms.
};

/// The subject fallback's window: a reply joins by subject only a conversation with a message
/// received within this many ms of it (either side). 3 days.
inline constexpr qint64 kSubjectWindowMs = 3LL * 24 * 60 * 60 * 1000;

/// At most this many links per message (threadLinks()): a hostile References field of thousands
/// of ids would otherwise cost as many lookups, rows and merges. Real threads stay far below it.
inline constexpr qsizetype kMaxThreadLinks = 100;
/// Ids longer than this (UTF-16 units) are not ids of any real message (RFC 5322 §2.1.1 limits
/// a line to 998 characters) and are ignored, the message's own included.
inline constexpr qsizetype kMaxMessageIdLength = 998;

/// What threading reads of a stored or sent message's record (its links were parsed with it:
/// ItemRecord::threadLinks, so inReplyTo stays empty).
ThreadingInput threadingInput(const ItemRecord &record);

/// The ids @p message links to, for joining: References, then In-Reply-To ids References lacks;
/// without duplicates, without empty or over-long ids (kMaxMessageIdLength) and without the
/// message's own Message-ID (a message that references itself links to nothing by that). Past
/// kMaxThreadLinks it keeps the first (the root) and the last ones (the nearest ancestors).
QStringList threadLinks(const ThreadingInput &message);

/// @p subject without reply and forward prefixes ("Re:", "RE[2]:", "Fwd:", and the Spanish,
/// Portuguese, German, Nordic, Dutch, Polish, Italian and French ones: "RES:", "RV:", "ENC:",
/// "AW:", "WG:", "SV:", "VS:", "Antw:", "Odp:", "Rif:", "Réf:", "TR:"), whitespace folded and
/// case-folded: the key of the subject fallback. @p isReply (may be null) is set when one of the
/// removed prefixes is a reply prefix (not only forwards).
QString baseSubject(const QString &subject, bool *isReply = nullptr);

/// All msg-ids of a raw References or In-Reply-To field value (unfolded, not decoded), without
/// angle brackets, in order (GMime's parser). Empty when there are none.
QStringList referenceIds(const QByteArray &raw);

/**
 * @brief Where conversations are kept: the ids each one owns, and which subjects it has.
 * Conversation ids are positive; a smaller id is an older conversation.
 */
class ConversationIndex {
public:
    virtual ~ConversationIndex() = default;
    /// The conversation that owns @p messageId (a message's own id or one it referenced).
    virtual std::optional<qint64> conversationOf(const QString &messageId) = 0;
    /// A conversation with a message of base subject @p base received in [@p fromMs, @p toMs];
    /// the most recent such message's conversation when there are several.
    virtual std::optional<qint64> conversationBySubject(const QString &base, qint64 fromMs, qint64 toMs) = 0;
    /// A new, empty conversation.
    virtual qint64 create() = 0;
    /// Records that @p conversation owns @p messageId (overwrites an earlier owner).
    virtual void own(const QString &messageId, qint64 conversation) = 0;
    /// Moves everything of @p from (its ids, its messages) to @p into; @p from no longer exists.
    virtual void merge(qint64 from, qint64 into) = 0;
};

/**
 * @brief Assigns @p message to a conversation in @p index and records its ids there.
 * The oldest (smallest) of the conversations its ids belong to wins; the others merge into it.
 * Without any id of it known: a reply without links may join by subject (see the file comment),
 * else a new conversation starts. The caller records the message's subject and time with the
 * returned conversation if its index answers conversationBySubject() from its own rows.
 * @return the conversation id (positive).
 */
qint64 assignConversation(const ThreadingInput &message, ConversationIndex &index);

} // namespace fi::mail
