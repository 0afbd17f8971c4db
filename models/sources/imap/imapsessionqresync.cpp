// QRESYNC on the sync session (RFC 7162 §3.2; issue 17): ENABLE after LOGIN, and the VANISHED
// responses of UID FETCH (CHANGEDSINCE n VANISHED), so an expunge costs no UID listing.
#include "sources/imap/imapsession.h"
#include "sources/imap/imapsessionlibetpan.h"

#include <QByteArray>

#include <libetpan/libetpan.h>

#include <algorithm>
#include <cstring>
#include <limits>

namespace fi::imap {

namespace detail {

int enableQResync(mailimap *imap, bool *enabled)
{
    *enabled = false;
    clist *names = clist_new();
    struct mailimap_capability *qresync = mailimap_capability_new(MAILIMAP_CAPABILITY_NAME, nullptr, strdup("QRESYNC"));
    clist_append(names, qresync);
    mailimap_capability_data *wanted = mailimap_capability_data_new(names);
    mailimap_capability_data *answer = nullptr;
    const int r = mailimap_enable(imap, wanted, &answer);
    mailimap_capability_data_free(wanted);
    if (r != MAILIMAP_NO_ERROR)
        return r;  // libetpan freed what it had parsed
    // Enabled only if the server says so in its untagged ENABLED (RFC 5161 §3.1).
    for (clistiter *it = answer && answer->cap_list ? clist_begin(answer->cap_list) : nullptr; it; it = clist_next(it)) {
        const auto *cap = static_cast<const struct mailimap_capability *>(clist_content(it));
        if (cap && cap->cap_type == MAILIMAP_CAPABILITY_NAME && cap->cap_data.cap_name
            && qstricmp(cap->cap_data.cap_name, "QRESYNC") == 0)
            *enabled = true;
    }
    if (answer)
        mailimap_capability_data_free(answer);
    return r;
}

void takeVanished(mailimap *imap, mailimap_qresync_vanished *first, const QList<UidRange> &ranges,
                  QList<UidRange> *out)
{
    const auto add = [&ranges, out](const mailimap_qresync_vanished *v) {
        if (!v || !v->qr_known_uids || !v->qr_known_uids->set_list)
            return;
        for (clistiter *it = clist_begin(v->qr_known_uids->set_list); it; it = clist_next(it)) {
            const auto *item = static_cast<const mailimap_set_item *>(clist_content(it));
            if (!item)
                continue;
            constexpr quint32 kStar = std::numeric_limits<quint32>::max();  // "*" is 0 in libetpan
            quint32 a = item->set_first ? item->set_first : kStar;
            quint32 b = item->set_last ? item->set_last : kStar;
            if (a > b)
                std::swap(a, b);  // "7:3" is the set 3:7 (RFC 3501 §9, seq-range)
            for (const UidRange &r : ranges) {
                const quint32 lo = std::max(a, r.first);
                const quint32 hi = std::min(b, r.last ? r.last : kStar);
                if (lo <= hi && lo > 0 && hi != kStar)
                    out->append({lo, hi});
            }
        }
    };
    add(first);
    if (first)
        mailimap_qresync_vanished_free(first);
    // libetpan hands over the first VANISHED response only; a server may send several.
    const mailimap_response_info *info = imap->imap_response_info;
    for (clistiter *it = info && info->rsp_extension_list ? clist_begin(info->rsp_extension_list) : nullptr; it;
         it = clist_next(it)) {
        const auto *ext = static_cast<const mailimap_extension_data *>(clist_content(it));
        if (ext && ext->ext_extension && ext->ext_extension->ext_id == MAILIMAP_EXTENSION_QRESYNC
            && ext->ext_type == MAILIMAP_QRESYNC_TYPE_VANISHED)
            add(static_cast<const mailimap_qresync_vanished *>(ext->ext_data));
    }
}

} // namespace detail

bool Session::enableQResync(Error *error)
{
    if (m_qresync || !hasQResync() || !mailimap_has_enable(m_imap.get()))
        return true;
    Command command(*this);
    const int r = detail::enableQResync(m_imap.get(), &m_qresync);
    // A server that refuses ENABLE (a tagged NO/BAD) still syncs, with CONDSTORE only.
    return r == MAILIMAP_NO_ERROR || r == MAILIMAP_ERROR_EXTENSION || fail(r, "ENABLE", error);
}

} // namespace fi::imap
