#include "application.h"

#include "cli/cli.h"
#include "session/aboutinfo.h"
#include "session/itemopener.h"
#include "session/traysession.h"

#include "accounts/accountsfeature.h"
#include "bench/firstpaintexit.h"
#include "deadlines/deadlinewarnings.h"
#include "focus/focuscontroller.h"

#include "deadlines/deadlinefeature.h"
#include "focus/focusfeature.h"
#include "focus/instancechannel.h"
#include "mainwindow.h"
#include "plaintext.h"
#include "sample/sampleworkspace.h"
#include "search/searchfeature.h"
#include "snooze/snoozewakefeature.h"
#include "sources/bodyloader.h"
#include "rules/rulesrequesthandler.h"
#include "sources/pushrequest.h"
#include "sources/sourcesfeature.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"
#include "trayicon.h"
#include "translator.h"
#include "triage/opensourcefeature.h"
#include "triage/triageapply.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QThread>

namespace fi {

Application::Application() = default;

Application::~Application()
{
    // Views and sync go before the store they use.
    m_accounts.reset();
    m_sources.reset();
    m_warnings.reset();
    m_snoozeWakes.reset();
    m_deadlines.reset();
    m_focus.reset();
    m_traySession.reset();
    m_tray.reset();
    m_window.reset();
    m_instanceServer.reset();
    m_sync.reset();
    m_store.reset();
    m_instanceLock.reset();  // the next instance may open the database only now
}

int Application::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("data-dir"), tr("Keep database, config and logs in <dir>."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("minimized"), tr("Start hidden in the tray.")});
    parser.parse(QStringList{QCoreApplication::applicationFilePath()} + arguments);
    // Issue 16: `focusinbox open ID` (cli.h) shows that item, here or in the running instance.
    const std::optional<qint64> openId = cli::openItemId(parser.positionalArguments());

    m_paths = AppPaths::resolve(parser.value(QStringLiteral("data-dir")));
    QString error;
    switch (m_paths.prepare(&error)) {
    case PrivateDirStatus::Ok:
        break;
    case PrivateDirStatus::NotOwned:
        qCritical("%s", qPrintable(error));
        plainMessageBox(nullptr, QMessageBox::Critical, tr("Focus Inbox"), error);
        return 1;
    case PrivateDirStatus::Failed:
        qCritical("%s", qPrintable(error));
        plainMessageBox(nullptr, QMessageBox::Critical, tr("Focus Inbox"), error);
        return 3;
    }
    if (const int status = becomeTheInstance(arguments, openId); status != 0)
        return status;
    m_config = AppConfig::load(m_paths.configPath());
    if (!m_config.general.language.isEmpty())  // issue 14: Preferences ▸ General ▸ Language
        installTranslators(qApp, m_config.general.language);
    if (!QFileInfo::exists(m_paths.configPath()))
        m_config.save(m_paths.configPath(), nullptr);  // a documented file for the user to edit

    m_store = std::make_unique<ItemStore>(m_paths.databasePath());
    if (m_store->open(&error) != OpenError::None) {
        plainMessageBox(nullptr, QMessageBox::Critical, tr("Focus Inbox cannot open its database"), error);
        return 3;
    }
    if (openId && !m_store->item(*openId)) {
        qCritical("%s", qPrintable(tr("open: no item with id %1 (the \"id\" of list --json)").arg(*openId)));
        return 4;  // as the CLI's triage commands: nothing was opened
    }
    ensureFirstRunSources();
    m_store->indexInlineBodies(); // feed entries stored before schema 8 become searchable by body

    m_sync = std::make_unique<SyncManager>(m_store.get(), m_config, m_paths.logDir());
    m_window = std::make_unique<MainWindow>(m_store.get());
    m_window->setDataDirectory(m_paths.dataDir());  // issue 14: Preferences ▸ General
    m_window->setAboutInfo(applicationAboutInfo());  // issue 16: Help ▸ About
    installFirstPaintExit(*m_window); // FOCUSINBOX_EXIT_AFTER_FIRST_PAINT (bench/triage); else nothing
    m_window->searchFeature()->setSavedSearchesPath(m_paths.savedSearchesPath());  // issue 12 (FIND)
    m_sources = std::make_unique<SourcesFeature>(m_store.get(), m_sync.get(), m_window.get(), m_paths.dataDir(),
                                                 m_paths.bodyCacheDir());
    m_window->setBodyLoader([store = m_store.get(), cache = m_sources->bodyCache()](const Item &item) -> std::optional<QString> {
        const std::optional<SourceConfig> source = store->source(item.sourceId);
        if (!source)
            return std::nullopt;
        QString loadError;
        const auto parsed = loadItemBody(*source, item.record, &loadError, cache);
        if (!parsed)
            return tr("Could not load the message: %1").arg(loadError);
        store->indexBody(item.id, parsed->bodyText); // search finds the words of opened bodies
        return parsed->bodyText;
    });
    // Shift+Enter on a mail item: its message, as a read-only .eml copy in the private data dir.
    m_window->openSourceFeature()->setMessageLoader(
        [store = m_store.get(), cache = m_sources->bodyCache()](const Item &item, QString *error) -> std::optional<QByteArray> {
            const std::optional<SourceConfig> source = store->source(item.sourceId);
            if (!source) {
                if (error)
                    *error = tr("The item's source no longer exists.");
                return std::nullopt;
            }
            return loadItemMessage(*source, item.record, error, cache);
        },
        m_paths.openedCacheDir());
    connect(m_sync.get(), &SyncManager::sourceProgress, m_window.get(), &MainWindow::setSyncProgress);
    connect(m_sync.get(), &SyncManager::sourceFinished, m_window.get(),
            [this](qint64 id, const QString &name, const SyncResult &r) {
                const QString summary = r.ok ? tr("%1: %2 new, %3 updated, %4 failed")
                                                   .arg(name)
                                                   .arg(r.added)
                                                   .arg(r.updated)
                                                   .arg(r.failed)
                                             : tr("%1: sync failed: %2").arg(name, r.error);
                m_window->setSyncFinished(id, summary);
            });
    connect(m_window.get(), &MainWindow::syncRequested, m_sync.get(), &SyncManager::syncAll);
    m_accounts = std::make_unique<AccountsFeature>(m_store.get(), m_sync.get(), m_window.get(),
                                                   [this] { return m_window->appConfig().myAddresses; });  // as Preferences ▸ Me last saved them
    connect(m_window.get(), &MainWindow::addSourceRequested, m_accounts.get(), &AccountsFeature::addSource);
    connect(m_sources.get(), &SourcesFeature::editRequested, m_accounts.get(), &AccountsFeature::editSource);
    connect(m_window.get(), &MainWindow::sourceActionRequested, m_accounts.get(), &AccountsFeature::runSourceAction);
    connect(m_sources.get(), &SourcesFeature::sourceActionRequested, m_accounts.get(),
            &AccountsFeature::runSourceAction);

    m_tray = std::make_unique<TrayIcon>(m_store.get());
    m_tray->setConversations(m_config.conversations);  // issue 18: counts as the list shows rows
    connect(m_window.get(), &MainWindow::preferencesChanged, m_tray.get(),
            [tray = m_tray.get()](const AppConfig &config) { tray->setConversations(config.conversations); });
    // Issue 16: tray Open / Sync now / Quit, File ▸ Quit, closing the window keeps the app in the tray.
    m_traySession = std::make_unique<TraySession>(m_window.get(), m_tray.get(), m_sync.get());

    m_focus = std::make_unique<FocusFeature>(m_store.get(), m_config, m_paths.dataDir(), m_window.get(), m_tray.get(),
                                             m_sync.get());
    m_deadlines = std::make_unique<DeadlineFeature>(m_store.get(), m_config, m_paths.configPath(), m_window.get(),
                                                    m_sync.get());
    m_warnings = std::make_unique<DeadlineWarnings>(m_store.get(), m_focus->notifier(), [this] {
        return m_focus->controller() && m_focus->controller()->isFocusing();
    });
    connect(m_warnings.get(), &DeadlineWarnings::openRequested, m_window.get(), [this](qint64 id) {
        showMainWindow(m_window.get());
        m_window->openItem(id);
    });
    m_snoozeWakes = std::make_unique<SnoozeWakeFeature>(m_store.get(), m_paths.dataDir(), m_focus->controller(),
                                                        m_window->inboxModel());
    m_snoozeWakes->start();
    // Issue 14: --minimized (the autostart entry) or "general.startMinimized" start hidden in the
    // tray; without a tray the window shows, or the app could not be reached.
    if (!(parser.isSet(QStringLiteral("minimized")) || m_config.general.startMinimized)
        || !QSystemTrayIcon::isSystemTrayAvailable())
        m_window->show();
    if (openId)  // `focusinbox open ID` started the app: that item, selected, whatever --minimized says
        openItemInWindow(m_window.get(), m_store.get(), *openId, [](const QJsonObject &) {});
    for (const QString &problem : m_config.errors()) {
        qWarning("%s", qPrintable(problem));
        m_window->statusBar()->showMessage(problem, 15000);
    }
    m_sync->syncAll();
    m_sync->setWatching(true);
    m_sources->start();
    m_accounts->offerFirstRunSources();
    return 0;
}

