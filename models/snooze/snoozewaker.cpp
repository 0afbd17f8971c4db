#include "snooze/snoozewaker.h"

#include "storage/itemstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace fi {

namespace {
constexpr int kRecheckMs = 100;
const auto kKey = QStringLiteral("reportedUntilMs");
} // namespace

SnoozeWaker::SnoozeWaker(ItemStore *store, QString stateFile, QObject *parent)
    : QObject(parent), m_store(store), m_stateFile(std::move(stateFile))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);  // a coarse timer may fire up to 5 % early
    connect(&m_timer, &QTimer::timeout, this, &SnoozeWaker::check);
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(kRecheckMs);
    connect(&m_recheck, &QTimer::timeout, this, &SnoozeWaker::check);
    // A snooze set, changed, undone or ended: the next wake time may have moved.
    connect(m_store, &ItemStore::itemsChanged, this, [this] {
        if (m_started)
            m_recheck.start();
    });
}

qint64 SnoozeWaker::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

bool SnoozeWaker::load()
{
    QFile file(m_stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (!json.contains(kKey))
        return false;
    m_reportedUntil = qint64(json.value(kKey).toDouble());
    return true;
}

void SnoozeWaker::save() const
{
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        qWarning("Cannot write %s: %s", qPrintable(m_stateFile), qPrintable(file.errorString()));
        return;
    }
    file.write(QJsonDocument(QJsonObject{{kKey, double(m_reportedUntil)}}).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qWarning("Cannot write %s: %s", qPrintable(m_stateFile), qPrintable(file.errorString()));
}

void SnoozeWaker::start()
{
    m_started = true;
    if (!load()) {
        // First run: what woke before is not news (and would be a flood after an upgrade).
        m_reportedUntil = now();
        save();
    }
    check();
}

void SnoozeWaker::check()
{
    if (!m_started)
        return;
    const qint64 current = now();
    // Snoozed items still asleep at the watermark, the next to wake first.
    ItemQuery query;
    query.states = ItemQuery::States::Snoozed;
    query.nowMs = std::max<qint64>(m_reportedUntil, 1);
    const QList<Item> asleep = m_store->items(query);
    QList<qint64> woken;
    m_next.reset();
    for (const Item &item : asleep) {
        if (!item.snoozedUntilMs)
            continue;
        if (*item.snoozedUntilMs <= current)
            woken.append(item.id);
        else if (!m_next || *item.snoozedUntilMs < *m_next)
            m_next = item.snoozedUntilMs;
    }
    if (current > m_reportedUntil) {
        m_reportedUntil = current;
        if (!woken.isEmpty())
            save();
    }
    if (m_next)
        m_timer.start(int(std::clamp<qint64>(*m_next - current, 0, kMaxSleepMs)));
    else
        m_timer.stop();
    if (!woken.isEmpty())
        Q_EMIT woke(woken);
}

} // namespace fi
