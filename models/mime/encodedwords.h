#pragma once
/// @file encodedwords.h
/// @brief Works around a GMime 3.2 decoding bug in RFC 2047 encoded words.
///
/// GMime 3.2.13 (Debian 12) joins the payloads of adjacent encoded words of the same
/// charset before decoding them (so a multibyte character split across words survives),
/// but when a "B" (base64) word ends in "=" padding, everything after it is lost:
/// "=?UTF-8?B?SGVsbG8=?= =?UTF-8?B?IHdvcmxk?=" decodes to "Hello" instead of
/// "Hello world" (upstream jstedfast/gmime issue 133). Mail from Thunderbird and others
/// has such headers. We rewrite padded base64 words as equivalent "Q" words, which
/// concatenate safely, and let GMime do all the decoding.

#include <QByteArray>

namespace fi::mime {

/// Return @p header with every base64 encoded word whose payload ends in "=" padding
/// re-encoded as a Q encoded word of the same charset (RFC 2047 §4.2). Anything else,
/// including malformed words, is left byte-for-byte as it was. Thread-safe, pure.
QByteArray rewritePaddedBase64Words(const QByteArray &header);

} // namespace fi::mime
