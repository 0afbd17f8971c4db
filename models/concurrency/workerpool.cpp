#include "concurrency/workerpool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace fi {

namespace {

struct WorkerPool : QThreadPool {
    WorkerPool()
    {
        setObjectName(QStringLiteral("fi::workerPool"));
        setExpiryTimeout(30000);
        // One core stays with the GUI thread: on two cores, a whole-list load and the counts
        // beside it took both, and the first page of a search waited for the CPU to paint.
        setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
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
