// The Insights window (issue 15) over a real ItemStore with a known history: every chart shows
// the figures of the seed (written out by hand below), has titled axes, an accessible
// description with the values and paints something offscreen; PNG and CSV export write files;
// the heat map counts the arrivals; empty periods show a message; filters re-run the query;
// charts follow a dark palette; and `g i` in the main window opens the window.
//
// The seed, March 2026 in UTC (working hours Mon–Fri 09–17 UTC), period Mon 2 – Sun 15 March,
// "now" Mon 16 March 09:00:
//   n1 Now    Mon  2 10:00 due 10:15, reply 10:12        12 min  met       Ops   (Work mail)
//   n2 Now    Tue  3 14:00 due 14:15, done  14:36        36 min  missed    Ops   (Work mail)
//   a1 Async  Mon  2 09:00 due 13:00, reply 10:30        1.5 h   met       Alice (Work mail)
//   a2 Async  Wed  4 16:00 due Thu 12:00, reply Thu 10:00  2 h working  met  Alice (Work mail)
//   a3 Async  Mon  9 09:00 due 13:00, reply 15:00        6 h     missed    Bob   (Work mail)
//   n3 Now    Tue 10 08:00 due 08:15, reply 08:06        6 min   met       Pager (Alerts)
//   r1 Ref.   Tue 10 11:00 no due,   done  13:00        2 h     —         Digest (Work mail)
//   a4 Async  Wed 11 10:00 due 14:00, no response        —       missed    Bob   (Work mail)
// Focus: Tue 3 13:00, planned 15:00, ended 14:30 (early), held 2, breakthrough 14:00 (n2, tier3);
//        Thu 12 09:00, planned 10:00, ended 11:30 (extended).
#include "inboxfixture.h"
#include "inboxlistview.h"
#include "insights/arrivalsheatmap.h"
#include "insights/arrivalssection.h"
#include "insights/chartpanel.h"
#include "insights/deepworksection.h"
#include "insights/insightswindow.h"
#include "insights/pngexport.h"
#include "insights/responsetimesection.h"
#include "insights/responsewindowsection.h"
#include "mainactions.h"
#include "mainwindow.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QValueAxis>

#include <set>

using namespace fi;
using namespace fitest;

