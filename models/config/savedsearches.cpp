#include "config/savedsearches.h"

#include "config/jsonfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fi {

namespace {
const auto kVersion = QStringLiteral("version");
const auto kSearches = QStringLiteral("searches");
const auto kName = QStringLiteral("name");
const auto kQuery = QStringLiteral("query");
} // namespace

QString normalizedSavedSearchName(const QString &name)
{
    return name.simplified().left(kMaxSavedSearchName).trimmed();
}

int indexOfSavedSearch(const QList<SavedSearch> &searches, const QString &name)
{
    const QString wanted = normalizedSavedSearchName(name);
    for (int i = 0; i < searches.size(); ++i) {
        if (searches.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QList<SavedSearch> loadSavedSearches(const QString &path, QString *error)
{
    QList<SavedSearch> searches;
    const JsonFileRead read = readJsonFile(path, JsonShape::Object);
    switch (read.status) {
    case JsonFileRead::Status::Missing:
        return searches;
    case JsonFileRead::Status::Unreadable:
        if (error)
            *error = QCoreApplication::translate("fi::SavedSearches", "%1: cannot read: %2").arg(path, read.detail);
        return searches;
    case JsonFileRead::Status::Corrupt:
        if (error)
            *error = describeCorruptJson(path, read);
        return searches;
    case JsonFileRead::Status::Ok:
        break;
    }
    const QJsonArray list = read.document.object().value(kSearches).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        SavedSearch search{normalizedSavedSearchName(object.value(kName).toString()),
                           object.value(kQuery).toString().trimmed()};
        if (search.name.isEmpty() || search.query.isEmpty() || indexOfSavedSearch(searches, search.name) >= 0)
            continue;
        searches.append(search);
    }
    return searches;
}

bool saveSavedSearches(const QString &path, const QList<SavedSearch> &searches, QString *error)
{
    QJsonArray list;
    for (const SavedSearch &search : searches)
        list.append(QJsonObject{{kName, search.name}, {kQuery, search.query}});
    return writeJsonFileAtomically(path, QJsonObject{{kVersion, 1}, {kSearches, list}}, error);
}

} // namespace fi
