// formatDueText() wording and the boundaries of deadlineState().
#include "deadlines/deadlinestate.h"
#include "deadlines/duetext.h"

#include <QTest>

using namespace fi;

namespace {
constexpr qint64 kSec = 1000;
constexpr qint64 kMin = 60 * kSec;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kNow = 1772800000000; // 2026-03-06, any instant works
} // namespace

class TestDueText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formatting_data()
    {
        QTest::addColumn<qint64>("delta"); // due − now
        QTest::addColumn<bool>("working");
        QTest::addColumn<QString>("expected");
        QTest::newRow("3h20m") << 3 * kHour + 20 * kMin << false << "due in 3h 20m";
        QTest::newRow("45m") << 45 * kMin << false << "due in 45m";
        QTest::newRow("whole hours") << 2 * kHour << false << "due in 2h";
        QTest::newRow("rounds up the last minute") << 3 * kHour + 20 * kMin + 30 * kSec << false << "due in 3h 21m";
        QTest::newRow("seconds left read 1m") << 30 * kSec << false << "due in 1m";
        QTest::newRow("days and hours") << kDay + 2 * kHour + 30 * kMin << false << "due in 1d 2h";
        QTest::newRow("whole days") << 2 * kDay << false << "due in 2d";
        QTest::newRow("59m59s") << 59 * kMin + 59 * kSec << false << "due in 1h";
        QTest::newRow("overdue 1d 2h") << -(kDay + 2 * kHour + 10 * kMin) << false << "overdue 1d 2h";
        QTest::newRow("overdue 35m") << -(35 * kMin + 59 * kSec) << false << "overdue 35m";
        QTest::newRow("due right now") << qint64(0) << false << "overdue 0m";
        QTest::newRow("overdue 3h") << -3 * kHour << false << "overdue 3h";
        QTest::newRow("working suffix") << 45 * kMin << true << "due in 45m (working)";
        QTest::newRow("working overdue") << -90 * kMin << true << "overdue 1h 30m (working)";
    }
    void formatting()
    {
        QFETCH(qint64, delta);
        QFETCH(bool, working);
        QFETCH(QString, expected);
        QCOMPARE(formatDueText(kNow + delta, kNow, working), expected);
    }

    void noDeadlineNoText()
    {
        QCOMPARE(formatDueText(std::nullopt, kNow), QString());
        QCOMPARE(formatDueText(std::nullopt, kNow, true), QString());
    }

    void dueSoonBoundaries()
    {
        const qint64 received = kNow;
        // 4 h window: 25 % is 1 h, the minimum is 1 h → due soon in the last hour.
        const qint64 due4h = received + 4 * kHour;
        const auto at = [&](qint64 due, qint64 now) {
            return deadlineState(due, received, ItemState::Open, std::nullopt, false, now);
        };
        QCOMPARE(at(due4h, received), DeadlineState::OnTrack);
        QCOMPARE(at(due4h, due4h - kHour - 1), DeadlineState::OnTrack);
        QCOMPARE(at(due4h, due4h - kHour), DeadlineState::DueSoon);
        QCOMPARE(at(due4h, due4h - 1), DeadlineState::DueSoon);
        QCOMPARE(at(due4h, due4h), DeadlineState::Overdue);
        QCOMPARE(at(due4h, due4h + kDay), DeadlineState::Overdue);
        // 48 h window: 25 % = 12 h is larger than the 1 h minimum.
        const qint64 due48h = received + 48 * kHour;
        QCOMPARE(at(due48h, due48h - 12 * kHour - 1), DeadlineState::OnTrack);
        QCOMPARE(at(due48h, due48h - 12 * kHour), DeadlineState::DueSoon);
        // 15 min window: the 1 h minimum covers the whole window → due soon at once.
        const qint64 due15m = received + 15 * kMin;
        QCOMPARE(at(due15m, received), DeadlineState::DueSoon);
        // A custom rule: half of the window, no minimum.
        const DueSoonRule half{0.5, 0};
        QCOMPARE(deadlineState(due4h, received, ItemState::Open, std::nullopt, false, due4h - 2 * kHour - 1, half),
                 DeadlineState::OnTrack);
        QCOMPARE(deadlineState(due4h, received, ItemState::Open, std::nullopt, false, due4h - 2 * kHour, half),
                 DeadlineState::DueSoon);
    }

    void doneAndAnswered()
    {
        const qint64 received = kNow;
        const qint64 due = received + 4 * kHour;
        const qint64 later = due + kDay; // "now" long after: the outcome no longer changes
        QCOMPARE(deadlineState(std::nullopt, received, ItemState::Open, std::nullopt, false, later), DeadlineState::None);
        QCOMPARE(deadlineState(due, received, ItemState::Done, due - kMin, false, later), DeadlineState::Met);
        QCOMPARE(deadlineState(due, received, ItemState::Done, due, false, later), DeadlineState::Met);
        QCOMPARE(deadlineState(due, received, ItemState::Done, due + 1, false, later), DeadlineState::Missed);
        QCOMPARE(deadlineState(due, received, ItemState::Done, std::nullopt, false, later), DeadlineState::Met);
        // Answered (\Answered flag) but still open: the reply was sent, the deadline is met.
        QCOMPARE(deadlineState(due, received, ItemState::Open, std::nullopt, true, later), DeadlineState::Met);
        // Done late wins over the flag: we know it was finished after due.
        QCOMPARE(deadlineState(due, received, ItemState::Done, due + kHour, true, later), DeadlineState::Missed);
        // Snoozing does not stop the clock.
        QCOMPARE(deadlineState(due, received, ItemState::Snoozed, std::nullopt, false, due + 1), DeadlineState::Overdue);
    }

    void stateNames()
    {
        QCOMPARE(deadlineStateName(DeadlineState::DueSoon), QStringLiteral("due-soon"));
        QCOMPARE(deadlineStateName(DeadlineState::Missed), QStringLiteral("missed"));
        QCOMPARE(deadlineStateDisplayName(DeadlineState::OnTrack), QStringLiteral("On track"));
        QCOMPARE(deadlineStateDisplayName(DeadlineState::None), QString());
    }
};

QTEST_GUILESS_MAIN(TestDueText)
#include "tst_duetext.moc"
