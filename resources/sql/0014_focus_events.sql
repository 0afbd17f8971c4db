-- Focus Inbox schema, version 14 (issue 15, Insights): each notification a focus session held back
-- or let through, with the rule that let it through, so the Insights window can list the
-- interruptions and find the longest uninterrupted stretch. Times are UTC epoch milliseconds.

CREATE TABLE focus_events (
    id      INTEGER PRIMARY KEY,
    at_ms   INTEGER NOT NULL,
    kind    TEXT    NOT NULL CHECK (kind IN ('held', 'breakthrough')),
    item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,   -- NULL once the item is gone
    reason  TEXT    NOT NULL DEFAULT ''  -- breakthroughs: sender, tier3, overdue, deadline
);

CREATE INDEX focus_events_at ON focus_events(at_ms);
