// Benchmark (issue 12): keyboard triage on a 100,000-item store. Prints one JSON line on stdout.
//
// Usage: triage [--items N (100000)] [--mail M (20000)] [--keys K (1000)] [--cache DIR]
//               [--cold-runs R (5)] [--no-notmuch] [--no-cold]
//
// Seeding (skipped when DIR holds a seeded store): a Maildir of M messages generated from
// ../shared/corpus/mail as bench/ingest_maildir does (DIR/Maildir), synced into the store by the
// real SyncManager, then N − M synthetic items written straight through ItemStore::applyBatch()
// in batches of 10,000 (one transaction each) to a second, disabled source (so the app never
// syncs them away). ~85 % of them are Reference, 10 % Async, 5 % Now; 2,000 are then marked
// done and 500 snoozed. The store is DIR/data/focusinbox.sqlite, the layout of
// `focusinbox --data-dir DIR/data`. After seeding, the bench runs itself again (exec) so that
// the memory it reports is not that of the seeding.
//
// Measures, with the real MainWindow offscreen (QT_QPA_PLATFORM=offscreen is set if unset):
//  - keypress → painted: QTest::keyClick() on the item list, then QCoreApplication::processEvents()
//    until the list's viewport has received (and, processEvents() having returned, finished)
//    a QEvent::Paint; the time from before keyClick() to then. Before each key the bench waits
//    until the model is idle (no load running or scheduled, store writes flushed), like a person
//    typing ~5 keys per second. 80 % of the keys in Reference (the 100,000-row view: j, k, e, u,
//    2, 3), 20 % in Async (j, k, 1, u). `e`, `1`, `2`, `3` move the selection at once (the row
//    leaves on the next load); `u` shows only when the undone item is back in the list, so its
//    first paint includes the store write and the model's reload. reload_ms: from a changing key
//    until the model is idle again (the row left or came back).
//  - search → first painted page: InboxModel::setSearch(q) from the whole Reference view until
//    the first loaded() (the model shows the first page of a new list before the rest is read)
//    and the next paint of the list, for 20 queries; rows = the whole result, once it is in; then
//    the search is cleared (not timed).
//  - peak RSS of this process (VmHWM) and its RSS after each view was shown and scrolled to its end.
//  - cold start: the real focusinbox binary (--data-dir DIR/data, FOCUSINBOX_EXIT_AFTER_FIRST_PAINT,
//    app/bench/firstpaintexit.h) from QProcess::start() to its report of the first painted inbox,
//    R runs (min / median); and its peak RSS with each view shown (one run per view).
//  - notmuch (when installed): `notmuch new` on DIR/Maildir once (seconds), then
//    `notmuch search --limit=50 Q` as a whole process for the word / phrase / from: / negation /
//    OR / tag:unread equivalents of the queries (median ms, 3 runs each).
#include "support/benchmaildir.h"

#include "config/appconfig.h"
#include "config/apppaths.h"
#include "inboxlistview.h"
#include "inboxmodel.h"
#include "mainwindow.h"
#include "sources/maildir/maildirkind.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

using namespace fi;

