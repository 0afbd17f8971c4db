#pragma once
/// @file threading.h
/// @brief Threading of mail by References (RFC 5322 §3.6.4): the key that groups a conversation.
/// Pure; thread-safe (GMime's parser options are read-only after mime::initialise()).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fi::mail {

/// The first msg-id (without angle brackets) of a raw References or In-Reply-To field value
/// (unfolded, not decoded). Empty when @p raw is empty or holds no msg-id.
QString firstReference(const QByteArray &raw);

/**
 * @brief The thread key of a message (ItemRecord::threadKey): the first msg-id of References
 * (the root of the conversation), else the first of In-Reply-To (a reply from a client that
 * writes no References), else the message's own Message-ID (it starts a conversation).
 * @param rawReferences raw References field value; empty = absent.
 * @param rawInReplyTo raw In-Reply-To field value; empty = absent.
 * @param messageId the message's own Message-ID without angle brackets; may be empty.
 * @return the key, empty only when all three are empty.
 */
QString threadKey(const QByteArray &rawReferences, const QByteArray &rawInReplyTo, const QString &messageId);
/// The same rule over fields already parsed into msg-ids (mail::referenceIds(), conversations.h):
/// what the MIME parser uses, so that each field is parsed once for the key and the links.
QString threadKeyFromIds(const QStringList &references, const QStringList &inReplyTo, const QString &messageId);

} // namespace fi::mail
