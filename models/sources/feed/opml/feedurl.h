#pragma once
/// @file feedurl.h
/// @brief Internal to the feed list's import/export and the CLI: checking a feed URL someone
/// typed or an OPML file gave, and comparing feed URLs.

#include <QString>
#include <QUrl>

#include <optional>

namespace fi::feed {

/**
 * @brief @p text as a feed URL: http or https with a host, or file with an absolute path
 * (the schemes net::HttpFetcher reads). The "feed:" pseudo-scheme some sites and OPML files use
 * ("feed://host/rss", "feed:https://host/rss") becomes the URL it stands for.
 * @return nullopt with a translated one-sentence reason in @p error (may be null) otherwise.
 * Pure function, thread-safe.
 */
std::optional<QUrl> checkedFeedUrl(const QString &text, QString *error);

/// A key that is equal for two spellings of one feed URL (scheme and host case, the default
/// port, an empty path, a fragment): what "already added" compares.
QString feedUrlKey(const QString &url);

} // namespace fi::feed
