// libFuzzer harness: fi::mime::htmlToText() and foldSnippet() (models/mime/htmltext.h).
// Byte 0: bit 0 picks how the rest becomes a QString (UTF-8, or raw UTF-16 so lone surrogates
// and any code unit reach the code), bits 1..7 the snippet length.
#include "fuzzsupport.h"

#include "mime/htmltext.h"

namespace {

bool isFoldedSpace(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Control;
}

void checkSnippet(const QString &in, int maxChars)
{
    const QString s = fi::mime::foldSnippet(in, maxChars);
    FUZZ_ASSERT(s.size() <= qMax(0, maxChars), "snippet %lld > %d", qlonglong(s.size()), maxChars);
    if (s.isEmpty())
        return;
    FUZZ_ASSERT(!isFoldedSpace(s.front()) && !isFoldedSpace(s.back()), "snippet is trimmed");
    FUZZ_ASSERT(!s.back().isHighSurrogate(), "no surrogate pair split at the cut");
    for (qsizetype i = 1; i < s.size(); ++i)
        FUZZ_ASSERT(!(isFoldedSpace(s[i]) && isFoldedSpace(s[i - 1])), "whitespace runs folded");
    for (const QChar c : s)
        FUZZ_ASSERT(c == u' ' || !isFoldedSpace(c), "only plain spaces remain");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Input in(data, size);
    const uint8_t o = in.byte();
    const QByteArray bytes = in.rest();
    const QString html = (o & 1)
        ? QString(reinterpret_cast<const QChar *>(bytes.constData()), bytes.size() / 2)
        : QString::fromUtf8(bytes);
    const int maxChars = int(o >> 1) - 8; // -8 … 119

    const QString text = fi::mime::htmlToText(html);
    checkSnippet(text, maxChars);
    checkSnippet(html, maxChars);
    checkSnippet(text, 300);
    return 0;
}
