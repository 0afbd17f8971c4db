-- Focus Inbox schema, version 11 (issue 12): the overdue counts of the sidebar and the tray come
-- from a small index of the items that still owe a reply and have a due.
--
-- ItemStore::counts() runs after every triage write. Its two overdue counts ("open, due before
-- now, not answered, no reply sent") walked items_state_tier_due and read each row of the table
-- for answered and replied_ms: 28 of the statement's 42 ms at 100,000 items, on a worker thread
-- that competed with the paint of the key that caused it. With this partial index both counts
-- are range scans of it alone (the whole statement: 7.6 ms). It holds only unanswered items with
-- a due (Reference items have none), about a tenth of the rows.
CREATE INDEX items_unanswered_due ON items(state, tier, due_ms, answered, replied_ms)
    WHERE answered = 0 AND replied_ms IS NULL AND due_ms IS NOT NULL;
