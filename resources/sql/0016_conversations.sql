-- Focus Inbox schema, version 16 (issue 18): conversations. Every item belongs to one
-- conversation (items.conversation_id); the list, the deadline and triage act on conversations.
--
-- conversation_ids: every Message-ID a stored or sent message named (its own, its References and
-- In-Reply-To ids, parents that never arrived included) and the conversation that owns it
-- (mail/conversations.h). conversation_subjects: each mail message's base subject ("re: hello" ->
-- "hello") and time, for the subject fallback of replies that name no other message.
-- conversation_merges: when a message joins two conversations, the newer one (from_id) merges into
-- the older one (into_id). Items and replies are moved at once; the id and subject rows keep the old id and are
-- read through this table, which is kept flat (into_id is never itself a from_id), so that neither
-- of them needs an index on its conversation id (storage/batchconversations.cpp).
CREATE TABLE conversation_ids (
    message_id      TEXT    NOT NULL PRIMARY KEY,
    conversation_id INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE conversation_subjects (
    subject_key     TEXT    NOT NULL,
    received_ms     INTEGER NOT NULL,
    conversation_id INTEGER NOT NULL,
    PRIMARY KEY (subject_key, received_ms, conversation_id)
) WITHOUT ROWID;
CREATE TABLE conversation_merges (
    from_id INTEGER PRIMARY KEY,
    into_id INTEGER NOT NULL
);
-- When the user replied in a conversation (the Date of each sent message threaded into it, UTC ms).
-- A reply meets every message of its conversation that arrived before it: such items get
-- replied_ms, also when they arrive after the reply. A merge moves these rows to the older id.
CREATE TABLE conversation_replies (
    conversation_id INTEGER NOT NULL,
    replied_ms      INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, replied_ms)
) WITHOUT ROWID;
ALTER TABLE items ADD COLUMN conversation_id INTEGER;

-- Existing items: one conversation per thread key (the first References id, else the Message-ID),
-- numbered by its oldest item's row id; an item without a key is its own conversation. New mail is
-- threaded by all its links from here on.
CREATE TEMP TABLE backfill_threads AS
    SELECT thread_key, MIN(id) AS conversation_id FROM items WHERE thread_key <> '' GROUP BY thread_key;
CREATE UNIQUE INDEX temp.backfill_threads_key ON backfill_threads(thread_key);
UPDATE items SET conversation_id = (SELECT b.conversation_id FROM backfill_threads b
                                    WHERE b.thread_key = items.thread_key)
    WHERE thread_key <> '';
UPDATE items SET conversation_id = id WHERE conversation_id IS NULL;
INSERT OR IGNORE INTO conversation_ids (message_id, conversation_id)
    SELECT thread_key, conversation_id FROM backfill_threads;
INSERT OR IGNORE INTO conversation_ids (message_id, conversation_id)
    SELECT message_id, conversation_id FROM items WHERE message_id <> '';
DROP TABLE backfill_threads;

-- One row per conversation in the list, and triage on a whole conversation.
CREATE INDEX items_conversation ON items(conversation_id);

-- The next conversation id (one row): conversations made only of sent mail have no item, so the
-- items table alone cannot tell which ids are taken.
CREATE TABLE conversation_sequence (next_id INTEGER NOT NULL);
INSERT INTO conversation_sequence (next_id) SELECT COALESCE(MAX(conversation_id), 0) + 1 FROM items;
