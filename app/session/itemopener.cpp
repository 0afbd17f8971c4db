#include "session/itemopener.h"

#include "inboxlistview.h"
#include "mainwindow.h"
#include "storage/itemstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace fi {

namespace {
constexpr int kPollMs = 25;
} // namespace

void showMainWindow(MainWindow *window)
{
    if (!window)
        return;
    if (window->isMinimized())
        window->showNormal();
    else
        window->show();
    window->raise();
    window->activateWindow();
}

void openItemInWindow(MainWindow *window, ItemStore *store, qint64 id, std::function<void(const QJsonObject &reply)> done)
{
    if (!store || !store->item(id)) {
        done(QJsonObject{{QStringLiteral("error"),
                          QCoreApplication::translate("fi::ItemOpener", "no item with id %1 (the \"id\" of list --json)").arg(id)},
                         {QStringLiteral("notFound"), true}});
        return;
    }
    showMainWindow(window);
    window->openItem(id);
    // The list selects the item once its view has loaded (InboxListView::selectItemId); answer then.
    auto answered = [id](bool selected) {
        if (selected)
            qInfo("Focus Inbox: item %lld is selected in the window", qlonglong(id));
        else
            qWarning("Focus Inbox: item %lld was not selected in the window in time", qlonglong(id));
        return QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("id"), double(id)}, {QStringLiteral("selected"), selected}};
    };
    if (window->itemList()->currentItemId() == id) {
        done(answered(true));
        return;
    }
    // Not the window's child: should the window go first, the pending reply still gets its answer.
    auto *timer = new QTimer(QCoreApplication::instance());
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, clock, id, done, answered, list = QPointer<InboxListView>(window->itemList())] {
        const bool selected = list && list->currentItemId() == id;
        if (!selected && list && clock->elapsed() < kOpenItemSelectTimeoutMs)
            return;
        timer->stop();
        timer->deleteLater();
        done(answered(selected));
    });
    timer->start(kPollMs);
}

} // namespace fi
