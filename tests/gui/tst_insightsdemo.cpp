// The Insights window (issue 15) over a realistic month: 30 days of mail, alerts and GitHub
// notifications with replies, done marks and focus sessions (generated from a fixed seed).
// Every tab shows its charts (no "no items" message), the heat map holds every item of the
// period once, the focus bars add up to the focus figures, and each tab renders. With
// FOCUSINBOX_SCREENSHOT=<dir> the four tabs are saved there as insights-<n>.png (light) and
// insights-dark-<n>.png (dark palette), for docs/screenshot-insights.png.
#include "inboxfixture.h"
#include "insights/arrivalsheatmap.h"
#include "insights/arrivalssection.h"
#include "insights/chartpanel.h"
#include "insights/deepworksection.h"
#include "insights/insightswindow.h"
#include "insights/responsetimesection.h"
#include "insights/responsewindowsection.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>

using namespace fi;
using namespace fitest;

namespace {
const QTimeZone kZone("Europe/Berlin");
const QDate kToday(2026, 3, 13);  // a Friday
const qint64 kNow = QDateTime(kToday, QTime(17, 30), kZone).toMSecsSinceEpoch();

qint64 local(const QDate &date, double hour)
{
    return QDateTime(date, QTime(0, 0), kZone).toMSecsSinceEpoch() + qint64(hour * kHour);
}
} // namespace

class TestInsightsDemo : public QObject {
    Q_OBJECT

    InboxFixture m_f;
    int m_itemsInPeriod = 0;

    void seed()
    {
        QList<qint64> sources{m_f.sourceId};
        for (const auto &[kind, name] : {std::pair{"feed", "Status alerts"}, std::pair{"github", "GitHub"}}) {
            SourceConfig config;
            config.kind = QLatin1String(kind);
            config.name = QLatin1String(name);
            config.location = QStringLiteral("https://example.org/") + QLatin1String(kind);
            sources << m_f.store->addSource(config).result();
        }
        const QDate first = kToday.addDays(-29);
        QVERIFY(m_f.store
                    ->runWrite([sources, first, count = &m_itemsInPeriod](QSqlDatabase &db, QString *error) {
                        QRandomGenerator random(15);
                        const char *senders[] = {"Alice Moreau", "Bruno Lima", "Carla Dias", "Deploy bot",
                                                 "Erik Svensson", "Fatima Zahra", "Gustavo Reis", "Hana Sato"};
                        const char *subjects[] = {"Q2 budget review", "Design review: onboarding", "Payments latency",
                                                  "Contract renewal", "Release 4.2 checklist", "Standup notes",
                                                  "Incident follow-up", "Weekly digest"};
                        QSqlQuery item(db);
                        item.prepare(QStringLiteral(
                            "INSERT INTO items (source_id, remote_id, from_name, from_address, subject, received_ms,"
                            " tier, tier_reason, due_ms, policy, state, done_ms, replied_ms)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?, ?, ?, ?)"));
                        int n = 0;
                        for (QDate day = first.addDays(-3); day <= kToday; day = day.addDays(1)) {
                            const bool weekend = day.dayOfWeek() > 5;
                            const int perDay = weekend ? 2 + random.bounded(3) : 14 + random.bounded(10);
                            for (int i = 0; i < perDay; ++i) {
                                const double peak = random.bounded(2) ? 9.5 : 14.5;
                                double hour = weekend ? 8 + random.bounded(14.0) : peak + (random.bounded(6.0) - 2.5);
                                if (random.bounded(8) == 0)
                                    hour = random.bounded(24.0);
                                const qint64 received = local(day, hour);
                                if (received > kNow)
                                    continue;
                                const int roll = random.bounded(100);
                                const int tier = roll < 14 ? 3 : roll < 62 ? 2 : 1;
                                const qint64 source = tier == 3 ? sources[1] : random.bounded(3) ? sources[0] : sources[2];
                                const int who = random.bounded(8);
                                std::optional<qint64> due;
                                if (tier == 3)
                                    due = received + 15 * kMinute;
                                else if (tier == 2)
                                    due = received + 4 * kHour;
                                qint64 response = 0;
                                if (tier == 3)
                                    response = received + (3 + random.bounded(who == 3 ? 60 : 20)) * kMinute;
                                else if (tier == 2 && random.bounded(10) < 8)
                                    response = received + qint64((0.3 + random.bounded(who == 1 ? 12.0 : 5.0)) * kHour);
                                else if (tier == 1 && random.bounded(3))
                                    response = received + qint64((1 + random.bounded(30.0)) * kHour);
                                if (response > kNow)
                                    response = 0;
                                const bool reply = response && tier != 1;
                                item.addBindValue(source);
                                item.addBindValue(QStringLiteral("demo-%1").arg(++n));
                                item.addBindValue(QLatin1String(senders[who]));
                                item.addBindValue(QString::fromLatin1(senders[who]).section(u' ', 0, 0).toLower()
                                                  + QStringLiteral("@example.com"));
                                item.addBindValue(QLatin1String(subjects[random.bounded(8)]));
                                item.addBindValue(received);
                                item.addBindValue(tier);
                                item.addBindValue(due ? QVariant(*due) : QVariant());
                                item.addBindValue(QStringLiteral("tier%1-default").arg(tier));
                                item.addBindValue(response && !reply ? QStringLiteral("done") : QStringLiteral("open"));
                                item.addBindValue(response && !reply ? QVariant(response) : QVariant());
                                item.addBindValue(reply ? QVariant(response) : QVariant());
                                if (!item.exec()) {
                                    *error = item.lastError().text();
                                    return false;
                                }
                                if (day >= first)
                                    ++*count;
                            }
                        }
                        QSqlQuery session(db);
                        session.prepare(QStringLiteral(
                            "INSERT INTO focus_sessions (start_ms, end_ms, planned_end_ms, origin, held_back, breakthroughs)"
                            " VALUES (?, ?, ?, 'schedule', ?, ?)"));
                        QSqlQuery event(db);
                        event.prepare(QStringLiteral("INSERT INTO focus_events (at_ms, kind, item_id, reason)"
                                                     " VALUES (?, 'breakthrough', ?, ?)"));
                        const char *reasons[] = {"tier3", "sender", "overdue", "deadline"};
                        for (QDate day = first; day <= kToday; day = day.addDays(1)) {
                            if (day.dayOfWeek() > 5)
                                continue;
                            const qint64 start = local(day, 9.5);
                            const qint64 planned = local(day, 11.5);
                            const qint64 end = planned + (random.bounded(90) - 45) * kMinute;
                            const int breakthroughs = random.bounded(3);
                            for (int b = 0; b < breakthroughs; ++b) {
                                event.addBindValue(start + random.bounded(100) * kMinute);
                                event.addBindValue(1 + random.bounded(n));
                                event.addBindValue(QLatin1String(reasons[random.bounded(4)]));
                                if (!event.exec()) {
                                    *error = event.lastError().text();
                                    return false;
                                }
                            }
                            for (const QVariant &v : {QVariant(start), QVariant(end), QVariant(planned),
                                                      QVariant(random.bounded(9)), QVariant(breakthroughs)})
                                session.addBindValue(v);
                            if (!session.exec()) {
                                *error = session.lastError().text();
                                return false;
                            }
                        }
                        return true;
                    })
                    .result());
    }

