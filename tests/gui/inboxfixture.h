#pragma once
// Shared by the gui tests: a real ItemStore in a temporary directory with one source.

#include "inboxmodel.h"
#include "storage/itemstore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace fitest {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

inline fi::Item makeItem(const QString &remoteId, const QString &sender, const QString &subject,
                         fi::Tier tier, qint64 receivedMs, std::optional<qint64> dueMs,
                         bool seen = false)
{
    fi::Item item;
    item.record.remoteId = remoteId;
    item.record.locator = QStringLiteral("cur/") + remoteId;
    item.record.fingerprint = remoteId + QStringLiteral("-v1");
    item.record.messageId = remoteId + QStringLiteral("@example.com");
    item.record.from = {sender, sender.section(QLatin1Char(' '), 0, 0).toLower()
                                    + QStringLiteral("@example.com")};
    item.record.to = {{QStringLiteral("Me"), QStringLiteral("me@example.org")}};
    item.record.subject = subject;
    item.record.snippet = QStringLiteral("About ") + subject;
    item.record.receivedMs = receivedMs;
    item.record.flags.seen = seen;
    item.tier = tier;
    item.tierReason = QStringLiteral("test-rule");
    item.dueMs = dueMs;
    item.policy = dueMs ? QStringLiteral("tier%1-default").arg(int(tier)) : QString();
    return item;
}

/// A store with one Maildir source, in a temporary directory.
struct InboxFixture {
    QTemporaryDir dir;
    std::unique_ptr<fi::ItemStore> store;
    qint64 sourceId = 0;

    bool open()
    {
        if (!dir.isValid())
            return false;
        store = std::make_unique<fi::ItemStore>(dir.filePath(QStringLiteral("inbox.sqlite")));
        if (store->open() != fi::OpenError::None)
            return false;
        fi::SourceConfig config;
        config.kind = QStringLiteral("maildir");
        config.name = QStringLiteral("Work mail");
        config.location = dir.filePath(QStringLiteral("Maildir"));
        sourceId = store->addSource(config).result();
        return sourceId > 0;
    }

    bool add(const QList<fi::Item> &items)
    {
        fi::StoreBatch batch;
        batch.sourceId = sourceId;
        batch.upserts = items;
        return store->applyBatch(batch).result().ok;
    }

    /// Id of the stored item with @p remoteId (0 when absent).
    qint64 idOf(const QString &remoteId) const
    {
        fi::ItemQuery query;
        query.states = fi::ItemQuery::States::All;
        const auto items = store->items(query);
        for (const fi::Item &item : items) {
            if (item.record.remoteId == remoteId)
                return item.id;
        }
        return 0;
    }
};

/// Lets pending store notifications arrive, then waits until @p model has loaded them.
inline bool settle(fi::InboxModel *model, fi::ItemStore *store)
{
    store->flush();
    QCoreApplication::processEvents();
    QSignalSpy loaded(model, &fi::InboxModel::loaded);
    while (model->isBusy()) {
        if (!loaded.wait(5000))
            return false;
        QCoreApplication::processEvents();
    }
    // The counts are read beside the rows and may come a little later.
    if (!QTest::qWaitFor([model] { return !model->countsPending(); }, 5000))
        return false;
    QCoreApplication::processEvents();
    return true;
}

/// Subjects of the model's rows, in order.
inline QStringList subjects(const fi::InboxModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row).data(fi::InboxModel::SubjectRole).toString();
    return result;
}

} // namespace fitest
