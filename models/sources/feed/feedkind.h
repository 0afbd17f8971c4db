#pragma once
/// @file feedkind.h
/// @brief The feed kind (RSS, Atom, JSON Feed): its descriptor and the names of its settings,
/// so other code makes and reads feed sources without spelling the key.
///
/// A feed source's SourceConfig::location is the feed's URL (http, https or file). Its settings
/// (SourceConfig::settings, stored as JSON) are the keys below. Its sync state (folder "") is
/// feedsyncstate.h's, private to this folder.

#include "domain/tier.h"
#include "sources/sourceregistry.h"

#include <QUrl>

#include <optional>

namespace fi::feed {

/// The key stored in SourceConfig::kind for feeds ("feed").
QString kindKey();

/// Setting: minutes between refreshes (int ≥ 5; default kDefaultIntervalMinutes).
inline constexpr char kIntervalSetting[] = "intervalMinutes";
/// Setting: the folder path from OPML ("Work/Status"); every item carries it as attribute
/// "feed.category" (rules test it). Empty/absent = none.
inline constexpr char kCategorySetting[] = "category";
/// Setting: the tier of items no rule places (int 1–3; default Reference). No deadline either way.
inline constexpr char kTierSetting[] = "defaultTier";
/// Setting: bool, the user chose "Load images from this feed" in the reading pane.
inline constexpr char kLoadImagesSetting[] = "loadImages";
/// Setting: the site URL (htmlUrl of OPML, the feed's alternate link), for export. May be empty.
inline constexpr char kSiteSetting[] = "siteUrl";

inline constexpr int kDefaultIntervalMinutes = 30;
inline constexpr int kMinIntervalMinutes = 5;

/// Attribute key every feed item carries when its source has a category.
inline constexpr char kCategoryAttribute[] = "feed.category";

/**
 * @brief A new (not yet stored) feed source: kind, @p name, @p url as its location,
 * @p intervalMinutes (nullopt = default) and @p category (empty = none).
 */
SourceConfig configFor(const QString &url, const QString &name, std::optional<int> intervalMinutes = std::nullopt,
                       const QString &category = {});

/// The source's default tier (kTierSetting), Reference when absent or invalid.
Tier defaultTierOf(const SourceConfig &config);

/// Minutes between refreshes of @p config: kIntervalSetting, kDefaultIntervalMinutes when
/// absent or not a number, at least kMinIntervalMinutes.
int intervalMinutesOf(const SourceConfig &config);

/// The URL to fetch for @p config: its location as an http(s) or file URL; an absolute local
/// path becomes a file URL. Invalid (isValid() false) when the location is neither.
QUrl urlOf(const SourceConfig &config);

/// The title of the feed as its last document gave it (plain text), from the source's sync
/// state (ItemStore::syncState()); empty before the first successful refresh. E.g. for naming
/// a feed added without a name.
QString feedTitleOf(const QMap<QString, QByteArray> &syncState);
/// The site (alternate link) the feed's last document named, from its sync state; may be empty.
QString feedSiteOf(const QMap<QString, QByteArray> &syncState);

/**
 * @brief The descriptor: Remote, InlineContent; polled every intervalMinutes (default 30);
 * default tier per source (kTierSetting), no deadline; activity does not reopen done items.
 * validate() wants an http, https or file URL.
 */
SourceKind kind();

} // namespace fi::feed
