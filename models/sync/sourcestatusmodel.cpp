#include "sync/sourcestatusmodel.h"

#include "sample/sampleworkspace.h"

#include "sources/sourceregistry.h"
#include "storage/itemstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace fi {

namespace {
/// "40 s", "3 min", "2 h" (rounded up for the future, down for the past is not needed here).
QString shortDuration(qint64 ms)
{
    const int seconds = int(std::max<qint64>(1, (ms + 999) / 1000));
    const int minutes = (seconds + 59) / 60;
    const int hours = (minutes + 59) / 60;
    if (seconds < 60)
        return QCoreApplication::translate("fi::SourceStatusModel", "%n s", nullptr, seconds);
    if (minutes < 60)
        return QCoreApplication::translate("fi::SourceStatusModel", "%n min", nullptr, minutes);
    return QCoreApplication::translate("fi::SourceStatusModel", "%n h", nullptr, hours);
}

QString agoText(qint64 lastMs, qint64 nowMs)
{
    const qint64 ago = nowMs - lastMs;
    if (ago < 60 * 1000)
        return QCoreApplication::translate("fi::SourceStatusModel", "Synced just now");
    return QCoreApplication::translate("fi::SourceStatusModel", "Synced %1 ago").arg(shortDuration(ago));
}
} // namespace

QString sourceStatusLine(const SourceStatus &s, qint64 nowMs)
{
    switch (s.state) {
    case SourceStatus::State::Syncing:
        return QCoreApplication::translate("fi::SourceStatusModel", "Syncing…");
    case SourceStatus::State::Failed:
        if (!s.retryable)
            return QCoreApplication::translate("fi::SourceStatusModel", "Needs attention");
        if (s.inbound && s.nextSyncMs > 0)  // a listener that could not start (port taken)
            return QCoreApplication::translate("fi::SourceStatusModel", "Not listening · retrying in %1").arg(shortDuration(s.nextSyncMs - nowMs));
        if (s.nextSyncMs > 0)
            return QCoreApplication::translate("fi::SourceStatusModel", "Offline · retrying in %1").arg(shortDuration(s.nextSyncMs - nowMs));
        return QCoreApplication::translate("fi::SourceStatusModel", "Sync failed");
    case SourceStatus::State::Idle:
        break;
    }
    if (s.pushActive && !s.pushSummary.isEmpty())
        return s.pushSummary;
    if (s.pushActive)
        return QCoreApplication::translate("fi::SourceStatusModel", "Up to date · instant");
    if (s.inbound)
        return QCoreApplication::translate("fi::SourceStatusModel", "Starting…");
    if (s.lastSuccessMs > 0)
        return agoText(s.lastSuccessMs, nowMs);
    return QCoreApplication::translate("fi::SourceStatusModel", "Waiting to sync");
}

QString sourceStatusDetails(const SourceStatus &s, qint64 nowMs)
{
    QStringList lines;
    if (s.state == SourceStatus::State::Failed) {
        lines << s.error;
        if (!s.retryable)
            lines << QCoreApplication::translate("fi::SourceStatusModel", "Fix the source's settings (Edit… in its context menu), then choose Sync now.");
        else if (s.nextSyncMs > 0)
            lines << QCoreApplication::translate("fi::SourceStatusModel", "Attempt %1 failed; trying again in %2.")
                         .arg(s.consecutiveFailures)
                         .arg(shortDuration(s.nextSyncMs - nowMs));
    } else if (s.state == SourceStatus::State::Syncing) {
        lines << QCoreApplication::translate("fi::SourceStatusModel", "Syncing…");
    }
    if (s.lastSuccessMs > 0)
        lines << QCoreApplication::translate("fi::SourceStatusModel", "Last synced %1.").arg(QDateTime::fromMSecsSinceEpoch(s.lastSuccessMs).toLocalTime().toString(
                     QStringLiteral("yyyy-MM-dd HH:mm")));
    if (s.pushActive && !s.pushDescription.isEmpty())
        lines << s.pushDescription;
    else if (s.pushActive)
        lines << QCoreApplication::translate("fi::SourceStatusModel", "New mail arrives as soon as the server reports it (IMAP IDLE).");
    else if (s.state != SourceStatus::State::Failed && s.nextSyncMs > nowMs)
        lines << QCoreApplication::translate("fi::SourceStatusModel", "Next check in %1.").arg(shortDuration(s.nextSyncMs - nowMs));
    return lines.join(QLatin1Char('\n'));
}

SourceStatusModel::SourceStatusModel(ItemStore *store, SyncScheduler *scheduler, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_scheduler(scheduler), m_tick(new QTimer(this))
{
    connect(m_store, &ItemStore::sourcesChanged, this, &SourceStatusModel::reload);
    connect(m_scheduler, &SyncScheduler::statusChanged, this, [this](qint64 id) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    });
    m_tick->setInterval(15 * 1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (!m_sources.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_sources.size()) - 1), {StatusLineRole, Qt::ToolTipRole});
    });
    m_tick->start();
    reload();
}

void SourceStatusModel::reload()
{
    beginResetModel();
    m_sources.clear();
    for (const SourceConfig &c : m_store->sources())
        if (c.enabled)
            m_sources.append(c);
    endResetModel();
}

int SourceStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceStatusModel::rowOf(qint64 sourceId) const
{
    for (int i = 0; i < m_sources.size(); ++i)
        if (m_sources.at(i).id == sourceId)
            return i;
    return -1;
}

QVariant SourceStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size())
        return {};
    const SourceConfig &c = m_sources.at(index.row());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (role) {
    case Qt::DisplayRole:
        return sourceDisplayName(c);
    case Qt::ToolTipRole:
        return sourceStatusDetails(m_scheduler->status(c.id), now);
    case SourceIdRole:
        return c.id;
    case KindRole:
        return c.kind;
    case StateRole:
        return int(m_scheduler->status(c.id).state);
    case StatusLineRole:
        return sourceStatusLine(m_scheduler->status(c.id), now);
    case NeedsUserRole: {
        const SourceStatus s = m_scheduler->status(c.id);
        return s.state == SourceStatus::State::Failed && !s.retryable;
    }
    case PushActiveRole:
        return m_scheduler->status(c.id).pushActive;
    case SampleRole:
        return c.sample;
    case KindIconRole: {
        const SourceKind *kind = SourceRegistry::instance().kind(c.kind);
        return kind ? kind->icon : QString();
    }
    case KindNameRole: {
        const SourceKind *kind = SourceRegistry::instance().kind(c.kind);
        return kind ? kind->displayName() : c.kind;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> SourceStatusModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SourceIdRole, "sourceId");
    names.insert(KindRole, "kind");
    names.insert(StateRole, "state");
    names.insert(StatusLineRole, "statusLine");
    names.insert(NeedsUserRole, "needsUser");
    names.insert(PushActiveRole, "pushActive");
    names.insert(SampleRole, "sample");
    names.insert(KindIconRole, "kindIcon");
    names.insert(KindNameRole, "kindName");
    return names;
}

} // namespace fi
