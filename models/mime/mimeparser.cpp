#include "mime/mimeparser.h"

#include "mail/conversations.h"
#include "mail/threading.h"
#include "mime/gmimesupport.h"
#include "mime/htmltext.h"
#include "mime/encodedwords.h"
#include "mime/textdecode.h"

#include <QCoreApplication>

#include <array>

namespace fi {
namespace {

using mime::GCharPtr;
using mime::GObjectPtr;

/// Headers copied into ItemRecord::headers (the ones rules look at; reply-to for the reply link,
/// mail/replylink.h).
constexpr std::array kRuleHeaders = {
    "list-id",   "list-unsubscribe", "precedence",      "auto-submitted", "x-priority",
    "importance", "priority",        "x-github-reason", "in-reply-to",    "references",
    "reply-to",
};


/// The text parts that make up the body.
struct BodyParts {
    GMimePart *plain = nullptr;
    GMimePart *html = nullptr;
    bool found() const { return plain || html; }
};

bool isAttachment(GMimePart *part)
{
    return g_mime_part_is_attachment(part);
}

BodyParts findBody(GMimeObject *object, int depth)
{
    BodyParts parts;
    if (!object || depth > 32)
        return parts;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multi = GMIME_MULTIPART(object);
        GMimeContentType *ct = g_mime_object_get_content_type(object);
        const bool alternative = ct && g_mime_content_type_is_type(ct, "multipart", "alternative");
        const int count = g_mime_multipart_get_count(multi);
        for (int i = 0; i < count; ++i) {
            const BodyParts child = findBody(g_mime_multipart_get_part(multi, i), depth + 1);
            if (alternative) {
                // RFC 2046 §5.1.4: the alternatives carry the same content; take one of each kind.
                if (!parts.plain)
                    parts.plain = child.plain;
                if (!parts.html)
                    parts.html = child.html;
            } else if (child.found()) {
                return child; // mixed/related/signed: the first body-like part is the body.
            }
        }
        return parts;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        return inner ? findBody(g_mime_message_get_mime_part(inner), depth + 1) : parts;
    }
    if (GMIME_IS_PART(object)) {
        GMimePart *part = GMIME_PART(object);
        if (isAttachment(part))
            return parts;
        GMimeContentType *ct = g_mime_object_get_content_type(object);
        // RFC 2046 §4.1.4: unknown text subtypes are shown as text/plain; RFC 2045 §5.2:
        // a missing or broken Content-Type means text/plain.
        if (ct && g_mime_content_type_is_type(ct, "text", "html"))
            parts.html = part;
        else if (!ct || GMIME_IS_TEXT_PART(object) || g_mime_content_type_is_type(ct, "text", "*"))
            parts.plain = part;
    }
    return parts;
}

/// Parses the prologue of a multipart whose boundary never appears as one MIME entity
/// (skipping a leading "--something" delimiter line). Falls back to the prologue as text.
GObjectPtr<GMimeObject> recoverFromPrologue(GMimeMultipart *multi, QString *prologueText)
{
    QByteArray prologue(g_mime_multipart_get_prologue(multi));
    if (prologue.trimmed().isEmpty())
        return nullptr;
    QByteArray entity = prologue;
    while (entity.startsWith('\n') || entity.startsWith("\r\n"))
        entity.remove(0, entity.indexOf('\n') + 1);
    if (entity.startsWith("--")) {
        const qsizetype eol = entity.indexOf('\n');
        const QByteArray delimiter = entity.left(eol).trimmed();
        entity = eol < 0 ? QByteArray() : entity.mid(eol + 1);
        const qsizetype next = entity.indexOf("\n" + delimiter);
        if (next >= 0)
            entity.truncate(next + 1);
    }
    if (entity.startsWith("Content-") || entity.startsWith("content-")) {
        GObjectPtr<GMimeStream> stream(
            g_mime_stream_mem_new_with_buffer(entity.constData(), size_t(entity.size())));
        GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
        GObjectPtr<GMimeObject> part(
            g_mime_parser_construct_part(parser.get(), mime::parserOptions()));
        if (part)
            return part;
    }
    *prologueText = mime::decodeText(prologue, {});
    return nullptr;
}

void collectAttachments(GMimeObject *object, QStringList &names, int depth)
{
    if (!object || depth > 32)
        return;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multi = GMIME_MULTIPART(object);
        for (int i = 0, n = g_mime_multipart_get_count(multi); i < n; ++i)
            collectAttachments(g_mime_multipart_get_part(multi, i), names, depth + 1);
    } else if (GMIME_IS_PART(object)) {
        GMimePart *part = GMIME_PART(object);
        const char *name = g_mime_part_get_filename(part);
        if (name && *name)
            names.append(QString::fromUtf8(name));
        else if (g_mime_part_is_attachment(part))
            names.append(QString());
    }
}

QByteArray charsetOf(GMimeObject *object)
{
    if (!object)
        return {};
    return QByteArray(g_mime_object_get_content_type_parameter(object, "charset"));
}

