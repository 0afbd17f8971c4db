-- Focus Inbox schema, version 7 (issue 12): the list of a view is read from one index.
--
-- InboxModel reads the key of every row of its view (id, due_ms, received_ms, snoozed_until_ms,
-- sample; storage/itemrow.h itemKeySelectSql). With only (state, tier, due_ms, received_ms) in
-- the index, SQLite looked up each of the 88,000 rows of Reference in the wide items table for
-- the last two columns: 230 ms on bench/triage's 100,000-item store, against 60 ms when the
-- index covers the query. The same index answers the per-tier counts.
DROP INDEX items_state_tier_due;
CREATE INDEX items_state_tier_due ON items(state, tier, due_ms, received_ms, snoozed_until_ms, sample);
