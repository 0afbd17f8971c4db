#include "support/imappush.h"

#include "dovecotserver.h"
#include "imaptestutil.h"
#include "inboxmodel.h"
#include "sources/imap/imapidle.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"
#include "sync/syncscheduler.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <memory>
#include <vector>

namespace {

/// @p raw with its Subject and Message-ID replaced (so it is a new message, not a duplicate).
QByteArray withSubject(QByteArray raw, const QByteArray &subject, int n)
{
    const qsizetype headerEnd = raw.indexOf("\n\n") >= 0 ? raw.indexOf("\n\n") : raw.indexOf("\r\n\r\n");
    QByteArray head = raw.left(headerEnd);
    const QByteArray body = raw.mid(headerEnd);
    QByteArray out;
    const QList<QByteArray> lines = head.split('\n');
    bool skipping = false;
    for (const QByteArray &line : lines) {
        const QByteArray lower = line.toLower();
        if (!line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t')) {
            if (!skipping)
                out += line + '\n';
            continue;
        }
        skipping = lower.startsWith("subject:") || lower.startsWith("message-id:");
        if (!skipping)
            out += line + '\n';
    }
    out += "Subject: " + subject + "\nMessage-ID: <bench-push-" + QByteArray::number(n) + "@focusinbox.test>\n";
    out.chop(1);
    return out + body;
}

} // namespace

PushFigures measurePushes(fi::test::DovecotServer &server, fi::SyncManager &sync, fi::ItemStore &store,
                          const QString &templateFile, int pushes)
{
    PushFigures out;
    QFile file(templateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QStringLiteral("cannot read ") + templateFile;
        return out;
    }
    const QByteArray raw = file.readAll();
    const auto sources = store.sources();
    if (sources.size() != 1) {
        out.error = QStringLiteral("expected one source");
        return out;
    }
    const qint64 sourceId = sources.constFirst().id;

    // The app's scheduler (default timing) with its IDLE watcher, and every open-items list the
    // message could land in (its tier comes from the rules).
    fi::SyncScheduler scheduler(&sync, &store);
    scheduler.start();
    std::vector<std::unique_ptr<fi::InboxModel>> lists;
    for (const fi::InboxView view : {fi::InboxView::Now, fi::InboxView::Async, fi::InboxView::Reference,
                                     fi::InboxView::NewSenders}) {
        auto model = std::make_unique<fi::InboxModel>(&store);
        model->setView(view);
        lists.push_back(std::move(model));
    }
    {
        QEventLoop wait;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &wait, [&] {
            if (scheduler.status(sourceId).pushActive)
                wait.quit();
        });
        QTimer::singleShot(10000, &wait, &QEventLoop::quit);
        poll.start(10);
        wait.exec();
        if (!scheduler.status(sourceId).pushActive) {
            out.error = QStringLiteral("IDLE did not start");
            return out;
        }
    }
    // A second IDLE client of the bench's own: when the server tells IDLE clients about the new
    // message. Dovecot waits 500 ms after a change before it does (NOTIFY_DELAY_MSECS in its
    // mailbox-watch.c, compiled in), for every client.
    fi::imap::IdleWatcher probe(fi::test::fixtureAccount(server), QStringLiteral("INBOX"));
    QElapsedTimer clock;
    double notifiedMs = -1;
    QObject::connect(&probe, &fi::PushWatcher::changed, &probe, [&] {
        if (notifiedMs < 0)
            notifiedMs = double(clock.nsecsElapsed()) / 1e6;
    });
    {
        QEventLoop wait;
        QObject::connect(&probe, &fi::PushWatcher::established, &wait, &QEventLoop::quit);
        QTimer::singleShot(10000, &wait, &QEventLoop::quit);
        probe.start();
        wait.exec();
    }
    auto admin = fi::test::adminSession(server);
    if (!admin) {
        out.error = QStringLiteral("no admin session");
        return out;
    }
    for (int n = 0; n < pushes; ++n) {
        const QString subject = QStringLiteral("Bench push %1").arg(n);
        const QByteArray message = withSubject(raw, subject.toUtf8(), n);
        QEventLoop wait;
        bool seen = false;
        notifiedMs = -1;
        std::vector<QMetaObject::Connection> connections;
        const auto found = [&](fi::InboxModel *m, int first, int last) {
            for (int row = first; row <= last && !seen; ++row) {
                if (m->index(row).data(fi::InboxModel::SubjectRole).toString() == subject) {
                    seen = true;
                    out.ms << double(clock.nsecsElapsed()) / 1e6;
                    out.notifiedMs << notifiedMs;
                    wait.quit();
                }
            }
        };
        for (const auto &model : lists) {
            fi::InboxModel *m = model.get();
            // A whole reload instead of row inserts: look at every row.
            connections.push_back(QObject::connect(m, &fi::InboxModel::loaded, &wait,
                                                   [&, m] { found(m, 0, m->rowCount() - 1); }));
            connections.push_back(QObject::connect(m, &QAbstractItemModel::rowsInserted, &wait,
                                                   [&, m](const QModelIndex &, int first, int last) {
                found(m, first, last);
            }));
        }
        QTimer::singleShot(10000, &wait, &QEventLoop::quit);
        fi::imap::Error e;
        clock.start();
        if (!admin->append(QStringLiteral("INBOX"), message, false, &e)) {
            out.error = QStringLiteral("APPEND: ") + e.message;
            return out;
        }
        if (!seen)
            wait.exec();
        for (const auto &c : connections)
            QObject::disconnect(c);
        if (!seen) {
            out.error = QStringLiteral("push %1 never reached the list").arg(n);
            return out;
        }
        // Let the debounce window pass, as between two real deliveries.
        QEventLoop settle;
        QTimer::singleShot(700, &settle, &QEventLoop::quit);
        settle.exec();
    }
    return out;
}
