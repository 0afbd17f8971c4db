#pragma once
/// @file imaputf7.h
/// @brief Modified UTF-7, the encoding of IMAP mailbox names on the wire (RFC 3501 §5.1.3;
/// RFC 2152 with "&" as shift character and "," instead of "/" in BASE64).
///
/// libetpan has no codec for it (its charconv goes through iconv, whose "UTF-7-IMAP" exists only
/// in glibc ≥ 2.36 and reports errors poorly), so this is a small one of our own.
/// Pure functions, thread-safe.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace fi::imap::utf7 {

/**
 * @brief Encode a mailbox name: printable US-ASCII (0x20–0x7E) except "&" stands for itself,
 * "&" becomes "&-", every other run of UTF-16 code units becomes "&" BASE64(UTF-16BE) "-".
 * The result is always printable 7-bit ASCII. The UTF-16 units are encoded as they are: check
 * the name first (imapnames.h) to refuse unpaired surrogates and control characters.
 */
QByteArray encode(const QString &name);

/**
 * @brief Decode a wire mailbox name strictly. std::nullopt when @p wire is not valid modified
 * UTF-7: a byte outside 0x20–0x7E, a shift without its closing "-", a character outside the
 * modified BASE64 alphabet, leftover bits that are not zero or make a whole sixtet, printable
 * ASCII encoded in BASE64 (RFC 3501 forbids it), or an unpaired UTF-16 surrogate.
 */
std::optional<QString> decode(QByteArrayView wire);

/// Whether @p wire is valid modified UTF-7 in its one canonical spelling (encode(decode(w)) == w).
bool isCanonical(QByteArrayView wire);

} // namespace fi::imap::utf7