namespace {

// ---------------------------------------------------------------- seeding

const QStringList &words()
{
    static const QStringList w = {
        QStringLiteral("release"),  QStringLiteral("budget"),   QStringLiteral("incident"),
        QStringLiteral("invoice"),  QStringLiteral("roadmap"),  QStringLiteral("review"),
        QStringLiteral("contract"), QStringLiteral("newsletter"), QStringLiteral("deploy"),
        QStringLiteral("meeting"),  QStringLiteral("security"), QStringLiteral("update"),
        QStringLiteral("design"),   QStringLiteral("hiring"),   QStringLiteral("quarterly"),
        QStringLiteral("customer"), QStringLiteral("feedback"), QStringLiteral("migration"),
        QStringLiteral("outage"),   QStringLiteral("weekly"),   QStringLiteral("digest"),
        QStringLiteral("travel"),   QStringLiteral("expense"),  QStringLiteral("kernel"),
    };
    return w;
}

const QStringList &senders()
{
    static const QStringList s = {QStringLiteral("Ana Souza"),   QStringLiteral("Bruno Lima"),
                                  QStringLiteral("Carla Diaz"),  QStringLiteral("Dev Patel"),
                                  QStringLiteral("Erin Walsh"),  QStringLiteral("Farid Haddad"),
                                  QStringLiteral("Grace Chen"),  QStringLiteral("Hugo Martin"),
                                  QStringLiteral("Ines Costa"),  QStringLiteral("Jon Berg")};
    return s;
}

bool seedSynthetic(ItemStore &store, int count)
{
    SourceConfig config;
    config.kind = QStringLiteral("maildir");
    config.name = QStringLiteral("Synthetic");
    config.location = QStringLiteral("/nonexistent/focusinbox-bench-synthetic");
    config.enabled = false; // never synced: its items stay as written
    const qint64 sourceId = store.addSource(config).result();
    if (sourceId <= 0)
        return false;
    QRandomGenerator rng(12);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr int kBatch = 10000;
    for (int from = 0; from < count; from += kBatch) {
        StoreBatch batch;
        batch.sourceId = sourceId;
        for (int i = from; i < std::min(count, from + kBatch); ++i) {
            Item item;
            const QString sender = senders().at(int(rng.bounded(senders().size())));
            const QString w1 = words().at(int(rng.bounded(words().size())));
            const QString w2 = words().at(int(rng.bounded(words().size())));
            const QString w3 = words().at(int(rng.bounded(words().size())));
            ItemRecord &r = item.record;
            r.remoteId = QStringLiteral("syn-%1").arg(i);
            r.locator = r.remoteId;
            r.fingerprint = r.remoteId + QStringLiteral("-v1");
            r.messageId = r.remoteId + QStringLiteral("@synthetic.invalid");
            r.from = {sender, sender.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com"), QString()};
            r.to = {{QStringLiteral("Me"), QStringLiteral("me@example.org"), QString()}};
            r.subject = QStringLiteral("%1 %2 #%3").arg(w1, w2).arg(i);
            r.snippet = QStringLiteral("Notes on the %1 and the %2, see the %3 thread for details.").arg(w2, w3, w1);
            r.receivedMs = now - qint64(rng.bounded(90 * 24)) * 3600 * 1000 - rng.bounded(3600 * 1000);
            r.flags.seen = rng.bounded(3) != 0;
            const int roll = int(rng.bounded(100));
            item.tier = roll < 85 ? Tier::Reference : roll < 95 ? Tier::Async : Tier::Now;
            item.tierReason = QStringLiteral("bench");
            if (item.tier != Tier::Reference) {
                item.dueMs = r.receivedMs + (item.tier == Tier::Now ? 15 : 240) * 60 * 1000;
                item.policy = QStringLiteral("tier%1-default").arg(int(item.tier));
            }
            batch.upserts << item;
        }
        const StoreBatchResult result = store.applyBatch(batch).result();
        if (!result.ok) {
            std::fprintf(stderr, "seeding failed: %s\n", qPrintable(result.error));
            return false;
        }
    }
    // Some done and some snoozed items, so that every view has rows.
    ItemQuery all;
    all.states = ItemQuery::States::Open;
    all.sourceId = sourceId;
    all.limit = 2500;
    QList<qint64> ids;
    for (const ItemKey &key : store.itemKeys(all))
        ids << key.id;
    store.setState(ids.mid(0, 2000), ItemState::Done).waitForFinished();
    store.setState(ids.mid(2000, 500), ItemState::Snoozed, now + 7 * 24 * 3600 * 1000LL).waitForFinished();
    store.flush();
    return true;
}

bool seed(const QString &cacheDir, int items, int mail)
{
    const QString maildir = cacheDir + QStringLiteral("/Maildir");
    if (!QDir(maildir + QStringLiteral("/cur")).exists() && !generateMaildir(maildir, mail)) {
        std::fprintf(stderr, "cannot generate the Maildir\n");
        return false;
    }
    const AppPaths paths = AppPaths::resolve(cacheDir + QStringLiteral("/data"));
    QString error;
    if (!paths.ensureExists(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    QFile::remove(paths.databasePath());
    ItemStore store(paths.databasePath());
    if (store.open(&error) != OpenError::None) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    store.addSource(maildir::configFor(maildir, QStringLiteral("Bench mail"))).waitForFinished();
    AppConfig config;
    SyncManager sync(&store, config, QString());
    QEventLoop loop;
    QObject::connect(&sync, &SyncManager::allFinished, &loop, [&loop] { loop.quit(); });
    QElapsedTimer timer;
    timer.start();
    sync.syncAll();
    loop.exec();
    store.flush();
    std::fprintf(stderr, "triage: synced %d messages in %.1f s\n", mail, timer.elapsed() / 1000.0);
    timer.restart();
    if (!seedSynthetic(store, std::max(0, items - mail)))
        return false;
    std::fprintf(stderr, "triage: wrote %d synthetic items in %.1f s\n", items - mail, timer.elapsed() / 1000.0);
    QFile marker(cacheDir + QStringLiteral("/seeded"));
    return marker.open(QIODevice::WriteOnly) && marker.write(QByteArray::number(items)) > 0;
}

// ---------------------------------------------------------------- measuring

double statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field)) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

QJsonObject stats(std::vector<double> ms)
{
    if (ms.empty())
        return {{QStringLiteral("n"), 0}};
    std::sort(ms.begin(), ms.end());
    const auto pct = [&ms](double p) {
        return ms[std::min(ms.size() - 1, std::size_t(p / 100.0 * double(ms.size() - 1) + 0.5))];
    };
    const auto round2 = [](double v) { return std::round(v * 100) / 100; };
    return {{QStringLiteral("n"), int(ms.size())},        {QStringLiteral("p50_ms"), round2(pct(50))},
            {QStringLiteral("p95_ms"), round2(pct(95))}, {QStringLiteral("p99_ms"), round2(pct(99))},
            {QStringLiteral("max_ms"), round2(ms.back())}};
}

/// Counts the paint events of a widget and when each one had finished: a call queued during
/// the paint runs right after it (or later, when events were already waiting: never early).
class PaintCounter : public QObject {
public:
    PaintCounter() { clock.start(); }
    int paints = 0;
    QElapsedTimer clock;         ///< The time base of doneNs.
    std::vector<qint64> doneNs;  ///< [n] = when paint n + 1 had finished, on clock.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            QMetaObject::invokeMethod(this, [this] { doneNs.push_back(clock.nsecsElapsed()); },
                                      Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }
};

struct Gui {
    ItemStore *store;
    MainWindow *window;
    InboxModel *model;
    InboxListView *list;
    PaintCounter *counter;