namespace {

qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

const qint64 kNow = at(16, 9);

QAbstractBarSeries *barSeries(QChart *chart)
{
    return chart->series().isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(chart->series().first());
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> result;
    for (int i = 0; i < set->count(); ++i)
        result << set->at(i);
    return result;
}

bool fuzzyEqual(const QList<qreal> &actual, const QList<qreal> &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (int i = 0; i < actual.size(); ++i)
        if (std::abs(actual[i] - expected[i]) > 0.01)
            return false;
    return true;
}

QStringList categories(QChart *chart, Qt::Orientation orientation)
{
    const auto axes = chart->axes(orientation);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    return axis ? axis->categories() : QStringList();
}

QString axisTitle(QChart *chart, Qt::Orientation orientation)
{
    const auto axes = chart->axes(orientation);
    return axes.isEmpty() ? QString() : axes.first()->titleText();
}

/// How many different colours an offscreen rendering has: a blank widget has one or two.
int colourCount(const QImage &image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestInsightsWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<InsightsWindow> m_w;
    qint64 m_alerts = 0;

    Item item(const char *id, const char *sender, const char *subject, Tier tier, qint64 received,
              std::optional<qint64> due)
    {
        return makeItem(QLatin1String(id), QLatin1String(sender), QLatin1String(subject), tier, received, due);
    }

    void seed()
    {
        SourceConfig alerts;
        alerts.kind = QStringLiteral("feed");
        alerts.name = QStringLiteral("Alerts");
        alerts.location = QStringLiteral("https://alerts.example/feed");
        m_alerts = m_f->store->addSource(alerts).result();
        QVERIFY(m_alerts > 0);
        QVERIFY(m_f->add({item("n1", "Ops", "Disk full", Tier::Now, at(2, 10), at(2, 10, 15)),
                       item("n2", "Ops", "Database down", Tier::Now, at(3, 14), at(3, 14, 15)),
                       item("a1", "Alice", "Budget", Tier::Async, at(2, 9), at(2, 13)),
                       item("a2", "Alice", "Roadmap", Tier::Async, at(4, 16), at(5, 12)),
                       item("a3", "Bob", "Contract", Tier::Async, at(9, 9), at(9, 13)),
                       item("r1", "Digest", "Weekly digest", Tier::Reference, at(10, 11), std::nullopt),
                       item("a4", "Bob", "Invoice", Tier::Async, at(11, 10), at(11, 14))}));
        StoreBatch batch;
        batch.sourceId = m_alerts;
        batch.upserts = {item("n3", "Pager", "Latency alert", Tier::Now, at(10, 8), at(10, 8, 15))};
        QVERIFY(m_f->store->applyBatch(batch).result().ok);
        QVERIFY(m_f->store->setState({m_f->idOf(QStringLiteral("n2"))}, ItemState::Done, std::nullopt, at(3, 14, 36)).result());
        QVERIFY(m_f->store->setState({m_f->idOf(QStringLiteral("r1"))}, ItemState::Done, std::nullopt, at(10, 13)).result());
        const QList<std::pair<qint64, qint64>> replies = {
            {m_f->idOf(QStringLiteral("n1")), at(2, 10, 12)}, {m_f->idOf(QStringLiteral("a1")), at(2, 10, 30)},
            {m_f->idOf(QStringLiteral("a2")), at(5, 10)},     {m_f->idOf(QStringLiteral("a3")), at(9, 15)},
            {m_f->idOf(QStringLiteral("n3")), at(10, 8, 6)}};
        const qint64 n2 = m_f->idOf(QStringLiteral("n2"));
        QVERIFY(m_f->store
            ->runWrite([replies, n2](QSqlDatabase &db, QString *error) {
                QSqlQuery q(db);
                auto exec = [&](const QString &sql, const QVariantList &args) {
                    q.prepare(sql);
                    for (const QVariant &arg : args)
                        q.addBindValue(arg);
                    if (!q.exec()) {
                        *error = sql + QStringLiteral(": ") + q.lastError().text();
                        qWarning("%s", qPrintable(*error));
                        return false;
                    }
                    return true;
                };
                for (const auto &[id, ms] : replies)
                    if (!exec(QStringLiteral("UPDATE items SET replied_ms = ? WHERE id = ?"), {ms, id}))
                        return false;
                const QString session = QStringLiteral(
                    "INSERT INTO focus_sessions (start_ms, end_ms, planned_end_ms, held_back, breakthroughs)"
                    " VALUES (?, ?, ?, ?, ?)");
                const QString event =
                    QStringLiteral("INSERT INTO focus_events (at_ms, kind, item_id, reason) VALUES (?, ?, ?, ?)");
                return exec(session, {at(3, 13), at(3, 14, 30), at(3, 15), 2, 1})
                       && exec(session, {at(12, 9), at(12, 11, 30), at(12, 10), 0, 0})
                       && exec(event, {at(3, 13, 20), QStringLiteral("held"), QVariant(), QStringLiteral("")})
                       && exec(event, {at(3, 13, 50), QStringLiteral("held"), QVariant(), QStringLiteral("")})
                       && exec(event, {at(3, 14), QStringLiteral("breakthrough"), n2, QStringLiteral("tier3")});
            })
            .result());
    }

    /// Picks the custom range [@p from, @p until] (local dates) and waits for its report.
    bool showRange(const QDate &from, const QDate &until)
    {
        m_w->periodBox()->setCurrentIndex(m_w->periodBox()->findData(3));
        m_w->fromEdit()->setDate(from);
        m_w->untilEdit()->setDate(until);
        return waitForReport(QDateTime(from, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    }

    bool waitForReport(qint64 sinceMs)
    {
        return QTest::qWaitFor([&] { return !m_w->isBusy() && m_w->report() && m_w->report()->sinceMs == sinceMs; },
                               10000);
    }

    /// Shows tab @p index and renders @p widget offscreen.
    QImage render(int index, QWidget *widget)
    {
        m_w->tabs()->setCurrentIndex(index);
        QCoreApplication::processEvents();
        return widget->grab().toImage();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        seed();
        if (QTest::currentTestFailed())
            return;
        m_w = std::make_unique<InsightsWindow>(m_f->store.get());
        m_w->setClock([] { return kNow; });
        m_w->setSettings(WorkingHours::defaults(QTimeZone::utc()), PolicySet::defaults());
        m_w->resize(1200, 900);
        m_w->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
        m_w->refresh();
        QVERIFY(showRange(QDate(2026, 3, 2), QDate(2026, 3, 15)));
        QCOMPARE(m_w->report()->untilMs, at(16, 0));
    }

    void cleanup()
    {
        m_w.reset();
        m_f.reset();
    }

    void responseTimes()
    {
        ResponseTimeSection *s = m_w->responseTimes();
        QCOMPARE(s->headline()->text(), QStringLiteral("7 of 8 item(s) answered"));
        QCOMPARE(s->headline()->textFormat(), Qt::PlainText);
        QVERIFY(s->details()->text().contains(QStringLiteral("Now: 3 of 3 item(s) answered; median 0.2 h, 90th percentile 0.6 h, in calendar time.")));
        QVERIFY(s->details()->text().contains(QStringLiteral("Async: 3 of 4 item(s) answered; median 2.0 h, 90th percentile 6.0 h, in working hours.")));

        QChart *bars = s->tierChart()->chart();
        QVERIFY(s->tierChart()->showsChart());
        QCOMPARE(categories(bars, Qt::Horizontal), (QStringList{"Now", "Async", "Reference"}));
        QCOMPARE(axisTitle(bars, Qt::Horizontal), QStringLiteral("Tier"));
        QCOMPARE(axisTitle(bars, Qt::Vertical), QStringLiteral("Response time (hours)"));
        QAbstractBarSeries *series = barSeries(bars);
        QVERIFY(series);
        QCOMPARE(series->count(), 2);
        QCOMPARE(series->barSets().at(0)->label(), QStringLiteral("Median"));
        QVERIFY(fuzzyEqual(values(series->barSets().at(0)), {0.2, 2.0, 2.0}));
        QCOMPARE(series->barSets().at(1)->label(), QStringLiteral("90th percentile"));
        QVERIFY(fuzzyEqual(values(series->barSets().at(1)), {0.6, 6.0, 2.0}));
        QCOMPARE(s->tierChart()->view()->accessibleName(), QStringLiteral("Response time per tier"));
        QCOMPARE(s->tierChart()->view()->accessibleDescription(),
                 QStringLiteral("Median response time: Now 0.2 h, Async 2.0 h, Reference 2.0 h. "
                                "90th percentile: Now 0.6 h, Async 6.0 h, Reference 2.0 h."));
        QVERIFY(colourCount(render(0, s->tierChart()->view())) > 10);

        QChart *trend = s->trendChart()->chart();
        QCOMPARE(categories(trend, Qt::Horizontal), (QStringList{"2 Mar", "9 Mar"}));
        QCOMPARE(axisTitle(trend, Qt::Horizontal), QStringLiteral("Week starting"));
        QCOMPARE(axisTitle(trend, Qt::Vertical), QStringLiteral("Median (hours)"));
        QMap<QString, QList<QPointF>> lines;
        for (QAbstractSeries *line : trend->series())
            lines.insert(line->name(), static_cast<QLineSeries *>(line)->points());
        QCOMPARE(lines.value(QStringLiteral("Now")), (QList<QPointF>{{0, 0.2}, {1, 0.1}}));
        QCOMPARE(lines.value(QStringLiteral("Async")), (QList<QPointF>{{0, 1.5}, {1, 6.0}}));
        QCOMPARE(lines.value(QStringLiteral("Reference")), (QList<QPointF>{{1, 2.0}}));
        QVERIFY(s->trendChart()->view()->accessibleDescription().contains(
            QStringLiteral("Async: 2 Mar 1.5 h, 9 Mar 6.0 h")));
        QVERIFY(colourCount(render(0, s->trendChart()->view())) > 10);
    }

    void responseWindows()
    {
        ResponseWindowSection *s = m_w->responseWindows();
        QCOMPARE(s->headline()->text(), QStringLiteral("57 % of response windows kept (4 of 7)"));
        QChart *tiers = s->tierChart()->chart();
        QCOMPARE(categories(tiers, Qt::Horizontal), (QStringList{"Now", "Async"}));  // Reference owes no reply
        QCOMPARE(axisTitle(tiers, Qt::Vertical), QStringLiteral("Kept (%)"));
        QVERIFY(fuzzyEqual(values(barSeries(tiers)->barSets().at(0)), {200.0 / 3.0, 50.0}));
        QCOMPARE(s->tierChart()->view()->accessibleDescription(),
                 QStringLiteral("Response windows kept per tier: Now 67 % (2 of 3), Async 50 % (2 of 4), "
                                "Reference none due."));
        QVERIFY(colourCount(render(1, s->tierChart()->view())) > 10);

        QChart *sources = s->sourceChart()->chart();
        QCOMPARE(categories(sources, Qt::Vertical), (QStringList{"Work mail", "Alerts"}));  // bottom to top
        QCOMPARE(axisTitle(sources, Qt::Horizontal), QStringLiteral("Kept (%)"));
        QVERIFY(fuzzyEqual(values(barSeries(sources)->barSets().at(0)), {50.0, 100.0}));
        QVERIFY(s->sourceChart()->view()->accessibleDescription().contains(QStringLiteral("Alerts 100 % (1 of 1), Work mail 50 % (3 of 6)")));
        QVERIFY(colourCount(render(1, s->sourceChart()->view())) > 10);

        QTableWidget *table = s->offenders();
        QCOMPARE(table->rowCount(), 2);
        const QStringList expected[] = {{"Sender", "bob@example.com", "2", "0"}, {"Sender", "ops@example.com", "1", "1"}};
        for (int row = 0; row < 2; ++row)
            for (int column = 0; column < 4; ++column)
                QCOMPARE(table->item(row, column)->text(), expected[row][column]);
    }

    void deepWork()
    {
        DeepWorkSection *s = m_w->deepWork();
        QCOMPARE(s->headline()->text(), QStringLiteral("4.0 h of deep work kept of 3.0 h scheduled, in 2 session(s)"));
        const std::pair<const char *, const char *> figures[] = {{"sessions", "2"}, {"endedEarly", "1"},
                                                                 {"extended", "1"}, {"longestStretch", "2.5 h"},
                                                                 {"held", "2"},     {"breakthroughs", "1"}};
        for (const auto &[name, text] : figures) {
            QVERIFY2(s->figure(QLatin1String(name)), name);
            QCOMPARE(s->figure(QLatin1String(name))->text(), QLatin1String(text));
        }
        QChart *days = s->dayChart()->chart();
        const QStringList dayNames = categories(days, Qt::Horizontal);
        QCOMPARE(dayNames.size(), 14);
        QCOMPARE(dayNames.first(), QStringLiteral("2"));  // days of the month; the title names the months
        QCOMPARE(dayNames.last(), QStringLiteral("15"));
        QCOMPARE(axisTitle(days, Qt::Horizontal), QStringLiteral("Day of the month, 2 Mar to 15 Mar"));
        QCOMPARE(axisTitle(days, Qt::Vertical), QStringLiteral("Focus (hours)"));
        QList<qreal> scheduled(14, 0.0), kept(14, 0.0);
        scheduled[1] = 2.0;  // Tue 3 March
        kept[1] = 1.5;
        scheduled[10] = 1.0;  // Thu 12 March
        kept[10] = 2.5;
        QCOMPARE(barSeries(days)->barSets().at(0)->label(), QStringLiteral("Scheduled"));
        QVERIFY(fuzzyEqual(values(barSeries(days)->barSets().at(0)), scheduled));
        QVERIFY(fuzzyEqual(values(barSeries(days)->barSets().at(1)), kept));
        QVERIFY(s->dayChart()->view()->accessibleDescription().contains(QStringLiteral("3 Mar 2.0 h scheduled, 1.5 h kept")));
        QVERIFY(colourCount(render(2, s->dayChart()->view())) > 10);

        QChart *weeks = s->weekChart()->chart();
        QCOMPARE(categories(weeks, Qt::Horizontal), (QStringList{"2 Mar", "9 Mar"}));
        QCOMPARE(axisTitle(weeks, Qt::Horizontal), QStringLiteral("Week starting"));
        QVERIFY(fuzzyEqual(values(barSeries(weeks)->barSets().at(0)), {2.0, 1.0}));
        QVERIFY(fuzzyEqual(values(barSeries(weeks)->barSets().at(1)), {1.5, 2.5}));
        QVERIFY(s->weekChart()->view()->accessibleDescription().contains(QStringLiteral("9 Mar 1.0 h scheduled, 2.5 h kept")));
        QVERIFY(colourCount(render(2, s->weekChart()->view())) > 10);

        QTableWidget *table = s->breakthroughs();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QLocale().toString(QDateTime::fromMSecsSinceEpoch(at(3, 14), QTimeZone::utc()),
                                                               QLocale::ShortFormat));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Ops"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Database down"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Tier 3 (Now) item"));
    }

    void arrivals()
    {
        ArrivalsSection *s = m_w->arrivals();
        ArrivalsHeatMap *map = s->heatMap();
        QVERIFY(s->showsMap());
        QCOMPARE(s->headline()->text(), QStringLiteral("8 item(s) received; the busiest hour: Monday 09:00–10:00: 2 item(s)"));
        const QMap<std::pair<int, int>, int> all = {{{1, 9}, 2}, {{1, 10}, 1}, {{2, 8}, 1}, {{2, 11}, 1},
                                                     {{2, 14}, 1}, {{3, 10}, 1}, {{3, 16}, 1}};
        for (int day = 1; day <= 7; ++day)
            for (int hour = 0; hour < 24; ++hour)
                QCOMPARE(map->count(day, hour), all.value({day, hour}, 0));
        QCOMPARE(map->maximum(), 2);
        QVERIFY(map->accessibleDescription().contains(QStringLiteral("Monday: 09:00 2, 10:00 1;")));
        QVERIFY(map->accessibleDescription().contains(QStringLiteral("Sunday: none")));
        QCOMPARE(map->cellText(2, 14), QStringLiteral("Tuesday 14:00–15:00: 1 item(s)"));
        const QImage image = render(3, map);
        QVERIFY(colourCount(image) > 3);
        // The busiest cell (Monday 09:00) is painted in another colour than an empty one (Monday 08:00).
        QPoint busy, empty;
        for (int x = 0; x < map->width() && (busy.isNull() || empty.isNull()); ++x) {
            for (int y = 0; y < map->height(); ++y) {
                const auto cell = map->cellAt({x, y});
                if (cell == std::pair<int, int>{1, 9} && busy.isNull())
                    busy = QPoint(x + 3, y + 3);
                if (cell == std::pair<int, int>{1, 8} && empty.isNull())
                    empty = QPoint(x + 3, y + 3);
            }
        }
        const qreal ratio = image.devicePixelRatio();
        QVERIFY(image.pixelColor(busy * ratio) != image.pixelColor(empty * ratio));

        s->tierSelector()->setCurrentIndex(s->tierSelector()->findData(int(Tier::Now)));
        QCOMPARE(map->count(1, 9), 0);
        QCOMPARE(map->count(1, 10), 1);
        QCOMPARE(map->count(2, 8), 1);
        QCOMPARE(map->count(2, 14), 1);
        QCOMPARE(s->headline()->text(), QStringLiteral("3 item(s) received; the busiest hour: Monday 10:00–11:00: 1 item(s)"));
        QVERIFY(map->accessibleDescription().contains(QStringLiteral("(Now)")));
    }

    void emptyPeriod()
    {
        QVERIFY(showRange(QDate(2025, 1, 6), QDate(2025, 1, 12)));
        for (ChartPanel *panel : {m_w->responseTimes()->tierChart(), m_w->responseTimes()->trendChart(),
                                  m_w->responseWindows()->tierChart(), m_w->responseWindows()->sourceChart()}) {
            QVERIFY(!panel->showsChart());
            QCOMPARE(panel->message(), QStringLiteral("No items in this period"));
        }
        QCOMPARE(m_w->responseTimes()->headline()->text(), QStringLiteral("No items in this period"));
        QCOMPARE(m_w->deepWork()->dayChart()->message(), QStringLiteral("No focus sessions in this period"));
        QVERIFY(!m_w->arrivals()->showsMap());
        QCOMPARE(m_w->arrivals()->headline()->text(), QStringLiteral("No items in this period"));
        // The export menu offers no chart then.
        QCOMPARE(m_w->responseTimes()->exportables().size(), 0);
    }

    void filtersRunTheQueryAgain()
    {
        QComboBox *source = m_w->sourceBox();
        QCOMPARE(source->count(), 3);
        QCOMPARE(source->itemText(0), QStringLiteral("All sources"));
        QVERIFY(source->findText(QStringLiteral("Alerts")) > 0);
        QCOMPARE(m_w->kindBox()->count(), 3);  // all, feed, maildir
        QSignalSpy shown(m_w.get(), &InsightsWindow::reportShown);
        source->setCurrentIndex(source->findText(QStringLiteral("Alerts")));
        QVERIFY(QTest::qWaitFor([&] { return shown.count() == 1 && !m_w->isBusy(); }, 10000));
        QCOMPARE(m_w->report()->tier(Tier::Now).received, 1);
        QCOMPARE(m_w->report()->tier(Tier::Async).received, 0);
        QCOMPARE(categories(m_w->responseTimes()->tierChart()->chart(), Qt::Horizontal), QStringList{"Now"});

        // Two changes in a row: the first result is dropped, only the newest is shown.
        shown.clear();
        source->setCurrentIndex(0);
        m_w->tierBox()->setCurrentIndex(m_w->tierBox()->findData(int(Tier::Async)));
        QVERIFY(QTest::qWaitFor([&] { return !m_w->isBusy(); }, 10000));
        QTest::qWait(50);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(m_w->report()->tier(Tier::Now).received, 0);
        QCOMPARE(m_w->report()->tier(Tier::Async).received, 4);
        QCOMPARE(m_w->arrivals()->heatMap()->count(1, 9), 2);
        QCOMPARE(m_w->arrivals()->heatMap()->count(1, 10), 0);
    }

    void sourceNamesAreShownAsText()
    {
        // Qt Charts draws category labels as HTML: a source name (a feed's title) must show literally.
        std::optional<SourceConfig> alerts = m_f->store->source(m_alerts);
        QVERIFY(alerts);
        alerts->name = QStringLiteral("<b>R&D</b> <img src=x>");
        QVERIFY(m_f->store->updateSource(*alerts).result());
        QSignalSpy shown(m_w.get(), &InsightsWindow::reportShown);
        m_w->refresh();
        QVERIFY(QTest::qWaitFor([&] { return shown.count() == 1 && !m_w->isBusy(); }, 10000));
        m_w->tabs()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        QChartView *view = m_w->responseWindows()->sourceChart()->view();
        view->grab();  // lays the labels out
        QStringList texts;
        for (QGraphicsItem *item : view->scene()->items())
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                texts << text->toPlainText();
        QVERIFY2(texts.contains(QStringLiteral("<b>R&D</b> <img src=x>")), qPrintable(texts.join(u'|')));
        QVERIFY(m_w->sourceBox()->findText(QStringLiteral("<b>R&D</b> <img src=x>")) > 0);
    }

    void newItemsShowWithoutAsking()
    {
        QSignalSpy shown(m_w.get(), &InsightsWindow::reportShown);
        QVERIFY(m_f->add({item("a5", "Carla", "Late question", Tier::Async, at(13, 11), at(13, 15))}));
        QVERIFY(QTest::qWaitFor([&] { return shown.count() >= 1 && !m_w->isBusy(); }, 10000));
        QCOMPARE(m_w->report()->tier(Tier::Async).received, 5);
        QCOMPARE(m_w->arrivals()->heatMap()->count(5, 11), 1);  // Friday 11:00
    }

    void invalidCustomRangeDoesNotRun()
    {
        m_w->untilEdit()->setDate(QDate(2026, 3, 1));
        QVERIFY(!m_w->request().has_value());
        QCOMPARE(m_w->findChild<QLabel *>(QStringLiteral("status"))->text(),
                 QStringLiteral("The last day comes before the first day."));
        QVERIFY(!m_w->isBusy());
    }

    void exportPngAndCsv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("times.png"));
        m_w->tabs()->setCurrentIndex(0);
        QCoreApplication::processEvents();
        QChartView *view = m_w->responseTimes()->tierChart()->view();
        QString error;
        QVERIFY2(saveWidgetPng(view, png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), view->size() * view->devicePixelRatio());
        QVERIFY(colourCount(image) > 10);
        QVERIFY(!saveWidgetPng(view, dir.filePath(QStringLiteral("missing/dir/x.png")), &error));
        QVERIFY(!error.isEmpty());

        const QString csv = dir.filePath(QStringLiteral("insights.csv"));
        QVERIFY2(m_w->exportCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("section,group,key,value\r\n"));
        for (const char *row : {"tier,3,median_response_s,720\r\n", "tier,3,p90_response_s,2160\r\n",
                                "tier,2,median_response_s,7200\r\n", "tier,2,p90_response_s,21600\r\n",
                                "focus,,sessions,2\r\n", "focus,,held,2\r\n", "focus,,longest_stretch_s,9000\r\n",
                                "arrivals,tier2/1,9,2\r\n", "offender,sender:bob@example.com,missed,2\r\n"})
            QVERIFY2(data.contains(row), row);

        // The Export chart menu lists the current tab's charts by name.
        m_w->tabs()->setCurrentIndex(1);
        auto *button = m_w->findChild<QWidget *>(QStringLiteral("exportPng"));
        QVERIFY(button);
        QMenu *menu = button->findChild<QMenu *>();
        QVERIFY(menu);
        QMetaObject::invokeMethod(menu, "aboutToShow");
        QStringList entries;
        for (QAction *action : menu->actions())
            entries << action->text();
        QCOMPARE(entries, (QStringList{"Response windows kept per tier…", "Response windows kept per source…"}));
    }

