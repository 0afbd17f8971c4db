#include "testkind.h"

#include <QDateTime>
#include <QTimer>

namespace fi::test {

int TickSource::starts = 0;
QPointer<TickConnector> TickConnector::last;

void TickSource::start(const KnownItemsProvider &, const QMap<QString, QByteArray> &)
{
    const int n = ++starts;
    QTimer::singleShot(0, this, [this, n] {
        ItemRecord record;
        record.remoteId = QStringLiteral("tick-%1").arg(n);
        record.locator = record.remoteId;
        record.fingerprint = record.remoteId;
        record.folder = QStringLiteral("ticker");
        record.subject = QStringLiteral("tick %1").arg(n);
        record.from.name = QStringLiteral("Ticker");
        record.from.address = QStringLiteral("ticker@example.org");
        record.receivedMs = QDateTime::currentMSecsSinceEpoch();
        SourceBatch batch;
        batch.upserts << record;
        Q_EMIT batchReady(batch);
        SyncResult result;
        result.added = 1;
        Q_EMIT finished(result);
    });
}

void TickConnector::start()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT established(); });
}

SourceKind tickKind(const QString &key, int pollSeconds, bool push, const QString &watchDir)
{
    SourceKind k;
    k.key = key;
    k.displayNameText = "Ticker (test)";
    k.icon = QStringLiteral(":/sources/maildir/maildir.svg");
    k.defaultPollSeconds = pollSeconds;
    if (pollSeconds > 0)
        k.capabilities |= SourceKind::Capability::Remote;
    k.createSync = [](const SourceConfig &c) { return std::unique_ptr<Source>(std::make_unique<TickSource>(c)); };
    if (push) {
        k.capabilities |= SourceKind::Capability::Push;
        k.createConnector = [](const SourceConfig &) {
            auto connector = std::make_unique<TickConnector>();
            TickConnector::last = connector.get();
            return std::unique_ptr<PushWatcher>(std::move(connector));
        };
    }
    if (!watchDir.isEmpty())
        k.watchPaths = [watchDir](const SourceConfig &) { return QStringList{watchDir}; };
    k.validate = [](const SourceConfig &c) {
        return c.location.isEmpty() ? QStringList{QStringLiteral("no location")} : QStringList{};
    };
    return k;
}

ScopedTestKind::ScopedTestKind(SourceKind kind) : m_key(kind.key)
{
    SourceRegistry::instance().registerKind(std::move(kind));
}

ScopedTestKind::~ScopedTestKind()
{
    SourceRegistry::instance().unregisterKind(m_key);
}

} // namespace fi::test