/// Transfer-decoded (base64/QP/uuencode) bytes of a leaf part.
QByteArray partBytes(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GObjectPtr<GMimeStream> mem(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, mem.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
    if (!bytes)
        return {};
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

QString partText(GMimePart *part)
{
    if (!part)
        return {};
    return mime::decodeText(partBytes(part), charsetOf(GMIME_OBJECT(part)));
}

bool looksLikeHtmlDocument(const QString &text)
{
    const QString head = text.left(200).trimmed();
    return head.startsWith(QLatin1String("<html"), Qt::CaseInsensitive)
        || head.startsWith(QLatin1String("<!doctype html"), Qt::CaseInsensitive);
}

QByteArray unfoldRaw(GMimeHeader *header)
{
    const char *raw = g_mime_header_get_raw_value(header);
    if (!raw)
        return {};
    GCharPtr unfolded(g_mime_utils_header_unfold(raw));
    return QByteArray(unfolded.get()).trimmed();
}

QString decodeUnstructured(const QByteArray &rawUnfolded, const QByteArray &hint)
{
    if (rawUnfolded.isEmpty())
        return {};
    const QByteArray utf8 = mime::headerToUtf8(mime::rewritePaddedBase64Words(rawUnfolded), hint);
    GCharPtr decoded(g_mime_utils_header_decode_text(mime::parserOptions(), utf8.constData()));
    QString text = QString::fromUtf8(decoded ? decoded.get() : utf8.constData());
    // Decoded words may carry CR/LF/TAB; a header value is one line.
    for (QChar &c : text) {
        if (c == u'\r' || c == u'\n' || c == u'\t')
            c = u' ';
    }
    return text.trimmed();
}

void appendAddresses(InternetAddressList *list, QList<Address> &out, int depth = 0)
{
    if (!list || depth > 4)
        return;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            Address a;
            a.name = QString::fromUtf8(internet_address_get_name(ia)).simplified();
            a.address = QString::fromUtf8(
                internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia))).trimmed();
            if (!a.address.isEmpty() || !a.name.isEmpty())
                out.append(a);
        } else if (INTERNET_ADDRESS_IS_GROUP(ia)) {
            appendAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), out,
                            depth + 1);
        }
    }
}

QList<Address> parseAddresses(const QByteArray &rawUnfolded, const QByteArray &hint)
{
    QList<Address> out;
    if (rawUnfolded.isEmpty())
        return out;
    const QByteArray utf8 = mime::headerToUtf8(mime::rewritePaddedBase64Words(rawUnfolded), hint);
    GObjectPtr<InternetAddressList> list(
        internet_address_list_parse(mime::parserOptions(), utf8.constData()));
    appendAddresses(list.get(), out);
    return out;
}

QString stripAngles(QString id)
{
    id = id.trimmed();
    if (id.startsWith(u'<'))
        id.remove(0, 1);
    if (id.endsWith(u'>'))
        id.chop(1);
    return id.trimmed();
}

QString decodeMessageId(const QByteArray &raw)
{
    if (raw.isEmpty())
        return {};
    GCharPtr id(g_mime_utils_decode_message_id(raw.constData()));
    if (id && *id.get())
        return QString::fromUtf8(id.get());
    return stripAngles(QString::fromUtf8(raw)).section(u' ', 0, 0);
}

qint64 parseDateMs(const QByteArray &raw)
{
    if (raw.isEmpty())
        return 0;
    mime::GDateTimePtr dt(g_mime_utils_header_decode_date(raw.constData()));
    if (!dt)
        return 0;
    const qint64 ms = qint64(g_date_time_to_unix(dt.get())) * 1000
        + g_date_time_get_microsecond(dt.get()) / 1000;
    return ms > 0 ? ms : 0; // GMime maps garbage to the epoch; 0 = "unknown" for callers.
}

/// Skip an mbox envelope line ("From sender date") some Maildir writers leave in place.
QByteArray stripMboxEnvelope(const QByteArray &data)
{
    if (!data.startsWith("From "))
        return data;
    const qsizetype eol = data.indexOf('\n');
    return eol < 0 ? QByteArray() : data.mid(eol + 1);
}

} // namespace

