// Issue 15: the interruptions of a focus session are recorded for Insights. The app's real
// FocusController over a real ItemStore with the real gate: an Async item that arrives during a
// session is held, a Now item breaks through (rule "Tier 3"), a mail from an "always break
// through" sender too (rule "sender"); each becomes a focus_events row, and the Insights report of
// the session lists the breakthroughs with their reasons and counts the held one. The notifier is
// a recording double (a real daemon: tests/integration/*_dunst).
#include "inboxfixture.h"
#include "recordingnotifier.h"

#include "config/appconfig.h"
#include "dnd/dndbackend.h"
#include "focus/focuscontroller.h"
#include "insights/insightsquery.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace fi;
using namespace fitest;

class TestFocusEvents : public QObject {
    Q_OBJECT

    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<RecordingNotifier> m_notifier;
    std::unique_ptr<FocusController> m_focus;
    int m_added = 0;

    qint64 arrive(Tier tier, const QString &from, const QString &subject)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString rid = QStringLiteral("n%1").arg(++m_added);
        Item item = makeItem(rid, from, subject, tier, now, now + 3 * kHour);
        item.record.from.address = from.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.org");
        if (!m_f->add({item}))
            return 0;
        const qint64 id = m_f->idOf(rid);
        m_focus->onNewItems({id});
        return id;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        m_notifier = std::make_unique<RecordingNotifier>();
        AppConfig config;
        config.focus.schedule = FocusSchedule(QTimeZone("Europe/Berlin"));
        config.focus.breakthrough.senders = {QStringLiteral("boss@example.org")};
        config.notifications.coalesceSeconds = 0;
        m_focus = std::make_unique<FocusController>(m_f->store.get(), config, m_f->dir.path(), m_notifier.get(),
                                                    noDndBackend());
        m_focus->start();
        m_focus->setReady();
    }
    void cleanup()
    {
        m_focus.reset();
        m_notifier.reset();
        m_f.reset();
    }

    void interruptionsAreRecordedWithTheirReasons()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        m_focus->startFor(30);
        const qint64 held = arrive(Tier::Async, QStringLiteral("Ana Souza"), QStringLiteral("Can you review?"));
        const qint64 now = arrive(Tier::Now, QStringLiteral("Pager Bot"), QStringLiteral("Database down"));
        const qint64 boss = arrive(Tier::Reference, QStringLiteral("Boss"), QStringLiteral("Quick question"));
        QVERIFY(held > 0 && now > 0 && boss > 0);
        QCOMPARE(m_focus->heldCount(), 1);
        m_focus->stop();

        // The rows themselves (written on the store's writer thread).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QSqlQuery q(m_f->store->readConnection());
                return q.exec(QStringLiteral("SELECT COUNT(*) FROM focus_events")) && q.next() && q.value(0).toInt() == 3;
            }(),
            5000);
        QSqlQuery q(m_f->store->readConnection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind, item_id, reason FROM focus_events ORDER BY id")));
        QList<QStringList> rows;
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        QCOMPARE(rows, (QList<QStringList>{{QStringLiteral("held"), QString::number(held), QString()},
                                           {QStringLiteral("breakthrough"), QString::number(now), QStringLiteral("tier3")},
                                           {QStringLiteral("breakthrough"), QString::number(boss), QStringLiteral("sender")}}));

        // What Insights makes of the session.
        const qint64 after = QDateTime::currentMSecsSinceEpoch() + 1000;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const InsightsQuery query(WorkingHours::defaults(QTimeZone("Europe/Berlin")), PolicySet::defaults());
                const auto report = query.run(*m_f->store, {before - 1000, after, after, {}});
                return report && report->focus.sessions == 1;
            }(),
            5000);
        const InsightsQuery query(WorkingHours::defaults(QTimeZone("Europe/Berlin")), PolicySet::defaults());
        const std::optional<InsightsReport> report = query.run(*m_f->store, {before - 1000, after, after, {}});
        QVERIFY(report);
        QCOMPARE(report->focus.held, 1);
        QCOMPARE(report->focus.breakthroughs, 2);
        QCOMPARE(report->focus.endedEarly, 1);
        QCOMPARE(report->focus.breakthroughList.size(), 2);
        QCOMPARE(report->focus.breakthroughList.at(0).itemId, now);
        QCOMPARE(report->focus.breakthroughList.at(0).reason, BreakthroughReason::Tier3);
        QCOMPARE(report->focus.breakthroughList.at(0).subject, QStringLiteral("Database down"));
        QCOMPARE(report->focus.breakthroughList.at(1).reason, BreakthroughReason::Sender);
        QCOMPARE(report->focus.breakthroughList.at(1).sender, QStringLiteral("Boss"));
    }
};

QTEST_MAIN(TestFocusEvents)
#include "tst_focusevents.moc"
