// Benchmark (issue 15): the Insights figures of a year of data. Prints one JSON line on stdout.
//
// Usage: insights [--items N (100000)] [--sessions S (2000)] [--runs R (7)] [--db NEW_FILE]
//
// Seeds a fresh store (a temporary directory) with raw SQL in one transaction per kind of row:
// N items over the 365 days before a fixed "now" (2026-12-01T12:00Z) in three sources of two kinds,
// ~10 % Now, 40 % Async, 50 % Reference; two thirds of them answered (a reply time) or done (a
// "done" event), a deadline on every Now/Async item; S focus sessions of 25–90 min (every fifth
// ended early, every seventh extended) with a held and a breakthrough event each.
// Then times InsightsQuery::run() for the whole year in Europe/Berlin with Mon–Fri 09:00–17:00
// working hours (the Insights window's query, on this thread), R runs: min and median ms, and the
// same with a source filter. Then the Insights window itself (offscreen; QT_QPA_PLATFORM=offscreen
// is set if unset) on the same store with a custom range of that year: from refresh() until the
// report is shown in all four tabs (the query on the worker pool, then every chart built), and
// until the first tab is painted (QWidget::grab()), R runs. The target: the year renders
// in under 300 ms.
#include "deadlines/responsepolicy.h"
#include "deadlines/workinghours.h"
#include "insights/insightsquery.h"
#include "storage/itemstore.h"

#include "insights/insightssection.h"
#include "insights/insightswindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QDateTime>

#include <algorithm>
#include <vector>

using namespace fi;

