#include "insights/insightsquery.h"

#include "deadlines/deadlinecalculator.h"
#include "insights/insightsfocus.h"
#include "insights/localclock.h"
#include "storage/itemstore.h"
#include "storage/sqlitehandle.h"
#include "storage/sqlitestatement.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace fi {

namespace {

/// A group's figures while items are added: the response times are sorted at the end.
struct Accumulator {
    ResponseFigures figures;
    std::vector<qint64> responses;
    bool calendar = false, working = false;

    void add(bool responded, qint64 responseMs, int met, int missed, DeadlineClock clock)
    {
        ++figures.received;
        if (responded) {
            ++figures.responded;
            responses.push_back(responseMs);
        }
        figures.met += met;
        figures.missed += missed;
        (clock == DeadlineClock::Working ? working : calendar) = true;
    }

    /// Nearest rank: the value at rank ceil(p × n) (1-based) of the sorted list.
    static qint64 rank(const std::vector<qint64> &sorted, int percent)
    {
        const std::size_t n = sorted.size();
        std::size_t r = (std::size_t(percent) * n + 99) / 100;
        r = std::clamp<std::size_t>(r, 1, n);
        return sorted[r - 1];
    }

    ResponseFigures finish()
    {
        if (!responses.empty()) {
            std::sort(responses.begin(), responses.end());
            figures.medianResponseMs = rank(responses, 50);
            figures.p90ResponseMs = rank(responses, 90);
        }
        figures.clock = working && calendar ? InsightsClock::Mixed
                        : working          ? InsightsClock::Working
                                           : InsightsClock::Calendar;
        return figures;
    }
};

struct PolicyClock {
    int tier = 0;
    QByteArray policy;  ///< UTF-8, as stored
    DeadlineClock clock = DeadlineClock::Calendar;
};

struct OffenderCount {
    int missed = 0, met = 0;
};

/// What an item with a deadline came from: a repository attribute, else its List-Id, else the sender.
std::pair<OriginKind, QString> originOf(const QString &address, const QString &handle, const QString &listId,
                                        const QString &attributesJson)
{
    if (attributesJson.contains(QLatin1String(".repository\""))) {
        const QJsonObject attributes = QJsonDocument::fromJson(attributesJson.toUtf8()).object();
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            if (it.key().endsWith(QLatin1String(".repository")) && !it.value().toString().trimmed().isEmpty())
                return {OriginKind::Repository, it.value().toString().trimmed()};
        }
    }
    if (!listId.trimmed().isEmpty())
        return {OriginKind::List, listId.trimmed()};
    return {OriginKind::Sender, address.isEmpty() ? handle : address.toLower()};
}

} // namespace

struct InsightsQuery::Impl {
    DeadlineCalculator calculator;
    PolicySet policies;
    QTimeZone zone;
};

InsightsQuery::InsightsQuery(WorkingHours hours, PolicySet policies)
    : d(std::make_unique<Impl>(Impl{DeadlineCalculator(hours), std::move(policies), hours.timeZone()}))
{
}

InsightsQuery::~InsightsQuery() = default;

