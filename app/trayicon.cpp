#include "trayicon.h"

#include "concurrency/workerpool.h"
#include "storage/itemstore.h"

#include <QDateTime>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace fi {

namespace {

QIcon badgeIcon(int count, bool focusing)
{
    const QIcon base(focusing ? QStringLiteral(":/icons/focusinbox-tray-focus.svg") : QStringLiteral(":/icons/focusinbox.svg"));
    QIcon result;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(QColor(0x2f, 0x6f, 0xb3));
        }
        if (count > 0) {
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const int d = size * 3 / 5;
            const QRect badge(size - d, 0, d, d);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xd1, 0x3b, 0x3b));
            p.drawEllipse(badge);
            QFont font = p.font();
            font.setBold(true);
            font.setPixelSize(qMax(6, d * 2 / 3));
            p.setFont(font);
            p.setPen(Qt::white);
            p.drawText(badge, Qt::AlignCenter, count > 99 ? QStringLiteral("99+") : QString::number(count));
        }
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace

TrayIcon::TrayIcon(ItemStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_menu(std::make_unique<QMenu>())
{
    m_menu->addAction(tr("Show Focus Inbox"), this, &TrayIcon::showWindowRequested);
    m_menu->addAction(tr("Sync now"), this, &TrayIcon::syncRequested);
    m_quitSeparator = m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);

    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(300);
    connect(m_coalesce, &QTimer::timeout, this, &TrayIcon::refresh);
    connect(&m_counts, &QFutureWatcher<TierCounts>::finished, this, [this] { show(m_counts.result()); });
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
    refresh();
    if (m_icon)
        m_icon->show();
}

TrayIcon::~TrayIcon()
{
    m_counts.waitForFinished();  // the read uses the store, which may go right after us
}

void TrayIcon::refresh()
{
    // The counts query runs on a pool thread: the GUI thread never waits on SQLite here.
    if (m_counts.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    ItemStore *store = m_store;
    m_counts.setFuture(QtConcurrent::run(workerPool(), [store] { return store->counts(QDateTime::currentMSecsSinceEpoch()); }));
}

void TrayIcon::show(const TierCounts &counts)
{
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
    const int badge = counts.attention();
    if (badge == m_badge)
        return;
    m_badge = badge;
    if (!m_icon)
        return;
    m_icon->setIcon(badgeIcon(badge, m_focusing));
    QString tip = tr("Focus Inbox — %n need(s) attention now", nullptr, badge) + QLatin1Char('\n') +
                  tr("Now: %1 · Overdue: %2").arg(counts.now).arg(counts.overdue);
    if (m_focusing)
        tip += QLatin1Char('\n') + m_focusText;
    m_icon->setToolTip(tip);
}

void TrayIcon::addMenu(QMenu *menu)
{
    if (m_focusMenuAction) {
        m_menu->removeAction(m_focusMenuAction);
        m_focusMenuAction = nullptr;
    }
    if (menu)
        m_focusMenuAction = m_menu->insertMenu(m_quitSeparator, menu);
}

void TrayIcon::setFocusStatus(bool focusing, const QString &text)
{
    m_focusing = focusing;
    m_focusText = text;
    m_badge = -1;  // re-render icon and tooltip
    refresh();
}

} // namespace fi
