#include "focus/focuscontroller.h"

#include "dnd/dndbackend.h"
#include "focus/breakthroughalert.h"
#include "focus/calendarsessions.h"
#include "focus/dndguard.h"
#include "focus/focusdigest.h"
#include "focus/focussessionlog.h"
#include "focus/focusstatefile.h"
#include "focus/notificationgate.h"
#include "focus/notificationpolicy.h"
#include "notify/itemnotifier.h"
#include "storage/itemstore.h"

#include <QDateTime>
#include <QTimer>

namespace fi {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kMaxTickMs = 15 * 1000;         ///< Wall-clock checks (sleep/wake, clock changes).
constexpr qint64 kCalendarReloadMs = 10 * kMinuteMs;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;
} // namespace

FocusController::FocusController(ItemStore *store, AppConfig config, QString dataDir, Notifier *notifier,
                                 std::unique_ptr<DndBackend> dnd, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_config(std::move(config)),
      m_dataDir(std::move(dataDir)),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_machine(m_config.focus.schedule),
      m_dnd(std::make_unique<DndGuard>(std::move(dnd))),
      m_items(std::make_unique<ItemNotifier>(notifier, qint64(m_config.notifications.coalesceSeconds) * 1000)),
      m_log(std::make_unique<FocusSessionLog>(store)),
      m_alert(std::make_unique<BreakthroughAlert>())
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &FocusController::tick);
    // What to restore is on disk before DND goes on (DndGuard::engage()).
    m_dnd->setPersist([this](const QJsonObject &dnd) { return saveWith(dnd); });

    connect(m_items.get(), &ItemNotifier::openRequested, this, &FocusController::openItemsRequested);
    connect(m_items.get(), &ItemNotifier::digestOpenRequested, this, &FocusController::digestOpenRequested);
    connect(m_items.get(), &ItemNotifier::doneRequested, this, &FocusController::markDone);
    connect(m_items.get(), &ItemNotifier::snoozeRequested, this, &FocusController::snooze);
    connect(m_alert.get(), &BreakthroughAlert::openRequested, this,
            [this](qint64 id) { Q_EMIT openItemsRequested({id}); });
    connect(m_alert.get(), &BreakthroughAlert::doneRequested, this, [this](qint64 id) { markDone({id}); });
    connect(m_alert.get(), &BreakthroughAlert::snoozeRequested, this, [this](qint64 id) { snooze({id}); });
}

FocusController::~FocusController() = default;

void FocusController::start()
{
    const FocusStateFile file = FocusStateFile::load(FocusStateFile::pathIn(m_dataDir));
    if (!file.problem.isEmpty())
        qWarning("%s", qPrintable(file.problem));  // a corrupt file was kept aside, not replaced silently
    refreshCalendar();
    m_machine.restore(file.machine);
    // A session the CLI ended while the app was not running: its digest is still owed.
    const QJsonObject pending = file.machine.value(QStringLiteral("pendingDigest")).toObject();
    QList<FocusEvent> events;
    if (const auto session = FocusSession::fromJson(pending.value(QStringLiteral("session")).toObject()))
        events.append({FocusEvent::Ended, *session, pending.value(QStringLiteral("endMs")).toInteger(), true});
    const bool wasFocusing = m_machine.isFocusing();
    events += m_machine.update(now());
    const bool focusingNow = m_machine.isFocusing();
    m_dnd->resume(file.dnd, wasFocusing && focusingNow);  // repairs a crashed run whatever the setting
    // resume() repaired a crashed run; apply() must not engage twice or release what it restored.
    for (const FocusEvent &e : std::as_const(events)) {
        if (e.kind == FocusEvent::Ended)
            onEnded(e);
    }
    if (focusingNow && !m_dnd->isEngaged() && m_config.focus.controlDesktopDnd)
        m_dnd->engage();
    save();
    scheduleTick();
    Q_EMIT stateChanged(isFocusing(), remainingMs(), heldCount());
}

qint64 FocusController::remainingMs() const { return m_machine.remainingMs(now()); }

int FocusController::heldCount() const
{
    return m_machine.session() ? int(m_machine.session()->heldIds.size()) : 0;
}

DndBackend *FocusController::dndBackend() const { return m_dnd->backend(); }

void FocusController::setConfig(const AppConfig &config)
{
    if (config.notifications.coalesceSeconds != m_config.notifications.coalesceSeconds)
        m_items->setCoalesceWindowMs(qint64(config.notifications.coalesceSeconds) * 1000);
    m_config = config;
    m_machine.setSchedule(m_config.focus.schedule);
    refreshCalendar();  // the calendar's sessions, read again with the new file, pattern and zone
    if (!m_config.focus.controlDesktopDnd && m_dnd->isEngaged())
        m_dnd->release();
    apply(m_machine.update(now()));  // DND follows the setting; a block over "now" starts
}

void FocusController::startFor(int minutes)
{
    if (minutes > 0)
        startUntil(now() + qint64(minutes) * kMinuteMs);
}

void FocusController::startUntil(qint64 endMs) { apply(m_machine.startManual(now(), endMs)); }

