// libFuzzer harness: the body of the webhook's POST /items (models/sources/webhook/webhookpayload.h),
// bytes from any local script. Properties: a body is parsed into a record or refused with a
// reason, never crashes; an accepted record respects every documented bound (title 1–1000
// characters, no line breaks in it; remote_id ≤ 200; a tier attribute of 1–3 only; an http(s)
// URL only); parsing the same body again gives the same record apart from a generated id.
#include "fuzzsupport.h"

#include "sources/webhook/webhookkind.h"
#include "sources/webhook/webhookpayload.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    constexpr qint64 now = 1764777600000;  // 2025-12-03T16:00:00Z
    QString error;
    const std::optional<fi::ItemRecord> record = fi::webhook::parseItem(body, now, &error);
    if (!record) {
        FUZZ_ASSERT(!error.isEmpty(), "a refused payload says why");
        return 0;
    }
    FUZZ_ASSERT(!record->subject.isEmpty() && record->subject.size() <= fi::webhook::kMaxTitleChars, "title out of bounds");
    FUZZ_ASSERT(!record->subject.contains(u'\n') && !record->subject.contains(u'\r'), "line break in the title");
    FUZZ_ASSERT(!record->remoteId.isEmpty() && record->remoteId.size() <= qMax(fi::webhook::kMaxRemoteIdChars, 41),
                "remote id out of bounds");
    FUZZ_ASSERT(record->from.name.size() + record->from.address.size() <= fi::webhook::kMaxSenderChars, "sender too long");
    const QString tier = record->attributes.value(QLatin1String(fi::webhook::kTierAttribute));
    FUZZ_ASSERT(tier.isEmpty() || tier == QLatin1String("1") || tier == QLatin1String("2") || tier == QLatin1String("3"),
                "tier attribute out of range");
    FUZZ_ASSERT(record->url.isEmpty() || record->url.startsWith(QLatin1String("http://"))
                    || record->url.startsWith(QLatin1String("https://")),
                "a URL other than http(s) accepted");
    FUZZ_ASSERT(record->receivedMs == now && record->requestedDueMs >= 0, "times");
    QString again;
    const std::optional<fi::ItemRecord> second = fi::webhook::parseItem(body, now, &again);
    FUZZ_ASSERT(second.has_value(), "the same body parsed once and refused once");
    FUZZ_ASSERT(second->subject == record->subject && second->fingerprint == record->fingerprint
                    && second->requestedDueMs == record->requestedDueMs && second->url == record->url,
                "the same body parsed to another record");
    return 0;
}
