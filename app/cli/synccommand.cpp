#include "cli/clicontext.h"

#include "sync/syncmanager.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace fi::cli {

int syncCommand(Context &ctx)
{
    SyncManager manager(ctx.store.get(), ctx.config, ctx.paths.logDir());
    QEventLoop loop;
    SyncTotals totals;
    bool anyTotalFailure = false;

    QObject::connect(&manager, &SyncManager::sourceProgress, &manager,
                     [&ctx](qint64, const QString &name, int done, int total) {
                         ctx.err << QCoreApplication::translate("fi::cli", "%1: %2/%3")
                                        .arg(name)
                                        .arg(done)
                                        .arg(total)
                                 << Qt::endl;
                     });
    QObject::connect(&manager, &SyncManager::itemFailed, &manager, [&ctx](qint64, const SourceError &e) {
        ctx.err << QCoreApplication::translate("fi::cli", "failed: %1: %2").arg(e.where, e.reason) << Qt::endl;
    });
    QObject::connect(&manager, &SyncManager::sourceFinished, &manager,
                     [&ctx, &anyTotalFailure](qint64, const QString &name, const SyncResult &r) {
                         if (!r.ok) {
                             anyTotalFailure = true;
                             ctx.err << QCoreApplication::translate("fi::cli", "%1: sync failed: %2").arg(name, r.error)
                                     << Qt::endl;
                         }
                     });
    QObject::connect(&manager, &SyncManager::allFinished, &loop, [&](const SyncTotals &t) {
        totals = t;
        loop.quit();
    });
    manager.syncAll();
    loop.exec();
    ctx.store->flush();

    // Machine-readable summary; kept in English on purpose (scripts parse it).
    ctx.out << totals.added << " new, " << totals.updated << " updated, " << totals.failed << " failed" << Qt::endl;
    return anyTotalFailure ? SourceFailed : Ok;
}

} // namespace fi::cli
