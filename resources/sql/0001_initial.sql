-- Focus Inbox schema, version 1.
-- Applied by fi::Migrator in one transaction; the version is recorded in PRAGMA user_version.
-- Times are UTC epoch milliseconds. Statements end with ';' (triggers end with 'END;').

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL,                 -- registry key: maildir, imap, feed, ...
    name        TEXT    NOT NULL,
    location    TEXT    NOT NULL DEFAULT '',
    settings    TEXT    NOT NULL DEFAULT '{}',    -- JSON object, never secrets
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    sample      INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created     INTEGER NOT NULL                  -- UTC epoch ms
);

CREATE TABLE items (
    id               INTEGER PRIMARY KEY,
    source_id        INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    remote_id        TEXT    NOT NULL,
    folder           TEXT    NOT NULL DEFAULT '',
    locator          TEXT    NOT NULL DEFAULT '',
    fingerprint      TEXT    NOT NULL DEFAULT '',
    message_id       TEXT    NOT NULL DEFAULT '',
    thread_key       TEXT    NOT NULL DEFAULT '',
    from_name        TEXT    NOT NULL DEFAULT '',
    from_address     TEXT    NOT NULL DEFAULT '',
    to_json          TEXT    NOT NULL DEFAULT '[]',   -- [{"name":..,"address":..}]
    cc_json          TEXT    NOT NULL DEFAULT '[]',
    subject          TEXT    NOT NULL DEFAULT '',
    snippet          TEXT    NOT NULL DEFAULT '',
    received_ms      INTEGER NOT NULL DEFAULT 0,
    seen             INTEGER NOT NULL DEFAULT 0 CHECK (seen IN (0, 1)),
    flagged          INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
    answered         INTEGER NOT NULL DEFAULT 0 CHECK (answered IN (0, 1)),
    headers_json     TEXT    NOT NULL DEFAULT '{}',   -- {"list-id": "...", ...}
    sample           INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    tier             INTEGER NOT NULL DEFAULT 2 CHECK (tier BETWEEN 1 AND 3),
    tier_reason      TEXT    NOT NULL DEFAULT '',     -- rule name or 'manual'
    due_ms           INTEGER,                         -- NULL = no reply owed
    policy           TEXT    NOT NULL DEFAULT '',
    state            TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'snoozed')),
    snoozed_until_ms INTEGER,
    done_ms          INTEGER,
    UNIQUE (source_id, remote_id)
);

-- Inbox queries: WHERE state/tier, ORDER BY due_ms NULLS LAST, received_ms DESC.
CREATE INDEX items_state_tier_due ON items(state, tier, due_ms, received_ms);
CREATE INDEX items_state_snooze ON items(state, snoozed_until_ms);
CREATE INDEX items_due ON items(due_ms);
CREATE INDEX items_received ON items(received_ms);
CREATE INDEX items_thread ON items(thread_key);

CREATE TABLE sync_state (
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    folder     TEXT    NOT NULL,
    state      BLOB,
    updated_ms INTEGER NOT NULL,
    PRIMARY KEY (source_id, folder)
);

CREATE TABLE item_events (
    id      INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    kind    TEXT    NOT NULL,     -- done, reopened, snoozed, tier, ...
    at_ms   INTEGER NOT NULL,
    detail  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX item_events_item ON item_events(item_id, at_ms);

-- Full-text search (FTS5, external content = items) kept in sync by triggers.
CREATE VIRTUAL TABLE items_fts USING fts5(
    subject, from_name, from_address, snippet,
    content = 'items', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER items_fts_ai AFTER INSERT ON items BEGIN
    INSERT INTO items_fts(rowid, subject, from_name, from_address, snippet)
    VALUES (new.id, new.subject, new.from_name, new.from_address, new.snippet);
END;

CREATE TRIGGER items_fts_ad AFTER DELETE ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, subject, from_name, from_address, snippet)
    VALUES ('delete', old.id, old.subject, old.from_name, old.from_address, old.snippet);
END;

CREATE TRIGGER items_fts_au AFTER UPDATE OF subject, from_name, from_address, snippet ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, subject, from_name, from_address, snippet)
    VALUES ('delete', old.id, old.subject, old.from_name, old.from_address, old.snippet);
    INSERT INTO items_fts(rowid, subject, from_name, from_address, snippet)
    VALUES (new.id, new.subject, new.from_name, new.from_address, new.snippet);
END;
