// Session commands that look at a mailbox without selecting it, and keep-alive: STATUS and
// NOOP (issue 17: a no-change sync costs one STATUS on a session kept between polls).
#include "sources/imap/imapsession.h"

#include <libetpan/libetpan.h>

namespace fi::imap {

std::optional<MailboxStatus> Session::status(const QString &folder, Error *error)
{
    Command command(*this);
    QByteArray name;
    if (!wireMailbox(folder, &name, error))
        return std::nullopt;
    mailimap_status_att_list *atts = mailimap_status_att_list_new_empty();
    mailimap_status_att_list_add(atts, MAILIMAP_STATUS_ATT_MESSAGES);
    mailimap_status_att_list_add(atts, MAILIMAP_STATUS_ATT_UIDNEXT);
    mailimap_status_att_list_add(atts, MAILIMAP_STATUS_ATT_UIDVALIDITY);
    const bool condstore = hasCondStore();
    if (condstore)
        mailimap_status_att_list_add(atts, MAILIMAP_STATUS_ATT_HIGHESTMODSEQ);
    mailimap_mailbox_data_status *raw = nullptr;
    const int r = mailimap_status(m_imap.get(), name.constData(), atts, &raw);
    mailimap_status_att_list_free(atts);
    if (r != MAILIMAP_NO_ERROR) {
        fail(r, "STATUS", error);
        return std::nullopt;
    }
    MailboxStatus st;
    for (clistiter *it = raw && raw->st_info_list ? clist_begin(raw->st_info_list) : nullptr; it; it = clist_next(it)) {
        const auto *info = static_cast<const mailimap_status_info *>(clist_content(it));
        switch (info->st_att) {
        case MAILIMAP_STATUS_ATT_MESSAGES: st.exists = info->st_value; break;
        case MAILIMAP_STATUS_ATT_UIDNEXT: st.uidNext = info->st_value; break;
        case MAILIMAP_STATUS_ATT_UIDVALIDITY: st.uidValidity = info->st_value; break;
        default:
            // HIGHESTMODSEQ is 64-bit: libetpan carries it in the CONDSTORE extension data (st_value
            // is 32-bit), whichever st_att it sets.
            if (info->st_ext_data && info->st_ext_data->ext_extension == &mailimap_extension_condstore
                && info->st_ext_data->ext_type == MAILIMAP_CONDSTORE_TYPE_STATUS_INFO && info->st_ext_data->ext_data)
                st.highestModSeq = static_cast<const mailimap_condstore_status_info *>(info->st_ext_data->ext_data)
                                       ->cs_highestmodseq_value;
            break;
        }
    }
    if (raw)
        mailimap_mailbox_data_status_free(raw);
    return st;
}

bool Session::noop(Error *error)
{
    Command command(*this);
    const int r = mailimap_noop(m_imap.get());
    return r == MAILIMAP_NO_ERROR || fail(r, "NOOP", error);
}

} // namespace fi::imap
