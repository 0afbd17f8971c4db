-- Focus Inbox schema, version 3: response deadlines (issue 4).
-- Times are UTC epoch milliseconds.

-- "Snooze and pause the clock": the deadline time left when the item was snoozed. On wake-up
-- due = wake instant + remaining (on the clock of the item's policy); then the row goes.
CREATE TABLE deadline_pauses (
    item_id           INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    remaining_minutes INTEGER NOT NULL CHECK (remaining_minutes >= 0),
    paused_at_ms      INTEGER NOT NULL
);

-- Replies found in Sent folders: the Message-IDs they answer (In-Reply-To / References).
-- Items with such a message_id count as answered, whenever they arrive.
CREATE TABLE replied_message_ids (
    message_id TEXT    PRIMARY KEY,
    replied_ms INTEGER NOT NULL
);

-- Early-warning steps already delivered per item (never repeated for the same step).
CREATE TABLE deadline_warnings (
    item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    step     TEXT    NOT NULL,            -- "before-60", "before-15", "breach"
    due_ms   INTEGER NOT NULL,            -- the deadline the step was sent for
    sent_ms  INTEGER NOT NULL,
    PRIMARY KEY (item_id, step, due_ms)
);

CREATE INDEX items_message_id ON items(message_id);