    void chartsFollowADarkPalette()
    {
        QChart *chart = m_w->responseTimes()->tierChart()->chart();
        QCOMPARE(chart->theme(), QChart::ChartThemeLight);  // the offscreen default palette is light
        QPalette dark = m_w->palette();
        dark.setColor(QPalette::Window, QColor(30, 30, 34));
        dark.setColor(QPalette::Base, QColor(20, 20, 24));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        m_w->setPalette(dark);
        QCoreApplication::processEvents();
        QCOMPARE(chart->theme(), QChart::ChartThemeDark);
        QCOMPARE(chart->backgroundBrush().color(), QColor(30, 30, 34));
        QCOMPARE(chart->plotAreaBackgroundBrush().color(), QColor(20, 20, 24));
        for (QAbstractAxis *axis : chart->axes()) {
            QCOMPARE(axis->labelsColor(), QColor(230, 230, 230));
            QCOMPARE(axis->titleBrush().color(), QColor(230, 230, 230));
        }
        // Still the seed's values after the theme changed.
        QVERIFY(fuzzyEqual(values(barSeries(chart)->barSets().at(0)), {0.2, 2.0, 2.0}));
        const QImage image = render(0, m_w->responseTimes()->tierChart()->view());
        QCOMPARE(image.pixelColor(2, 2), QColor(30, 30, 34));
        m_w->setPalette(QPalette());
        QCoreApplication::processEvents();
        QCOMPARE(chart->theme(), QChart::ChartThemeLight);
    }

