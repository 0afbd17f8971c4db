// libFuzzer harness: the whole config.json (models/config/appconfig.h; rules, policies, working
// hours, focus and notification settings). The input is the file. Properties: loading never
// fails hard; what save() writes loads back without a complaint and saves to the same bytes;
// the loaded rules classify a message and the policies + working hours give deadlines in
// bounded time.
#include "fuzzsupport.h"

#include "config/appconfig.h"
#include "deadlines/deadlinecalculator.h"

#include <QElapsedTimer>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const fi::AppConfig config = fi::AppConfig::load(fuzz::scratchFile(bytes, "config.json"));

    // Round trip: Preferences saves what was loaded; it must read back cleanly and stably.
    const QString saved = fuzz::scratchFile({}, "saved.json");
    QString error;
    FUZZ_ASSERT(config.save(saved, &error), "save failed: %s", qPrintable(error));
    const QByteArray first = readAll(saved);
    const fi::AppConfig again = fi::AppConfig::load(saved);
    FUZZ_ASSERT(again.errors().isEmpty(), "saved config does not load cleanly: %s\n%s",
                qPrintable(again.errors().join(u'\n')), first.constData());
    const QString resaved = fuzz::scratchFile({}, "resaved.json");
    FUZZ_ASSERT(again.save(resaved, &error), "second save failed: %s", qPrintable(error));
    FUZZ_ASSERT(readAll(resaved) == first, "save/load/save is not stable:\n%s\n---\n%s",
                first.constData(), readAll(resaved).constData());

    // Use it: classify a message, compute deadlines.
    fi::ItemRecord record;
    record.from = {QStringLiteral("Ops Pager"), QStringLiteral("pager@example.org")};
    record.to = {{QString(), QStringLiteral("me@example.org")}};
    record.subject = QStringLiteral("URGENT: incident in prod, PTAL design review");
    record.headers.insert(QStringLiteral("list-id"), QStringLiteral("<ops.example.org>"));
    fi::RuleContext ctx;
    ctx.sourceKind = QStringLiteral("imap");
    ctx.sourceName = QStringLiteral("Work");
    ctx.myAddresses = config.myAddresses;
    const fi::RuleMatch match = config.rules.classify(record, ctx);

    QElapsedTimer timer;
    timer.start();
    const fi::DeadlineCalculator calc(config.workingHours);
    const qint64 received = 1764590400000; // 2025-12-01T12:00:00Z
    for (const fi::Tier tier : {fi::Tier::Reference, fi::Tier::Async, fi::Tier::Now}) {
        const fi::ResponsePolicy policy = config.policies.resolve(tier, match.policy);
        if (const auto due = calc.due(received, policy))
            FUZZ_ASSERT(*due >= received, "due before received");
    }
    (void)calc.workingMsBetween(received, received + 30LL * 24 * 3600 * 1000);
    FUZZ_ASSERT(timer.elapsed() < 5000, "deadlines took %lld ms", qlonglong(timer.elapsed()));
    return 0;
}
