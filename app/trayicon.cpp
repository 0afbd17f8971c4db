#include "trayicon.h"

#include "concurrency/workerpool.h"
#include "storage/itemstore.h"

#include <QAction>
#include <QDateTime>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace fi {

TrayIcon::TrayIcon(ItemStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_menu(std::make_unique<QMenu>())
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_open = m_menu->addAction(tr("Open Focus Inbox"), this, &TrayIcon::showWindowRequested);
    m_menu->addSeparator();
    for (const int minutes : focusLengths())
        m_startFocus << m_menu->addAction(tr("Start focus %n min", nullptr, minutes), this,
                                          [this, minutes] { Q_EMIT startFocusRequested(minutes); });
    m_endFocus = m_menu->addAction(tr("End focus"), this, &TrayIcon::endFocusRequested);
    m_endFocus->setEnabled(false);
    m_menu->addSeparator();
    m_sync = m_menu->addAction(tr("Sync now"), this, &TrayIcon::syncRequested);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);

    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(300);
    connect(m_coalesce, &QTimer::timeout, this, &TrayIcon::refresh);
    connect(&m_reader, &QFutureWatcher<TierCounts>::finished, this, [this] { show(m_reader.result()); });
    connect(m_store, &ItemStore::itemsChanged, m_coalesce, qOverload<>(&QTimer::start));
    auto *minute = new QTimer(this);  // items become overdue as time passes
    connect(minute, &QTimer::timeout, this, &TrayIcon::refresh);
    minute->start(60 * 1000);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(this);
        m_icon->setContextMenu(m_menu.get());
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT showWindowRequested();
        });
    }
    update();  // the plain icon until the first count arrives
    refresh();
    if (m_icon)
        m_icon->show();
}

TrayIcon::~TrayIcon()
{
    m_reader.waitForFinished();  // the read uses the store, which may go right after us
}

QAction *TrayIcon::startFocusAction(int minutes) const
{
    const qsizetype index = focusLengths().indexOf(minutes);
    return index < 0 ? nullptr : m_startFocus.value(index);
}

QIcon TrayIcon::themedIcon(const QString &name)
{
    // Installed in the hicolor theme (the symbolic variants follow the panel's colours); the
    // bundled copies otherwise (running from the build folder, or a theme without them).
    for (const QString &themeName : {name + QStringLiteral("-symbolic"), name})
        if (QIcon::hasThemeIcon(themeName))
            return QIcon::fromTheme(themeName);
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

void TrayIcon::refresh()
{
    // The counts query runs on a pool thread: the GUI thread never waits on SQLite here.
    if (m_reader.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    ItemStore *store = m_store;
    m_reader.setFuture(QtConcurrent::run(workerPool(), [store, grouped = m_conversations] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        return grouped ? store->conversationCounts(now) : store->counts(now);
    }));
}

void TrayIcon::setConversations(bool on)
{
    if (on == m_conversations)
        return;
    m_conversations = on;
    refresh();
}

void TrayIcon::show(const TierCounts &counts)
{
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
    m_counts = counts;
    m_badge = counts.attention();
    update();
}

void TrayIcon::update()
{
    const QString name = m_focusing                                    ? QStringLiteral("focusinbox-tray-focus")
                         : m_badge > 0                                  ? QStringLiteral("focusinbox-tray-urgent")
                         : m_counts && (m_counts->async + m_counts->newSenders) > 0 ? QStringLiteral("focusinbox-tray-unread")
                                                                                    : QStringLiteral("focusinbox-tray");
    if (name != m_iconName) {
        m_iconName = name;
        if (m_icon)
            m_icon->setIcon(themedIcon(name));
    }
    if (!m_counts)
        return;
    QString tip = tr("Focus Inbox — %n in Now", nullptr, m_counts->now);
    if (m_focusing) {
        // Hours and minutes (the locale's short format may carry seconds); translators may pick "h:mm AP".
        const QString until = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_focusEndMs).time(), tr("HH:mm"));
        tip += QStringLiteral(" · ") + tr("Focusing until %1").arg(until);
        if (m_held > 0)
            tip += QStringLiteral(" · ") + tr("%n held", nullptr, m_held);
    }
    if (m_counts->overdue > 0)
        tip += QLatin1Char('\n') + tr("%n overdue", nullptr, m_counts->overdue);
    if (tip == m_toolTip)
        return;
    m_toolTip = tip;
    if (m_icon)
        m_icon->setToolTip(tip);
    Q_EMIT toolTipChanged(tip);
}

void TrayIcon::setFocusState(bool focusing, qint64 endMs, int held)
{
    m_focusing = focusing;
    m_focusEndMs = endMs;
    m_held = held;
    for (QAction *start : std::as_const(m_startFocus))
        start->setEnabled(!focusing);
    m_endFocus->setEnabled(focusing);
    update();
}

} // namespace fi
