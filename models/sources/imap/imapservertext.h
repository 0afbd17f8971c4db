#pragma once
/// @file imapservertext.h
/// @brief Text a server chose (the human-readable part of a NO/BAD response, RFC 3501 §7.1)
/// made safe to put into an Error message: decoded as UTF-8 (invalid bytes replaced), control
/// characters (CR, LF, ESC, …) turned into spaces, length bounded. The result is plain text
/// and stays plain text: markup such as `<b>` or `<img src=file:///dev/zero>` is kept
/// literally, and whatever shows it must use Qt::PlainText or toHtmlEscaped().
/// Pure and thread-safe.

#include <QString>

namespace fi::imap {

/// @p raw may be null (→ empty). At most @p maxChars characters are kept (then "…").
QString serverText(const char *raw, qsizetype maxChars = 300);

} // namespace fi::imap
