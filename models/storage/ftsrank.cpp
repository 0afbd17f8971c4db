#include "storage/ftsrank.h"

#include "storage/sqlitehandle.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace fi::db {

namespace {

constexpr double kK1 = 1.2;

/// What fi_rank() keeps for a query (xSetAuxdata): the idf of each phrase, computed once, and
/// the per-column counters every row reuses (one statement calls fi_rank one row at a time).
struct RankData {
    std::vector<double> idf;
    std::vector<int> tf;    ///< Hits of the current phrase in each column.
    std::vector<int> first; ///< Token position of the first of them.
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *rows)
{
    ++*static_cast<sqlite3_int64 *>(rows);
    return SQLITE_OK;
}

RankData *rankData(const Fts5ExtensionApi *api, Fts5Context *fts, int *rc)
{
    if (auto *data = static_cast<RankData *>(api->xGetAuxdata(fts, 0)))
        return data;
    auto *data = new RankData;
    data->tf.resize(std::size_t(std::max(0, api->xColumnCount(fts))));
    data->first.resize(data->tf.size());
    sqlite3_int64 rows = 0;
    *rc = api->xRowCount(fts, &rows);
    const int phrases = api->xPhraseCount(fts);
    for (int i = 0; *rc == SQLITE_OK && i < phrases; ++i) {
        sqlite3_int64 hits = 0;
        *rc = api->xQueryPhrase(fts, i, &hits, &countRow);
        const double idf = std::log((double(rows - hits) + 0.5) / (double(hits) + 0.5));
        data->idf.push_back(idf > 1e-6 ? idf : 1e-6);
    }
    if (*rc == SQLITE_OK)
        *rc = api->xSetAuxdata(fts, data, [](void *p) { delete static_cast<RankData *>(p); });
    else
        delete data;
    return *rc == SQLITE_OK ? data : nullptr; // xSetAuxdata frees data when it fails
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int nArgs,
          sqlite3_value **args)
{
    int rc = SQLITE_OK;
    RankData *data = rankData(api, fts, &rc);
    if (!data) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    std::vector<int> &tf = data->tf;
    std::vector<int> &first = data->first;
    const int columns = int(tf.size());
    double score = 0;
    for (int phrase = 0; phrase < int(data->idf.size()); ++phrase) {
        std::fill(tf.begin(), tf.end(), 0);
        Fts5PhraseIter it;
        int column = -1;
        int offset = -1;
        rc = api->xPhraseFirst(fts, phrase, &it, &column, &offset);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        for (; column >= 0; api->xPhraseNext(fts, &it, &column, &offset)) {
            if (column >= columns)
                continue;
            if (tf[std::size_t(column)]++ == 0)
                first[std::size_t(column)] = offset; // hits come in position order
        }
        for (int c = 0; c < columns; ++c) {
            if (tf[std::size_t(c)] == 0)
                continue;
            const double weight = c < nArgs ? sqlite3_value_double(args[c]) : 1.0;
            const double f = tf[std::size_t(c)];
            const double early = 1.0 + 1.0 / (2.0 + first[std::size_t(c)]);
            score += weight * data->idf[std::size_t(phrase)] * f * (kK1 + 1) / (f + kK1) * early;
        }
    }
    sqlite3_result_double(context, -score);
}

} // namespace

bool registerFtsRank(const QSqlDatabase &db, QString *errorText)
{
    const auto fail = [errorText](const QString &why) {
        if (errorText)
            *errorText = QStringLiteral("cannot register the search ranking (fi_rank): %1").arg(why);
        return false;
    };
    QString why;
    sqlite3 *sqlite = sqliteHandle(db, &why);
    if (!sqlite)
        return fail(why);
    fts5_api *fts5 = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(sqlite, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &fts5, "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (!fts5 || fts5->iVersion < 2)
        return fail(QStringLiteral("SQLite has no FTS5"));
    if (fts5->xCreateFunction(fts5, "fi_rank", nullptr, &rank, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(sqlite)));
    return true;
}

} // namespace fi::db
