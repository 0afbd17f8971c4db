#pragma once
/// @file fulltextgroup.h
/// @brief Full-text indexing once per group commit (schema version 5).

#include "storage/storewriter.h"

namespace fi {

/**
 * @brief The StoreWriter hooks that index new and changed items once per group commit.
 *
 * FTS5 flushes its pending terms into a new segment at every savepoint, and each statement that
 * fires a trigger opens one: indexing row by row inside a group of 64 batches wrote thousands
 * of tiny segments (half of the writer's CPU in bench/feeds). With these hooks, after BEGIN the
 * writer sets fts_control.deferred, the items triggers (resources/sql/0005_group_fts.sql) only
 * queue the ids of inserted and updated rows in fts_pending, and just before COMMIT one
 * INSERT … SELECT indexes the queue and clears the flag again. Rows deleted while queued leave
 * the queue only. The flag is never committed as 1, so other connections, migrations and raw
 * jobs index at once as before, and a crash rolls the whole group back.
 * Used by ItemStore::open(); a failing hook statement fails the group like a failed COMMIT.
 */
StoreWriter::GroupHooks fullTextGroupHooks();

} // namespace fi
