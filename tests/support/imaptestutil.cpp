#include "imaptestutil.h"

#include "cliprocess.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

namespace fi::test {

imap::Account fixtureAccount(const DovecotServer &server)
{
    imap::Account a;
    a.host = QStringLiteral("127.0.0.1");
    a.port = server.tlsPort();
    a.security = imap::Security::Tls;
    a.user = server.user();
    a.trustedFingerprint = imap::sha256Fingerprint(server.certificateDer());
    a.timeoutSeconds = 10;
    return a;
}

SourceConfig fixtureConfig(const DovecotServer &, const imap::Account &account)
{
    SourceConfig c;
    c.name = QStringLiteral("Dovecot");
    account.toConfig(c);
    return c;
}

std::unique_ptr<imap::Session> adminSession(const DovecotServer &server, QString *error)
{
    imap::Account a;
    a.host = QStringLiteral("127.0.0.1");
    a.port = server.plainPort();
    a.security = imap::Security::None;
    a.user = server.user();
    auto s = std::make_unique<imap::Session>();
    imap::Error e;
    if (!s->connect(a, &e) || !s->login(a.user, server.password(), &e)) {
        if (error)
            *error = e.message;
        return nullptr;
    }
    return s;
}

int appendFiles(imap::Session &session, const QString &folder, const QStringList &files)
{
    int n = 0;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QByteArray data = f.readAll();
        if (!data.contains("\r\n"))
            data.replace("\n", "\r\n");
        imap::Error e;
        if (session.append(folder, data, false, &e))
            ++n;
    }
    return n;
}

QStringList corpusFiles()
{
    QStringList files;
    const QString root = corpusDir() + QStringLiteral("/mail/spamassassin-spam");
    for (const char *sub : {"cur", "new"}) {
        const QDir dir(root + u'/' + QLatin1String(sub));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
    }
    return files;
}

void writeGeneratedMaildir(const QString &folderDir, int count, const QStringList &templates)
{
    QList<QByteArray> bodies;
    for (const QString &t : templates) {
        QFile f(t);
        if (f.open(QIODevice::ReadOnly))
            bodies.append(f.readAll());
    }
    for (const char *sub : {"cur", "new", "tmp"})
        QDir(folderDir).mkpath(QLatin1String(sub));
    for (int i = 0; i < count; ++i) {
        QByteArray msg = bodies.value(i % qMax<qsizetype>(1, bodies.size()));
        // A unique Message-ID per copy, placed first so it wins over the template's own.
        msg.prepend("Message-ID: <gen-" + QByteArray::number(i) + "@focusinbox.test>\n");
        QFile f(folderDir + QStringLiteral("/cur/%1.gen%2.host:2,").arg(1700000000 + i).arg(i));
        if (f.open(QIODevice::WriteOnly))
            f.write(msg);
    }
}

StoreBatch toStoreBatch(qint64 sourceId, const SourceBatch &batch)
{
    StoreBatch sb;
    sb.sourceId = sourceId;
    for (const ItemRecord &r : batch.upserts) {
        Item item;
        item.record = r;
        item.tier = Tier::Async;
        item.tierReason = QStringLiteral("test");
        sb.upserts.append(item);
    }
    sb.flagUpdates = batch.flagUpdates;
    sb.removedRemoteIds = batch.removedRemoteIds;
    sb.syncState = batch.syncState;
    return sb;
}

RunOutcome runSource(ItemStore &store, qint64 sourceId, const SourceConfig &config,
                     const QString &password, const std::function<void(int)> &afterBatch)
{
    imap::ImapSource source(config);
    source.setPasswordProvider([password](const imap::Account &, QString *) { return password; });
    RunOutcome out;
    QEventLoop loop;
    bool done = false;
    QObject::connect(&source, &Source::batchReady, &loop, [&](const SourceBatch &b) {
        store.applyBatch(toStoreBatch(sourceId, b)).waitForFinished();
        ++out.batches;
        if (afterBatch)
            afterBatch(out.batches);
    });
    QObject::connect(&source, &Source::finished, &loop, [&](const SyncResult &r) {
        out.result = r;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    // Read lazily, as SyncManager does, so RunStats::knownItemsRead tells whether the sync needed them.
    source.start(KnownItemsProvider([&store, sourceId] { return store.knownItems(sourceId); },
                                    [&store, sourceId](const QStringList &remoteIds) {
                                        return store.knownItemsAmong(sourceId, remoteIds);
                                    },
                                    [&store, sourceId](const QString &folder, const QStringList &locators) {
                                        return store.knownItemsAt(sourceId, folder, locators);
                                    }),
                 store.syncState(sourceId));
    if (!done)
        loop.exec();
    if (!done) {
        out.result.ok = false;
        out.result.error = QStringLiteral("timeout");
    }
    out.stats = source.lastRunStats();
    return out;
}

QList<quint32> uidsIn(const DovecotServer &server, const QString &folder)
{
    auto admin = adminSession(server);
    imap::Error e;
    QList<quint32> uids;
    if (!admin || !admin->select(folder, &e))
        return uids;
    for (const imap::FetchedMessage &m : admin->uidFetch({{1, 0}}, imap::FetchWhat::Uids, &e).value_or(QList<imap::FetchedMessage>{}))
        uids.append(m.uid);
    return uids;
}

quint32 uidValidityOf(const DovecotServer &server, const QString &folder)
{
    auto admin = adminSession(server);
    imap::Error e;
    const auto st = admin ? admin->select(folder, &e) : std::nullopt;
    return st ? st->uidValidity : 0;
}

std::optional<imap::MessageFlags> flagsOf(const DovecotServer &server, const QString &folder, quint32 uid)
{
    auto admin = adminSession(server);
    imap::Error e;
    if (!admin || !admin->select(folder, &e))
        return std::nullopt;
    const auto msgs = admin->uidFetch({{uid, uid}}, imap::FetchWhat::Flags, &e);
    if (!msgs || msgs->size() != 1)
        return std::nullopt;
    return msgs->first().flags;
}

} // namespace fi::test
