#pragma once
/// @file replylink.h
/// @brief The reply to a stored mail item as a mailto: URL (RFC 6068) for the user's own mail
/// client: To = the Reply-To addresses (else From), Subject "Re: …" (never "Re: Re: …"), and
/// In-Reply-To / References so the client threads the answer (RFC 5322 §3.6.4).
/// Pure; thread-safe.

#include "domain/item.h"

#include <QStringList>
#include <QUrl>

namespace fi::mail {

/// What a reply to one message carries (the header fields of the mailto: URL).
struct ReplyDraft {
    QStringList to;          ///< addr-specs ("ana@example.org"), no display names.
    QString subject;         ///< "Re: " + the original subject without its own reply prefixes.
    QString inReplyTo;       ///< "<message-id>" of the original, or empty when it had none.
    QStringList references;  ///< "<id>" each: the original's References (else its In-Reply-To) + its Message-ID.
    bool operator==(const ReplyDraft &) const = default;
};

/// "Re: " + @p subject, after removing the reply prefixes it already has ("Re:", "RE :",
/// "Re[2]:", repeated); "Re: " alone when the subject is empty.
QString replySubject(const QString &subject);

/// The msg-ids ("<…>", in order, without duplicates) of a References or In-Reply-To value.
QStringList messageIdsIn(const QString &fieldValue);

/**
 * @brief The reply to @p record: To from its "reply-to" header (ItemRecord::headers, an
 * RFC 5322 address list; groups are flattened) when that holds an address, else its From.
 * References: the original's References, or its In-Reply-To when it has no References (one id),
 * followed by its Message-ID (RFC 5322 §3.6.4).
 * @return a draft with an empty `to` when the record has no address to reply to.
 */
ReplyDraft replyDraft(const ItemRecord &record);

/**
 * @brief The mailto: URL (RFC 6068) of @p draft: "mailto:" + the To addresses, then the
 * header fields subject, In-Reply-To and References (the empty ones left out). Every character
 * outside RFC 3986's unreserved set is percent-encoded as UTF-8 (also "+", "/", "&", "=", "?",
 * "#", "%" and spaces as %20), except the "@" of addresses and the "," between them, so no
 * client can read a field's value as a delimiter or a "+" as a space.
 * @return an empty QUrl when @p draft has no To address.
 */
QUrl mailtoUrl(const ReplyDraft &draft);

/// mailtoUrl(replyDraft(@p record)).
inline QUrl replyMailto(const ItemRecord &record) { return mailtoUrl(replyDraft(record)); }

} // namespace fi::mail
