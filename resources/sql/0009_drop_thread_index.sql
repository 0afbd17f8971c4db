-- Focus Inbox schema, version 9 (issue 12): one index fewer to fill during a first sync.
--
-- items_thread (thread_key) was created with the first schema for conversations, and no query
-- has used it since. Thread keys arrive in random order, so every commit of a first sync
-- rewrote pages all over this index (about 400 pages at 100,000 items): bytes written for
-- nothing. Conversations (issue 18) will add the index their own queries need.
DROP INDEX IF EXISTS items_thread;
