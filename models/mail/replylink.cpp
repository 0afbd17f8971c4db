#include "mail/replylink.h"

#include "mime/gmimesupport.h"

#include <QRegularExpression>

namespace fi::mail {

namespace {

using mime::GObjectPtr;

void appendMailboxes(InternetAddressList *list, QStringList &out, int depth)
{
    if (!list || depth > 4)
        return;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            appendMailboxes(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), out, depth + 1);
        } else if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            const QString addr = QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)))
                                     .trimmed();
            if (addr.contains(u'@') && !out.contains(addr, Qt::CaseInsensitive))
                out << addr;
        }
    }
}

/// The addr-specs of an RFC 5322 address list (already decoded text).
QStringList addressesIn(const QString &list)
{
    QStringList out;
    if (list.trimmed().isEmpty())
        return out;
    mime::ensureGMimeInitialized();
    const QByteArray utf8 = list.toUtf8();
    GObjectPtr<InternetAddressList> parsed(internet_address_list_parse(mime::parserOptions(), utf8.constData()));
    appendMailboxes(parsed.get(), out, 0);
    return out;
}

/// Usable as one addr-spec: has an "@" and no white space or control characters.
bool plausibleAddress(const QString &address)
{
    if (!address.contains(u'@'))
        return false;
    for (const QChar c : address) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

QByteArray encoded(const QString &value, const QByteArray &keep = {})
{
    // RFC 3986 unreserved (ALPHA DIGIT - . _ ~) stay; everything else becomes %XX of its UTF-8.
    return QUrl::toPercentEncoding(value, keep);
}

} // namespace

QString replySubject(const QString &subject)
{
    static const QRegularExpression prefix(QStringLiteral("^\\s*re\\s*(\\[\\d+\\]|\\(\\d+\\))?\\s*:\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString rest = subject;
    for (;;) {
        const QRegularExpressionMatch m = prefix.match(rest);
        if (!m.hasMatch())
            break;
        rest = rest.mid(m.capturedLength());
    }
    return QStringLiteral("Re: ") + rest.trimmed();
}

QStringList messageIdsIn(const QString &fieldValue)
{
    static const QRegularExpression angle(QStringLiteral("<([^<>\\s]+)>"));
    QStringList ids;
    auto it = angle.globalMatch(fieldValue);
    while (it.hasNext()) {
        const QString id = QLatin1Char('<') + it.next().captured(1) + QLatin1Char('>');
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

ReplyDraft replyDraft(const ItemRecord &record)
{
    ReplyDraft draft;
    for (const QString &address : addressesIn(record.headers.value(QStringLiteral("reply-to")))) {
        if (plausibleAddress(address))
            draft.to << address;
    }
    if (draft.to.isEmpty() && plausibleAddress(record.from.address.trimmed()))
        draft.to << record.from.address.trimmed();
    draft.subject = replySubject(record.subject);
    const QString ownId = record.messageId.trimmed();
    if (!ownId.isEmpty() && !ownId.contains(u'<') && !ownId.contains(u'>') && !ownId.contains(u' '))
        draft.inReplyTo = QLatin1Char('<') + ownId + QLatin1Char('>');
    draft.references = messageIdsIn(record.headers.value(QStringLiteral("references")));
    if (draft.references.isEmpty()) {
        // RFC 5322 §3.6.4: no References, and an In-Reply-To with exactly one id: that id.
        const QStringList parents = messageIdsIn(record.headers.value(QStringLiteral("in-reply-to")));
        if (parents.size() == 1)
            draft.references = parents;
    }
    if (!draft.inReplyTo.isEmpty()) {
        draft.references.removeAll(draft.inReplyTo);
        draft.references << draft.inReplyTo;
    }
    return draft;
}

QUrl mailtoUrl(const ReplyDraft &draft)
{
    QStringList to;
    for (const QString &address : draft.to) {
        if (plausibleAddress(address))
            to << QString::fromLatin1(encoded(address, "@"));
    }
    if (to.isEmpty())
        return {};
    QStringList fields;
    const auto add = [&fields](const char *name, const QString &value) {
        if (!value.isEmpty())
            fields << QLatin1String(name) + QLatin1Char('=') + QString::fromLatin1(encoded(value));
    };
    add("subject", draft.subject);
    add("In-Reply-To", draft.inReplyTo);
    add("References", draft.references.join(QLatin1Char(' ')));
    QString text = QStringLiteral("mailto:") + to.join(QLatin1Char(','));
    if (!fields.isEmpty())
        text += QLatin1Char('?') + fields.join(QLatin1Char('&'));
    return QUrl(text, QUrl::StrictMode);
}

} // namespace fi::mail
