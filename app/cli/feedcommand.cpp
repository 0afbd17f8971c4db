// The feed kind's command line:
//   focusinbox sources add feed URL [--name N] [--interval MINUTES]
//   focusinbox sources import-opml FILE
//   focusinbox sources export-opml [FILE]
// `add` fetches the URL once (like the IMAP adder's login check): a URL that does not give a
// feed is refused now with the reason, and the feed's title names the source.
#include "cli/sourceadders.h"

#include "sources/feed/feeddiscovery.h"
#include "net/blockingfetch.h"
#include "net/httpfetcher.h"
#include "sources/feed/feedkind.h"
#include "sources/feed/feedparser.h"
#include "sources/feed/opml.h"
#include "sources/feed/opml/feedurl.h"
#include "sources/sourceregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace fi::cli {

namespace {

/// What one fetch of a new feed's URL told.
struct Probe {
    bool ok = false;
    QString error;     ///< Translated, when !ok.
    QString title;     ///< The feed's title (plain text); may be empty.
    QString siteUrl;   ///< The feed's site link; may be empty.
    QUrl location;     ///< Where the feed lives: the URL, or its permanent new home (301/308).
    QUrl page;         ///< The web page the feed was found on (autodiscovery); empty = the URL was the feed.
};

/// Fetch (net::fetchAndWait: the fetcher's limits and timeout) and parse @p url once.
/// A web page that announces feeds (<link rel="alternate">) stands for its first feed when
/// @p discover is set (one level only).
Probe probeFeed(const QUrl &url, bool discover = true)
{
    net::FetchRequest request;
    request.url = url;
    const net::FetchResponse response = net::fetchAndWait(request);

    Probe probe;
    if (response.outcome != net::FetchResponse::Outcome::Ok) {
        probe.error = response.error.isEmpty() ? QCoreApplication::translate("fi::cli", "HTTP status %1").arg(response.httpStatus) : response.error;
        return probe;
    }
    feed::FeedParseInput input;
    input.bytes = response.body;
    input.url = response.finalUrl.isValid() ? response.finalUrl : url;
    input.contentType = response.contentType;
    const feed::FeedParseResult parsed = feed::parseFeed(input);
    if (!parsed.ok && discover && feed::looksLikeHtml(response.body, response.contentType)) {
        const QList<feed::DiscoveredFeed> found = feed::discoverFeeds(response.body, input.url);
        if (!found.isEmpty()) {
            Probe inner = probeFeed(found.constFirst().url, false);
            inner.page = url;
            return inner;
        }
    }
    if (!parsed.ok) {
        probe.error = parsed.error;
        return probe;
    }
    probe.ok = true;
    probe.title = parsed.document.title.simplified();
    probe.siteUrl = parsed.document.link;
    probe.location = response.movedPermanentlyTo.value_or(url);
    return probe;
}

/// The feed source of the same URL (compared by feed::feedUrlKey), if one exists.
std::optional<SourceConfig> existingFeed(Context &ctx, const QString &location)
{
    const QString key = feed::feedUrlKey(location);
    for (const SourceConfig &s : ctx.store->sources())
        if (s.kind == feed::kindKey() && feed::feedUrlKey(s.location) == key)
            return s;
    return std::nullopt;
}

int addFeed(Context &ctx, const QStringList &args)
{
    const QString text = args.value(0);
    QString why;
    std::optional<QUrl> url;
    // A path to a local file (no scheme) stands for its file:// URL.
    const QFileInfo file(text);
    if (QUrl(text).scheme().isEmpty() && file.isFile())
        url = QUrl::fromLocalFile(file.absoluteFilePath());
    else
        url = feed::checkedFeedUrl(text, &why);
    if (!url) {
        ctx.err << QCoreApplication::translate("fi::cli", "Cannot add the feed: %1").arg(why) << Qt::endl;
        return UsageError;
    }
    std::optional<int> interval;
    if (ctx.parser->isSet(QStringLiteral("interval"))) {
        bool ok = false;
        const int minutes = ctx.parser->value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || minutes < feed::kMinIntervalMinutes) {
            ctx.err << QCoreApplication::translate("fi::cli", "--interval must be a whole number of minutes, at least %1")
                           .arg(feed::kMinIntervalMinutes)
                    << Qt::endl;
            return UsageError;
        }
        interval = minutes;
    }
    if (const auto existing = existingFeed(ctx, url->toString(QUrl::FullyEncoded))) {
        ctx.err << QCoreApplication::translate("fi::cli", "Already added as source %1 (%2)").arg(existing->id).arg(existing->name) << Qt::endl;
        return UsageError;
    }

