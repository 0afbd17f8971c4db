#include "sources/imap/imapreplayer.h"

#include "sources/imap/imapaccount.h"
#include "sources/imap/imapsession.h"
#include "sources/imap/imapsource.h"
#include "sources/imap/imapsyncstate.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace fi::imap {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("fi::imap::ChangeReplayer", text); }

const QString kCopied = QStringLiteral("copied");
const QString kArchiveLocator = QStringLiteral("archiveLocator");
const QString kRestoredLocator = QStringLiteral("restoredLocator");

/// The part after "<folder>#" of an IMAP remote id ("<Message-ID>", "sum:…", "uid:…"); "" if
/// @p remoteId is not one.
QString keyOfRemoteId(const QString &remoteId)
{
    const QString folder = folderOfRemoteId(remoteId);
    return folder.isEmpty() ? QString() : remoteId.mid(folder.size() + 1);
}

/// The Message-ID (with its angle brackets) an IMAP remote id was made from, else empty.
QByteArray messageIdOf(const QString &remoteId)
{
    const QString key = keyOfRemoteId(remoteId);
    return key.startsWith(u'<') && key.endsWith(u'>') && key.size() > 2 ? key.toUtf8() : QByteArray();
}

/// The remote id of the same message once it lives in @p mailbox (as imapfoldersync.cpp keys it).
QString remoteIdIn(const QString &mailbox, const QString &remoteId, const CopiedTo &to)
{
    const QString key = keyOfRemoteId(remoteId);
    if (key.isEmpty() || key.startsWith(QLatin1String("uid:"))) {
        if (to.uid != 0)
            return remoteIdForUid(mailbox, to.uidValidity, to.uid);
        return mailbox + u'#' + (key.isEmpty() ? remoteId : key);
    }
    return mailbox + u'#' + key;
}

bool sameMailbox(const QString &a, const QString &b) { return recordFolder(a) == recordFolder(b); }

QString locatorFrom(const CopiedTo &to) { return to.uid != 0 ? locatorOf(to.uidValidity, to.uid) : QString(); }

CopiedTo copiedToOf(const QString &locator)
{
    const std::optional<UidRef> ref = parseLocator(locator);
    return ref && ref->uid != 0 ? CopiedTo{ref->uidValidity, ref->uid} : CopiedTo{};
}

/// Where a change's message is found in the selected mailbox.
struct Resolved {
    enum class Status { Found, Gone, Error } status = Status::Error;
    quint32 uid = 0;
    QString why;  ///< For Gone (translated).
};

/// Result of moving one message (MOVE, or COPY + \Deleted + EXPUNGE).
struct Transfer {
    enum class Status { Done, Failed, Stop } status = Status::Failed;
    CopiedTo to;
    QVariantMap detail;  ///< The change's detail as it stands now (with "copied").
    Error error;
};

/// One replay: the session (opened on first need) and what the changes did so far.
class Run {
public:
    Run(const Account &account, std::shared_ptr<StreamGuard> guard, const ChangeReplayer::Report &report)
        : m_account(account), m_session(std::move(guard)), m_report(report)
    {
    }

    ReplayResult replay(const QList<PendingChange> &changes);

private:
    enum class Next { Continue, Stop };
    Next apply(const PendingChange &change, const ItemLocation &location);
    Next seen(const PendingChange &change, const ItemLocation &location, bool seen);
    Next flag(const PendingChange &change, const ItemLocation &location, bool flagged);
    Next done(const PendingChange &change, const ItemLocation &location);
    Next reopen(const PendingChange &change, const ItemLocation &location);
    /// Finds the message and sets or clears \Seen; nullopt when done (*r says where it is),
    /// else what the replay does next (the change was reported dropped or failed, or stop).
    std::optional<Next> setSeen(const PendingChange &change, const ItemLocation &location, bool seen, Resolved *r);

    bool ensureSession();
    Resolved resolve(const QString &mailbox, const ItemLocation &location, Error *error);
    Transfer transfer(const PendingChange &change, quint32 uid, const QString &mailbox, const QString &target,
                      const QString &locatorKey);
    Next report(const ChangeOutcome &outcome);
    Next applied(const PendingChange &change, std::optional<ItemLocation> moved = std::nullopt);
    Next dropped(const PendingChange &change, const QString &why);
    Next failed(const PendingChange &change, const Error &error, const QVariantMap &detail);
    void noteError(const QString &message, bool retryable);

