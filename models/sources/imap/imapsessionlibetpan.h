#pragma once
/// @file imapsessionlibetpan.h
/// @brief Internal to the Session implementation files (imapsession*.cpp): RAII owners of
/// libetpan objects and UID set building. Not for use outside models/sources/imap.

#include "sources/imap/imapsession.h"

#include <libetpan/libetpan.h>

namespace fi::imap::detail {

/// Owns a libetpan object with its free function.
template <typename T, void (*Free)(T *)> struct Owned {
    T *p = nullptr;
    Owned() = default;
    explicit Owned(T *v) : p(v) {}
    ~Owned() { if (p) Free(p); }
    Owned(const Owned &) = delete;
    Owned &operator=(const Owned &) = delete;
    T *release() { T *v = p; p = nullptr; return v; }
};
using SetPtr = Owned<mailimap_set, mailimap_set_free>;
using FetchTypePtr = Owned<mailimap_fetch_type, mailimap_fetch_type_free>;
using FetchListPtr = Owned<clist, mailimap_fetch_list_free>;
using FlagListPtr = Owned<mailimap_flag_list, mailimap_flag_list_free>;
using StoreAttPtr = Owned<mailimap_store_att_flags, mailimap_store_att_flags_free>;
using ListResultPtr = Owned<clist, mailimap_list_result_free>;

/// A libetpan set of @p ranges (UidRange::last 0 = "*"); the caller owns it (SetPtr).
inline mailimap_set *makeSet(const QList<UidRange> &ranges)
{
    mailimap_set *set = mailimap_set_new_empty();
    for (const UidRange &r : ranges)
        mailimap_set_add_interval(set, r.first, r.last);
    return set;
}

/// ENABLE QRESYNC (RFC 7162 §3.2.3, RFC 5161) on @p imap, in the authenticated state.
/// @p enabled: whether the server's untagged ENABLED names QRESYNC. Returns libetpan's code
/// (MAILIMAP_ERROR_EXTENSION for a tagged NO/BAD). Used by Session::enableQResync() and the
/// IMAP fuzz harness.
int enableQResync(mailimap *imap, bool *enabled);

/// Appends to @p out the UIDs within @p ranges that the last command's VANISHED responses name
/// (RFC 7162 §3.2.10): @p first, which libetpan's mailimap_uid_fetch_qresync() hands over (this
/// takes and frees it; may be null), and every other VANISHED still in @p imap's response info.
/// Ranges are clipped to @p ranges; reversed ranges ("7:3") are read as 3:7.
void takeVanished(mailimap *imap, mailimap_qresync_vanished *first, const QList<UidRange> &ranges,
                  QList<UidRange> *out);

} // namespace fi::imap::detail
