#include "sources/imap/imapfoldersync.h"

#include "concurrency/workerpool.h"
#include "mime/mimeparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <optional>

namespace fi::imap {
namespace {

struct KnownEntry {
    QString remoteId;
    UidRef ref;
};

ItemFlags toItemFlags(const MessageFlags &f)
{
    ItemFlags out;
    out.seen = f.seen;
    out.flagged = f.flagged;
    out.answered = f.answered;
    return out;
}

bool aborted(const FolderSyncSink &sink)
{
    return sink.abort && sink.abort->load(std::memory_order_relaxed);
}

/// The folder's items split by whether they belong to the current UIDVALIDITY.
struct FolderKnown {
    QHash<quint32, KnownEntry> current; ///< uid → entry
    QHash<QString, KnownEntry> stale;   ///< remoteId → entry (older UIDVALIDITY)
};

FolderKnown splitKnown(const KnownItems &known, const QString &mailbox, quint32 uidValidity)
{
    FolderKnown out;
    for (auto it = known.constBegin(); it != known.constEnd(); ++it) {
        if (folderOfRemoteId(it.key()) != mailbox)
            continue;
        const std::optional<UidRef> ref = parseFingerprint(it.value());
        if (!ref)
            continue;
        if (ref->uidValidity == uidValidity)
            out.current.insert(ref->uid, {it.key(), *ref});
        else
            out.stale.insert(it.key(), {it.key(), *ref});
    }
    return out;
}

} // namespace

bool syncFolder(Session &session, const QString &mailbox, const KnownItemsProvider &knownItems,
                const QByteArray &savedState, const FolderSyncOptions &options,
                const FolderSyncSink &sink, FolderSyncStats *stats, Error *error)
{
    const FolderState saved = FolderState::decode(savedState);
    // 0. Nothing changed (issue 17)? With CONDSTORE, UIDVALIDITY, UIDNEXT and HIGHESTMODSEQ as
    // saved mean no new message, no flag change and no expunge (RFC 7162 §3.1.1, §3.2.7); an
    // expunge without a new message would also bring the number of messages below the UIDs the
    // folder held. STATUS asks without SELECT. On a session kept from the last sync (SessionPool)
    // the folder may still be selected: NOOP first (RFC 3501 §6.1.2), so the server brings its
    // view up to date, then STATUS. For Dovecot that is 25 times cheaper than a STATUS of another
    // folder (0.3 against 7 ms at 20,000 messages), which opens it. The values come from the
    // server either way, so any change since the SELECT the saved state came from shows.
    const bool checkable = saved.uidValidity != 0 && saved.knownUids && saved.highestModSeq > 0;
    const auto matchesSaved = [&saved, checkable](const MailboxStatus &now) {
        return checkable && now.uidValidity == saved.uidValidity && now.highestModSeq == saved.highestModSeq
            && now.uidNext == saved.uidNext && quint64(now.exists) == saved.knownUids->count();
    };
    // The folder's STATUS when it is the one selected on this session (a kept one): it then stands
    // in for the SELECT, which would make the server open the folder again (500 ms for Dovecot at
    // 100,000 messages, against 0.3 ms for NOOP and STATUS).
    std::optional<MailboxStatus> selectedStatus;
    if (checkable && session.hasCondStore()) {
        Error statusError;
        const bool selected = session.selectedMailbox() == mailbox;
        if (selected && !session.noop(&statusError)) {
            *error = statusError;
            return false;
        }
        const std::optional<MailboxStatus> quick = session.status(mailbox, &statusError);
        if (!quick && session.connectionLost()) {
            *error = statusError;
            return false;
        }
        // A server refusing STATUS (a core command, but some proxies lack it) gets the SELECT.
        if (quick && matchesSaved(*quick)) {
            stats->unchanged = true;
            return true;
        }
        // Only within the same UIDVALIDITY: a folder re-created under the session gets a SELECT.
        if (quick && selected && quick->uidValidity == saved.uidValidity && quick->highestModSeq > 0)
            selectedStatus = quick;
    }
    const std::optional<MailboxStatus> st = selectedStatus ? selectedStatus : session.select(mailbox, error);
    if (!st)
        return false;
    if (st->uidValidity == 0) {
        // RFC 3501 §2.3.1.1: UIDVALIDITY is a non-zero number sent with every SELECT. Without
        // it nothing tells this folder's UIDs from those of a rebuilt one: refuse, store nothing.
        *error = {ErrorKind::Protocol,
                  QCoreApplication::translate("fi::imap::FolderSync",
                                              "The server sent no valid UIDVALIDITY for this folder (RFC 3501, "
                                              "section 2.3.1.1), so its messages cannot be told apart safely; "
                                              "nothing was changed."), {}};
        return false;
    }
    const bool sameValidity = saved.uidValidity == st->uidValidity && saved.uidValidity != 0;
    if (matchesSaved(*st)) {  // the same test after SELECT; no stored item is read
        stats->unchanged = true;
        return true;
    }
    if (aborted(sink))
        return false;
    FolderState state;
    state.uidValidity = st->uidValidity;
    state.uidNext = sameValidity ? saved.uidNext : 1;
    const quint64 savedModSeq = sameValidity ? saved.highestModSeq : 0;
    state.highestModSeq = savedModSeq;
    // The stored items of this folder, read only when the sync needs them: a flag change, an
    // expunge, a UIDVALIDITY change or a state from before the UID set. A sync that only adds
    // messages looks up the remote ids it adds instead (issue 17: its cost is what changed).
    FolderKnown fk;
    bool fkLoaded = false;
    const auto loadKnown = [&] {
        if (!fkLoaded)
            fk = splitKnown(knownItems.items(), mailbox, st->uidValidity);
        fkLoaded = true;
    };
    if (!sameValidity || !saved.knownUids)
        loadKnown();
    // The stored items at the UIDs a flag change or an expunge names: one indexed lookup of
    // their locators ("UIDVALIDITY:UID"), not every item of the folder (issue 17). Without a
    // locator lookup, all of them are read.
    const auto lookUpUids = [&](const QList<quint32> &named) {
        if (fkLoaded || named.isEmpty())
            return;
        QStringList locators;
        locators.reserve(named.size());
        for (const quint32 uid : named)
            locators << locatorOf(st->uidValidity, uid);
        const std::optional<KnownItems> found = knownItems.findAt(recordFolder(mailbox), locators);
        if (!found) {
            loadKnown();
            return;
        }
        const FolderKnown part = splitKnown(*found, mailbox, st->uidValidity);
        for (auto it = part.current.constBegin(); it != part.current.constEnd(); ++it)
            fk.current.insert(it.key(), it.value());
    };
    const quint32 start = state.uidNext;
    const QString folder = recordFolder(mailbox);
    // The UIDs below `start` the folder held at the last sync: from the saved state, else (a
    // state from before issue 17) from the stored items; empty after a UIDVALIDITY change.
    UidSet uids;
    if (sameValidity && saved.knownUids) {
        uids = *saved.knownUids;
    } else if (sameValidity) {
        QList<quint32> stored = fk.current.keys();
        std::sort(stored.begin(), stored.end());
        for (const quint32 uid : std::as_const(stored))
            uids.insert(uid);
    }
    uids.removeFrom(start);

    // 1. Flag changes and expunges of what we already have (UIDs below the committed UIDNEXT).
    SourceBatch first;
    std::optional<QSet<quint32>> present;
    // With QRESYNC the same command names the UIDs expunged since the saved HIGHESTMODSEQ
    // (VANISHED (EARLIER), RFC 7162 §3.2.6), which a QRESYNC server raises on every expunge.
    std::optional<QList<UidRange>> vanished;
    if ((!fk.current.isEmpty() || !uids.isEmpty()) && start > 1) {
        // HIGHESTMODSEQ never decreases (RFC 7162 §3.1.1); a server whose value went back (a
        // restored backup) would hide changes from CHANGEDSINCE: re-read every flag instead.
        const bool condstore = savedModSeq > 0 && st->highestModSeq >= savedModSeq;
        if (!condstore || st->highestModSeq != savedModSeq) {
            const auto flags = condstore
                ? session.uidFetchChangedSince({{1, start - 1}}, FetchWhat::Flags, savedModSeq, &vanished, error)
                : session.uidFetch({{1, start - 1}}, FetchWhat::Flags, error);
            if (!flags)
                return false;
            if (!condstore)
                present.emplace();
            QList<quint32> named;
            named.reserve(flags->size());
            for (const FetchedMessage &m : *flags)
                named.append(m.uid);
            if (condstore)
                lookUpUids(named);  // the messages whose flags changed
            else if (!flags->isEmpty())
                loadKnown();        // every flag was re-read
            for (const FetchedMessage &m : *flags) {
                if (present)
                    present->insert(m.uid);
                const auto it = fk.current.constFind(m.uid);
                if (it == fk.current.constEnd())
                    continue;
                const ItemFlags now = toItemFlags(m.flags);
                if (now == it->ref.flags)
                    continue;
                first.flagUpdates.append({it->remoteId, QString(),
                                          fingerprintOf(st->uidValidity, m.uid, now), now});
                fk.current[m.uid].ref.flags = now;
            }
        }
    }
    state.highestModSeq = st->highestModSeq;

    // 2. Which UIDs are new.
    const auto fresh = session.uidFetch({{start, 0}}, FetchWhat::Uids, error);
    if (!fresh)
        return false;
    QList<quint32> newUids;
    for (const FetchedMessage &m : *fresh) {
        if (m.uid >= start && !(fkLoaded && fk.current.contains(m.uid)))
            newUids.append(m.uid);
    }
    std::sort(newUids.begin(), newUids.end());
    newUids.erase(std::unique(newUids.begin(), newUids.end()), newUids.end());

    // 3. Expunged. VANISHED named them (QRESYNC): the known UIDs among them are gone, if the
    // counts then agree (EXISTS = UIDs held at the last sync - gone + new). Otherwise, look only
    // when the counts disagree: the saved UID set counts what the folder held, parsed or not,
    // whatever happened to the stored items since (a done item moved away by its archive), and
    // one listing puts it right. A sync stopped before its last batch saved the new
    // HIGHESTMODSEQ, so VANISHED no longer names what it had found: the counts catch that too.
    QList<quint32> goneUids;  // dropped from the saved set with the last batch, with `expunged`
    bool settled = false;     // VANISHED accounts for every difference in the counts
    bool unsettled = false;   // VANISHED named known UIDs, but the counts still disagree
    if (vanished && !present) {
        // The server's ranges, sorted and merged, against the held ones (sorted and disjoint):
        // one pass, whatever a server repeats or overlaps.
        QList<UidRange> named = *vanished;
        std::sort(named.begin(), named.end(), [](const UidRange &a, const UidRange &b) { return a.first < b.first; });
        QList<UidRange> merged;
        for (const UidRange &v : std::as_const(named)) {
            if (!merged.isEmpty() && quint64(v.first) <= quint64(merged.last().last) + 1)
                merged.last().last = qMax(merged.last().last, v.last);
            else
                merged.append(v);
        }
        const QList<UidSet::Range> &held = uids.ranges();
        for (qsizetype i = 0, j = 0; i < merged.size() && j < held.size();) {
            for (quint64 uid = qMax<quint64>(merged.at(i).first, held.at(j).first);
                 uid <= qMin<quint64>(merged.at(i).last, held.at(j).second); ++uid)
                goneUids.append(quint32(uid));
            if (quint64(merged.at(i).last) < quint64(held.at(j).second))
                ++i;
            else
                ++j;
        }
        settled = qint64(uids.count()) - goneUids.size() + newUids.size() == qint64(st->exists);
        unsettled = !settled && !goneUids.isEmpty();
        if (!settled)
            goneUids.clear();  // the listing below decides
    }
    if (!present && !settled && !uids.isEmpty()
        && (unsettled || qint64(uids.count()) + newUids.size() != qint64(st->exists))) {
        const auto all = session.uidFetch({{1, start > 1 ? start - 1 : 1}}, FetchWhat::Uids, error);
        if (!all)
            return false;
        present.emplace();
        for (const FetchedMessage &m : *all)
            present->insert(m.uid);
        stats->uidsListed = true;
    }
    // Expunged UIDs are reported with the last batch, not here: the same message may be among
    // the new UIDs under the same remote id (moved out and back, e.g. an undo of "done"), and
    // reporting its remote id as removed would delete the item before the new UID updates it.
    QStringList expunged;
    if (!goneUids.isEmpty()) {
        // Named by VANISHED: the saved set keeps them until the last batch, as below.
        lookUpUids(goneUids);
        const QSet<quint32> gone(goneUids.cbegin(), goneUids.cend());
        for (auto it = fk.current.begin(); it != fk.current.end();) {
            if (gone.contains(it.key())) {
                expunged.append(it->remoteId);
                it = fk.current.erase(it);
            } else {
                ++it;
            }
        }
    } else if (present) {
        loadKnown();
        for (const UidSet::Range &r : uids.ranges()) {
            for (quint64 uid = r.first; uid <= r.second; ++uid) {
                if (!present->contains(quint32(uid)))
                    goneUids.append(quint32(uid));
            }
        }
        // The set becomes what the server listed below `start` (messages that never became items
        // too: failed to parse, or kept before the set existed), plus the gone UIDs until the end.
        QList<quint32> held = goneUids;
        for (const quint32 uid : std::as_const(*present)) {
            if (uid < start)
                held.append(uid);
        }
        std::sort(held.begin(), held.end());
        uids = UidSet();
        for (const quint32 uid : std::as_const(held))
            uids.insert(uid);
        for (auto it = fk.current.begin(); it != fk.current.end();) {
            if (it.key() < start && !present->contains(it.key())) {
                expunged.append(it->remoteId);
                it = fk.current.erase(it);
            } else {
                ++it;
            }
        }
    }
    // Until the last batch the saved set keeps the expunged UIDs, so a sync stopped before it
    // sees the counts disagree again and reports them then.
    state.knownUids = uids;
    if (!first.flagUpdates.isEmpty() || state.highestModSeq != savedModSeq || !(state.knownUids == saved.knownUids)) {
        stats->updated += int(first.flagUpdates.size());
        first.syncState.insert(mailbox, state.encode());
        sink.batch(std::move(first));
    }

    // 4. New messages, in batches; each batch commits the UIDNEXT up to its last UID.
    QSet<QString> upserted; // remote ids of the new UIDs this sync reported
    QSet<QString> usedKeys; // message-id keys taken by a current-validity item in this folder
    for (const KnownEntry &e : std::as_const(fk.current)) {
        if (!e.remoteId.contains(QLatin1String("#uid:")))
            usedKeys.insert(e.remoteId);
    }
    const int total = int(newUids.size());
    if (sink.progress)
        sink.progress(0, total);

    // Pipelined: while the pool parses batch N, this thread fetches batch N+1 (libetpan is
    // blocking, so the download and the MIME parsing would otherwise take turns).
    struct Parsed {
        std::optional<ParsedMessage> msg;
        QString why;
    };
    struct Fetched {
        quint32 lastUid = 0;
        int count = 0;
        QList<FetchedMessage> msgs;
        QFuture<Parsed> parsed;
    };
    ParseOptions parseOptions;
    parseOptions.allHeaders = false; // the record keeps only From/To/Cc/Subject/… and rule headers
    auto parseAll = [parseOptions](const QList<FetchedMessage> &msgs) {
        // MIME parsing is the CPU-heavy part: spread it over the worker pool (GMime is reentrant).
        return QtConcurrent::mapped(workerPool(), msgs, [parseOptions](const FetchedMessage &m) {
            Parsed p;
            p.msg = parseMessage(m.header + m.text, parseOptions, &p.why);
            return p;
        });
    };
    // Without the stored items: which of the remote ids these messages could take exist already
    // (one indexed lookup per batch), as usedKeys and fk.stale would say with all of them read.
    // An item whose UID VANISHED frees its key: the message may be back under a new UID (moved
    // out and back), and must keep its item.
    const QSet<quint32> freed(goneUids.cbegin(), goneUids.cend());
    const auto lookUpKeys = [&](const QList<FetchedMessage> &msgs, const QList<Parsed> &parsed) {
        QStringList candidates;
        for (qsizetype k = 0; k < msgs.size(); ++k) {
            if (!parsed.at(k).msg || msgs.at(k).uid < start)
                continue;
            if (!parsed.at(k).msg->record.messageId.isEmpty())
                candidates << remoteIdForMessageId(mailbox, parsed.at(k).msg->record.messageId);
            candidates << remoteIdForHeader(mailbox, msgs.at(k).header);
        }
        const KnownItems found = knownItems.find(candidates);
        for (auto it = found.constBegin(); it != found.constEnd(); ++it) {
            const std::optional<UidRef> ref = parseFingerprint(it.value());
            if (!ref || folderOfRemoteId(it.key()) != mailbox)
                continue;
            if (ref->uidValidity != st->uidValidity)
                fk.stale.insert(it.key(), {it.key(), *ref});
            else if (!it.key().contains(QLatin1String("#uid:")) && !freed.contains(ref->uid))
                usedKeys.insert(it.key());
        }
    };
    int done = 0;
    // Turns a parsed chunk into a batch (in UID order, so remote-id collisions resolve as
    // before) and emits it with the state up to its last UID.
    auto emitBatch = [&](Fetched &f) {
        QList<Parsed> parsedAll = f.parsed.results();
        if (!fkLoaded)
            lookUpKeys(f.msgs, parsedAll);
        SourceBatch batch;
        batch.upserts.reserve(f.msgs.size());
        for (qsizetype k = 0; k < f.msgs.size(); ++k) {
            const FetchedMessage &m = f.msgs.at(k);
            if (m.uid < start)
                continue;
            uids.insert(m.uid);  // held by the folder, stored or (below) failed to parse
            ++stats->bodiesFetched;
            Parsed &p = parsedAll[k];
            if (!p.msg) {
                ++stats->failed;
                if (sink.itemFailed)
                    sink.itemFailed({remoteIdForUid(mailbox, st->uidValidity, m.uid), p.why});
                continue;
            }
            ItemRecord rec = std::move(p.msg->record);
            // Stable key first (survives a UIDVALIDITY change), the UID only as a last resort.
            QString rid;
            if (!rec.messageId.isEmpty())
                rid = remoteIdForMessageId(mailbox, rec.messageId);
            if (rid.isEmpty() || usedKeys.contains(rid))
                rid = remoteIdForHeader(mailbox, m.header);
            if (usedKeys.contains(rid))
                rid = remoteIdForUid(mailbox, st->uidValidity, m.uid);
            else
                usedKeys.insert(rid);
            const bool rekeyed = fk.stale.remove(rid) > 0;
            ++(rekeyed ? stats->updated : stats->added);
            upserted.insert(rid);
            rec.remoteId = rid;
            rec.folder = folder;
            rec.flags = toItemFlags(m.flags);
            rec.locator = locatorOf(st->uidValidity, m.uid);
            rec.fingerprint = fingerprintOf(st->uidValidity, m.uid, rec.flags);
            batch.upserts.append(std::move(rec));
        }
        done += f.count;
        state.uidNext = qMax(state.uidNext, f.lastUid + 1);
        state.knownUids = uids;
        batch.syncState.insert(mailbox, state.encode());
        sink.batch(std::move(batch));
        if (sink.progress)
            sink.progress(done, total);
    };
    std::optional<Fetched> previous;
    // On every way out, the pool must be done with the previous chunk before it goes away.
    auto drop = [&] {
        if (previous)
            previous->parsed.waitForFinished();
        previous.reset();
    };
    for (qsizetype i = 0; i < newUids.size(); i += options.batchSize) {
        if (aborted(sink)) {
            drop();
            return false;
        }
        const QList<quint32> chunk = newUids.mid(i, options.batchSize);
        auto msgs = session.uidFetch(Session::rangesOf(chunk), FetchWhat::Summary, error, 0,
                                     options.snippetBytes);
        if (!msgs) {
            // What was fetched before the failure is still good: commit it.
            if (previous && !aborted(sink))
                emitBatch(*previous);
            drop();
            return false;
        }
        Fetched current;
        current.lastUid = chunk.last();
        current.count = int(chunk.size());
        current.msgs = std::move(*msgs);
        current.parsed = parseAll(current.msgs);
        if (previous)
            emitBatch(*previous);
        previous = std::move(current);
    }
    if (previous) {
        if (aborted(sink)) {
            drop();
            return false;
        }
        emitBatch(*previous);
        previous.reset();
    }

    // 5. Done: items of an old UIDVALIDITY that did not come back are gone, and so are expunged
    // UIDs whose remote id no new UID took over (a sync stopped before this point reports them
    // next time: their UIDs are still known and still missing).
    SourceBatch last;
    for (const KnownEntry &e : std::as_const(fk.stale))
        last.removedRemoteIds.append(e.remoteId);
    for (const QString &remoteId : std::as_const(expunged)) {
        if (!upserted.contains(remoteId))
            last.removedRemoteIds.append(remoteId);
    }
    stats->removed += int(last.removedRemoteIds.size());
    for (const quint32 uid : std::as_const(goneUids))
        uids.remove(uid);
    state.knownUids = uids;
    state.uidNext = qMax(state.uidNext, st->uidNext);
    if (!last.removedRemoteIds.isEmpty() || !(state == saved)) {
        last.syncState.insert(mailbox, state.encode());
        sink.batch(std::move(last));
    }
    return true;
}

} // namespace fi::imap
