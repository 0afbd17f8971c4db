/// @file threading.cpp
/// @brief Thread keys from References / In-Reply-To, parsed by GMime (RFC 5322 §3.6.4).

#include "mail/threading.h"

#include "mime/gmimesupport.h"

namespace fi::mail {

QString firstReference(const QByteArray &raw)
{
    if (raw.isEmpty())
        return {};
    GMimeReferences *refs = g_mime_references_parse(mime::parserOptions(), raw.constData());
    QString first;
    if (refs) {
        if (g_mime_references_length(refs) > 0)
            first = QString::fromUtf8(g_mime_references_get_message_id(refs, 0));
        g_mime_references_free(refs);
    }
    return first;
}

QString threadKey(const QByteArray &rawReferences, const QByteArray &rawInReplyTo, const QString &messageId)
{
    QString key = firstReference(rawReferences);
    if (key.isEmpty())
        key = firstReference(rawInReplyTo);
    if (key.isEmpty())
        key = messageId;
    return key;
}

} // namespace fi::mail
