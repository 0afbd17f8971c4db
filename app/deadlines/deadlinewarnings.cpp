#include "deadlines/deadlinewarnings.h"

#include "concurrency/workerpool.h"
#include "deadlines/duetext.h"
#include "domain/senderdisplay.h"
#include "notify/notifier.h"
#include "storage/itemstore.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

namespace fi {

namespace {
/// Open items that can owe a warning: Tier 3 and Tier 2, earliest due first.
constexpr int kPerTierLimit = 2000;
/// A step whose moment passed longer ago than this (app closed, first launch on an old inbox)
/// is recorded but not shown: a late "due in 15 min" is noise, and a first start must not
/// flood the desktop.
constexpr qint64 kStaleMs = 5 * 60 * 1000;
} // namespace

DeadlineWarnings::DeadlineWarnings(ItemStore *store, Notifier *notifier, std::function<bool()> isFocusing,
                                   QObject *parent)
    : QObject(parent), m_store(store), m_notifier(notifier), m_isFocusing(std::move(isFocusing))
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(); });
    m_timer.start();
    QTimer::singleShot(15 * 1000, this, [this] { check(); });  // soon after start-up's first sync
    connect(&m_watcher, &QFutureWatcher<Candidates>::finished, this, [this] { deliver(m_watcher.result()); });
    if (m_notifier) {
        connect(m_notifier, &Notifier::actionInvoked, this, [this](quint32 id, const QString &key) {
            const auto it = m_shown.constFind(id);
            if (it != m_shown.constEnd() && (key == QLatin1String("default") || key == QLatin1String("open")))
                Q_EMIT openRequested(*it);
        });
    }
}

void DeadlineWarnings::check(qint64 nowMs)
{
    if (!m_notifier || m_watcher.isRunning())
        return;
    if (nowMs == 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    ItemStore *store = m_store;
    m_watcher.setFuture(QtConcurrent::run(workerPool(), [store, nowMs] {
        Candidates c;
        c.nowMs = nowMs;
        for (Tier tier : {Tier::Now, Tier::Async}) {
            ItemQuery query;
            query.tier = tier;
            query.nowMs = nowMs;
            query.limit = kPerTierLimit;
            c.items += store->items(query);
        }
        for (const ItemStore::SentWarning &s : store->sentWarnings())
            c.sent.append({s.itemId, s.step, s.dueMs});
        return c;
    }));
}

void DeadlineWarnings::deliver(const Candidates &candidates)
{
    QList<DueWarning> toRecord;
    const QList<DueWarning> warnings = m_ladder.due(candidates.items, candidates.sent, candidates.nowMs, &toRecord);
    const bool focusing = m_isFocusing && m_isFocusing();
    for (const DueWarning &w : warnings) {
        const auto item = std::find_if(candidates.items.begin(), candidates.items.end(),
                                       [&](const Item &i) { return i.id == w.itemId; });
        if (item == candidates.items.end())
            continue;
        if (focusing && item->tier != Tier::Now)
            continue;  // held: the focus digest says what is due within the hour
        qint64 beforeMs = 0;
        for (const WarningStep &step : m_ladder.steps(item->tier))
            if (step.id == w.step)
                beforeMs = step.beforeMs;
        if (w.dueMs - beforeMs < candidates.nowMs - kStaleMs)
            continue;  // stale: recorded below, not shown
        NotificationRequest request;
        const QString due = formatDueText(w.dueMs, candidates.nowMs);
        request.summary = w.dueMs <= candidates.nowMs
                              ? QCoreApplication::translate("fi::DeadlineWarnings", "Reply overdue: %1")
                                    .arg(item->record.subject)
                              : QCoreApplication::translate("fi::DeadlineWarnings", "Reply %1: %2")
                                    .arg(due, item->record.subject);
        const QString sender = senderListName(item->record.from);
        request.body = QCoreApplication::translate("fi::DeadlineWarnings", "From %1 · %2").arg(sender, item->sourceName);
        request.actions = {{QStringLiteral("default"), QCoreApplication::translate("fi::DeadlineWarnings", "Open")},
                           {QStringLiteral("open"), QCoreApplication::translate("fi::DeadlineWarnings", "Open")}};
        request.critical = item->tier == Tier::Now;
        request.category = QStringLiteral("email");
        if (const quint32 id = m_notifier->notify(request))
            m_shown.insert(id, w.itemId);
    }
    if (!toRecord.isEmpty()) {
        QList<ItemStore::SentWarning> record;
        for (const DueWarning &w : std::as_const(toRecord))
            record.append({w.itemId, w.step, w.dueMs});
        m_store->recordWarnings(record, candidates.nowMs);
    }
}

} // namespace fi
