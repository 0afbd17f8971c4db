#include "sources/imap/imapcapabilities.h"

#include "sources/imap/imaptls.h"

#include <QByteArray>

#include <libetpan/libetpan.h>

namespace fi::imap {
namespace {

/// A record with a list, never a NULL list (see the file comment); with @p empty, an empty one.
void repairCapabilities(mailimap *imap, bool empty)
{
    mailimap_connection_info *info = imap->imap_connection_info;
    if (!info)
        return;
    if (info->imap_capability && info->imap_capability->cap_list && !empty)
        return;
    if (info->imap_capability)
        mailimap_capability_data_free(info->imap_capability);
    info->imap_capability = mailimap_capability_data_new(clist_new());
}

} // namespace

int readCapabilities(mailimap *imap, bool discardOld)
{
    tls::ignoreSigPipe();
    if (!imap->imap_connection_info)
        imap->imap_connection_info = mailimap_connection_info_new();
    repairCapabilities(imap, discardOld);
    // The command without mailimap_capability()'s copy of the stored record: the untagged
    // answer is stored by libetpan's response handling all the same.
    const int r = mailimap_custom_command(imap, "CAPABILITY");
    repairCapabilities(imap, false);
    return r == MAILIMAP_ERROR_CUSTOM_COMMAND ? MAILIMAP_ERROR_CAPABILITY : r;
}

bool hasCapability(mailimap *imap, const char *name)
{
    if (!imap || !imap->imap_connection_info || !imap->imap_connection_info->imap_capability)
        return false;
    clist *caps = imap->imap_connection_info->imap_capability->cap_list;
    for (clistiter *it = caps ? clist_begin(caps) : nullptr; it; it = clist_next(it)) {
        auto *cap = static_cast<struct mailimap_capability *>(clist_content(it));
        if (cap->cap_type == MAILIMAP_CAPABILITY_NAME && cap->cap_data.cap_name
            && qstricmp(cap->cap_data.cap_name, name) == 0)
            return true;
    }
    return false;
}

} // namespace fi::imap