    const Account &m_account;
    Session m_session;
    const ChangeReplayer::Report &m_report;
    bool m_connected = false;
    bool m_stopped = false;      ///< A lost connection, a failed report or cancel(): stop.
    QString m_selected;          ///< The mailbox SELECTed now ("" = none).
    quint32 m_validity = 0;      ///< Its UIDVALIDITY.
    /// Locations changed by this replay (a later change of the same item must use them).
    QHash<QString, ItemLocation> m_relocated;
    /// Items with a change that failed in this replay: their later changes wait (unreported), so
    /// an undo is never applied before the "done" it undoes.
    QSet<QString> m_held;
    ReplayResult m_result;
};

QString itemKey(const PendingChange &change)
{
    return change.itemId != 0 ? QStringLiteral("i%1").arg(change.itemId) : QStringLiteral("r") + change.location.remoteId;
}

void Run::noteError(const QString &message, bool retryable)
{
    if (m_result.ok) {
        m_result.ok = false;
        m_result.error = message;
        m_result.retryable = retryable;
    }
}

bool Run::ensureSession()
{
    if (m_connected)
        return true;
    if (m_stopped)
        return false;
    QString why;
    const std::optional<QString> password = ImapSource::passwordFor(m_account, &why);
    if (!password) {
        noteError(tr("No password for %1: %2").arg(m_account.secretKey(), why), false);
        m_stopped = true;
        return false;
    }
    Error e;
    if (!m_session.connect(m_account, &e) || !m_session.login(m_account.user, *password, &e)) {
        noteError(e.message, e.isTransient());
        m_stopped = true;
        return false;
    }
    m_connected = true;
    return true;
}

ReplayResult Run::replay(const QList<PendingChange> &changes)
{
    for (const PendingChange &change : changes) {
        if (m_stopped)
            break;
        if (m_session.guard()->cancelled()) {
            noteError(tr("The update of the mail server was stopped."), true);
            m_stopped = true;
            break;
        }
        const QString key = itemKey(change);
        if (m_held.contains(key))
            continue;
        const ItemLocation location = m_relocated.value(key, change.location);
        if (apply(change, location) == Next::Stop)
            m_stopped = true;
    }
    if (m_connected && !m_session.connectionLost())
        m_session.logout();
    return m_result;
}

Run::Next Run::report(const ChangeOutcome &outcome)
{
    if (m_report(outcome))
        return Next::Continue;
    noteError(tr("The outcome of an update of the mail server could not be recorded in the database."), true);
    return Next::Stop;
}

Run::Next Run::applied(const PendingChange &change, std::optional<ItemLocation> moved)
{
    ChangeOutcome outcome;
    outcome.changeId = change.id;
    outcome.status = ChangeOutcome::Status::Applied;
    outcome.moved = moved;
    if (report(outcome) == Next::Stop)
        return Next::Stop;
    if (moved) {
        // Later changes of this item in the same replay find it where it is now.
        const ItemLocation before = m_relocated.value(itemKey(change), change.location);
        ItemLocation now = *moved;
        QMap<QString, QString> attributes = before.attributes;
        for (auto it = moved->attributes.cbegin(); it != moved->attributes.cend(); ++it) {
            if (it.value().isEmpty())
                attributes.remove(it.key());
            else
                attributes.insert(it.key(), it.value());
        }
        now.attributes = attributes;
        m_relocated.insert(itemKey(change), now);
    }
    return Next::Continue;
}

Run::Next Run::dropped(const PendingChange &change, const QString &why)
{
    ChangeOutcome outcome;
    outcome.changeId = change.id;
    outcome.status = ChangeOutcome::Status::Dropped;
    outcome.error = why;
    return report(outcome);
}

Run::Next Run::failed(const PendingChange &change, const Error &error, const QVariantMap &detail)
{
    if (error.kind == ErrorKind::InvalidName)
        return dropped(change, error.message);  // would be refused every time
    ChangeOutcome outcome;
    outcome.changeId = change.id;
    outcome.status = ChangeOutcome::Status::Failed;
    outcome.detail = detail;
    outcome.error = error.message;
    noteError(error.message, true);
    m_held.insert(itemKey(change));
    if (report(outcome) == Next::Stop)
        return Next::Stop;
    // Nothing more can be sent on a lost connection: the rest stays queued, untouched.
    return m_session.connectionLost() ? Next::Stop : Next::Continue;
}

