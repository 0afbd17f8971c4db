#pragma once
/// @file workerpool.h
/// @brief The thread pool for the app's own background work: store reads, counts, parsing.
///
/// Every `QtConcurrent::run` of the app passes workerPool() instead of running on
/// QThreadPool::globalInstance(). The reason is painting: Qt 6.4's raster paint engine splits
/// large fills (a scroll bar's groove, a window's background) over the *global* pool and the
/// GUI thread waits for those pieces. A store read of a few hundred ms queued there made the
/// GUI thread wait in QRasterPaintEngine::fillRect for the pool, so the first page of a search
/// was painted 40–100 ms late (bench/triage, issue 12: measured with perf's sched_switch
/// events: QSemaphore::acquire under QFusionStyle::drawComplexControl for a QScrollBar).

class QThreadPool;

namespace fi {

/// The process-wide pool for background work; never QThreadPool::globalInstance().
/// As many threads as QThread::idealThreadCount(); threads expire after 30 s idle. Created on
/// first use, destroyed at exit after its tasks have finished (like the global pool). Any
/// thread may queue work; the returned pointer stays valid until static destruction.
QThreadPool *workerPool();

} // namespace fi