    /// Process events until paint number @p before + 1 has finished; false after @p timeoutMs.
    bool awaitPaint(int before, int timeoutMs = 3000) const
    {
        QElapsedTimer t;
        t.start();
        while (int(counter->doneNs.size()) <= before) {
            if (t.elapsed() > timeoutMs)
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        }
        return true;
    }
    /// Milliseconds from @p startNs (on counter->clock) to the end of paint number @p before + 1,
    /// which awaitPaint(before) saw finish. Work that the same processEvents() call did after
    /// that paint (a reload arriving, say) is not counted.
    double msToPaint(qint64 startNs, int before) const
    {
        return double(counter->doneNs.at(std::size_t(before)) - startNs) / 1e6;
    }
    /// Until the model has no load running or scheduled and the store has no write queued.
    void settle() const
    {
        QElapsedTimer t;
        t.start();
        do {
            store->flush();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (!model->isBusy())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5); // a store signal may be queued
        } while ((model->isBusy() || model->countsPending()) && t.elapsed() < 10000);
    }
    void show(InboxView view) const
    {
        window->showView(view);
        settle();
        const int before = counter->paints;
        list->viewport()->update();
        awaitPaint(before);
    }
};

QJsonObject measureKeys(const Gui &gui, int keys)
{
    std::map<char, std::vector<double>> perKey;
    std::vector<double> all;
    std::vector<double> reloads;
    int missed = 0;
    const auto keyOf = [](char c) {
        switch (c) {
        case 'j': return Qt::Key_J;
        case 'k': return Qt::Key_K;
        case 'e': return Qt::Key_E;
        case 'u': return Qt::Key_U;
        case '1': return Qt::Key_1;
        case '2': return Qt::Key_2;
        default: return Qt::Key_3;
        }
    };
    const auto run = [&](const QByteArray &pattern, int count) {
        for (int i = 0; i < count; ++i) {
            const char c = pattern.at(i % pattern.size());
            gui.settle();
            const int before = gui.counter->paints;
            const qint64 start = gui.counter->clock.nsecsElapsed();
            QElapsedTimer t;
            t.start();
            QTest::keyClick(gui.list, keyOf(c));
            if (!gui.awaitPaint(before)) {
                ++missed;
                continue;
            }
            const double ms = gui.msToPaint(start, before);
            perKey[c].push_back(ms);
            all.push_back(ms);
            if (c != 'j' && c != 'k') {
                gui.settle();
                reloads.push_back(double(t.nsecsElapsed()) / 1e6);
            }
        }
    };
    // Start in the middle of the view: rows above and below are not in memory.
    gui.show(InboxView::Reference);
    gui.list->setCurrentIndex(gui.model->index(gui.model->rowCount() / 2));
    const int inReference = keys * 4 / 5;
    run(QByteArrayLiteral("jjkeu2u3uj"), inReference);
    gui.show(InboxView::Async);
    gui.list->setCurrentIndex(gui.model->index(gui.model->rowCount() / 2));
    run(QByteArrayLiteral("jk1uj"), keys - inReference);
    gui.settle();

    QJsonObject result = stats(all);
    QJsonObject byKey;
    for (const auto &[c, ms] : perKey)
        byKey.insert(QString(QLatin1Char(c)), stats(ms));
    result.insert(QStringLiteral("by_key"), byKey);
    result.insert(QStringLiteral("reload_ms"), stats(reloads));
    result.insert(QStringLiteral("no_paint_within_3s"), missed);
    return result;
}

