-- Focus Inbox schema, version 10 (issue 12): reply detection finds items by a 4-byte key of
-- their Message-ID instead of the whole text (storage/messagekey.h).
--
-- Message-IDs start with a random or hashed part, so a first sync inserted into the index of
-- the text in random order, and every commit rewrote pages all over it: at 100,000 messages it
-- was the largest share of the bytes a first sync wrote. The key is the first 4 bytes of the
-- SHA-1 of the Message-ID (fi_message_key(), registered on every connection of the app); lookups
-- compare the key, then the Message-ID. Items without a Message-ID stay out of the index.
ALTER TABLE items ADD COLUMN message_key INTEGER;
UPDATE items SET message_key = fi_message_key(message_id) WHERE message_id <> '';
DROP INDEX IF EXISTS items_message_id;
CREATE INDEX items_message_key ON items(message_key) WHERE message_key IS NOT NULL;
