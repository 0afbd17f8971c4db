#include "sources/imap/imapwriteback.h"

#include "sources/imap/imapsyncstate.h"

#include "config/jsonfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace fi::imap {

namespace {

/// A JSON number that is a whole number in 0 … 2^32-1, else nullopt (a hand-edited or damaged
/// queue file must not reach a float-to-integer cast out of range).
std::optional<quint32> uint32FromJson(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= 0 && d <= 4294967295.0) || d != std::floor(d))
        return std::nullopt;
    return quint32(d);
}

} // namespace

WriteBackQueue::WriteBackQueue(QString queueFile) : m_file(std::move(queueFile)) {}

QList<WriteBackOp> WriteBackQueue::load() const
{
    QList<WriteBackOp> ops;
    // A queue file that does not parse is kept aside (…json.broken-<time>), never replaced by an
    // empty queue without a trace (issue 9).
    const JsonFileRead read = readJsonFile(m_file, JsonShape::Array);
    if (read.status == JsonFileRead::Status::Corrupt)
        qWarning("IMAP write-back: %s", qPrintable(describeCorruptJson(m_file, read)));
    if (read.status != JsonFileRead::Status::Ok)
        return ops;
    const QJsonArray arr = read.document.array();
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        WriteBackOp op;
        op.kind = o.value(QStringLiteral("kind")).toString() == QLatin1String("done") ? WriteBackOp::Kind::Done
                                                                                      : WriteBackOp::Kind::Seen;
        op.mailbox = o.value(QStringLiteral("mailbox")).toString();
        const std::optional<quint32> validity = uint32FromJson(o.value(QStringLiteral("uidvalidity")));
        const std::optional<quint32> uid = uint32FromJson(o.value(QStringLiteral("uid")));
        if (!validity || !uid || *uid == 0)
            continue;  // not a UID (RFC 3501 §2.3.1.1: 1 … 2^32-1): the entry cannot be replayed
        op.uidValidity = *validity;
        op.uid = *uid;
        op.attempts = o.value(QStringLiteral("attempts")).toInt();
        ops.append(op);
    }
    return ops;
}

bool WriteBackQueue::save(const QList<WriteBackOp> &ops)
{
    QJsonArray arr;
    for (const WriteBackOp &op : ops) {
        arr.append(QJsonObject{{QStringLiteral("kind"), op.kind == WriteBackOp::Kind::Done ? QStringLiteral("done")
                                                                                           : QStringLiteral("seen")},
                               {QStringLiteral("mailbox"), op.mailbox},
                               {QStringLiteral("uidvalidity"), double(op.uidValidity)},
                               {QStringLiteral("uid"), double(op.uid)},
                               {QStringLiteral("attempts"), op.attempts}});
    }
    return writeJsonDocumentAtomically(m_file, QJsonDocument(arr), nullptr);
}

bool WriteBackQueue::enqueue(WriteBackOp::Kind kind, const QString &folder, const QString &locator)
{
    return enqueue(kind, {{folder, locator}}) == 1;
}

int WriteBackQueue::enqueue(WriteBackOp::Kind kind, const QList<QPair<QString, QString>> &items)
{
    QList<WriteBackOp> added;
    for (const auto &[folder, locator] : items) {
        if (const std::optional<UidRef> ref = parseLocator(locator))
            added.append({kind, mailboxOf(folder), ref->uidValidity, ref->uid, 0});
    }
    if (added.isEmpty())
        return 0;
    QMutexLocker lock(&m_mutex);
    return save(load() + added) ? int(added.size()) : 0;
}

int WriteBackQueue::pending() const
{
    QMutexLocker lock(&m_mutex);
    return int(load().size());
}

QList<WriteBackOp> WriteBackQueue::ops() const
{
    QMutexLocker lock(&m_mutex);
    return load();
}

int WriteBackQueue::flush(const Account &account, const QString &password, Error *error,
                          std::shared_ptr<StreamGuard> guard)
{
    QMutexLocker flushing(&m_flushMutex);  // one flush at a time; enqueue() stays free meanwhile
    QList<WriteBackOp> ops;
    {
        QMutexLocker lock(&m_mutex);
        ops = load();
    }
    if (ops.isEmpty())
        return 0;
    // Only this function removes ops, and enqueue() appends: the ops read above stay the head
    // of the file while the network work runs without the lock.
    auto finish = [this, taken = ops.size()](const QList<WriteBackOp> &left) {
        QMutexLocker lock(&m_mutex);
        const QList<WriteBackOp> now = load();
        save(left + now.mid(taken));
    };
    Session session(std::move(guard));
    if (!session.connect(account, error) || !session.login(account.user, password, error)) {
        for (WriteBackOp &op : ops)
            ++op.attempts;
        finish(ops);
        return 0;
    }
    int applied = 0;
    QList<WriteBackOp> left;
    QString selected;
    quint32 validity = 0;
    for (const WriteBackOp &op : std::as_const(ops)) {
        Error e;
        if (op.mailbox != selected) {
            const auto st = session.select(op.mailbox, &e);
            selected = st ? op.mailbox : QString();
            validity = st ? st->uidValidity : 0;
        }
        bool ok = !selected.isEmpty();
        if (ok && validity != op.uidValidity) {
            ++applied; // stale UID: nothing safe to do, drop it
            continue;
        }
        ok = ok && session.storeSeen({op.uid}, true, &e);
        if (ok && op.kind == WriteBackOp::Kind::Done && !account.archiveFolder.isEmpty()
            && account.archiveFolder != op.mailbox)
            ok = session.moveTo({op.uid}, account.archiveFolder, &e);
        if (ok) {
            ++applied;
        } else {
            WriteBackOp again = op;
            ++again.attempts;
            left.append(again);
            if (error && !error->isError())
                *error = e;
        }
    }
    finish(left);
    if (!session.guard()->cancelled())
        session.logout();
    return applied;
}

} // namespace fi::imap
