// libFuzzer harness: fi::parseMessage() (models/mime/mimeparser.h) with every ParseOptions
// combination. The first input byte picks the options, the rest is the message.
#include "fuzzsupport.h"

#include "mime/mimeparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Input in(data, size);
    const uint8_t o = in.byte();
    fi::ParseOptions opt;
    opt.fullBody = o & 1;
    opt.allHeaders = o & 2;
    // Bits 2..7: the snippet length, including 0 and a negative value (no snippet).
    static constexpr int kSnippet[] = {300, 0, -1, 1, 2, 3, 80, 100000};
    opt.snippetChars = kSnippet[(o >> 2) & 7];
    const QByteArray message = in.rest();

    QString error;
    const auto parsed = fi::parseMessage(message, opt, &error);
    if (!parsed) {
        FUZZ_ASSERT(!error.isEmpty(), "a failed parse must say why");
        return 0;
    }
    const fi::ItemRecord &r = parsed->record;
    FUZZ_ASSERT(r.snippet.size() <= qMax(0, opt.snippetChars), "snippet %lld > %d",
                qlonglong(r.snippet.size()), opt.snippetChars);
    FUZZ_ASSERT(!r.subject.contains(u'\n') && !r.subject.contains(u'\r'), "subject is one line");
    FUZZ_ASSERT(r.receivedMs >= 0, "receivedMs >= 0");
    if (!opt.allHeaders)
        FUZZ_ASSERT(parsed->allHeaders.isEmpty(), "allHeaders only on request");
    if (!opt.fullBody)
        FUZZ_ASSERT(parsed->bodyText.isEmpty() && parsed->bodyHtml.isEmpty(), "body only on request");
    return 0;
}
