-- Focus Inbox schema, version 12 (issue 13): the change journal learns "mute" (GitHub: unsubscribe
-- from a thread; ItemStore::muteAndDone). Times are UTC epoch milliseconds.

-- SQLite cannot alter a CHECK constraint: the table is rebuilt with the same columns, rows and ids
-- (as in version 6). The triggers that read it are dropped first and made again afterwards, so the
-- rename never sees a trigger pointing at a table that is briefly missing.
DROP TRIGGER items_keep_journaled_flag;
DROP TRIGGER items_keep_journaled_seen;
CREATE TABLE pending_changes_v12 (
    id         INTEGER PRIMARY KEY,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    item_id    INTEGER REFERENCES items(id) ON DELETE SET NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('seen', 'unseen', 'done', 'reopen', 'tier', 'snooze',
                                                'flag', 'unflag', 'mute')),
    folder     TEXT    NOT NULL DEFAULT '',      -- where the item was when the change was made
    remote_id  TEXT    NOT NULL DEFAULT '',
    locator    TEXT    NOT NULL DEFAULT '',
    detail     TEXT    NOT NULL DEFAULT '{}',    -- JSON: the change's value and the replayer's progress
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT    NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL
);
INSERT INTO pending_changes_v12 (id, source_id, item_id, kind, folder, remote_id, locator, detail, attempts,
                                 last_error, created_ms)
    SELECT id, source_id, item_id, kind, folder, remote_id, locator, detail, attempts, last_error, created_ms
    FROM pending_changes;
DROP TABLE pending_changes;
ALTER TABLE pending_changes_v12 RENAME TO pending_changes;
CREATE INDEX pending_changes_source ON pending_changes(source_id, id);
CREATE INDEX pending_changes_item ON pending_changes(item_id);

-- The same triggers as version 6 (see 0006_flag_journal.sql for why they exist).
CREATE TRIGGER items_keep_journaled_flag AFTER UPDATE OF flagged ON items
WHEN EXISTS (SELECT 1 FROM pending_changes p WHERE p.item_id = NEW.id AND p.kind IN ('flag', 'unflag'))
BEGIN
    UPDATE items SET flagged = (SELECT p.kind = 'flag' FROM pending_changes p
                                WHERE p.item_id = NEW.id AND p.kind IN ('flag', 'unflag')
                                ORDER BY p.id DESC LIMIT 1)
     WHERE id = NEW.id;
END;

CREATE TRIGGER items_keep_journaled_seen AFTER UPDATE OF seen ON items
WHEN EXISTS (SELECT 1 FROM pending_changes p WHERE p.item_id = NEW.id AND p.kind IN ('seen', 'unseen'))
BEGIN
    UPDATE items SET seen = (SELECT p.kind <> 'unseen' FROM pending_changes p
                             WHERE p.item_id = NEW.id AND p.kind IN ('seen', 'unseen')
                             ORDER BY p.id DESC LIMIT 1)
     WHERE id = NEW.id;
END;