const QStringList &searchQueries()
{
    static const QStringList q = {
        QStringLiteral("budget"),           QStringLiteral("invoice"),
        QStringLiteral("money"),            QStringLiteral("free"),
        QStringLiteral("kernel"),           QStringLiteral("inci"),
        QStringLiteral("\"click here\""),   QStringLiteral("\"weekly digest\""),
        QStringLiteral("from:ana"),         QStringLiteral("from:grace budget"),
        QStringLiteral("tier:2"),           QStringLiteral("is:unread"),
        QStringLiteral("is:unread release"), QStringLiteral("before:7d roadmap"),
        QStringLiteral("after:7d"),         QStringLiteral("security -outage"),
        QStringLiteral("hiring OR travel"), QStringLiteral("offer OR remove"),
        QStringLiteral("-newsletter"),      QStringLiteral("contract review from:dev"),
    };
    return q;
}

QJsonObject measureSearch(const Gui &gui, QJsonArray *perQuery)
{
    gui.show(InboxView::Reference);
    std::vector<double> all;
    for (const QString &query : searchQueries()) {
        // The paints begun when the first page arrives: the next one shows it.
        std::optional<int> atLoad;
        const QMetaObject::Connection onLoad =
            QObject::connect(gui.model, &InboxModel::loaded, gui.model, [&] {
                if (!atLoad)
                    atLoad = gui.counter->paints;
            });
        const qint64 start = gui.counter->clock.nsecsElapsed();
        QElapsedTimer t;
        t.start();
        gui.model->setSearch(query);
        while (!atLoad && t.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        QObject::disconnect(onLoad);
        const int before = atLoad.value_or(gui.counter->paints);
        const double ms = gui.awaitPaint(before) ? gui.msToPaint(start, before) : double(t.elapsed());
        all.push_back(ms);
        gui.settle();
        perQuery->append(QJsonObject{{QStringLiteral("query"), query},
                                     {QStringLiteral("ms"), std::round(ms * 100) / 100},
                                     {QStringLiteral("rows"), gui.model->rowCount()}});
        gui.model->setSearch(QString());
        gui.settle();
    }
    return stats(all);
}

/// Run the real app until its first painted inbox (app/bench/firstpaintexit.h).
QJsonObject coldStart(const QString &dataDir, const QString &view)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("FOCUSINBOX_EXIT_AFTER_FIRST_PAINT"), view);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataDir + QStringLiteral("/xdg-config"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    const qint64 startEpoch = QDateTime::currentMSecsSinceEpoch();
    app.start(QStringLiteral(FOCUSINBOX_CLI), {QStringLiteral("--data-dir"), dataDir});
    if (!app.waitForFinished(60000)) {
        app.kill();
        app.waitForFinished();
        return {{QStringLiteral("error"), QStringLiteral("timeout")}};
    }
    const QList<QByteArray> lines = app.readAllStandardError().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("focusinbox-first-paint: "))
            continue;
        QJsonObject report = QJsonDocument::fromJson(line.mid(24)).object();
        report.insert(QStringLiteral("ms_from_exec"), report.value(QStringLiteral("epoch_ms")).toDouble() - double(startEpoch));
        report.remove(QStringLiteral("epoch_ms"));
        return report;
    }
    return {{QStringLiteral("error"), QString::fromLocal8Bit(lines.join('\n').right(400))}};
}

