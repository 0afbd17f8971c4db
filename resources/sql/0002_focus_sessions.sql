-- Focus Inbox schema, version 2: deep-work sessions for the stats view (issue 5).
-- Times are UTC epoch milliseconds.

CREATE TABLE focus_sessions (
    id              INTEGER PRIMARY KEY,
    start_ms        INTEGER NOT NULL,
    end_ms          INTEGER NOT NULL,                 -- actual end (wake-up time if it ended during sleep)
    planned_end_ms  INTEGER NOT NULL,
    origin          TEXT    NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'schedule')),
    held_back       INTEGER NOT NULL DEFAULT 0,       -- items held for the digest
    breakthroughs   INTEGER NOT NULL DEFAULT 0,       -- items that interrupted the session
    CHECK (end_ms >= start_ms)
);

CREATE INDEX focus_sessions_start ON focus_sessions(start_ms);
