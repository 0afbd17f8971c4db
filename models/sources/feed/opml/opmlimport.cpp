// opml.h's feedsOf() and importOpml(): between OPML entries and stored feed sources.
#include "sources/feed/feedkind.h"
#include "sources/feed/opml.h"
#include "sources/feed/opml/feedurl.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"

#include <QCoreApplication>
#include <QSet>

namespace fi::feed {

namespace {

/// @p source as an OPML entry, or nullopt when it is no (user's) feed.
std::optional<OpmlFeed> feedOf(const SourceConfig &source)
{
    if (source.kind != kindKey() || source.sample)
        return std::nullopt;
    OpmlFeed feed;
    feed.title = source.name;
    feed.xmlUrl = source.location;
    feed.htmlUrl = source.settings.value(QLatin1String(kSiteSetting)).toString();
    feed.category = source.settings.value(QLatin1String(kCategorySetting)).toString();
    return feed;
}

} // namespace

QList<OpmlFeed> feedsOf(const QList<SourceConfig> &sources)
{
    QList<OpmlFeed> feeds;
    for (const SourceConfig &source : sources)
        if (const auto feed = feedOf(source))
            feeds.append(*feed);
    return feeds;
}

QList<OpmlFeed> feedsOf(const ItemStore &store)
{
    QList<OpmlFeed> feeds;
    for (const SourceConfig &source : store.sources()) {
        std::optional<OpmlFeed> feed = feedOf(source);
        if (!feed)
            continue;
        if (feed->htmlUrl.isEmpty())
            feed->htmlUrl = feedSiteOf(store.syncState(source.id));
        feeds.append(*feed);
    }
    return feeds;
}

std::optional<OpmlImportResult> importOpml(ItemStore &store, const QList<OpmlFeed> &feeds, QString *error)
{
    OpmlImportResult result;
    QSet<QString> known;
    for (const SourceConfig &source : store.sources())
        if (source.kind == kindKey())
            known.insert(feedUrlKey(source.location));

    const SourceKind *kind = SourceRegistry::instance().kind(kindKey());
    QList<SourceConfig> configs;
    for (const OpmlFeed &feed : feeds) {
        QString why;
        const std::optional<QUrl> url = checkedFeedUrl(feed.xmlUrl, &why);
        if (!url) {
            ++result.skipped;
            result.problems << QCoreApplication::translate("fi::feed::Opml", "\"%1\" skipped: %2")
                                   .arg(feed.title.isEmpty() ? feed.xmlUrl : feed.title, why);
            continue;
        }
        const QString location = url->toString(QUrl::FullyEncoded);
        const QString key = feedUrlKey(location);
        if (known.contains(key)) {  // already a source, or twice in this file
            ++result.skipped;
            continue;
        }
        QString name = feed.title;
        if (name.isEmpty())
            name = url->host().isEmpty() ? url->fileName() : url->host();
        SourceConfig config = configFor(location, name, std::nullopt, feed.category);
        if (!feed.htmlUrl.isEmpty())
            config.settings.insert(QLatin1String(kSiteSetting), feed.htmlUrl);
        const QStringList problems = kind ? kind->problems(config) : QStringList();
        if (!problems.isEmpty()) {
            ++result.skipped;
            result.problems << QCoreApplication::translate("fi::feed::Opml", "\"%1\" skipped: %2")
                                   .arg(name, problems.join(u' '));
            continue;
        }
        known.insert(key);
        configs.append(config);
    }
    if (configs.isEmpty())
        return result;
    result.addedIds = store.addSources(configs).result();
    if (result.addedIds.size() != configs.size()) {
        if (error)
            *error = QCoreApplication::translate("fi::feed::Opml", "The feeds could not be saved; none was added.");
        return std::nullopt;
    }
    result.added = int(configs.size());
    return result;
}

} // namespace fi::feed