    const Probe probe = probeFeed(*url);
    if (!probe.ok) {
        ctx.err << QCoreApplication::translate("fi::cli", "Cannot use %1: %2").arg(url->toDisplayString(), probe.error) << Qt::endl;
        return SourceFailed;
    }
    if (!probe.page.isEmpty())
        ctx.out << QCoreApplication::translate("fi::cli", "%1 is a web page; it announces the feed %2")
                       .arg(probe.page.toDisplayString(), probe.location.toDisplayString())
                << Qt::endl;
    QString name = ctx.parser->value(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        name = probe.title;
    if (name.isEmpty())
        name = url->host().isEmpty() ? url->fileName() : url->host();
    SourceConfig config = feed::configFor(probe.location.toString(QUrl::FullyEncoded), name, interval);
    if (!probe.siteUrl.isEmpty())
        config.settings.insert(QLatin1String(feed::kSiteSetting), probe.siteUrl);
    if (const SourceKind *kind = SourceRegistry::instance().kind(feed::kindKey())) {
        const QStringList problems = kind->problems(config);
        if (!problems.isEmpty()) {
            ctx.err << QCoreApplication::translate("fi::cli", "Cannot add the feed: %1").arg(problems.join(u' ')) << Qt::endl;
            return UsageError;
        }
    }
    return saveNewSource(ctx, config);
}

int importOpmlCommand(Context &ctx, const QStringList &args)
{
    const QString path = args.value(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << QCoreApplication::translate("fi::cli", "Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << Qt::endl;
        return UsageError;
    }
    // parseOpml() refuses anything over its limit; reading one byte more than that is enough to know.
    const QByteArray bytes = file.read(9 * 1024 * 1024);
    QString error;
    const std::optional<QList<feed::OpmlFeed>> feeds = feed::parseOpml(bytes, &error);
    if (!feeds) {
        ctx.err << QCoreApplication::translate("fi::cli", "Cannot import %1: %2").arg(QDir::toNativeSeparators(path), error) << Qt::endl;
        return UsageError;
    }
    const std::optional<feed::OpmlImportResult> result = feed::importOpml(*ctx.store, *feeds, &error);
    if (!result) {
        ctx.err << QCoreApplication::translate("fi::cli", "Cannot import %1: %2").arg(QDir::toNativeSeparators(path), error) << Qt::endl;
        return StorageError;
    }
    for (const QString &problem : result->problems)
        ctx.err << problem << Qt::endl;
    ctx.out << QCoreApplication::translate("fi::cli", "Feeds imported from %1: %2 added, %3 skipped (already added, listed twice or invalid).")
                   .arg(QDir::toNativeSeparators(path))
                   .arg(result->added)
                   .arg(result->skipped)
            << Qt::endl;
    return Ok;
}

int exportOpmlCommand(Context &ctx, const QStringList &args)
{
    const QList<feed::OpmlFeed> feeds = feed::feedsOf(*ctx.store);
    const QByteArray bytes = feed::writeOpml(feeds, QCoreApplication::translate("fi::cli", "Focus Inbox feeds"));
    if (args.isEmpty()) {
        ctx.out << QString::fromUtf8(bytes);
        ctx.out.flush();
        return Ok;
    }
    const QString path = args.value(0);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        ctx.err << QCoreApplication::translate("fi::cli", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << Qt::endl;
        return StorageError;
    }
    ctx.out << QCoreApplication::translate("fi::cli", "Feeds exported to %1: %2.").arg(QDir::toNativeSeparators(path)).arg(feeds.size()) << Qt::endl;
    return Ok;
}

} // namespace

SourceAdder feedAdder()
{
    SourceAdder a;
    a.kind = feed::kindKey();
    a.synopsis = QT_TRANSLATE_NOOP("fi::cli", "URL [--name N] [--interval MINUTES]");
    a.summary = QT_TRANSLATE_NOOP("fi::cli", "add an RSS, Atom or JSON feed (http, https or file URL)");
    a.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("interval"),
             QCoreApplication::translate("fi::cli", "Minutes between refreshes of a new feed (at least 5; default 30)."),
             QStringLiteral("minutes")},
        };
    };
    a.add = &addFeed;

    SourceSubcommand import;
    import.word = QStringLiteral("import-opml");
    import.synopsis = QT_TRANSLATE_NOOP("fi::cli", "FILE");
    import.summary = QT_TRANSLATE_NOOP("fi::cli", "add the feeds of an OPML file (folders become categories)");
    import.minArguments = import.maxArguments = 1;
    import.run = &importOpmlCommand;
    a.subcommands << import;

    SourceSubcommand exportCommand;
    exportCommand.word = QStringLiteral("export-opml");
    exportCommand.synopsis = QT_TRANSLATE_NOOP("fi::cli", "[FILE]");
    exportCommand.summary = QT_TRANSLATE_NOOP("fi::cli", "write the feeds as OPML 2.0 to FILE or standard output");
    exportCommand.minArguments = 0;
    exportCommand.maxArguments = 1;
    exportCommand.run = &exportOpmlCommand;
    a.subcommands << exportCommand;
    return a;
}

} // namespace fi::cli
