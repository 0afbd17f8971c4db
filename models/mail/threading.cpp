/// @file threading.cpp
/// @brief Thread keys from References / In-Reply-To (RFC 5322 §3.6.4), parsed by GMime through
/// referenceIds() (conversations.h).

#include "mail/threading.h"

#include "mail/conversations.h"

namespace fi::mail {

QString firstReference(const QByteArray &raw)
{
    return referenceIds(raw).value(0);
}

QString threadKey(const QByteArray &rawReferences, const QByteArray &rawInReplyTo, const QString &messageId)
{
    return threadKeyFromIds(referenceIds(rawReferences), referenceIds(rawInReplyTo), messageId);
}

QString threadKeyFromIds(const QStringList &references, const QStringList &inReplyTo, const QString &messageId)
{
    return !references.isEmpty() ? references.constFirst()
        : !inReplyTo.isEmpty()   ? inReplyTo.constFirst()
                                 : messageId;
}

} // namespace fi::mail
