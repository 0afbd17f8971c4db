// Benchmark: the inbox list while mail changes, at 100,000 rows.
//  - diff: diffRows() (the worker's part) for 100,000 rows with 100 changes (25 new, 25 gone,
//    25 with a new deadline = moves, 25 flag changes), median of 5.
//  - rounds: a real ItemStore with 100,000 open Async items, an InboxModel and a QListView
//    (offscreen, uniform item sizes, a selected row in the middle). Each round changes K items
//    (K/4 new mail, K/4 done, K/4 new deadline, K/4 seen) in two writes, waits for the reload
//    and reports the GUI-thread time: applying the rows (row signals, or one reset) plus the
//    view's layout and paint that follow. Mode "reset" forces a reset for every change (the
//    behaviour before the incremental model); "incremental" uses row signals for any size.
// Prints one JSON line: {rows, default_step_limit, fill_seconds, initial_load_ms, diff_ms, rounds:[{changes, mode,
// steps, apply_ms, layout_ms, gui_ms, reload_ms, partial_loads}]}. reload_ms is from the first
// write to the rows being in (two writes; partial_loads counts reloads that read only the
// items the store named — at most InboxModel::kMaxTargetedIds — instead of all rows).
//
// Usage: inbox_diff [--rows N]
#include "inboxmodel.h"
#include "inboxrowdiff.h"
#include "storage/itemstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace fi;

