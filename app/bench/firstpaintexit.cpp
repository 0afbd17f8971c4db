#include "firstpaintexit.h"

#include "inboxlistview.h"
#include "inboxmodel.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <ctime>
#include <unistd.h>

namespace fi {

namespace {

/// Milliseconds since the kernel started this process (0 when unknown).
qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, clock ticks after boot); fields after the ')' of the command name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return 0;
    const qint64 startTicks = fields.at(19).toLongLong();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / sysconf(_SC_CLK_TCK);
}

/// VmRSS or VmHWM of /proc/self/status in MB (0 when unknown).
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

class FirstPaintExit : public QObject {
public:
    FirstPaintExit(MainWindow &window, InboxListView *list, std::optional<InboxView> then)
        : QObject(&window), m_window(window), m_list(list), m_then(then)
    {
        connect(window.inboxModel(), &InboxModel::loaded, this, [this] {
            m_loaded = true;
            m_list->viewport()->update(); // the paint that shows the loaded rows
        });
        list->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_loaded && !m_done)
            QTimer::singleShot(0, this, &FirstPaintExit::painted); // after this paint ends
        return QObject::eventFilter(watched, event);
    }

private:
    void painted()
    {
        if (m_done)
            return;
        if (m_then && m_window.inboxModel()->view() != *m_then) {
            m_loaded = false;
            m_window.showView(*m_then);
            return;
        }
        m_done = true;
        const QJsonObject line{{QStringLiteral("ms_since_process_start"), msSinceProcessStart()},
                               {QStringLiteral("epoch_ms"), QDateTime::currentMSecsSinceEpoch()},
                               {QStringLiteral("view"), inboxViewDisplayName(m_window.inboxModel()->view())},
                               {QStringLiteral("rows"), m_window.inboxModel()->rowCount()},
                               {QStringLiteral("rss_mb"), statusMb("VmRSS:")},
                               {QStringLiteral("peak_rss_mb"), statusMb("VmHWM:")}};
        std::fprintf(stderr, "focusinbox-first-paint: %s\n",
                     QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stderr);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }

    MainWindow &m_window;
    InboxListView *m_list;
    std::optional<InboxView> m_then;
    bool m_loaded = false;
    bool m_done = false;
};

} // namespace

void installFirstPaintExit(MainWindow &window)
{
    const QByteArray value = qgetenv("FOCUSINBOX_EXIT_AFTER_FIRST_PAINT").toLower();
    if (value.isEmpty())
        return;
    InboxListView *list = window.itemList();
    if (!list)
        return;
    std::optional<InboxView> then;
    const std::pair<const char *, InboxView> views[] = {{"now", InboxView::Now},
                                                        {"async", InboxView::Async},
                                                        {"reference", InboxView::Reference},
                                                        {"done", InboxView::Done},
                                                        {"snoozed", InboxView::Snoozed}};
    for (const auto &[name, view] : views)
        if (value == name)
            then = view;
    new FirstPaintExit(window, list, then);
}

} // namespace fi
