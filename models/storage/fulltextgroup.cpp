#include "storage/fulltextgroup.h"

namespace fi {

StoreWriter::GroupHooks fullTextGroupHooks()
{
    StoreWriter::GroupHooks hooks;
    hooks.afterBegin << QStringLiteral("UPDATE fts_control SET deferred = 1");
    hooks.beforeCommit << QStringLiteral("INSERT INTO items_fts(rowid, subject, from_name, from_address, snippet)"
                                         " SELECT i.id, i.subject, i.from_name, i.from_address, i.snippet"
                                         " FROM fts_pending p JOIN items i ON i.id = p.item_id")
                       << QStringLiteral("DELETE FROM fts_pending")
                       << QStringLiteral("UPDATE fts_control SET deferred = 0");
    return hooks;
}

} // namespace fi