/// Median wall time in ms of `notmuch ARGS` (3 runs), or -1.
double notmuchMs(const QString &configPath, const QStringList &args, QByteArray *out = nullptr)
{
    std::vector<double> runs;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOTMUCH_CONFIG"), configPath);
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral("notmuch"), args);
        if (!p.waitForFinished(600000) || p.exitCode() != 0)
            return -1;
        runs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (out)
            *out = p.readAllStandardOutput();
    }
    std::sort(runs.begin(), runs.end());
    return runs[1];
}

QJsonObject measureNotmuch(const QString &cacheDir)
{
    if (QStandardPaths::findExecutable(QStringLiteral("notmuch")).isEmpty())
        return {{QStringLiteral("error"), QStringLiteral("notmuch not installed")}};
    const QString config = cacheDir + QStringLiteral("/notmuch-config");
    QJsonObject result;
    if (!QFile::exists(cacheDir + QStringLiteral("/Maildir/.notmuch"))) {
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return {{QStringLiteral("error"), QStringLiteral("cannot write the notmuch config")}};
        f.write("[database]\npath=" + (cacheDir + QStringLiteral("/Maildir")).toUtf8()
                + "\n[user]\nname=Bench\nprimary_email=bench@focusinbox.invalid\n[new]\ntags=unread;inbox;\n"
                  "[search]\nexclude_tags=\n[maildir]\nsynchronize_flags=true\n");
        f.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOTMUCH_CONFIG"), config);
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral("notmuch"), {QStringLiteral("new"), QStringLiteral("--quiet")});
        p.waitForFinished(1800000);
        result.insert(QStringLiteral("new_seconds"), double(t.elapsed()) / 1000.0);
    }
    // The queries of measureSearch() that notmuch can say (its own syntax).
    const std::vector<std::pair<QString, QString>> equivalents = {
        {QStringLiteral("budget"), QStringLiteral("budget")},
        {QStringLiteral("invoice"), QStringLiteral("invoice")},
        {QStringLiteral("money"), QStringLiteral("money")},
        {QStringLiteral("free"), QStringLiteral("free")},
        {QStringLiteral("inci"), QStringLiteral("inci*")},
        {QStringLiteral("\"click here\""), QStringLiteral("\"click here\"")},
        {QStringLiteral("is:unread"), QStringLiteral("tag:unread")},
        {QStringLiteral("offer OR remove"), QStringLiteral("offer OR remove")},
        {QStringLiteral("-newsletter"), QStringLiteral("NOT newsletter")},
        {QStringLiteral("security -outage"), QStringLiteral("security AND NOT outage")},
    };
    std::vector<double> all;
    QJsonArray per;
    for (const auto &[ours, theirs] : equivalents) {
        QByteArray out;
        const double ms = notmuchMs(config, {QStringLiteral("search"), QStringLiteral("--limit=50"), theirs}, &out);
        if (ms < 0)
            continue;
        all.push_back(ms);
        per.append(QJsonObject{{QStringLiteral("query"), theirs},
                               {QStringLiteral("ms"), std::round(ms * 100) / 100},
                               {QStringLiteral("results"), int(out.count('\n'))}});
    }
    result.insert(QStringLiteral("search_limit50"), stats(all));
    result.insert(QStringLiteral("queries"), per);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // MainWindow's QSettings: not the user's
    const QStringList args = app.arguments();
    int items = 100000;
    int mail = 20000;
    int keys = 1000;
    int coldRuns = 5;
    bool notmuch = true;
    bool cold = true;
    QString cacheDir;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString next = args.value(i + 1);
        if (a == QLatin1String("--items"))
            items = next.toInt(), ++i;
        else if (a == QLatin1String("--mail"))
            mail = next.toInt(), ++i;
        else if (a == QLatin1String("--keys"))
            keys = next.toInt(), ++i;
        else if (a == QLatin1String("--cold-runs"))
            coldRuns = next.toInt(), ++i;
        else if (a == QLatin1String("--cache"))
            cacheDir = QDir(next).absolutePath(), ++i;
        else if (a == QLatin1String("--no-notmuch"))
            notmuch = false;
        else if (a == QLatin1String("--no-cold"))
            cold = false;
    }
    QTemporaryDir temporary;
    if (cacheDir.isEmpty())
        cacheDir = temporary.path();
    QDir().mkpath(cacheDir);
    QFile marker(cacheDir + QStringLiteral("/seeded"));
    const bool seeded = marker.open(QIODevice::ReadOnly) && marker.readAll().toInt() == items;
    marker.close();
    if (!seeded) {
        if (!seed(cacheDir, items, mail))
            return 1;
        if (!temporary.isValid() || cacheDir != temporary.path()) {
            // Measure in a fresh process: the seeding's memory is not the app's.
            std::fflush(nullptr);
            QByteArrayList argvCopy;
            for (int i = 0; i < argc; ++i)
                argvCopy << QByteArray(argv[i]);
            std::vector<char *> execArgs;
            for (QByteArray &a : argvCopy)
                execArgs.push_back(a.data());
            execArgs.push_back(nullptr);
            ::execv("/proc/self/exe", execArgs.data());
            std::fprintf(stderr, "triage: exec failed; measuring in the seeding process\n");
        }
    }

    const AppPaths paths = AppPaths::resolve(cacheDir + QStringLiteral("/data"));
    ItemStore store(paths.databasePath());
    QString error;
    if (store.open(&error) != OpenError::None) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const TierCounts counts = store.counts(0);
    const double rssBeforeWindow = statusMb("VmRSS:");

    QJsonObject out;
    out.insert(QStringLiteral("items"), counts.now + counts.async + counts.reference + counts.done + counts.snoozed);
    out.insert(QStringLiteral("counts"), QJsonObject{{QStringLiteral("now"), counts.now},
                                                     {QStringLiteral("async"), counts.async},
                                                     {QStringLiteral("reference"), counts.reference},
                                                     {QStringLiteral("done"), counts.done},
                                                     {QStringLiteral("snoozed"), counts.snoozed}});
    {
        MainWindow window(&store);
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        window.activateWindow();
        (void)QTest::qWaitForWindowActive(&window);
        PaintCounter counter;
        window.itemList()->viewport()->installEventFilter(&counter);
        Gui gui{&store, &window, window.inboxModel(), window.itemList(), &counter};
        gui.settle();
        window.itemList()->setFocus();

        // Memory with each view shown and scrolled to its end (every row paged in once).
        QJsonObject rss;
        for (const InboxView view : {InboxView::Now, InboxView::Async, InboxView::Reference, InboxView::Done,
                                     InboxView::Snoozed}) {
            gui.show(view);
            const int rows = gui.model->rowCount();
            if (rows > 0) {
                QTest::keyClick(gui.list, Qt::Key_End);
                gui.list->setCurrentIndex(gui.model->index(rows - 1));
                gui.list->scrollToBottom();
                const int before = counter.paints;
                gui.awaitPaint(before);
            }
            rss.insert(inboxViewDisplayName(view),
                       QJsonObject{{QStringLiteral("rows"), rows},
                                   {QStringLiteral("rss_mb"), std::round(statusMb("VmRSS:") * 10) / 10},
                                   {QStringLiteral("cached_items"), gui.model->cachedRows()}});
        }
        out.insert(QStringLiteral("bench_rss_by_view"), rss);

        out.insert(QStringLiteral("keypress_to_paint"), measureKeys(gui, keys));
        QJsonArray perQuery;
        out.insert(QStringLiteral("search_to_first_paint"), measureSearch(gui, &perQuery));
        out.insert(QStringLiteral("search_queries"), perQuery);
    }
    out.insert(QStringLiteral("bench_rss_before_window_mb"), std::round(rssBeforeWindow * 10) / 10);
    out.insert(QStringLiteral("bench_peak_rss_mb"), std::round(statusMb("VmHWM:") * 10) / 10);

    if (cold) {
        std::vector<double> fromExec;
        std::vector<double> fromStart;
        QJsonArray runs;
        for (int i = 0; i < coldRuns; ++i) {
            const QJsonObject r = coldStart(paths.dataDir(), QStringLiteral("1"));
            runs.append(r);
            if (r.contains(QStringLiteral("ms_from_exec"))) {
                fromExec.push_back(r.value(QStringLiteral("ms_from_exec")).toDouble());
                fromStart.push_back(r.value(QStringLiteral("ms_since_process_start")).toDouble());
            }
        }
        std::sort(fromExec.begin(), fromExec.end());
        std::sort(fromStart.begin(), fromStart.end());
        QJsonObject coldOut{{QStringLiteral("runs"), runs}};
        if (!fromExec.empty()) {
            coldOut.insert(QStringLiteral("min_ms_from_exec"), fromExec.front());
            coldOut.insert(QStringLiteral("median_ms_from_exec"), fromExec[fromExec.size() / 2]);
            coldOut.insert(QStringLiteral("median_ms_since_process_start"), fromStart[fromStart.size() / 2]);
        }
        out.insert(QStringLiteral("cold_start"), coldOut);
        QJsonObject appRss;
        for (const char *view : {"now", "async", "reference", "done", "snoozed"})
            appRss.insert(QLatin1String(view), coldStart(paths.dataDir(), QLatin1String(view)));
        out.insert(QStringLiteral("app_by_view"), appRss);
    }
    if (notmuch)
        out.insert(QStringLiteral("notmuch"), measureNotmuch(cacheDir));
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