namespace {

constexpr qint64 kMinute = 60 * 1000;

Item makeItem(int n, qint64 nowMs, qint64 dueMs)
{
    Item item;
    item.record.remoteId = QStringLiteral("r%1").arg(n);
    item.record.locator = QStringLiteral("cur/r%1").arg(n);
    item.record.fingerprint = QStringLiteral("f%1").arg(n);
    item.record.messageId = QStringLiteral("m%1@bench.example").arg(n);
    item.record.from = {QStringLiteral("Sender %1").arg(n % 977),
                        QStringLiteral("sender%1@bench.example").arg(n % 977)};
    item.record.subject = QStringLiteral("Message number %1 about the quarterly plan").arg(n);
    item.record.snippet = QStringLiteral("Hello, this is the text of message %1, folded.").arg(n);
    item.record.receivedMs = nowMs - qint64(n % 5000) * kMinute;
    item.tier = Tier::Async;
    item.tierReason = QStringLiteral("bench");
    item.dueMs = dueMs;
    item.policy = QStringLiteral("tier2-default");
    return item;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// diffRows() on @p rows rows with 100 changes.
double diffMs(int rows)
{
    ItemRows oldRows;
    for (int i = 0; i < rows; ++i) {
        auto item = std::make_shared<Item>(makeItem(i, 0, i));
        item->id = i + 1;
        oldRows.push_back(item);
    }
    QRandomGenerator rng(7);
    ItemRows newRows = oldRows;
    for (int i = 0; i < 25; ++i) { // gone
        newRows.erase(newRows.begin() + rng.bounded(int(newRows.size())));
    }
    for (int i = 0; i < 25; ++i) { // seen
        const int at = rng.bounded(int(newRows.size()));
        auto item = std::make_shared<Item>(*newRows[std::size_t(at)]);
        item->record.flags.seen = true;
        newRows[std::size_t(at)] = item;
    }
    for (int i = 0; i < 25; ++i) { // new deadline: moves
        const int from = rng.bounded(int(newRows.size()));
        ItemRow moved = newRows[std::size_t(from)];
        newRows.erase(newRows.begin() + from);
        newRows.insert(newRows.begin() + rng.bounded(int(newRows.size())), moved);
    }
    for (int i = 0; i < 25; ++i) { // new
        auto item = std::make_shared<Item>(makeItem(rows + i, 0, 0));
        item->id = rows + i + 1;
        newRows.insert(newRows.begin() + rng.bounded(int(newRows.size())), item);
    }
    QList<double> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const RowDiff diff = diffRows(oldRows, newRows, 1000000);
        times << double(timer.nsecsElapsed()) / 1e6;
        if (diff.steps.size() < 50)
            std::fprintf(stderr, "unexpected diff: %lld steps\n", qlonglong(diff.steps.size()));
    }
    return median(times);
}

bool waitIdle(InboxModel &model, ItemStore &store)
{
    store.flush();
    QCoreApplication::processEvents();
    QSignalSpy loaded(&model, &InboxModel::loaded);
    while (model.isBusy()) {
        if (!loaded.wait(120000))
            return false;
        QCoreApplication::processEvents();
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int rows = 100000;
    const QStringList args = app.arguments();
    if (const int at = int(args.indexOf(QStringLiteral("--rows"))); at > 0 && at + 1 < args.size())
        rows = args.at(at + 1).toInt();

    QJsonObject out;
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("default_step_limit"), InboxModel::stepLimit(rows));
    out.insert(QStringLiteral("diff_ms"), diffMs(rows));

    QTemporaryDir dir;
    ItemStore store(dir.filePath(QStringLiteral("bench.sqlite")));
    if (store.open() != OpenError::None)
        return 1;
    SourceConfig config;
    config.kind = QStringLiteral("maildir");
    config.name = QStringLiteral("Bench");
    config.location = dir.filePath(QStringLiteral("Maildir"));
    const qint64 sourceId = store.addSource(config).result();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    {
        StoreBatch batch;
        batch.sourceId = sourceId;
        for (int i = 0; i < rows; ++i)
            batch.upserts << makeItem(i, now, now + qint64(i) * kMinute);
        if (!store.applyBatch(batch).result().ok)
            return 1;
    }
    out.insert(QStringLiteral("fill_seconds"), double(timer.nsecsElapsed()) / 1e9);

    InboxModel model(&store);
    QListView view;
    view.setUniformItemSizes(true);
    view.setModel(&model);
    view.resize(420, 640);
    view.show();
    timer.restart();
    model.setView(InboxView::Async);
    if (!waitIdle(model, store))
        return 1;
    QCoreApplication::processEvents();
    out.insert(QStringLiteral("initial_load_ms"), double(timer.nsecsElapsed()) / 1e6);

    // GUI-thread time of applying rows: from the first row/reset signal to the last.
    QElapsedTimer applyTimer;
    double applyMs = 0;
    int steps = 0;
    QObject::connect(&model, &InboxModel::rowsAboutToBeUpdated, [&] { applyTimer.start(); });
    QObject::connect(&model, &InboxModel::rowsUpdated, [&] { applyMs += double(applyTimer.nsecsElapsed()) / 1e6; });
    QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset, [&] { applyTimer.start(); ++steps; });
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { applyMs += double(applyTimer.nsecsElapsed()) / 1e6; });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        QObject::connect(&model, signal, [&steps] { ++steps; });
    QObject::connect(&model, &QAbstractItemModel::rowsMoved, [&steps] { ++steps; });
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&steps] { ++steps; });

    QRandomGenerator rng(11);
    int nextNew = rows;
    QJsonArray rounds;
    for (const int changes : {100, 1000, 4000}) {
        for (const bool incremental : {true, false}) {
            model.setMaxIncrementalSteps(incremental ? 1000000 : 0);
            view.setCurrentIndex(model.index(model.rowCount() / 2));
            view.scrollTo(view.currentIndex(), QAbstractItemView::PositionAtCenter);
            QCoreApplication::processEvents();
            const int quarter = changes / 4;
            StoreBatch batch;
            batch.sourceId = sourceId;
            QList<qint64> done;
            for (int i = 0; i < quarter; ++i) {
                batch.upserts << makeItem(nextNew, now, now + qint64(rng.bounded(rows)) * kMinute + 1);
                ++nextNew;
                const Item &moving = model.itemAt(rng.bounded(model.rowCount()));
                Item moved = moving;
                moved.dueMs = now + qint64(rng.bounded(rows)) * kMinute + 2;
                moved.record.fingerprint += QStringLiteral("+");
                batch.upserts << moved;
                const Item &seen = model.itemAt(rng.bounded(model.rowCount()));
                batch.flagUpdates << FlagUpdate{seen.record.remoteId, {}, {}, ItemFlags{true, false, false}};
                done << model.itemAt(rng.bounded(model.rowCount())).id;
            }
            const quint64 partialBefore = model.partialLoads();
            applyMs = 0;
            steps = 0;
            timer.restart();
            store.applyBatch(batch).waitForFinished();
            store.setState(done, ItemState::Done).waitForFinished();
            if (!waitIdle(model, store))
                return 1;
            const double reloadMs = double(timer.nsecsElapsed()) / 1e6;
            QElapsedTimer layout;
            layout.start();
            QCoreApplication::processEvents(); // delayed layout, repaint
            const double layoutMs = double(layout.nsecsElapsed()) / 1e6;
            QJsonObject round;
            round.insert(QStringLiteral("changes"), changes);
            round.insert(QStringLiteral("mode"), incremental ? QStringLiteral("incremental") : QStringLiteral("reset"));
            round.insert(QStringLiteral("steps"), steps);
            round.insert(QStringLiteral("apply_ms"), applyMs);
            round.insert(QStringLiteral("layout_ms"), layoutMs);
            round.insert(QStringLiteral("gui_ms"), applyMs + layoutMs);
            round.insert(QStringLiteral("reload_ms"), reloadMs);
            round.insert(QStringLiteral("partial_loads"), qint64(model.partialLoads() - partialBefore));
            rounds.append(round);
        }
    }
    out.insert(QStringLiteral("rounds"), rounds);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