std::optional<InsightsReport> InsightsQuery::run(const ItemStore &store, const InsightsRequest &request,
                                                 QString *error) const
{
    QString localError;
    QString &err = error ? *error : localError;
    QSqlDatabase db = store.readConnection();
    if (!db.isOpen()) {
        err = QStringLiteral("the database is not open");
        return std::nullopt;
    }
    InsightsReport report;
    report.sinceMs = request.sinceMs;
    report.untilMs = std::max(request.untilMs, request.sinceMs);
    report.zoneId = QString::fromUtf8(d->zone.id());
    const LocalClock clock(d->zone, report.sinceMs, report.untilMs);

    // The first "done" event of each item done since the period began (a response cannot come
    // before the item arrived): one pass over item_events instead of a lookup per item.
    QString why;
    sqlite3 *handle = db::sqliteHandle(db, &why);
    if (!handle) {
        err = why;
        return std::nullopt;
    }
    std::unordered_map<qint64, qint64> firstDone;
    {
        db::SqliteStatement events(handle, QStringLiteral("SELECT item_id, MIN(at_ms) FROM item_events"
                                                          " WHERE kind = 'done' AND at_ms >= ?1 GROUP BY item_id"));
        events.bind(1, report.sinceMs);
        while (events.next())
            firstDone.emplace(events.int64(0), events.int64(1));
        if (!events.ok()) {
            err = events.error();
            return std::nullopt;
        }
    }

    // A long period reads most of the table: a plain scan then beats items_received, whose every
    // hit costs a second lookup in the table (sqlite3 shell, a year of 100,000 items: 15 ms
    // against 110 ms).
    const bool scan = report.untilMs - report.sinceMs > 31 * LocalClock::kDayMs;
    QString sql = QStringLiteral(
        "SELECT items.id, items.source_id, items.tier, items.received_ms, items.replied_ms, items.answered,"
        " items.due_ms, items.policy, items.state, items.done_ms,"
        " CASE WHEN items.due_ms IS NULL THEN NULL ELSE items.from_address END,"
        " CASE WHEN items.due_ms IS NULL THEN NULL ELSE items.from_handle END,"
        " CASE WHEN items.due_ms IS NULL THEN NULL ELSE json_extract(items.headers_json, '$.\"list-id\"') END,"
        " CASE WHEN items.due_ms IS NULL OR items.attributes_json = '{}' THEN NULL ELSE items.attributes_json END"
        " FROM items%1"
        " WHERE items.received_ms >= ?1 AND items.received_ms < ?2 AND items.tier_reason <> ?3")
                      .arg(scan ? QStringLiteral(" NOT INDEXED") : QString());
    if (request.filter.sourceId)
        sql += QStringLiteral(" AND items.source_id = ?4");
    if (!request.filter.kind.isEmpty())
        sql += QStringLiteral(" AND items.source_id IN (SELECT id FROM sources WHERE kind = ?5)");
    if (request.filter.tier)
        sql += QStringLiteral(" AND items.tier = ?6");
    db::SqliteStatement q(handle, sql);
    q.bind(1, report.sinceMs);
    q.bind(2, report.untilMs);
    q.bind(3, screenerReason());
    if (request.filter.sourceId)
        q.bind(4, *request.filter.sourceId);
    if (!request.filter.kind.isEmpty())
        q.bind(5, request.filter.kind);
    if (request.filter.tier)
        q.bind(6, qint64(*request.filter.tier));
    if (!q.ok()) {
        err = q.error();
        return std::nullopt;
    }

    // ISO weeks overlapping the period (local Mondays).
    const QDate firstDay = clock.localDate(report.sinceMs);
    const QDate lastDay = clock.localDate(std::max(report.sinceMs, report.untilMs - 1));
    const QDate firstMonday = firstDay.addDays(1 - firstDay.dayOfWeek());
    const qint64 weekCount = firstMonday.daysTo(lastDay) / 7 + 1;
    std::vector<std::array<Accumulator, 3>> weeks(std::size_t(std::max<qint64>(weekCount, 1)));
    std::array<Accumulator, 3> tiers;
    QMap<qint64, Accumulator> sources;
    QHash<QPair<int, QString>, OffenderCount> offenders;  // (OriginKind, key)
    std::vector<PolicyClock> clocks;  // the few (tier, policy name) pairs seen, with their clock
    const qint64 firstMondayDay = QDate(1970, 1, 1).daysTo(firstMonday);

    while (q.next()) {
        const qint64 itemId = q.int64(0);
        const qint64 sourceId = q.int64(1);
        const int tier = std::clamp(int(q.int64(2)), 1, 3);
        const qint64 received = q.int64(3);
        const bool answered = q.int64(5) != 0;
        const bool done = q.textEquals(8, "done");
        const auto firstDoneIt = firstDone.find(itemId);

        std::optional<qint64> response;
        if (!q.isNull(4))
            response = q.int64(4);
        else if (firstDoneIt != firstDone.end())
            response = firstDoneIt->second;
        else if (done && !q.isNull(9))
            response = q.int64(9);

        auto clockIt = std::find_if(clocks.begin(), clocks.end(), [&](const PolicyClock &c) {
            return c.tier == tier && q.textEquals(7, c.policy.constData());
        });
        if (clockIt == clocks.end()) {
            const QString policy = q.text(7);
            clocks.push_back({tier, policy.toUtf8(), d->policies.resolve(Tier(tier), policy).clock});
            clockIt = clocks.end() - 1;
        }
        const DeadlineClock policyClock = clockIt->clock;
        qint64 responseMs = 0;
        if (response) {
            responseMs = policyClock == DeadlineClock::Working ? d->calculator.workingMsBetween(received, *response)
                                                               : std::max<qint64>(0, *response - received);
        }
        int met = 0, missed = 0;
        if (!q.isNull(6)) {
            const qint64 dueMs = q.int64(6);
            if (response)
                (*response <= dueMs ? met : missed) = 1;
            else if (answered)
                met = 1;
            else if (dueMs < request.nowMs)
                missed = 1;
            if (met || missed) {
                const auto origin = originOf(q.text(10), q.text(11), q.text(12), q.text(13));
                OffenderCount &count = offenders[qMakePair(int(origin.first), origin.second)];
                count.met += met;
                count.missed += missed;
            }
        }
        const bool responded = response.has_value();
        tiers[std::size_t(tier - 1)].add(responded, responseMs, met, missed, policyClock);
        sources[sourceId].add(responded, responseMs, met, missed, policyClock);
        const qint64 day = clock.localDay(received);
        const qint64 week = std::clamp<qint64>((day - firstMondayDay) / 7, 0, qint64(weeks.size()) - 1);
        weeks[std::size_t(week)][std::size_t(tier - 1)].add(responded, responseMs, met, missed, policyClock);
        report.arrivals[std::size_t(tier - 1)][std::size_t(LocalClock::weekdayOfDay(day) - 1)]
                       [std::size_t(clock.localHour(received))] += 1;
    }

    if (!q.ok()) {
        err = q.error();
        return std::nullopt;
    }
    for (int t = 0; t < 3; ++t)
        report.tiers[std::size_t(t)] = tiers[std::size_t(t)].finish();
    for (std::size_t w = 0; w < weeks.size(); ++w) {
        WeekFigures figures;
        figures.weekStart = firstMonday.addDays(qint64(w) * 7);
        for (int t = 0; t < 3; ++t)
            figures.tiers[std::size_t(t)] = weeks[w][std::size_t(t)].finish();
        report.weeks.append(figures);
    }

    // Source names, then the sources sorted by name.
    if (!sources.isEmpty()) {
        QSqlQuery names(db);
        if (!names.exec(QStringLiteral("SELECT id, name FROM sources"))) {
            err = names.lastError().text();
            return std::nullopt;
        }
        QHash<qint64, QString> byId;
        while (names.next())
            byId.insert(names.value(0).toLongLong(), names.value(1).toString());
        for (auto it = sources.begin(); it != sources.end(); ++it)
            report.sources.append(SourceFigures{it.key(), byId.value(it.key()), it.value().finish()});
        std::stable_sort(report.sources.begin(), report.sources.end(), [](const SourceFigures &a, const SourceFigures &b) {
            const int c = QString::localeAwareCompare(a.name, b.name);
            return c != 0 ? c < 0 : a.sourceId < b.sourceId;
        });
    }

    for (auto it = offenders.constBegin(); it != offenders.constEnd(); ++it) {
        if (it->missed > 0)
            report.offenders.append(Offender{OriginKind(it.key().first), it.key().second, it->missed, it->met});
    }
    std::sort(report.offenders.begin(), report.offenders.end(), [](const Offender &a, const Offender &b) {
        if (a.missed != b.missed)
            return a.missed > b.missed;
        if (a.met != b.met)
            return a.met < b.met;
        if (a.key != b.key)
            return a.key < b.key;
        return int(a.kind) < int(b.kind);
    });
    if (report.offenders.size() > 10)
        report.offenders.resize(10);

    std::optional<FocusFigures> focus = readFocusFigures(db, clock, report.sinceMs, report.untilMs, &err);
    if (!focus)
        return std::nullopt;
    report.focus = std::move(*focus);
    return report;
}

std::pair<qint64, qint64> insightsPeriodRange(InsightsPeriod period, qint64 nowMs, const QTimeZone &zone)
{
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, z).date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    switch (period) {
    case InsightsPeriod::ThisWeek:
        return {monday.startOfDay(z).toMSecsSinceEpoch(), nowMs};
    case InsightsPeriod::LastWeek:
        return {monday.addDays(-7).startOfDay(z).toMSecsSinceEpoch(), monday.startOfDay(z).toMSecsSinceEpoch()};
    case InsightsPeriod::Last30Days:
        break;
    }
    return {today.addDays(-29).startOfDay(z).toMSecsSinceEpoch(), nowMs};
}

} // namespace fi