namespace {

constexpr qint64 kNow = 1'796'126'400'000;  // 2026-12-01T12:00:00Z
constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr qint64 kMinute = 60'000;

int intArg(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

bool seed(ItemStore &store, int items, int sessions)
{
    return store.runWrite([items, sessions](QSqlDatabase &db, QString *error) {
        QSqlQuery q(db);
        const auto fail = [&](QSqlQuery &query) {
            *error = query.lastError().text();
            QTextStream(stderr) << "seeding: " << *error << Qt::endl;
            return false;
        };
        if (!q.exec(QStringLiteral("INSERT INTO sources (id, kind, name, created) VALUES"
                                   " (1, 'imap', 'Work', 0), (2, 'imap', 'Lists', 0), (3, 'feed', 'Feeds', 0)")))
            return fail(q);
        QSqlQuery item(db);
        item.prepare(QStringLiteral(
            "INSERT INTO items (id, source_id, remote_id, from_address, subject, received_ms, tier, due_ms, policy,"
            " state, done_ms, replied_ms, headers_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery event(db);
        event.prepare(QStringLiteral("INSERT INTO item_events (item_id, kind, at_ms, detail) VALUES (?, 'done', ?, 'open')"));
        QRandomGenerator rng(15);
        for (int i = 1; i <= items; ++i) {
            const qint64 received = kNow - qint64(rng.bounded(365 * 24 * 60)) * kMinute;
            const int roll = int(rng.bounded(10));
            const int tier = roll == 0 ? 3 : roll < 5 ? 2 : 1;
            const int source = tier == 1 ? int(rng.bounded(2)) + 2 : 1;
            const QVariant due = tier == 3 ? QVariant(received + 15 * kMinute)
                                 : tier == 2 ? QVariant(received + 8 * 3600 * 1000LL) : QVariant(QMetaType(QMetaType::LongLong));
            const int fate = int(rng.bounded(3));  // 0: replied, 1: done, 2: open
            const qint64 after = qint64(rng.bounded(48 * 60)) * kMinute;
            item.bindValue(0, i);
            item.bindValue(1, source);
            item.bindValue(2, QString::number(i));
            item.bindValue(3, QStringLiteral("sender%1@example.org").arg(rng.bounded(500)));
            item.bindValue(4, QStringLiteral("Item %1").arg(i));
            item.bindValue(5, received);
            item.bindValue(6, tier);
            item.bindValue(7, due);
            item.bindValue(8, tier == 3 ? QStringLiteral("tier3-default") : tier == 2 ? QStringLiteral("tier2-default") : QStringLiteral(""));
            item.bindValue(9, fate == 1 ? QStringLiteral("done") : QStringLiteral("open"));
            item.bindValue(10, fate == 1 ? QVariant(received + after) : QVariant(QMetaType(QMetaType::LongLong)));
            item.bindValue(11, fate == 0 ? QVariant(received + after) : QVariant(QMetaType(QMetaType::LongLong)));
            item.bindValue(12, source == 2 ? QStringLiteral("{\"list-id\":\"list%1.example.org\"}").arg(rng.bounded(20))
                                           : QStringLiteral("{}"));
            if (!item.exec())
                return fail(item);
            if (fate == 1) {
                event.bindValue(0, i);
                event.bindValue(1, received + after);
                if (!event.exec())
                    return fail(event);
            }
        }
        QSqlQuery session(db);
        session.prepare(QStringLiteral("INSERT INTO focus_sessions (start_ms, end_ms, planned_end_ms, origin,"
                                       " held_back, breakthroughs) VALUES (?, ?, ?, 'schedule', 1, 1)"));
        QSqlQuery focusEvent(db);
        focusEvent.prepare(QStringLiteral("INSERT INTO focus_events (at_ms, kind, item_id, reason) VALUES (?, ?, ?, ?)"));
        for (int s = 0; s < sessions; ++s) {
            const qint64 start = kNow - 365 * kDay + qint64(s) * (365 * kDay / std::max(sessions, 1));
            const qint64 planned = start + qint64(25 + rng.bounded(66)) * kMinute;
            const qint64 end = s % 5 == 0 ? planned - 10 * kMinute : s % 7 == 0 ? planned + 15 * kMinute : planned;
            session.bindValue(0, start);
            session.bindValue(1, end);
            session.bindValue(2, planned);
            if (!session.exec())
                return fail(session);
            for (const auto &[kind, reason] : {std::pair{"held", ""}, std::pair{"breakthrough", "tier3"}}) {
                focusEvent.bindValue(0, start + 10 * kMinute);
                focusEvent.bindValue(1, QString::fromLatin1(kind));
                focusEvent.bindValue(2, 1 + int(rng.bounded(quint32(items))));
                focusEvent.bindValue(3, QString::fromLatin1(reason));
                if (!focusEvent.exec())
                    return fail(focusEvent);
            }
        }
        return true;
    }).result();
}

QJsonObject timeRuns(const InsightsQuery &query, const ItemStore &store, const InsightsRequest &request, int runs,
                     InsightsReport *last)
{
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<InsightsReport> report = query.run(store, request);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!report)
            return {{QStringLiteral("error"), QStringLiteral("query failed")}};
        *last = *report;
    }
    std::sort(ms.begin(), ms.end());
    return {{QStringLiteral("min_ms"), ms.front()}, {QStringLiteral("median_ms"), ms[ms.size() / 2]}};
}

} // namespace

/// The window on @p store for the year before kNow: refresh() → report shown, and → first tab painted.
QJsonObject timeWindow(ItemStore &store, const WorkingHours &hours, int runs)
{
    std::vector<double> shown, painted;
    for (int r = 0; r < runs; ++r) {
        InsightsWindow window(&store);
        window.setSettings(hours, PolicySet::defaults());
        window.setClock([] { return kNow; });
        window.resize(1200, 860);
        window.periodBox()->setCurrentIndex(window.periodBox()->findText(QStringLiteral("Custom range")));
        const QDate today = QDateTime::fromMSecsSinceEpoch(kNow, hours.timeZone()).date();
        window.fromEdit()->setDate(today.addDays(-365));
        window.untilEdit()->setDate(today);
        window.show();
        QCoreApplication::processEvents();
        QEventLoop loop;
        QObject::connect(&window, &InsightsWindow::reportShown, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        window.refresh();
        loop.exec();
        if (!window.report())
            return {{QStringLiteral("error"), QStringLiteral("no report")}};
        shown.push_back(double(timer.nsecsElapsed()) / 1e6);
        const QImage image = window.grab().toImage();
        painted.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (image.isNull())
            return {{QStringLiteral("error"), QStringLiteral("no image")}};
    }
    std::sort(shown.begin(), shown.end());
    std::sort(painted.begin(), painted.end());
    return {{QStringLiteral("shown_median_ms"), shown[shown.size() / 2]},
            {QStringLiteral("painted_min_ms"), painted.front()},
            {QStringLiteral("painted_median_ms"), painted[painted.size() / 2]}};
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int items = intArg(args, QStringLiteral("--items"), 100000);
    const int sessions = intArg(args, QStringLiteral("--sessions"), 2000);
    const int runs = std::max(1, intArg(args, QStringLiteral("--runs"), 7));

    QTemporaryDir dir;
    const qsizetype dbArg = args.indexOf(QStringLiteral("--db"));  // keep the seeded store there
    ItemStore store(dbArg >= 0 && dbArg + 1 < args.size() ? args.at(dbArg + 1)
                                                          : dir.filePath(QStringLiteral("focusinbox.sqlite")));
    QString error;
    if (store.open(&error) != OpenError::None) {
        QTextStream(stderr) << "cannot open the store: " << error << Qt::endl;
        return 1;
    }
    QElapsedTimer seeding;
    seeding.start();
    if (!seed(store, items, sessions)) {
        QTextStream(stderr) << "seeding failed" << Qt::endl;
        return 1;
    }
    const double seedS = double(seeding.elapsed()) / 1000.0;

    const QTimeZone zone("Europe/Berlin");
    const InsightsQuery query(WorkingHours::defaults(zone), PolicySet::defaults());
    InsightsRequest year{kNow - 365 * kDay, kNow, kNow, {}};
    InsightsReport report;
    const QJsonObject all = timeRuns(query, store, year, runs, &report);
    int counted = 0;
    for (const ResponseFigures &f : report.tiers)
        counted += f.received;
    InsightsRequest oneSource = year;
    oneSource.filter.sourceId = 1;
    InsightsReport filtered;
    const QJsonObject source = timeRuns(query, store, oneSource, runs, &filtered);

    const QJsonObject window = timeWindow(store, WorkingHours::defaults(zone), runs);

    const QJsonObject out{{QStringLiteral("bench"), QStringLiteral("insights")},
                          {QStringLiteral("items"), items},
                          {QStringLiteral("sessions"), sessions},
                          {QStringLiteral("runs"), runs},
                          {QStringLiteral("seed_s"), seedS},
                          {QStringLiteral("counted_items"), counted},
                          {QStringLiteral("counted_sessions"), report.focus.sessions},
                          {QStringLiteral("year_query"), all},
                          {QStringLiteral("one_source_query"), source},
                          {QStringLiteral("window_year"), window},
                          {QStringLiteral("target_ms"), 300}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