    void save(InsightsWindow &window, const QString &prefix)
    {
        const QString dir = qEnvironmentVariable("FOCUSINBOX_SCREENSHOT");
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QImage image = window.grab().toImage();
            QVERIFY(!image.isNull());
            if (!dir.isEmpty())
                QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(prefix).arg(tab + 1))));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(kZone.isValid());
        QVERIFY(m_f.open());
        seed();
    }

    void aMonthOfData()
    {
        InsightsWindow window(m_f.store.get());
        window.setClock([] { return kNow; });
        window.setSettings(WorkingHours::defaults(kZone), PolicySet::defaults());
        window.resize(1200, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.refresh();  // "Last 30 days" is the default period
        QVERIFY(QTest::qWaitFor([&] { return window.report() && !window.isBusy(); }, 10000));
        const InsightsReport &report = *window.report();
        QCOMPARE(report.sinceMs, local(kToday.addDays(-29), 0));

        for (ChartPanel *panel : {window.responseTimes()->tierChart(), window.responseTimes()->trendChart(),
                                  window.responseWindows()->tierChart(), window.responseWindows()->sourceChart(),
                                  window.deepWork()->dayChart(), window.deepWork()->weekChart()}) {
            QVERIFY2(panel->showsChart(), qPrintable(panel->message()));
            QVERIFY(!panel->view()->accessibleDescription().isEmpty());
        }
        QVERIFY(window.arrivals()->showsMap());
        int arrivals = 0;
        for (int day = 1; day <= 7; ++day)
            for (int hour = 0; hour < 24; ++hour)
                arrivals += window.arrivals()->heatMap()->count(day, hour);
        QCOMPARE(arrivals, m_itemsInPeriod);

        // The per-day bars add up to the period's focus figures.
        const auto *days = qobject_cast<QAbstractBarSeries *>(window.deepWork()->dayChart()->chart()->series().first());
        QVERIFY(days);
        QCOMPARE(days->barSets().at(0)->count(), 30);
        QCOMPARE(qRound(days->barSets().at(0)->sum() * 60), int(report.focus.scheduledMs / kMinute));
        QCOMPARE(qRound(days->barSets().at(1)->sum() * 60), int(report.focus.keptMs / kMinute));

        save(window, QStringLiteral("insights"));
        QPalette dark = window.palette();
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x30));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x22));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x2b));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x3a));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(role, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
        window.setPalette(dark);
        QCoreApplication::processEvents();
        QCOMPARE(window.responseTimes()->tierChart()->chart()->theme(), QChart::ChartThemeDark);
        save(window, QStringLiteral("insights-dark"));
    }
};

QTEST_MAIN(TestInsightsDemo)
#include "tst_insightsdemo.moc"
