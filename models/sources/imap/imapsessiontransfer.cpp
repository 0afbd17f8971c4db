// Session commands that move or copy messages between mailboxes: UID MOVE (RFC 6851), or
// UID COPY with COPYUID (RFC 4315 UIDPLUS) and STORE \\Deleted + UID EXPUNGE without MOVE.
#include "sources/imap/imapsession.h"
#include "sources/imap/imapsessionlibetpan.h"

#include <QCoreApplication>

#include <libetpan/libetpan.h>

namespace fi::imap {

using detail::makeSet;
using detail::SetPtr;
using detail::StoreAttPtr;

bool Session::moveTo(const QList<quint32> &uids, const QString &target, Error *error)
{
    if (uids.isEmpty())
        return true;
    Command command(*this);
    QByteArray mb;
    if (!wireMailbox(target, &mb, error))
        return false;
    SetPtr set(makeSet(rangesOf(uids)));
    if (hasMove()) {
        uint32_t validity = 0;
        struct mailimap_set *src = nullptr, *dst = nullptr;
        const int r = mailimap_uidplus_uid_move(m_imap.get(), set.p, mb.constData(), &validity, &src, &dst);
        if (src)
            mailimap_set_free(src);
        if (dst)
            mailimap_set_free(dst);
        return r == MAILIMAP_NO_ERROR || fail(r, "UID MOVE", error);
    }
    int r = mailimap_uid_copy(m_imap.get(), set.p, mb.constData());
    if (r != MAILIMAP_NO_ERROR)
        return fail(r, "UID COPY", error);
    mailimap_flag_list *flags = mailimap_flag_list_new_empty();
    mailimap_flag_list_add(flags, mailimap_flag_new_deleted());
    StoreAttPtr att(mailimap_store_att_flags_new_add_flags_silent(flags));
    r = mailimap_uid_store(m_imap.get(), set.p, att.p);
    if (r != MAILIMAP_NO_ERROR)
        return fail(r, "UID STORE", error);
    r = mailimap_uid_expunge(m_imap.get(), set.p);
    return r == MAILIMAP_NO_ERROR || fail(r, "UID EXPUNGE", error);
}

namespace {

/// The destination UID of @p source in a COPYUID answer (RFC 4315 §3): the sets are in the same
/// order, so the n-th UID of the source set maps to the n-th of the destination set.
quint32 destinationOf(quint32 source, const mailimap_set *src, const mailimap_set *dst)
{
    if (!src || !dst)
        return 0;
    auto flatten = [](const mailimap_set *set) {
        QList<quint32> uids;
        for (clistiter *it = clist_begin(set->set_list); it; it = clist_next(it)) {
            auto *item = static_cast<mailimap_set_item *>(clist_content(it));
            const quint32 first = qMin(item->set_first, item->set_last);
            const quint32 last = qMax(item->set_first, item->set_last);
            if (first == 0 || last - first >= 10000)
                return QList<quint32>();  // "*" or an absurd range for one message: ignore
            for (quint32 u = first; u <= last; ++u)
                uids.append(u);
        }
        return uids;
    };
    const QList<quint32> from = flatten(src);
    const QList<quint32> to = flatten(dst);
    const qsizetype at = from.indexOf(source);
    return from.size() == to.size() && at >= 0 ? to.at(at) : 0;
}

/// Frees the sets libetpan hands out with a COPYUID.
struct CopyUidSets {
    uint32_t validity = 0;
    mailimap_set *src = nullptr;
    mailimap_set *dst = nullptr;
    ~CopyUidSets()
    {
        if (src)
            mailimap_set_free(src);
        if (dst)
            mailimap_set_free(dst);
    }
    CopiedTo of(quint32 uid) const
    {
        CopiedTo to;
        to.uid = destinationOf(uid, src, dst);
        to.uidValidity = to.uid ? validity : 0;
        return to;
    }
};

} // namespace

bool Session::uidMove(quint32 uid, const QString &target, CopiedTo *to, Error *error)
{
    return uidTransfer(uid, target, /*move=*/true, to, error);
}

bool Session::uidCopy(quint32 uid, const QString &target, CopiedTo *to, Error *error)
{
    return uidTransfer(uid, target, /*move=*/false, to, error);
}

bool Session::uidTransfer(quint32 uid, const QString &target, bool move, CopiedTo *to, Error *error)
{
    Command command(*this);
    QByteArray mb;
    if (!wireMailbox(target, &mb, error))
        return false;
    SetPtr set(makeSet({{uid, uid}}));
    CopyUidSets sets;
    const auto transfer = move ? &mailimap_uidplus_uid_move : &mailimap_uidplus_uid_copy;
    const int r = transfer(m_imap.get(), set.p, mb.constData(), &sets.validity, &sets.src, &sets.dst);
    if (r != MAILIMAP_NO_ERROR)
        return fail(r, move ? "UID MOVE" : "UID COPY", error);
    if (to)
        *to = sets.of(uid);
    return true;
}

} // namespace fi::imap
