-- Focus Inbox schema, version 13 (issue 14): re-tiering stored items after a rule change (rules
-- editor Apply, `focusinbox rules apply`, the screener's decisions) is one batch that can be undone,
-- also from another process. Times are UTC epoch milliseconds.

CREATE TABLE tier_batches (
    id        INTEGER PRIMARY KEY,
    origin    TEXT    NOT NULL,            -- 'rules', 'screener', …
    at_ms     INTEGER NOT NULL,
    undone_ms INTEGER                      -- NULL while the batch stands
);

-- Each changed item's placement before and after the batch (tier 1..3, rule name, policy, due).
CREATE TABLE tier_batch_items (
    batch_id      INTEGER NOT NULL REFERENCES tier_batches(id) ON DELETE CASCADE,
    item_id       INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    before_tier   INTEGER NOT NULL,
    before_reason TEXT    NOT NULL,
    before_policy TEXT    NOT NULL,
    before_due_ms INTEGER,
    after_tier    INTEGER NOT NULL,
    after_reason  TEXT    NOT NULL,
    after_policy  TEXT    NOT NULL,
    after_due_ms  INTEGER,
    PRIMARY KEY (batch_id, item_id)
);
CREATE INDEX tier_batch_items_item ON tier_batch_items(item_id);

-- The screener (issue 14): a new item from a sender never seen before in a source of the same
-- kind waits in "New senders" (tier_reason 'screener'). The sender lookup at ingest uses this index;
-- the tier lists leave such items out, so the list index also covers tier_reason.
CREATE INDEX items_from_address ON items(from_address COLLATE NOCASE);
DROP INDEX items_state_tier_due;
CREATE INDEX items_state_tier_due ON items(state, tier, due_ms, received_ms, snoozed_until_ms, sample, tier_reason);
