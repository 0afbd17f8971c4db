-- Focus Inbox schema, version 4: items that are not mail, the app's own knowledge kept apart
-- from the source's flags, inline content, and the change journal (issue 10).
-- Times are UTC epoch milliseconds.

-- The web page of the item (a feed entry, a GitHub thread): "Open in source" opens it. '' = none.
ALTER TABLE items ADD COLUMN url TEXT NOT NULL DEFAULT '';
-- Last activity at the source (a new comment, an updated entry), separate from received_ms.
-- 0 = none known (received_ms counts).
ALTER TABLE items ADD COLUMN activity_ms INTEGER NOT NULL DEFAULT 0;
-- A sender that is not an e-mail address: a GitHub login, a feed author's URI. '' = none.
ALTER TABLE items ADD COLUMN from_handle TEXT NOT NULL DEFAULT '';
-- Kind-specific attributes under namespaced keys, as JSON: {"mail.list-id": "...", "feed.category": "..."}.
ALTER TABLE items ADD COLUMN attributes_json TEXT NOT NULL DEFAULT '{}';
-- What the app itself knows, never overwritten by the source's flags (seen/flagged/answered
-- above are the source's): when a reply was detected (Sent folder), when the user opened it here.
ALTER TABLE items ADD COLUMN replied_ms INTEGER;
ALTER TABLE items ADD COLUMN opened_ms INTEGER;

-- Replies detected before version 4 set the answered flag; they are the app's knowledge.
UPDATE items SET replied_ms = (SELECT r.replied_ms FROM replied_message_ids r WHERE r.message_id = items.message_id)
 WHERE message_id <> '' AND message_id IN (SELECT message_id FROM replied_message_ids);

-- Content delivered with the item by kinds that have it inline (a feed entry's HTML).
-- Shown through the sanitizer; mail bodies are not stored here (they are loaded on demand).
CREATE TABLE item_content (
    item_id    INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    mime_type  TEXT    NOT NULL DEFAULT 'text/html',
    body       TEXT    NOT NULL,
    updated_ms INTEGER NOT NULL
);

-- The change journal: every triage change that must reach a source, written in the same
-- transaction as the local change and replayed in id order by the kind's replayer.
CREATE TABLE pending_changes (
    id         INTEGER PRIMARY KEY,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    item_id    INTEGER REFERENCES items(id) ON DELETE SET NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('seen', 'unseen', 'done', 'reopen', 'tier', 'snooze')),
    folder     TEXT    NOT NULL DEFAULT '',      -- where the item was when the change was made
    remote_id  TEXT    NOT NULL DEFAULT '',
    locator    TEXT    NOT NULL DEFAULT '',
    detail     TEXT    NOT NULL DEFAULT '{}',    -- JSON: the change's value and the replayer's progress
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT    NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL
);
CREATE INDEX pending_changes_source ON pending_changes(source_id, id);
CREATE INDEX pending_changes_item ON pending_changes(item_id);
