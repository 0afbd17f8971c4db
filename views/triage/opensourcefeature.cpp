#include "triage/opensourcefeature.h"

#include "concurrency/workerpool.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "opensource.h"
#include "plaintext.h"
#include "sources/bodyloader.h"
#include "storage/itemstore.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace fi {

namespace {
constexpr int kStatusMessageMs = 8000;
}

OpenSourceFeature::OpenSourceFeature(MainWindow &window, ItemStore *store)
    : QObject(&window), m_window(window), m_store(store)
{
    setObjectName(QStringLiteral("openSourceFeature"));
    connect(store, &ItemStore::sourcesChanged, this, [this] { m_kinds.clear(); });
    connect(window.actions().openInSource, &QAction::triggered, this, &OpenSourceFeature::open);
}

OpenSourceFeature::~OpenSourceFeature()
{
    for (QFuture<QPair<QString, QString>> &running : m_running)
        running.waitForFinished();  // the loader may use the store
}

void OpenSourceFeature::setMessageLoader(MessageLoader loader, QString dir)
{
    m_loader = std::move(loader);
    m_dir = std::move(dir);
    update();
}

bool OpenSourceFeature::isMessageItem(const Item &item) const
{
    if (!m_loader || m_dir.isEmpty() || item.record.locator.isEmpty())
        return false;
    return hasItemMessage(kindOf(item.sourceId));
}

bool OpenSourceFeature::canOpen(const Item &item) const
{
    return !sourceUrl(item.record).isEmpty() || isMessageItem(item);
}

QString OpenSourceFeature::writeMessageCopy(const QString &dir, qint64 itemId, const QByteArray &message,
                                            QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (!QDir(dir).exists()) {
        if (!QDir().mkpath(dir))
            return fail(tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(dir)));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QString path = QDir(dir).filePath(QStringLiteral("message-%1.eml").arg(itemId));
    if (QFile::exists(path)) {
        // The previous copy is read-only; QSaveFile refuses to replace a file it cannot write.
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::remove(path);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size() || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    return path;
}

void OpenSourceFeature::open()
{
    const std::optional<Item> item = m_window.currentItem();
    if (!item)
        return;
    if (const QUrl url = sourceUrl(item->record); !url.isEmpty()) {
        if (!QDesktopServices::openUrl(url))
            m_window.statusBar()->showMessage(tr("Could not open the item's web page"), kStatusMessageMs);
        return;
    }
    if (!isMessageItem(*item))
        return;
    m_window.statusBar()->showMessage(tr("Opening the message in your mail client…"), kStatusMessageMs);
    const MessageLoader loader = m_loader;
    const QString dir = m_dir;
    const Item target = *item;
    // (path, error): the copy is written on the pool thread too (disk I/O).
    QFuture<QPair<QString, QString>> work = QtConcurrent::run(workerPool(), [loader, dir, target] {
        QString error;
        QString path;
        if (const std::optional<QByteArray> message = loader(target, &error))
            path = writeMessageCopy(dir, target.id, *message, &error);
        return qMakePair(path, error);
    });
    m_running.removeIf([](const QFuture<QPair<QString, QString>> &f) { return f.isFinished(); });
    m_running.append(work);
    auto *watcher = new QFutureWatcher<QPair<QString, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto [path, loadError] = watcher->result();
        if (path.isEmpty()) {
            m_window.statusBar()->showMessage(tr("Could not open the message: %1").arg(loadError), kStatusMessageMs);
            Q_EMIT messageOpened(QUrl(), false, loadError);
            return;
        }
        const QUrl file = QUrl::fromLocalFile(path);
        const bool ok = QDesktopServices::openUrl(file);
        const QString error = ok ? QString() : tr("no application opens %1").arg(QDir::toNativeSeparators(path));
        if (ok)
            m_window.statusBar()->clearMessage();
        else
            m_window.statusBar()->showMessage(tr("Could not open the message: %1").arg(error), kStatusMessageMs);
        Q_EMIT messageOpened(file, ok, error);
    });
    watcher->setFuture(work);  // after connecting: a future already finished still reports
}

void OpenSourceFeature::update()
{
    QAction *action = m_window.actions().openInSource;
    const std::optional<Item> item = m_window.currentItem();
    const QUrl url = item ? sourceUrl(item->record) : QUrl();
    if (!url.isEmpty()) {
        action->setEnabled(true);
        action->setToolTip(plainToolTip(url.toDisplayString()));
    } else if (item && isMessageItem(*item)) {
        action->setEnabled(true);
        action->setToolTip(tr("Open the message in your mail client"));
    } else {
        action->setEnabled(false);
        action->setToolTip(tr("Open the item's web page in the browser, or the message in your mail client"));
    }
}

QString OpenSourceFeature::kindOf(qint64 sourceId) const
{
    const auto it = m_kinds.constFind(sourceId);
    if (it != m_kinds.constEnd())
        return *it;
    const std::optional<SourceConfig> source = m_store->source(sourceId);
    const QString kind = source ? source->kind : QString();
    m_kinds.insert(sourceId, kind);
    return kind;
}

} // namespace fi