Resolved Run::resolve(const QString &mailbox, const ItemLocation &location, Error *error)
{
    if (!sameMailbox(m_selected, mailbox) || m_selected.isEmpty()) {
        m_selected.clear();
        const std::optional<MailboxStatus> st = m_session.select(mailbox, error);
        if (!st)
            return {};
        m_selected = mailbox;
        m_validity = st->uidValidity;
    }
    if (const std::optional<UidRef> ref = parseLocator(location.locator); ref && ref->uid != 0) {
        if (ref->uidValidity != m_validity)
            return {Resolved::Status::Gone, 0,
                    tr("The folder %1 was rebuilt on the server (its UIDVALIDITY changed), so the message "
                       "cannot be found by its old number; the next sync reads the folder again.").arg(mailbox)};
        return {Resolved::Status::Found, ref->uid, {}};
    }
    // No UID known (the server sent no COPYUID): look the message up by its Message-ID.
    const QByteArray messageId = messageIdOf(location.remoteId);
    if (messageId.isEmpty())
        return {Resolved::Status::Gone, 0, tr("The message has neither a known number nor a Message-ID in %1.").arg(mailbox)};
    const std::optional<QList<quint32>> uids = m_session.uidSearchHeader("Message-ID", messageId, error);
    if (!uids)
        return error->kind == ErrorKind::InvalidName ? Resolved{Resolved::Status::Gone, 0, error->message} : Resolved{};
    if (uids->isEmpty())
        return {Resolved::Status::Gone, 0, tr("The message is no longer in %1.").arg(mailbox)};
    return {Resolved::Status::Found, uids->constLast(), {}};  // the newest copy
}

Transfer Run::transfer(const PendingChange &change, quint32 uid, const QString &mailbox, const QString &target,
                       const QString &locatorKey)
{
    Transfer t;
    t.detail = change.detail;
    if (m_session.hasMove()) {
        if (m_session.uidMove(uid, target, &t.to, &t.error))
            t.status = Transfer::Status::Done;
        return t;
    }
    // COPY, record it, and only then remove the original: a retry after a failure from here on
    // must not COPY again (issue 10: one archive copy, however often the flush fails).
    if (!t.detail.value(kCopied).toBool()) {
        if (!m_session.uidCopy(uid, target, &t.to, &t.error))
            return t;
        t.detail.insert(kCopied, true);
        t.detail.insert(locatorKey, locatorFrom(t.to));
        ChangeOutcome progress;
        progress.changeId = change.id;
        progress.status = ChangeOutcome::Status::Progress;
        progress.detail = t.detail;
        if (report(progress) == Next::Stop) {
            t.status = Transfer::Status::Stop;
            return t;
        }
    } else {
        t.to = copiedToOf(t.detail.value(locatorKey).toString());
    }
    if (!m_session.storeDeleted(uid, &t.error) || !m_session.expunge(uid, &t.error))
        return t;
    // A server may accept STORE \Deleted and EXPUNGE without doing it (Dovecot's ACL drops a
    // flag the user may not set): the original must really be gone, else it would come back as
    // a second item with the next sync.
    const auto left = m_session.uidFetch({{uid, uid}}, FetchWhat::Uids, &t.error);
    if (!left)
        return t;
    if (!left->isEmpty()) {
        t.error = {ErrorKind::Protocol,
                   tr("The server kept the message in %1 after it was copied to %2 (is deleting messages "
                      "there allowed?).").arg(mailbox, target), {}};
        return t;
    }
    t.status = Transfer::Status::Done;
    return t;
}

Run::Next Run::apply(const PendingChange &change, const ItemLocation &location)
{
    switch (change.kind) {
    case ChangeKind::Seen:
        return seen(change, location, true);
    case ChangeKind::Unseen:
        return seen(change, location, false);
    case ChangeKind::Done:
        return done(change, location);
    case ChangeKind::Reopen:
        return reopen(change, location);
    case ChangeKind::Flag:
        return flag(change, location, true);
    case ChangeKind::Unflag:
        return flag(change, location, false);
    case ChangeKind::Tier:
    case ChangeKind::Snooze:
    case ChangeKind::Mute:
        break;
    }
    return dropped(change, tr("An IMAP server does not store this change."));
}

Run::Next Run::seen(const PendingChange &change, const ItemLocation &location, bool seen)
{
    Resolved r;
    if (const std::optional<Next> stop = setSeen(change, location, seen, &r))
        return *stop;
    return applied(change);
}

Run::Next Run::flag(const PendingChange &change, const ItemLocation &location, bool flagged)
{
    if (!ensureSession())
        return Next::Stop;
    Error e;
    const Resolved r = resolve(mailboxOf(location.folder), location, &e);
    if (r.status == Resolved::Status::Gone)
        return dropped(change, r.why);
    if (r.status == Resolved::Status::Error || !m_session.storeFlagged({r.uid}, flagged, &e))
        return failed(change, e, change.detail);
    return applied(change);
}

