// SnoozeWaker over a real ItemStore: items wake at their time (timer), the timer follows
// snoozes set after start, done/unsnoozed items do not wake, and wakes that happened while
// the app was closed are reported once at the next start (never twice, nothing on a first run).
// The app turns woke() into a notification or a held digest entry (FocusController::onWokenItems);
// tests/integration/tst_snoozewaker_dunst.cpp checks that end to end.
#include "../gui/inboxfixture.h"
#include "snooze/snoozewaker.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace fi;
using namespace fitest;

class TestSnoozeWaker : public QObject {
    Q_OBJECT

    std::unique_ptr<InboxFixture> m_f;
    QString stateFile() const { return m_f->dir.filePath(QStringLiteral("snooze-waker.json")); }
    qint64 id(const char *remoteId) const { return m_f->idOf(QString::fromLatin1(remoteId)); }
    bool snooze(const char *remoteId, qint64 untilMs)
    {
        return m_f->store->setState({id(remoteId)}, ItemState::Snoozed, untilMs).result();
    }
    static QList<qint64> flatten(const QSignalSpy &spy)
    {
        QList<qint64> all;
        for (const QList<QVariant> &args : spy)
            all << args.at(0).value<QList<qint64>>();
        return all;
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<Item> items;
        for (const char *rid : {"a", "b", "c", "d", "e"})
            items << makeItem(QString::fromLatin1(rid), QStringLiteral("Ana Souza"),
                              QStringLiteral("Subject ") + QString::fromLatin1(rid), Tier::Async, now - kHour, now + kHour);
        QVERIFY(m_f->add(items));
    }
    void cleanup() { m_f.reset(); }

    void wakesEachAtItsTime()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(snooze("a", now + 400));
        QVERIFY(snooze("b", now + 900));
        QVERIFY(snooze("c", now + kHour));
        SnoozeWaker waker(m_f->store.get(), stateFile());
        QSignalSpy woke(&waker, &SnoozeWaker::woke);
        waker.start();
        QCOMPARE(woke.count(), 0);
        QCOMPARE(waker.nextWakeMs(), now + 400);
        QTRY_COMPARE_WITH_TIMEOUT(woke.count(), 1, 3000);
        QCOMPARE(flatten(woke), (QList<qint64>{id("a")}));
        QVERIFY(QDateTime::currentMSecsSinceEpoch() >= now + 400);  // never early
        QTRY_COMPARE_WITH_TIMEOUT(woke.count(), 2, 3000);
        QCOMPARE(flatten(woke), (QList<qint64>{id("a"), id("b")}));
        QVERIFY(QDateTime::currentMSecsSinceEpoch() >= now + 900);
        QCOMPARE(waker.nextWakeMs(), now + kHour);
        // The woken ones are open again for the inbox; c still sleeps.
        ItemQuery open;
        open.states = ItemQuery::States::Open;
        QList<qint64> openIds;
        for (const Item &item : m_f->store->items(open))
            openIds << item.id;
        QVERIFY(openIds.contains(id("a")) && openIds.contains(id("b")) && !openIds.contains(id("c")));
        QTest::qWait(300);
        QCOMPARE(woke.count(), 2);  // each once
    }

    void followsSnoozesMadeAfterStart()
    {
        SnoozeWaker waker(m_f->store.get(), stateFile());
        QSignalSpy woke(&waker, &SnoozeWaker::woke);
        waker.start();
        QVERIFY(!waker.nextWakeMs());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(snooze("d", now + 500));
        QTRY_COMPARE_WITH_TIMEOUT(waker.nextWakeMs(), std::optional<qint64>(now + 500), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(woke.count(), 1, 3000);
        QCOMPARE(flatten(woke), (QList<qint64>{id("d")}));
    }

    void doneOrReopenedItemsDoNotWake()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(snooze("a", now + 600));
        QVERIFY(snooze("b", now + 600));
        SnoozeWaker waker(m_f->store.get(), stateFile());
        QSignalSpy woke(&waker, &SnoozeWaker::woke);
        waker.start();
        QVERIFY(m_f->store->setState({id("a")}, ItemState::Done).result());
        QVERIFY(m_f->store->setState({id("b")}, ItemState::Open).result());
        QTest::qWait(1200);
        QCOMPARE(woke.count(), 0);
        QVERIFY(!waker.nextWakeMs());
    }

    void wakesWhileClosedAreReportedOnceAtStart()
    {
        {
            SnoozeWaker first(m_f->store.get(), stateFile());  // the app ran once: watermark now
            first.start();
        }
        QVERIFY(QFile::exists(stateFile()));
        // While the app is closed: e and a fall due, c later.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(snooze("e", now + 100));
        QVERIFY(snooze("a", now + 200));
        QVERIFY(snooze("c", now + kHour));
        QTest::qWait(400);
        {
            SnoozeWaker second(m_f->store.get(), stateFile());
            QSignalSpy woke(&second, &SnoozeWaker::woke);
            second.start();
            QCOMPARE(woke.count(), 1);  // at once, together, in wake order
            QCOMPARE(flatten(woke), (QList<qint64>{id("e"), id("a")}));
            QCOMPARE(second.nextWakeMs(), now + kHour);
        }
        {
            SnoozeWaker third(m_f->store.get(), stateFile());
            QSignalSpy woke(&third, &SnoozeWaker::woke);
            third.start();
            QCOMPARE(woke.count(), 0);  // already reported
        }
    }

    void firstRunReportsNothingOld()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(snooze("a", now + 50));
        QTest::qWait(150);
        SnoozeWaker waker(m_f->store.get(), stateFile());
        QSignalSpy woke(&waker, &SnoozeWaker::woke);
        waker.start();
        QCOMPARE(woke.count(), 0);
        QVERIFY(waker.reportedUntilMs() >= now + 50);
    }

    void injectedClockDecides()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(snooze("a", now + 10 * kMinute));
        QVERIFY(snooze("b", now + 20 * kMinute));
        qint64 fake = now;
        SnoozeWaker waker(m_f->store.get(), stateFile());
        waker.setClock([&fake] { return fake; });
        QSignalSpy woke(&waker, &SnoozeWaker::woke);
        waker.start();
        QCOMPARE(woke.count(), 0);
        fake = now + 15 * kMinute;  // e.g. after a suspend: the next check catches up
        waker.check();
        QCOMPARE(flatten(woke), (QList<qint64>{id("a")}));
        QCOMPARE(waker.nextWakeMs(), now + 20 * kMinute);
        fake = now + 25 * kMinute;
        waker.check();
        QCOMPARE(flatten(woke), (QList<qint64>{id("a"), id("b")}));
        QVERIFY(!waker.nextWakeMs());
    }
};

QTEST_GUILESS_MAIN(TestSnoozeWaker)
#include "tst_snoozewaker.moc"
