#include "concurrency/workerpool.h"

#include <QThreadPool>

namespace fi {

namespace {

struct WorkerPool : QThreadPool {
    WorkerPool()
    {
        setObjectName(QStringLiteral("fi::workerPool"));
        setExpiryTimeout(30000);
    }
    ~WorkerPool() override { waitForDone(); }
};

} // namespace

Q_GLOBAL_STATIC(WorkerPool, g_workerPool)

QThreadPool *workerPool()
{
    return g_workerPool();
}

} // namespace fi