int Application::becomeTheInstance(const QStringList &arguments, std::optional<qint64> openId)
{
    QString error;
    switch (InstanceLock::tryAcquire(m_paths.dataDir(), &m_instanceLock, &error)) {
    case InstanceLock::Result::Acquired:
        break;
    case InstanceLock::Result::HeldByOther: {
        // Another instance runs (or is starting): hand the arguments over and leave it the only writer.
        InstanceRequest raise;
        raise.arguments = arguments.mid(0, kMaxInstanceArguments);
        if (openId) {  // `focusinbox open ID`: the running window shows that item
            raise.command = InstanceRequest::Command::Open;
            raise.itemId = *openId;
        }
        QDeadlineTimer deadline(kHandOverTimeoutMs);
        bool acquired = false;
        while (!acquired && !deadline.hasExpired()) {
            if (const auto reply = sendToInstance(m_paths.dataDir(), raise, int(std::max<qint64>(1, deadline.remainingTime())))) {
                const QString refused = reply->value(QStringLiteral("error")).toString();
                if (openId && reply->value(QStringLiteral("notFound")).toBool()) {
                    qCritical("%s", qPrintable(tr("open: %1").arg(refused)));
                    return 4;
                }
                if (openId && !refused.isEmpty()) {  // still starting: ask again
                    QThread::msleep(200);
                    continue;
                }
                if (openId)
                    qInfo("Focus Inbox already runs for %s; it was asked to show item %lld%s.", qPrintable(m_paths.dataDir()),
                          qlonglong(*openId), reply->value(QStringLiteral("selected")).toBool() ? " and selected it" : "");
                else
                    qInfo("Focus Inbox already runs for %s; it was asked to show its window.", qPrintable(m_paths.dataDir()));
                return kHandedOver;
            }
            QThread::msleep(100);  // its socket may not exist yet
            // The holder may have been a `focusinbox focus` command (it holds the lock for a moment) or
            // an instance that quit meanwhile: then this start is the instance after all.
            acquired = InstanceLock::tryAcquire(m_paths.dataDir(), &m_instanceLock, &error) == InstanceLock::Result::Acquired;
        }
        if (!acquired) {
            error = tr("Another Focus Inbox holds the data directory %1 but does not answer; not starting a second one.")
                        .arg(QDir::toNativeSeparators(m_paths.dataDir()));
            qCritical("%s", qPrintable(error));
            plainMessageBox(nullptr, QMessageBox::Critical, tr("Focus Inbox"), error);
            return 1;
        }
        break;
    }
    case InstanceLock::Result::Failed:
        qCritical("%s", qPrintable(error));
        plainMessageBox(nullptr, QMessageBox::Critical, tr("Focus Inbox"), error);
        return 1;
    }
    // Listen at once: a start racing with this one connects now and is answered from the event loop.
    m_instanceServer = std::make_unique<InstanceServer>(
        *m_instanceLock, [this](const InstanceRequest &request) { return handleInstanceRequest(request); });
    // `focusinbox done|reopen|seen|unseen|tier|snooze ID...`: through the store, so the views follow
    // and the sources' change journal records it as for any triage; answered once the writes
    // committed, without blocking the GUI thread on the writer (triage/triageapply.h).
    m_instanceServer->setDeferredHandler([this](const InstanceRequest &request, const InstanceServer::Reply &reply) {
        if (request.command != InstanceRequest::Command::Triage && request.command != InstanceRequest::Command::Push
            && request.command != InstanceRequest::Command::Rules && request.command != InstanceRequest::Command::Open)
            return false;
        if (!m_store || !m_sync) {
            reply(QJsonObject{{QStringLiteral("error"), tr("Focus Inbox is still starting; try again")}});
            return true;
        }
        if (request.command == InstanceRequest::Command::Push) {
            // `focusinbox push`: stored like an item POSTed to the webhook, answered after the commit.
            deliverPush(*m_store, *m_sync, request, QDateTime::currentMSecsSinceEpoch(),
                        [reply](const PushOutcome &outcome) { reply(outcome.toJson()); });
            return true;
        }
        if (request.command == InstanceRequest::Command::Open) {
            // `focusinbox open ID` (issue 16): answered once the list selected the item.
            if (!m_window)
                reply(QJsonObject{{QStringLiteral("error"), tr("Focus Inbox is still starting; try again")}});
            else
                openItemInWindow(m_window.get(), m_store.get(), request.itemId, reply);
            return true;
        }
        if (request.command == InstanceRequest::Command::Rules) {
            // `focusinbox rules apply|undo`: config.json's rules, adopted here too, then one batch.
            handleRulesRequest(*m_store, m_paths.configPath(), request, this,
                               [this](const AppConfig &config) {
                                   if (m_deadlines)
                                       m_deadlines->adoptConfig(config);
                                   if (m_focus)  // "notify": false rules reach the notification gate too
                                       m_focus->applyConfig(config);
                               },
                               [reply](const QJsonObject &answer) { reply(answer); });
            return true;
        }
        qInfo("Focus Inbox: triage from the command line: %s of %lld item(s)", qPrintable(triageActionName(request.triage)),
              qlonglong(request.ids.size()));
        applyTriageAsync(*m_store, request, QDateTime::currentMSecsSinceEpoch(), m_instanceServer.get(),
                         [reply](const TriageResult &result) { reply(result.toJson()); });
        return true;
    });
    if (!m_instanceServer->listen(&error)) {
        qCritical("%s", qPrintable(error));
        plainMessageBox(nullptr, QMessageBox::Critical, tr("Focus Inbox"), error);
        return 1;
    }
    return 0;
}

