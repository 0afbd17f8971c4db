#include "cli/instanceroute.h"

#include "focus/instancechannel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace fi::cli {

namespace {
/// How long to wait for an instance that holds the lock but does not answer yet (it may be starting).
constexpr int kInstanceWaitMs = 30000;
} // namespace

Route routeToInstanceOrStore(Context &ctx, const InstanceRequest &request,
                             const std::function<void(const QJsonObject &reply)> &fromInstance,
                             const std::function<void()> &local, int *exitCode)
{
    const QDeadlineTimer deadline(kInstanceWaitMs);
    for (;;) {
        if (const auto reply = sendToInstance(ctx.paths.dataDir(), request,
                                              int(std::max<qint64>(1, deadline.remainingTime())))) {
            fromInstance(*reply);
            return Route::Instance;
        }
        std::unique_ptr<InstanceLock> lock;
        QString lockError;
        switch (InstanceLock::tryAcquire(ctx.paths.dataDir(), &lock, &lockError)) {
        case InstanceLock::Result::Acquired:
            local();
            return Route::Store;
        case InstanceLock::Result::HeldByOther:
            break;  // starting, or another command holds it for a moment
        case InstanceLock::Result::Failed:
            ctx.err << lockError << Qt::endl;
            *exitCode = StorageError;
            return Route::Failed;
        }
        if (deadline.hasExpired()) {
            ctx.err << QCoreApplication::translate("fi::cli", "Focus Inbox is running for this data directory but did not answer "
                                                              "in time; the change may not have been made. Check with "
                                                              "list --json, or run the command again.")
                    << Qt::endl;
            *exitCode = SourceFailed;
            return Route::Failed;
        }
        QThread::msleep(100);
    }
}

} // namespace fi::cli