void FocusController::stop() { apply(m_machine.stop(now())); }

void FocusController::extend(int minutes) { apply(m_machine.extend(now(), qint64(minutes) * kMinuteMs)); }

void FocusController::apply(const QList<FocusEvent> &events)
{
    for (const FocusEvent &e : events) {
        if (e.kind == FocusEvent::Started && m_config.focus.controlDesktopDnd)
            m_dnd->engage();
        else if (e.kind == FocusEvent::Ended)
            onEnded(e);
    }
    // A session may end and the next scheduled one start in the same step: DND follows the result.
    if (m_machine.isFocusing() && !m_dnd->isEngaged() && m_config.focus.controlDesktopDnd)
        m_dnd->engage();
    save();
    scheduleTick();
    Q_EMIT stateChanged(isFocusing(), remainingMs(), heldCount());
}

void FocusController::onEnded(const FocusEvent &event)
{
    if (!m_machine.isFocusing())
        m_dnd->release();
    QList<Item> held;
    for (qint64 id : event.session.heldIds) {
        if (const auto item = m_store->item(id))
            held.append(*item);
    }
    const FocusDigest digest = FocusDigest::build(event.session.startMs, event.atMs, held);
    if (m_config.notifications.digest) {  // issue 14: the digest can be turned off
        m_items->notifyDigest(digest);
        ++m_digests;
    }
    m_lastDigest = digest.text();
    m_log->record({event.session.startMs, event.atMs, event.session.plannedEndMs, event.session.origin,
                   int(event.session.heldIds.size()), event.session.breakthroughs});
}

void FocusController::tick()
{
    if (now() - m_calendarLoadedMs > kCalendarReloadMs)
        refreshCalendar();
    const QList<FocusEvent> events = m_machine.update(now());
    if (!events.isEmpty()) {
        apply(events);
        return;
    }
    save();  // keeps lastUpdateMs fresh, so a restart can tell how long the app was away
    scheduleTick();
    if (isFocusing())
        Q_EMIT stateChanged(true, remainingMs(), heldCount());
}

void FocusController::scheduleTick()
{
    qint64 wait = kMaxTickMs;
    if (const auto next = m_machine.nextChangeMs(now()))
        wait = std::clamp<qint64>(*next - now() + 50, 50, kMaxTickMs);
    m_timer->start(int(wait));
}

void FocusController::refreshCalendar()
{
    m_calendarLoadedMs = now();
    if (m_config.focus.calendarFile.isEmpty())
        return;
    FocusSchedule schedule = m_machine.schedule();
    QString error;
    schedule.setExtraIntervals(readCalendarSessions(m_config.focus.calendarFile, m_config.focus.calendarPattern,
                                                    now() - kDayMs, now() + 8 * kDayMs, schedule.zone(), &error));
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    m_machine.setSchedule(schedule);
}

void FocusController::save() { saveWith(m_dnd->toJson()); }

bool FocusController::saveWith(const QJsonObject &dnd)
{
    FocusStateFile file;
    file.machine = m_machine.toJson();
    file.dnd = dnd;
    QString error;
    if (file.save(FocusStateFile::pathIn(m_dataDir), &error))
        return true;
    qWarning("Cannot save the focus state: %s", qPrintable(error));
    return false;
}

void FocusController::setReady() { m_ready = true; }

void FocusController::onNewItems(const QList<qint64> &ids)
{
    if (!m_ready)
        return;  // the startup catch-up sync: not "new" to the user
    const QList<FocusEvent> pendingEvents = m_machine.update(now());
    if (!pendingEvents.isEmpty())
        apply(pendingEvents);
    const NotificationGate gate(m_config.focus.breakthrough, m_config.myAddresses, m_config.rules);
    const GateContext context{isFocusing(), isFocusing() ? m_machine.session()->plannedEndMs : 0, now()};
    bool changed = false;
    for (qint64 id : ids) {
        const std::optional<Item> item = m_store->item(id);
        if (!item || item->state != ItemState::Open)
            continue;
        const std::optional<SourceConfig> source = m_store->source(item->sourceId);
        const QString ownMode = source ? source->settings.value(QStringLiteral("notify")).toString() : QString();
        const QStringList addresses = source ? source->settings.value(QStringLiteral("addresses")).toStringList() : QStringList();
        const SourceNotifyMode mode = m_config.notifications.modeFor(item->sourceName, ownMode);
        const GateDecision decision = gate.decide(*item, mode, context, addresses);
        switch (decision) {
        case GateDecision::Notify:
        case GateDecision::BadgeOnly:
            // Issue 14: the master switch and the tier's mode (off / quiet / normal) decide.
            if (const NotifyLevel level = newItemNotifyLevel(m_config.notifications, *item, mode, decision);
                level != NotifyLevel::None)
                m_items->notifyNew(*item, now(), level == NotifyLevel::Quiet);
            break;
        case GateDecision::Hold:
            m_machine.recordHeld(id);
            m_log->recordEvent({now(), FocusEventRecord::Kind::Held, id, BreakthroughReason::Unknown});
            changed = true;
            break;
        case GateDecision::Breakthrough:
            m_machine.recordBreakthrough();
            m_log->recordEvent({now(), FocusEventRecord::Kind::Breakthrough, id,
                                gate.breakthroughReason(*item, context.sessionEndMs, context.nowMs)
                                    .value_or(BreakthroughReason::Unknown)});
            changed = true;
            m_items->notifyBreakthrough(*item);
            if (m_dnd->needsOwnAlert())
                m_alert->showItem(*item);
            break;
        case GateDecision::Silent:
            break;
        }
    }
    if (changed) {
        save();
        Q_EMIT stateChanged(isFocusing(), remainingMs(), heldCount());
    }
}

