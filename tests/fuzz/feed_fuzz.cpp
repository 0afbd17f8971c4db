// libFuzzer harness: fi::feed::parseFeed (models/sources/feed/feedparser.h) and the feed date
// reader. Byte 0: bits 0–1 pick the Content-Type (none, XML with charset=utf-8, text/xml with
// a charset from the input's first line, JSON), bit 2 small limits (4 entries, depth 8), bit 3
// also feeds the first line to parseFeedDate. The rest is the document.
// Properties: never crash; a refusal says why and carries no entries; entries within the limit;
// titles are one line; links are absolute (the base URL is absolute); dates in range.
#include "fuzzsupport.h"

#include "sources/feed/feedparser.h"
#include "sources/feed/parse/feeddates.h"

namespace {

constexpr qint64 kMaxMs = 253402300800000LL; // 10000-01-01T00:00:00Z

void checkDate(qint64 ms, const char *what)
{
    // The earliest: year 1 minus a 14 h offset; 0 = none.
    FUZZ_ASSERT(ms == 0 || (ms > -62135650000000LL && ms < kMaxMs), "%s out of range: %lld", what,
                qlonglong(ms));
}

void checkLink(const QString &link)
{
    if (link.isEmpty())
        return;
    const QUrl url(link);
    FUZZ_ASSERT(!url.isValid() || !url.isRelative(), "relative link: %s", qPrintable(link));
}

void checkText(const QString &title)
{
    FUZZ_ASSERT(!title.contains(u'\n') && title == title.trimmed(), "title not one trimmed line: %s",
                qPrintable(title));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    fuzz::Input in(data, size);
    const uint8_t o = in.byte();
    fi::feed::FeedParseInput input;
    input.url = QUrl(QStringLiteral("https://fuzz.example/feeds/x.xml"));
    input.nowMs = 1764651600000LL; // 2025-12-02
    QByteArray firstLine;
    switch (o & 3) {
    case 0: break;
    case 1: input.contentType = "application/atom+xml; charset=utf-8"; break;
    case 2:
        firstLine = in.until('\n', 64);
        input.contentType = "text/xml; charset=" + firstLine;
        break;
    case 3: input.contentType = "application/feed+json"; break;
    }
    if (o & 4) {
        input.limits.maxEntries = 4;
        input.limits.maxDepth = 8;
    }
    if (o & 8) {
        if (firstLine.isEmpty())
            firstLine = in.until('\n', 64);
        checkDate(fi::feed::parse::parseFeedDate(QString::fromUtf8(firstLine), input.nowMs),
                  "parseFeedDate");
    }
    input.bytes = in.rest();

    const fi::feed::FeedParseResult r = fi::feed::parseFeed(input);
    if (!r.ok) {
        FUZZ_ASSERT(!r.error.isEmpty(), "a refusal without a reason");
        FUZZ_ASSERT(r.document.entries.isEmpty(), "a refusal with entries");
        return 0;
    }
    const fi::feed::FeedDocument &d = r.document;
    FUZZ_ASSERT(d.format != fi::feed::FeedFormat::Unknown, "ok without a format");
    FUZZ_ASSERT(d.entries.size() <= input.limits.maxEntries, "entries above the limit: %lld",
                qlonglong(d.entries.size()));
    FUZZ_ASSERT(!r.encoding.isEmpty(), "no encoding reported");
    checkText(d.title);
    checkLink(d.link);
    checkDate(d.updatedMs, "feed updated");
    for (const fi::feed::FeedEntry &e : d.entries) {
        checkText(e.title);
        checkLink(e.link);
        checkDate(e.publishedMs, "published");
        checkDate(e.updatedMs, "updated");
    }
    return 0;
}