std::optional<Run::Next> Run::setSeen(const PendingChange &change, const ItemLocation &location, bool seen,
                                      Resolved *r)
{
    if (!ensureSession())
        return Next::Stop;
    Error e;
    *r = resolve(mailboxOf(location.folder), location, &e);
    if (r->status == Resolved::Status::Gone)
        return dropped(change, r->why);
    if (r->status == Resolved::Status::Error || !m_session.storeSeen({r->uid}, seen, &e))
        return failed(change, e, change.detail);
    return std::nullopt;
}

Run::Next Run::done(const PendingChange &change, const ItemLocation &location)
{
    Resolved r;
    if (const std::optional<Next> stop = setSeen(change, location, true, &r))
        return *stop;
    const QString mailbox = mailboxOf(location.folder);
    const QString archive = m_account.archiveFolder;
    if (archive.isEmpty() || sameMailbox(archive, mailbox))
        return applied(change);
    const Transfer t = transfer(change, r.uid, mailbox, archive, kArchiveLocator);
    if (t.status == Transfer::Status::Stop)
        return Next::Stop;
    if (t.status == Transfer::Status::Failed)
        return failed(change, t.error, t.detail);
    ItemLocation moved;
    moved.folder = recordFolder(archive);
    moved.remoteId = remoteIdIn(archive, location.remoteId, t.to);
    moved.locator = locatorFrom(t.to);
    moved.attributes.insert(QString::fromLatin1(kArchivedFromAttribute), mailbox);
    return applied(change, moved);
}

Run::Next Run::reopen(const PendingChange &change, const ItemLocation &location)
{
    const QString from = location.attributes.value(QString::fromLatin1(kArchivedFromAttribute));
    if (from.isEmpty())
        return applied(change);  // never archived by the app: reopening is not "unread"
    const QString mailbox = mailboxOf(location.folder);
    ItemLocation moved;
    moved.attributes.insert(QString::fromLatin1(kArchivedFromAttribute), QString());  // removes it
    if (sameMailbox(from, mailbox)) {
        moved.folder = location.folder;
        moved.remoteId = location.remoteId;
        moved.locator = location.locator;
        return applied(change, moved);
    }
    if (!ensureSession())
        return Next::Stop;
    Error e;
    const Resolved r = resolve(mailbox, location, &e);
    if (r.status == Resolved::Status::Gone)
        return dropped(change, r.why);
    if (r.status == Resolved::Status::Error)
        return failed(change, e, change.detail);
    const Transfer t = transfer(change, r.uid, mailbox, from, kRestoredLocator);
    if (t.status == Transfer::Status::Stop)
        return Next::Stop;
    if (t.status == Transfer::Status::Failed)
        return failed(change, t.error, t.detail);
    moved.folder = recordFolder(from);
    moved.remoteId = remoteIdIn(from, location.remoteId, t.to);
    moved.locator = locatorFrom(t.to);
    return applied(change, moved);
}

} // namespace

ImapChangeReplayer::ImapChangeReplayer(SourceConfig config)
    : m_config(std::move(config)), m_guard(std::make_shared<StreamGuard>())
{
}

ImapChangeReplayer::~ImapChangeReplayer() = default;

ReplayResult ImapChangeReplayer::replay(const QList<PendingChange> &changes, const Report &report)
{
    if (changes.isEmpty())
        return {};
    QString why;
    const std::optional<Account> account = Account::fromConfig(m_config, &why);
    if (!account)
        return {false, why, false};
    Run run(*account, m_guard, report);
    return run.replay(changes);
}

void ImapChangeReplayer::cancel() { m_guard->cancel(); }

std::unique_ptr<ChangeReplayer> createReplayer(const SourceConfig &config)
{
    return std::make_unique<ImapChangeReplayer>(config);
}

bool journals(const SourceConfig &config, ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Seen:
    case ChangeKind::Unseen:
    case ChangeKind::Done:
    case ChangeKind::Reopen:
    case ChangeKind::Flag:
    case ChangeKind::Unflag:
        break;
    case ChangeKind::Tier:
    case ChangeKind::Snooze:
    case ChangeKind::Mute:
        return false;
    }
    const std::optional<Account> account = Account::fromConfig(config);
    return account && account->writeBack;
}

} // namespace fi::imap