void FocusController::onWokenItems(const QList<qint64> &ids)
{
    const QList<FocusEvent> pendingEvents = m_machine.update(now());
    if (!pendingEvents.isEmpty())
        apply(pendingEvents);
    const NotificationGate gate(m_config.focus.breakthrough, m_config.myAddresses, m_config.rules);
    const GateContext context{isFocusing(), isFocusing() ? m_machine.session()->plannedEndMs : 0, now()};
    QList<Item> announce;
    bool changed = false;
    for (qint64 id : ids) {
        const std::optional<Item> item = m_store->item(id);
        // Still the snooze that came due (not done meanwhile, not snoozed again for later).
        if (!item || item->state != ItemState::Snoozed || !item->snoozedUntilMs || *item->snoozedUntilMs > now())
            continue;
        if (!context.focusing) {
            announce.append(*item);
            continue;
        }
        // The user asked for this reminder, so a source's Silent/badge-only mode does not apply;
        // the session's rules do (Notify mode: the gate answers Hold or Breakthrough).
        if (gate.decide(*item, SourceNotifyMode::Notify, context) == GateDecision::Breakthrough) {
            m_machine.recordBreakthrough();
            m_log->recordEvent({now(), FocusEventRecord::Kind::Breakthrough, id,
                                gate.breakthroughReason(*item, context.sessionEndMs, context.nowMs)
                                    .value_or(BreakthroughReason::Unknown)});
            changed = true;
            if (m_config.notifications.enabled)
                m_items->notifyWoken({*item}, true);
            if (m_dnd->needsOwnAlert())
                m_alert->showItem(*item);
        } else {
            m_machine.recordHeld(id);
            m_log->recordEvent({now(), FocusEventRecord::Kind::Held, id, BreakthroughReason::Unknown});
            changed = true;
        }
    }
    if (!announce.isEmpty() && m_config.notifications.enabled)
        m_items->notifyWoken(announce);
    if (changed) {
        save();
        Q_EMIT stateChanged(isFocusing(), remainingMs(), heldCount());
    }
}

void FocusController::markDone(const QList<qint64> &ids) { m_store->setState(ids, ItemState::Done); }

void FocusController::snooze(const QList<qint64> &ids)
{
    m_store->setState(ids, ItemState::Snoozed, now() + 60 * kMinuteMs);
}

QJsonObject FocusController::status() const
{
    QJsonObject s{{QStringLiteral("instance"), true},
                  {QStringLiteral("focusing"), isFocusing()},
                  {QStringLiteral("ready"), m_ready},
                  {QStringLiteral("dndBackend"), m_dnd->backend()->id()},
                  {QStringLiteral("dndEngaged"), m_dnd->isEngaged()},
                  {QStringLiteral("alertVisible"), m_alert->isVisible()},
                  {QStringLiteral("alertItems"), int(m_alert->queuedIds().size())},
                  {QStringLiteral("notificationsPosted"), m_items->postedCount()},
                  {QStringLiteral("digests"), m_digests},
                  {QStringLiteral("lastDigest"), m_lastDigest}};
    if (const auto &session = m_machine.session()) {
        s.insert(QStringLiteral("startMs"), session->startMs);
        s.insert(QStringLiteral("plannedEndMs"), session->plannedEndMs);
        s.insert(QStringLiteral("remainingMinutes"), int((remainingMs() + kMinuteMs - 1) / kMinuteMs));
        s.insert(QStringLiteral("origin"), session->origin == FocusOrigin::Manual ? QStringLiteral("manual")
                                                                                 : QStringLiteral("schedule"));
        s.insert(QStringLiteral("held"), int(session->heldIds.size()));
        s.insert(QStringLiteral("breakthroughs"), session->breakthroughs);
    }
    return s;
}

QJsonObject FocusController::handleRequest(const QJsonObject &request)
{
    const QString action = request.value(QStringLiteral("action")).toString();
    const int minutes = request.value(QStringLiteral("minutes")).toInt();
    if (action == QLatin1String("start"))
        startFor(minutes > 0 ? minutes : m_config.focus.defaultSessionMinutes);
    else if (action == QLatin1String("stop"))
        stop();
    else if (action == QLatin1String("extend"))
        extend(minutes > 0 ? minutes : 15);
    else if (action != QLatin1String("status"))
        return QJsonObject{{QStringLiteral("error"), tr("unknown focus action %1").arg(action)}};
    return status();
}

} // namespace fi
