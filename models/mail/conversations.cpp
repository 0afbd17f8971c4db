/// @file conversations.cpp
/// @brief Conversation assignment (issue 18); see conversations.h.

#include "mail/conversations.h"

#include "mime/gmimesupport.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace fi::mail {

ThreadingInput threadingInput(const ItemRecord &record)
{
    ThreadingInput input;
    input.messageId = record.messageId;
    input.references = record.threadLinks;
    input.subject = record.subject;
    input.receivedMs = record.receivedMs;
    return input;
}

QStringList threadLinks(const ThreadingInput &message)
{
    QStringList links;
    QSet<QString> seen;
    if (!message.messageId.isEmpty())
        seen.insert(message.messageId);
    for (const QStringList *ids : {&message.references, &message.inReplyTo}) {
        for (const QString &id : *ids) {
            if (id.isEmpty() || id.size() > kMaxMessageIdLength || seen.contains(id))
                continue;
            seen.insert(id);
            links.append(id);
        }
    }
    if (links.size() > kMaxThreadLinks)
        links.remove(1, links.size() - kMaxThreadLinks);  // the root and the nearest ancestors
    return links;
}

QString baseSubject(const QString &subject, bool *isReply)
{
    // One or more prefixes, each a word, an optional counter ("[2]" or "(2)") and a colon.
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*(re|aw|sv|vs|antw|odp|res|rif|r\u00e9f|ref|fwd?|rv|enc|wg|tr)\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*:"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QSet<QString> replies{QStringLiteral("re"),   QStringLiteral("aw"),  QStringLiteral("sv"),
                                       QStringLiteral("vs"),   QStringLiteral("antw"), QStringLiteral("odp"),
                                       QStringLiteral("res"),  QStringLiteral("rif"), QStringLiteral("r\u00e9f"),
                                       QStringLiteral("ref")};
    QString rest = subject;
    bool reply = false;
    for (;;) {
        const QRegularExpressionMatch m = prefix.match(rest);
        if (!m.hasMatch())
            break;
        reply = reply || replies.contains(m.captured(1).toCaseFolded());
        rest = rest.mid(m.capturedEnd());
    }
    if (isReply)
        *isReply = reply;
    return rest.simplified().toCaseFolded();
}

QStringList referenceIds(const QByteArray &raw)
{
    QStringList ids;
    if (raw.isEmpty())
        return ids;
    GMimeReferences *refs = g_mime_references_parse(mime::parserOptions(), raw.constData());
    if (!refs)
        return ids;
    const int n = g_mime_references_length(refs);
    for (int i = 0; i < n; ++i) {
        const QString id = QString::fromUtf8(g_mime_references_get_message_id(refs, i));
        if (!id.isEmpty())
            ids.append(id);
    }
    g_mime_references_free(refs);
    return ids;
}

qint64 assignConversation(const ThreadingInput &message, ConversationIndex &index)
{
    const QStringList links = threadLinks(message);
    QStringList ids = links;
    if (!message.messageId.isEmpty() && message.messageId.size() <= kMaxMessageIdLength)
        ids.prepend(message.messageId);

    QList<qint64> found;
    for (const QString &id : std::as_const(ids)) {
        if (const std::optional<qint64> c = index.conversationOf(id); c && !found.contains(*c))
            found.append(*c);
    }
    qint64 conversation = 0;
    if (!found.isEmpty()) {
        std::sort(found.begin(), found.end());
        conversation = found.constFirst();
        for (qsizetype i = 1; i < found.size(); ++i)
            index.merge(found.at(i), conversation);
    } else if (links.isEmpty()) {
        // The subject fallback: only a reply that names no other message at all.
        bool reply = false;
        const QString base = baseSubject(message.subject, &reply);
        if (reply && !base.isEmpty() && message.receivedMs > 0) {
            if (const std::optional<qint64> c = index.conversationBySubject(
                    base, message.receivedMs - kSubjectWindowMs, message.receivedMs + kSubjectWindowMs))
                conversation = *c;
        }
    }
    if (conversation <= 0)
        conversation = index.create();
    for (const QString &id : std::as_const(ids))
        index.own(id, conversation);
    return conversation;
}

} // namespace fi::mail
