-- Focus Inbox schema, version 5: the full-text index is filled once per group commit.
--
-- FTS5 flushes its pending terms into a new index segment at every savepoint, and every
-- statement that fires a trigger opens one. With a trigger per inserted row, a group commit of
-- 64 batches (StoreWriter) wrote thousands of tiny segments and merged them again: half of the
-- writer's CPU time in bench/feeds. Now, while the write connection runs a group, inserted and
-- updated rows only queue their id in fts_pending, and the writer indexes the whole queue with
-- one INSERT … SELECT just before COMMIT (models/storage/itemstore.cpp, ftsGroupHooks).
-- Any other write (migrations, a raw job, another connection) sees deferred = 0 and indexes at
-- once as before. fts_control.deferred is 1 only inside an open group transaction, so no other
-- connection ever sees it set, and a crash rolls it back with the rest.

CREATE TABLE fts_control (deferred INTEGER NOT NULL);
INSERT INTO fts_control (deferred) VALUES (0);
CREATE TABLE fts_pending (item_id INTEGER PRIMARY KEY);

DROP TRIGGER items_fts_ai;
DROP TRIGGER items_fts_ad;
DROP TRIGGER items_fts_au;

CREATE TRIGGER items_fts_ai AFTER INSERT ON items BEGIN
    INSERT INTO items_fts(rowid, subject, from_name, from_address, snippet)
    SELECT new.id, new.subject, new.from_name, new.from_address, new.snippet
     WHERE (SELECT deferred FROM fts_control) = 0;
    INSERT INTO fts_pending(item_id)
    SELECT new.id WHERE (SELECT deferred FROM fts_control) <> 0;
END;

-- A row still queued was never indexed: it only leaves the queue (an external-content 'delete'
-- of values that were never inserted would corrupt the index).
CREATE TRIGGER items_fts_ad AFTER DELETE ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, subject, from_name, from_address, snippet)
    SELECT 'delete', old.id, old.subject, old.from_name, old.from_address, old.snippet
     WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE item_id = old.id);
    DELETE FROM fts_pending WHERE item_id = old.id;
END;

CREATE TRIGGER items_fts_au AFTER UPDATE OF subject, from_name, from_address, snippet ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, subject, from_name, from_address, snippet)
    SELECT 'delete', old.id, old.subject, old.from_name, old.from_address, old.snippet
     WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE item_id = old.id);
    INSERT INTO items_fts(rowid, subject, from_name, from_address, snippet)
    SELECT new.id, new.subject, new.from_name, new.from_address, new.snippet
     WHERE (SELECT deferred FROM fts_control) = 0;
    INSERT OR IGNORE INTO fts_pending(item_id)
    SELECT new.id WHERE (SELECT deferred FROM fts_control) <> 0;
END;
