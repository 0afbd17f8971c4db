-- Focus Inbox schema, version 11 (issue 12): two reads that ran at every triage write or search
-- become reads of one small index each.
--
-- 1. The overdue counts of the sidebar and the tray. ItemStore::counts() runs after every triage
--    write. Its two overdue counts ("open, due before now, not answered, no reply sent") walked
--    items_state_tier_due and read each row of the table for answered and replied_ms: 28 of the
--    statement's 42 ms at 100,000 items, on a worker thread that competed with the paint of the
--    key that caused it. With this partial index both counts are range scans of it alone (the
--    whole statement: 7.6 ms). It holds only unanswered items with a due (Reference items have
--    none), about a tenth of the rows.
CREATE INDEX items_unanswered_due ON items(state, tier, due_ms, answered, replied_ms)
    WHERE answered = 0 AND replied_ms IS NULL AND due_ms IS NOT NULL;

-- 2. Searches by date (`after:7d`) read a range of received_ms and sort it in the inbox order
--    (storage/itemssql.cpp). With the order's columns in the index, the rows of the range are
--    never looked up in the table: the first page of `after:7d` (6,000 of 100,000 items) takes
--    1 ms instead of 12 ms, the whole list 4 ms instead of 15 ms. New mail arrives in received
--    order, so the index still grows at its end during a sync.
DROP INDEX IF EXISTS items_received;
CREATE INDEX items_received ON items(received_ms, due_ms, snoozed_until_ms, sample);
