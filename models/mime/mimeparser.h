#pragma once
/// @file mimeparser.h
/// @brief Parse one RFC 5322 / MIME (RFC 2045–2049) message into an ItemRecord, using GMime 3.
///
/// The GMime types stay inside models/mime/*.cpp; this header is plain Qt so every layer can use it.
/// See docs/decisions/0002-mime-gmime.md for why GMime.

#include "domain/item.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace fi {

/// What parseMessage() extracts beyond the headers.
struct ParseOptions {
    /// When true, ParsedMessage::bodyText / bodyHtml are filled (reading pane);
    /// when false only the snippet is computed (sync path, cheaper to keep in memory).
    bool fullBody = false;
    /// Maximum length of ItemRecord::snippet in UTF-16 code units (QString::size()); <= 0 = no snippet.
    int snippetChars = 300;
    /// When false, ParsedMessage::allHeaders stays empty and only the header fields the
    /// ItemRecord keeps are decoded (sync path: most fields, e.g. Received, are never shown).
    bool allHeaders = true;
};

/// A parsed message: the record a source reports plus, on request, the full body.
struct ParsedMessage {
    /// Filled: messageId, threadKey, threadLinks, from, to, cc, subject, snippet, receivedMs (0 when the
    /// Date header is missing or unparseable), headers. Source-specific fields (remoteId,
    /// folder, locator, fingerprint, flags) are left empty for the caller.
    ItemRecord record;
    /// Best text/plain part, charset-converted to Unicode (only with ParseOptions::fullBody).
    QString bodyText;
    /// Best text/html part, charset-converted, markup kept (only with ParseOptions::fullBody).
    /// Untrusted: the viewer must not load remote content or run scripts from it.
    QString bodyHtml;
    /// File names of the attachments (RFC 2183 Content-Disposition filename, RFC 2231 and
    /// RFC 2047 decoded; else Content-Type name), in document order (only with fullBody).
    QStringList attachmentNames;
    /// Every top-level header in file order: (name as written, value unfolded and RFC 2047-decoded).
    /// Empty with ParseOptions::allHeaders = false.
    QList<QPair<QString, QString>> allHeaders;
};

/**
 * @brief Parse a complete message (headers + body, as stored in a Maildir file or fetched
 * with IMAP BODY[]).
 *
 * Decoding rules:
 *  - Header text: RFC 2047 encoded words in any charset iconv knows (Q and B), loose mode
 *    (encoded words glued to text are accepted). Raw 8-bit header bytes are read as UTF-8 when
 *    valid, else in the charset the message body declares, else Windows-1252 (ISO-8859-1 for
 *    the bytes Windows-1252 leaves undefined).
 *  - Addresses: RFC 5322 address lists including groups ("undisclosed-recipients:;" yields no
 *    mailbox; group members are flattened into the list).
 *  - Body text: transfer-decoded (base64, quoted-printable), converted from the part's charset
 *    (RFC 2046 §4.1.2; UTF-16 included) with the same fallbacks as headers.
 *  - Snippet: text/plain preferred inside multipart/alternative; otherwise HTML reduced to text
 *    (tags, scripts, styles and comments removed, entities decoded); whitespace folded.
 *  - Date: RFC 5322 §3.3 (and obsolete forms GMime accepts), converted to UTC epoch ms.
 *
 * Thread safety: reentrant; may be called from any number of threads at once
 * (GMime is initialised once, lazily, via std::call_once).
 *
 * @param rfc822 Raw message bytes (LF or CRLF line ends). An mbox "From " line is not expected.
 * @param opt    What to extract.
 * @param error  Optional; on failure receives a translated, human-readable reason.
 * @return The parsed message, or std::nullopt when the input is not a message at all
 *         (empty, no header block). Missing From/Date/Subject are not failures.
 */
std::optional<ParsedMessage> parseMessage(const QByteArray &rfc822, const ParseOptions &opt,
                                          QString *error = nullptr);

} // namespace fi
