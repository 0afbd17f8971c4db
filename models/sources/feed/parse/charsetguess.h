#pragma once
/// @file charsetguess.h
/// @brief A guess at the charset of bytes that name none (uchardet, Mozilla's universal charset
/// detector) — internal to the feed parser.

#include <QByteArray>

namespace fi::feed::parse {

/**
 * @brief The charset uchardet detects in (at most the first 64 KiB of) @p bytes, lower-case
 * ("big5", "euc-jp", "koi8-r", "uhc" …), or empty when it finds none or only ASCII.
 * Only for documents that declare nothing and are not valid UTF-8. Thread-safe.
 */
QByteArray guessCharset(const QByteArray &bytes);

} // namespace fi::feed::parse
