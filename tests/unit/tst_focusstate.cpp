// FocusStateMachine with an injected clock: manual and scheduled sessions, merging,
// End session / Extend, sleep/wake, restart mid-session.
#include "focus/focusstate.h"

#include <QDateTime>
#include <QTest>

using namespace fi;

namespace {

const QTimeZone kBerlin("Europe/Berlin");
constexpr qint64 kMin = 60 * 1000;

qint64 at(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kBerlin).toMSecsSinceEpoch();
}

FocusSchedule weekdays() // Mon–Fri 09:00–11:30, Tue/Thu 14:00–17:00
{
    return FocusSchedule(kBerlin, {FocusBlock{{1, 2, 3, 4, 5}, QTime(9, 0), QTime(11, 30)},
                                   FocusBlock{{2, 4}, QTime(14, 0), QTime(17, 0)}});
}

QList<FocusEvent::Kind> kinds(const QList<FocusEvent> &events)
{
    QList<FocusEvent::Kind> out;
    for (const FocusEvent &e : events)
        out << e.kind;
    return out;
}

} // namespace

class TestFocusState : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void manualSessionStartsAndEnds()
    {
        FocusStateMachine m;
        const qint64 t0 = at(2024, 3, 9, 10, 0);  // Saturday, no schedule
        const auto started = m.startManual(t0, t0 + 25 * kMin);
        QCOMPARE(kinds(started), QList<FocusEvent::Kind>{FocusEvent::Started});
        QVERIFY(m.isFocusing());
        QCOMPARE(m.remainingMs(t0 + 5 * kMin), 20 * kMin);
        QVERIFY(m.update(t0 + 24 * kMin).isEmpty());
        QCOMPARE(m.nextChangeMs(t0 + 24 * kMin).value(), t0 + 25 * kMin);
        const auto ended = m.update(t0 + 25 * kMin + 500);
        QCOMPARE(kinds(ended), QList<FocusEvent::Kind>{FocusEvent::Ended});
        QCOMPARE(ended.first().atMs, t0 + 25 * kMin);
        QVERIFY(!ended.first().endedLate);
        QCOMPARE(ended.first().session.origin, FocusOrigin::Manual);
        QVERIFY(!m.isFocusing());
    }

    void scheduledBlockStartsAndEnds()
    {
        FocusStateMachine m(weekdays());
        QVERIFY(m.update(at(2024, 3, 4, 8, 59)).isEmpty());
        QCOMPARE(m.nextChangeMs(at(2024, 3, 4, 8, 59)).value(), at(2024, 3, 4, 9, 0));
        const auto started = m.update(at(2024, 3, 4, 9, 0));
        QCOMPARE(kinds(started), QList<FocusEvent::Kind>{FocusEvent::Started});
        QCOMPARE(started.first().session.origin, FocusOrigin::Schedule);
        QCOMPARE(m.session()->plannedEndMs, at(2024, 3, 4, 11, 30));
        QCOMPARE(kinds(m.update(at(2024, 3, 4, 11, 30))), QList<FocusEvent::Kind>{FocusEvent::Ended});
        QVERIFY(m.update(at(2024, 3, 4, 11, 31)).isEmpty());
    }

    void endSessionSuppressesBlockUntilItEnds()
    {
        FocusStateMachine m(weekdays());
        m.update(at(2024, 3, 4, 9, 0));
        const auto stopped = m.stop(at(2024, 3, 4, 10, 0));
        QCOMPARE(kinds(stopped), QList<FocusEvent::Kind>{FocusEvent::Ended});
        QCOMPARE(stopped.first().atMs, at(2024, 3, 4, 10, 0));
        QVERIFY(m.update(at(2024, 3, 4, 10, 1)).isEmpty());
        QVERIFY(!m.isFocusing());
        // The next block (Tuesday) starts normally.
        QCOMPARE(kinds(m.update(at(2024, 3, 5, 9, 0))), QList<FocusEvent::Kind>{FocusEvent::Started});
        // A manual start overrides an "End session" within a block.
        m.stop(at(2024, 3, 5, 9, 30));
        QCOMPARE(kinds(m.startManual(at(2024, 3, 5, 9, 40), at(2024, 3, 5, 10, 5))),
                 QList<FocusEvent::Kind>{FocusEvent::Started});
        QCOMPARE(m.session()->plannedEndMs, at(2024, 3, 5, 11, 30));  // merged with the active block
    }

    void manualSessionMergesWithFollowingBlock()
    {
        FocusStateMachine m(weekdays());
        const qint64 t0 = at(2024, 3, 4, 8, 10);
        m.startManual(t0, t0 + 50 * kMin);  // until 09:00, touching the 09:00 block
        QCOMPARE(m.session()->plannedEndMs, at(2024, 3, 4, 11, 30));
        QVERIFY(m.update(at(2024, 3, 4, 9, 0)).isEmpty());  // no End+Start at 09:00
        QCOMPARE(kinds(m.update(at(2024, 3, 4, 11, 30))), QList<FocusEvent::Kind>{FocusEvent::Ended});
    }

    void blockStartingDuringManualSessionExtendsIt()
    {
        FocusStateMachine m(weekdays());
        m.startManual(at(2024, 3, 5, 13, 30), at(2024, 3, 5, 14, 30));  // overlaps Tue 14:00–17:00
        QCOMPARE(m.session()->plannedEndMs, at(2024, 3, 5, 17, 0));
    }

    void extendMovesPlannedEnd()
    {
        FocusStateMachine m;
        const qint64 t0 = at(2024, 3, 9, 10, 0);
        m.startManual(t0, t0 + 25 * kMin);
        QCOMPARE(kinds(m.extend(t0 + 20 * kMin, 15 * kMin)), QList<FocusEvent::Kind>{FocusEvent::Extended});
        QCOMPARE(m.session()->plannedEndMs, t0 + 40 * kMin);
        QVERIFY(m.update(t0 + 30 * kMin).isEmpty());
        QCOMPARE(kinds(m.update(t0 + 40 * kMin)), QList<FocusEvent::Kind>{FocusEvent::Ended});
        QVERIFY(m.extend(t0 + 41 * kMin, 15 * kMin).isEmpty());  // idle: nothing to extend
        // Starting a shorter session while focusing never shortens it.
        m.startManual(t0 + 50 * kMin, t0 + 140 * kMin);
        QVERIFY(m.startManual(t0 + 51 * kMin, t0 + 76 * kMin).isEmpty());
        QCOMPARE(m.session()->plannedEndMs, t0 + 140 * kMin);
    }

    void sessionEndingDuringSleepEndsAtWakeUp()
    {
        FocusStateMachine m;
        const qint64 t0 = at(2024, 3, 9, 10, 0);
        m.startManual(t0, t0 + 90 * kMin);
        m.recordHeld(41);
        m.recordHeld(42);
        m.recordHeld(41);
        m.recordBreakthrough();
        QVERIFY(m.update(t0 + 30 * kMin).isEmpty());
        // Lid closed at +30 min, opened at +4 h.
        const auto ended = m.update(t0 + 240 * kMin);
        QCOMPARE(kinds(ended), QList<FocusEvent::Kind>{FocusEvent::Ended});
        QVERIFY(ended.first().endedLate);
        QCOMPARE(ended.first().atMs, t0 + 240 * kMin);
        QCOMPARE(ended.first().session.heldIds, (QList<qint64>{41, 42}));
        QCOMPARE(ended.first().session.breakthroughs, 1);
    }

    void sleepThroughWholeBlockStartsNothing()
    {
        FocusStateMachine m(weekdays());
        m.update(at(2024, 3, 4, 8, 0));
        QVERIFY(m.update(at(2024, 3, 4, 12, 0)).isEmpty());
        // Waking up inside a block starts it at wake-up.
        const auto started = m.update(at(2024, 3, 5, 15, 0));
        QCOMPARE(kinds(started), QList<FocusEvent::Kind>{FocusEvent::Started});
        QCOMPARE(started.first().session.startMs, at(2024, 3, 5, 15, 0));
        QCOMPARE(started.first().session.plannedEndMs, at(2024, 3, 5, 17, 0));
    }

    void restartMidSessionResumes()
    {
        FocusStateMachine before;
        const qint64 t0 = at(2024, 3, 9, 10, 0);
        before.startManual(t0, t0 + 50 * kMin);
        before.recordHeld(7);
        before.update(t0 + 10 * kMin);

        FocusStateMachine after;
        after.restore(before.toJson());
        QVERIFY(after.update(t0 + 12 * kMin).isEmpty());  // restarted 2 min later: still focusing
        QVERIFY(after.isFocusing());
        QCOMPARE(*after.session(), *before.session());
        const auto ended = after.update(t0 + 50 * kMin);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().session.heldIds, QList<qint64>{7});
    }

    void restartAfterSessionEndedWhileClosed()
    {
        FocusStateMachine before;
        const qint64 t0 = at(2024, 3, 9, 10, 0);
        before.startManual(t0, t0 + 25 * kMin);
        FocusStateMachine after;
        after.restore(before.toJson());
        const auto ended = after.update(t0 + 3 * 60 * kMin);
        QCOMPARE(kinds(ended), QList<FocusEvent::Kind>{FocusEvent::Ended});
        QVERIFY(ended.first().endedLate);
        QCOMPARE(ended.first().atMs, t0 + 3 * 60 * kMin);
    }

    void restoreSuppressionAndMalformed()
    {
        FocusStateMachine m(weekdays());
        m.update(at(2024, 3, 4, 9, 0));
        m.stop(at(2024, 3, 4, 9, 10));
        FocusStateMachine again(weekdays());
        again.restore(m.toJson());
        QVERIFY(again.update(at(2024, 3, 4, 9, 20)).isEmpty());  // still suppressed after restart
        FocusStateMachine broken;
        broken.restore(QJsonObject{{QStringLiteral("session"), QJsonObject{{QStringLiteral("startMs"), 5}}}});
        QVERIFY(!broken.isFocusing());
    }

    void scheduleAcrossMidnightAndDst()
    {
        // Saturday 23:00 → Sunday 04:00 across the 2024-03-31 spring-forward.
        FocusStateMachine m(FocusSchedule(kBerlin, {FocusBlock{{6}, QTime(23, 0), QTime(4, 0)}}));
        QCOMPARE(kinds(m.update(at(2024, 3, 30, 23, 0))), QList<FocusEvent::Kind>{FocusEvent::Started});
        QVERIFY(m.update(at(2024, 3, 31, 1, 59)).isEmpty());
        QVERIFY(m.update(at(2024, 3, 31, 3, 30)).isEmpty());
        const auto ended = m.update(at(2024, 3, 31, 4, 0));
        QCOMPARE(kinds(ended), QList<FocusEvent::Kind>{FocusEvent::Ended});
        QCOMPARE(ended.first().atMs - ended.first().session.startMs, qint64(4) * 60 * kMin);
    }
};

QTEST_GUILESS_MAIN(TestFocusState)
#include "tst_focusstate.moc"