std::optional<ParsedMessage> parseMessage(const QByteArray &rfc822, const ParseOptions &opt,
                                          QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ParsedMessage> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QByteArray data = stripMboxEnvelope(rfc822);
    if (data.trimmed().isEmpty())
        return fail(QCoreApplication::translate("fi::MimeParser", "The message is empty."));

    mime::ensureGMimeInitialized();
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(data.constData(),
                                                                      size_t(data.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GObjectPtr<GMimeMessage> message(
        g_mime_parser_construct_message(parser.get(), mime::parserOptions()));
    if (!message)
        return fail(QCoreApplication::translate("fi::MimeParser", "Not an RFC 5322 message: no header block could be parsed."));

    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(message.get()));
    const int headerCount = headers ? g_mime_header_list_get_count(headers) : 0;
    if (headerCount == 0)
        return fail(QCoreApplication::translate("fi::MimeParser", "Not an RFC 5322 message: it has no header fields."));

    GMimeObject *top = g_mime_message_get_mime_part(message.get());
    BodyParts body = findBody(top, 0);
    GObjectPtr<GMimeObject> recovered;
    QString prologueText;
    if (!body.found() && top && GMIME_IS_MULTIPART(top)
        && g_mime_multipart_get_count(GMIME_MULTIPART(top)) == 0) {
        // The boundary never occurs (wrong boundary parameter, missing blank line…): GMime keeps
        // everything as the prologue. Recover the first part from it, like most mail readers.
        recovered = recoverFromPrologue(GMIME_MULTIPART(top), &prologueText);
        body = findBody(recovered.get(), 1);
    }
    QByteArray hint = charsetOf(GMIME_OBJECT(body.plain ? body.plain : body.html));
    if (hint.isEmpty())
        hint = charsetOf(top);

    ParsedMessage parsed;
    ItemRecord &rec = parsed.record;
    QByteArray rawFrom, rawTo, rawCc, rawSubject, rawDate, rawMessageId, rawInReplyTo,
        rawReferences;
    bool recognised = false;
    if (opt.allHeaders)
        parsed.allHeaders.reserve(headerCount);
    for (int i = 0; i < headerCount; ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(headers, i);
        mime::keepEncodedWordCharsetsLoaded(g_mime_header_get_raw_value(h));
        const QByteArray name = QByteArray(g_mime_header_get_name(h)).trimmed();
        const QByteArray lower = name.toLower();
        QByteArray *slot = nullptr;
        if (lower == "from")
            slot = &rawFrom;
        else if (lower == "to")
            slot = &rawTo;
        else if (lower == "cc")
            slot = &rawCc;
        else if (lower == "subject")
            slot = &rawSubject;
        else if (lower == "date")
            slot = &rawDate;
        else if (lower == "message-id")
            slot = &rawMessageId;
        else if (lower == "in-reply-to")
            slot = &rawInReplyTo;
        else if (lower == "references")
            slot = &rawReferences;
        if (slot || lower == "received" || lower == "return-path" || lower == "mime-version"
            || lower == "content-type" || lower == "sender" || lower == "reply-to")
            recognised = true;
        const char *ruleHeader = nullptr;
        for (const char *wanted : kRuleHeaders) {
            if (lower == wanted && !rec.headers.contains(QLatin1String(wanted)))
                ruleHeader = wanted;
        }
        const bool firstOfItsKind = slot && slot->isNull();
        if (!firstOfItsKind && !ruleHeader && !opt.allHeaders)
            continue; // nothing to keep: skip unfolding and decoding
        const QByteArray raw = unfoldRaw(h);
        if (firstOfItsKind)
            *slot = raw.isNull() ? QByteArray("") : raw;
        if (!ruleHeader && !opt.allHeaders)
            continue;
        const QString value = decodeUnstructured(raw, hint);
        if (opt.allHeaders)
            parsed.allHeaders.append({QString::fromUtf8(name), value});
        if (ruleHeader)
            rec.headers.insert(QString::fromLatin1(ruleHeader), value);
    }
    if (!recognised)
        return fail(QCoreApplication::translate("fi::MimeParser", "Not an RFC 5322 message: none of its %n header field(s) is a "
                            "message header (From, To, Subject, Date, Message-ID, Received…).", nullptr, headerCount));

    const QList<Address> from = parseAddresses(rawFrom, hint);
    if (!from.isEmpty())
        rec.from = from.first();
    rec.to = parseAddresses(rawTo, hint);
    rec.cc = parseAddresses(rawCc, hint);
    rec.subject = decodeUnstructured(rawSubject, hint);
    rec.messageId = decodeMessageId(rawMessageId);
    rec.receivedMs = parseDateMs(rawDate);
    // One GMime parse of each field serves both the thread key and the conversation links.
    mail::ThreadingInput threading;
    threading.messageId = rec.messageId;
    threading.references = mail::referenceIds(rawReferences);
    threading.inReplyTo = mail::referenceIds(rawInReplyTo);
    rec.threadKey = mail::threadKeyFromIds(threading.references, threading.inReplyTo, rec.messageId);
    rec.threadLinks = mail::threadLinks(threading);

    const QString plain = partText(body.plain);
    const QString html = opt.fullBody || plain.trimmed().isEmpty() ? partText(body.html)
                                                                    : QString();
    QString bestText = plain.isEmpty() && html.isEmpty() ? prologueText : plain;
    if (looksLikeHtmlDocument(bestText))
        bestText = mime::htmlToText(bestText); // HTML sent without Content-Type: text/html
    if (mime::foldSnippet(bestText, 1).isEmpty() && !html.isEmpty())
        bestText = mime::htmlToText(html);
    rec.snippet = mime::foldSnippet(bestText, opt.snippetChars);
    if (opt.fullBody) {
        parsed.bodyText = bestText;
        parsed.bodyHtml = html;
        collectAttachments(top, parsed.attachmentNames, 0);
    }
    return parsed;
}

} // namespace fi
