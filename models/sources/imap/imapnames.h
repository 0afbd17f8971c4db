#pragma once
/// @file imapnames.h
/// @brief What may be sent to an IMAP server as a user name, password or mailbox name, and how
/// mailbox names travel (modified UTF-7, RFC 3501 §5.1.3).
///
/// libetpan sends these as atoms or quoted strings without checking them: a CR or LF would end
/// the command line and let the rest be read as a command of its own, a NUL would cut the C
/// string. Everything is therefore checked here before a byte goes out. The check* functions
/// return a translated reason (empty = fine) that never repeats a password. Thread-safe.
///
/// Mailbox names are Unicode in the app (configuration, items, display). Compatibility: before
/// this codec the app kept the raw wire form it got from LIST (e.g. "Caf&AOk-" for "Café") and
/// sent names unchanged. A stored name that is already canonical modified UTF-7 containing a
/// shift ("&") is therefore still sent exactly as it is, so existing accounts keep addressing
/// the same mailbox with the same sync state and item ids; displayMailboxName() decodes it.

#include <QByteArray>
#include <QString>

#include <optional>

namespace fi::imap {

/// User name for LOGIN: non-empty, printable US-ASCII only (no control character, no 8-bit).
QString checkUserName(const QString &user);
/// Password for LOGIN as a quoted string: no CR, LF or NUL (RFC 3501 TEXT-CHAR). 8-bit UTF-8 is
/// let through: servers accept it in practice and refusing would lock such users out.
QString checkPassword(const QString &password);
/// Mailbox name: non-empty, valid UTF-16 (no unpaired surrogate), no control character
/// (U+0000–U+001F, U+007F).
QString checkMailboxName(const QString &name);

/**
 * @brief The wire form of a mailbox name (check it first with checkMailboxName()): modified
 * UTF-7, always printable 7-bit ASCII. A legacy stored name that is already canonical modified
 * UTF-7 with a shift is returned unchanged (see the file comment).
 */
QByteArray mailboxToWire(const QString &name);
/// The Unicode name of a wire mailbox name from LIST; std::nullopt if it is not valid modified
/// UTF-7 or decodes to a name checkMailboxName() refuses (such a mailbox cannot be addressed).
std::optional<QString> mailboxFromWire(const QByteArray &wire);
/// The name to show for a stored mailbox name (decodes legacy wire-form names).
QString displayMailboxName(const QString &name);
/// Whether two stored names address the same mailbox (same wire form; INBOX in any case).
bool sameMailbox(const QString &a, const QString &b);

} // namespace fi::imap