QJsonObject Application::handleInstanceRequest(const InstanceRequest &request)
{
    if (request.command == InstanceRequest::Command::Raise) {
        qInfo("Focus Inbox: another start handed over (arguments: %s)",
              qPrintable(request.arguments.join(QLatin1Char(' '))));
        // A login-time start (--minimized) while the app already runs leaves the window as it is.
        if (m_window && !request.arguments.contains(QStringLiteral("--minimized")))
            showMainWindow(m_window.get());  // also out of the tray or the taskbar (minimized)
        return QJsonObject{{QStringLiteral("ok"), true}};
    }
    if (request.command == InstanceRequest::Command::SourcesChanged) {
        // The CLI added or changed a source in the database: views and listeners read them again.
        if (m_store)
            Q_EMIT m_store->sourcesChanged();
        return QJsonObject{{QStringLiteral("ok"), true}};
    }
    if (!m_focus || !m_focus->controller())
        return QJsonObject{{QStringLiteral("error"), tr("Focus Inbox is still starting; try again")}};
    return m_focus->controller()->handleRequest(request.toJson());
}

void Application::ensureFirstRunSources()
{
    if (!m_store->sources().isEmpty())
        return;
    QString error;
    const QString dir = m_paths.sampleDir();
    if (installSampleWorkspace(dir, QDateTime::currentMSecsSinceEpoch(), &error) < 0) {
        qWarning("Sample workspace not installed: %s", qPrintable(error));
        return;
    }
    m_store->addSource(sampleSourceConfig(dir)).waitForFinished();
    for (const SourceConfig &feed : installSampleFeeds(m_paths.sampleFeedsDir(), QDateTime::currentMSecsSinceEpoch(), &error))
        m_store->addSource(feed).waitForFinished();
    if (!error.isEmpty())
        qWarning("Sample feeds not installed: %s", qPrintable(error));
}

} // namespace fi
