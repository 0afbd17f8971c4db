// Benchmark: recompute the response deadline of 1,000,000 items (received times spread over a
// year, 4 h working-hours policy, Europe/Berlin Mon–Fri 09:00–17:00 with a few holidays).
// Prints one JSON line: {"items":…, "seconds":…, "items_per_second":…, "threads":…}.
#include "deadlines/deadlinecalculator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QtConcurrent>

#include <cstdio>

using namespace fi;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int kItems = 1000000;
    constexpr int kChunk = 10000;

    WorkingHours hours = WorkingHours::defaults(QTimeZone("Europe/Berlin"));
    for (const QDate &d : {QDate(2026, 1, 1), QDate(2026, 4, 3), QDate(2026, 4, 6), QDate(2026, 5, 1),
                           QDate(2026, 10, 3), QDate(2026, 12, 25), QDate(2026, 12, 26)})
        hours.addHoliday(d);
    const DeadlineCalculator calc(hours);
    const ResponsePolicy policy = PolicySet::defaults().forTier(Tier::Async);

    const qint64 yearStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 yearMs = qint64(365) * 24 * 3600 * 1000;
    QRandomGenerator rng(42);
    std::vector<qint64> received(kItems);
    for (qint64 &r : received)
        r = yearStart + qint64(rng.bounded(quint64(yearMs)));

    QList<int> chunks;
    for (int i = 0; i < kItems; i += kChunk)
        chunks.append(i);

    QElapsedTimer timer;
    timer.start();
    const QList<qint64> sums = QtConcurrent::blockingMapped(chunks, [&](int first) {
        qint64 sum = 0; // consumed so that the work cannot be optimised away
        for (int i = first; i < first + kChunk; ++i)
            sum += calc.due(received[std::size_t(i)], policy).value_or(0) & 0xffff;
        return sum;
    });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    qint64 checksum = 0;
    for (qint64 s : sums)
        checksum += s;

    QJsonObject out;
    out.insert(QStringLiteral("items"), kItems);
    out.insert(QStringLiteral("seconds"), seconds);
    out.insert(QStringLiteral("items_per_second"), double(kItems) / seconds);
    out.insert(QStringLiteral("threads"), QThreadPool::globalInstance()->maxThreadCount());
    out.insert(QStringLiteral("checksum"), double(checksum));
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
