#include "triage/replyfeature.h"

#include "mail/replylink.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "opensource.h"
#include "plaintext.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"

#include <QAction>
#include <QDesktopServices>
#include <QStatusBar>

namespace fi {

namespace {
constexpr int kStatusMessageMs = 8000;
}

ReplyFeature::ReplyFeature(MainWindow &window, ItemStore *store) : QObject(&window), m_window(window), m_store(store)
{
    setObjectName(QStringLiteral("replyFeature"));
    connect(store, &ItemStore::sourcesChanged, this, [this] { m_kinds.clear(); });
    connect(window.actions().reply, &QAction::triggered, this, &ReplyFeature::reply);
}

QUrl ReplyFeature::replyUrl(const Item &item) const
{
    if (deliversMail(kindOf(item.sourceId)))
        return mail::replyMailto(item.record);
    return sourceUrl(item.record);
}

void ReplyFeature::reply()
{
    const std::optional<Item> item = m_window.currentItem();
    if (!item)
        return;
    const QUrl url = replyUrl(*item);
    if (url.isEmpty())
        return;
    if (!QDesktopServices::openUrl(url)) {
        m_window.statusBar()->showMessage(url.scheme() == QLatin1String("mailto")
                                              ? tr("Could not open the mail client to reply")
                                              : tr("Could not open the item's web page"),
                                          kStatusMessageMs);
    }
}

void ReplyFeature::update()
{
    QAction *action = m_window.actions().reply;
    const std::optional<Item> item = m_window.currentItem();
    const QUrl url = item ? replyUrl(*item) : QUrl();
    action->setEnabled(!url.isEmpty());
    if (url.scheme() == QLatin1String("mailto"))
        action->setToolTip(tr("Reply in your mail client"));
    else if (!url.isEmpty())
        action->setToolTip(plainToolTip(tr("Reply on the web page: %1").arg(url.toDisplayString())));
    else
        action->setToolTip(tr("Reply through the item's own reply path (mail or web page)"));
}

QString ReplyFeature::kindOf(qint64 sourceId) const
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
