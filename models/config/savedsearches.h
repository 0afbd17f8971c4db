#pragma once
/// @file savedsearches.h
/// @brief The user's saved searches (issue 12, "Find"): a name and the query text as typed in
/// the search field (search/searchquery.h), kept in saved-searches.json beside config.json
/// (AppPaths::savedSearchesPath()). A file of its own because the window changes it at any
/// time (save, delete), while config.json is the user's hand-edited settings file.
///
/// File format: {"version": 1, "searches": [{"name": "From Ana", "query": "from:ana is:open"}]}.
/// Entries without a name or a query, and repeated names (compared case-insensitively), are
/// skipped on load. A file that does not parse is kept aside as
/// saved-searches.json.broken-<time> (config/jsonfile.h) and the list starts empty.
/// Pure functions over a file; any thread.

#include <QList>
#include <QString>

namespace fi {

struct SavedSearch {
    QString name;   ///< Shown in the sidebar and the palette; user text (show as plain text).
    QString query;  ///< The search text, parsed again at each use (relative dates move on).
    bool operator==(const SavedSearch &) const = default;
};

/// Longest name kept (characters); longer names are cut.
inline constexpr int kMaxSavedSearchName = 80;

/// @p name trimmed, inner white space simplified, cut to kMaxSavedSearchName.
QString normalizedSavedSearchName(const QString &name);

/// Index in @p searches of the one named @p name (case-insensitive, normalized), or -1.
int indexOfSavedSearch(const QList<SavedSearch> &searches, const QString &name);

/// Read @p path. A missing file is an empty list without error. On a file that cannot be read or
/// parsed: an empty list and *error (may be null) set to a translated sentence.
QList<SavedSearch> loadSavedSearches(const QString &path, QString *error);

/// Write @p searches to @p path atomically. @return false with *error (may be null) on failure.
bool saveSavedSearches(const QString &path, const QList<SavedSearch> &searches, QString *error);

} // namespace fi
