#include "sources/sourcesfeature.h"

#include "concurrency/workerpool.h"
#include "sample/sampleworkspace.h"

#include "mainwindow.h"
#include "plaintext.h"
#include "sourcelistview.h"
#include "sources/bodycache.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "sync/changereplayservice.h"
#include "sync/sourcestatusmodel.h"
#include "sync/syncscheduler.h"
#include "tiersidebar.h"

#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace fi {

SourcesFeature::SourcesFeature(ItemStore *store, SyncManager *sync, MainWindow *window, QString dataDir,
                               QString bodyCacheDir, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_window(window),
      m_cache(std::make_unique<BodyCache>(std::move(bodyCacheDir))),
      m_scheduler(std::make_unique<SyncScheduler>(sync, store)),
      m_dataDir(std::move(dataDir)),
      m_replay(std::make_unique<ChangeReplayService>(store)),
      m_model(std::make_unique<SourceStatusModel>(store, m_scheduler.get()))
{
    SourceListView *list = m_window->sidebar()->sourceList();
    list->setModel(m_model.get());
    connect(list, &SourceListView::syncRequested, m_scheduler.get(), &SyncScheduler::retryNow);
    connect(list, &SourceListView::editRequested, this, &SourcesFeature::editRequested);
    connect(list, &SourceListView::sourceActionRequested, this, &SourcesFeature::sourceActionRequested);
    connect(list, &SourceListView::removeRequested, this, &SourcesFeature::removeSource);
    connect(m_replay.get(), &ChangeReplayService::flushed, this, [this](qint64 sourceId, int pending, const QString &error) {
        if (error.isEmpty())
            return;
        const std::optional<SourceConfig> source = m_store->source(sourceId);
        m_window->statusBar()->showMessage(
            tr("Could not update “%1” (%2); %n change(s) will be sent later.", nullptr, pending)
                .arg(source ? source->name : QString(), error),
            10000);
    });
}

SourcesFeature::~SourcesFeature()
{
    if (m_window)
        m_window->sidebar()->sourceList()->setModel(nullptr);
}

void SourcesFeature::start()
{
    m_scheduler->start();
    // What earlier versions kept outside the database (the IMAP JSON write-back queues) joins
    // the journal before its first replay; each kind knows its own (SourceKind::migrateLegacy).
    for (const SourceConfig &source : m_store->sources()) {
        const SourceKind *kind = SourceRegistry::instance().kind(source.kind);
        if (!kind || !kind->migrateLegacy)
            continue;
        QString error;
        if (kind->migrateLegacy(*m_store, source, m_dataDir, &error) < 0)
            m_window->statusBar()->showMessage(error, 10000);
    }
    m_replay->start();
}

void SourcesFeature::removeSource(qint64 sourceId)
{
    const std::optional<SourceConfig> source = m_store->source(sourceId);
    if (!source)
        return;
    const QString name = sourceDisplayName(*source);
    // The name may come from outside (a feed's title): the question shows it as plain text.
    const auto answer = plainMessageBox(
        m_window, QMessageBox::Question, tr("Remove source"),
        tr("Remove “%1” and its items from Focus Inbox?\n\nNothing is deleted on the server or on disk; "
           "you can add the source again later.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_store->removeSource(sourceId);
    const SourceKind *kind = SourceRegistry::instance().kind(source->kind);
    if (kind && kind->cleanup)  // keychain over D-Bus, cache files: off the GUI thread
        (void)QtConcurrent::run(workerPool(), [cleanup = kind->cleanup, removed = *source, remaining = m_store->sources(),
                                 cache = *m_cache] { cleanup(removed, remaining, &cache); });
    m_window->statusBar()->showMessage(tr("Removed “%1”.").arg(name), 5000);
}

} // namespace fi
