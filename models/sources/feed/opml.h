#pragma once
/// @file opml.h
/// @brief OPML 2.0 (http://opml.org/spec2.opml) import and export of the feed list.

#include "sources/source.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace fi {
class ItemStore;
}

namespace fi::feed {

/// One feed of an OPML document (an outline with type="rss" or an xmlUrl).
struct OpmlFeed {
    QString title;     ///< text / title attribute; may be empty.
    QString xmlUrl;    ///< The feed's URL (required).
    QString htmlUrl;   ///< The site; may be empty.
    /// The enclosing folder outlines' titles joined with "/" ("Work/Status"); empty at top level.
    /// Stored as the source's category setting: its items carry attribute "feed.category".
    QString category;
};

/// Parse an OPML 1.0/2.0 document (QXmlStreamReader, no DTD entities, ≤ 10,000 outlines,
/// depth ≤ 32). @return nullopt with a translated *error when it is not OPML.
/// Details: a document declaring a DTD is refused before any entity is used (billion laughs);
/// at most 8 MiB; encodings are those QXmlStreamReader decodes (UTF-8/16/32, ISO-8859-1).
/// A feed is an <outline> with an xmlUrl (attribute names compared case-insensitively, as some
/// exporters write "xmlurl"); an outline without one is a folder when it holds outlines and is
/// ignored otherwise (links, notes). The title is "text", else "title". Entries come in
/// document order, duplicates included (importOpml() skips them). Pure function, thread-safe.
std::optional<QList<OpmlFeed>> parseOpml(const QByteArray &bytes, QString *error);

/// An OPML 2.0 document (UTF-8) listing @p feeds, grouped into nested folder outlines by
/// category ("Work/Status" = folder Status inside folder Work; folders in order of first use).
/// A feed without a title gets its URL as "text" (required by OPML 2.0). Characters XML 1.0
/// cannot carry are dropped. Pure function, thread-safe.
QByteArray writeOpml(const QList<OpmlFeed> &feeds, const QString &title);

/// The feed sources of @p sources as OPML entries (name, location, category setting).
QList<OpmlFeed> feedsOf(const QList<SourceConfig> &sources);

/// feedsOf(store.sources()), with a feed's site taken from its last document (its sync state,
/// feedSiteOf() in feedkind.h) when the source has no siteUrl setting (a feed imported from
/// OPML without htmlUrl). Reads the store on the calling thread.
QList<OpmlFeed> feedsOf(const ItemStore &store);

/// What an import did.
struct OpmlImportResult {
    int added = 0;
    int skipped = 0;        ///< Already configured (same URL) or invalid.
    QList<qint64> addedIds; ///< New source ids (the caller syncs them).
    QStringList problems;   ///< Translated, one per skipped invalid outline.
};

/// Add every feed of @p feeds that is not yet a source (compared by URL), in one store
/// transaction (ItemStore::addSources: all or none). Blocking (waits for the store): call off
/// the GUI thread or from the CLI. URLs are checked (http, https with a host, or an absolute
/// file URL; "feed://" stands for "http://"); a feed listed twice is added once (the first
/// listing's title and folder). Name = title, else the URL's host (file name for files);
/// category = the folder path; siteUrl = htmlUrl; the interval is the kind's default.
/// @return nullopt with *error when the store refused.
std::optional<OpmlImportResult> importOpml(ItemStore &store, const QList<OpmlFeed> &feeds, QString *error);

} // namespace fi::feed