    void mainWindowOpensInsightsWithGI()
    {
        m_w.reset();
        MainWindow window(m_f->store.get());
        AppConfig config;
        config.workingHours = WorkingHours::defaults(QTimeZone::utc());
        window.setAppConfig(config);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *action = window.findChild<QAction *>(QStringLiteral("view.insights"));
        QVERIFY(action);
        QVERIFY(window.actions().all().contains(action));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_G, Qt::Key_I));
        QVERIFY(window.actions().menus.at(3)->actions().contains(action));  // View
        QVERIFY(!window.insightsWindow());
        QTest::keyClick(window.itemList(), Qt::Key_G);
        QTest::keyClick(window.itemList(), Qt::Key_I);
        QVERIFY(window.insightsWindow());
        QVERIFY(window.insightsWindow()->isVisible());
        QCOMPARE(window.insightsWindow()->windowTitle(), QStringLiteral("Insights"));
        QVERIFY(window.insightsWindow()->isWindow());
        QVERIFY(QTest::qWaitFor([&] { return window.insightsWindow()->report().has_value(); }, 10000));
        // Triggering again raises the same window.
        InsightsWindow *first = window.insightsWindow();
        action->trigger();
        QCOMPARE(window.insightsWindow(), first);
        QVERIFY(QTest::qWaitFor([&] { return !first->isBusy(); }, 10000));
    }
};

QTEST_MAIN(TestInsightsWindow)
#include "tst_insightswindow.moc"
