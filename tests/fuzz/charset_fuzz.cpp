// libFuzzer harness: charset decoding with attacker-chosen charset names
// (models/mime/textdecode.h) and the bound of the converter cache (models/mime/charsetcache.h).
// Input: "<charset name>\n<bytes>".
#include "fuzzsupport.h"

#include "mime/charsetcache.h"
#include "mime/textdecode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Input in(data, size);
    const QByteArray charset = in.until('\n', 200);
    const QByteArray bytes = in.rest();

    const QString text = fi::mime::decodeText(bytes, charset);
    FUZZ_ASSERT(!text.isNull() || bytes.isEmpty() || text.isEmpty(), "decodeText returns a string");
    const QByteArray utf8 = fi::mime::headerToUtf8(bytes, charset);
    FUZZ_ASSERT(fi::mime::isValidUtf8(utf8), "headerToUtf8 must return valid UTF-8: %s",
                utf8.toHex(' ').constData());
    if (fi::mime::isValidUtf8(bytes))
        FUZZ_ASSERT(utf8 == bytes, "valid UTF-8 headers are kept as they are");
    // The charset name also reaches the cache through encoded words and Content-Type.
    fi::mime::keepCharsetLoaded(charset.constData());
    FUZZ_ASSERT(fi::mime::loadedCharsetCount() <= fi::mime::kMaxLoadedCharsets,
                "converter cache above its bound: %zu", fi::mime::loadedCharsetCount());
    return 0;
}
