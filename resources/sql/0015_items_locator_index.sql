-- Issue 17: a flag change or an expunge in a large IMAP folder looks up the items at the UIDs the
-- server named (locator "UIDVALIDITY:UID", ItemStore::knownItemsAt) instead of reading every
-- item of the source.
CREATE INDEX items_source_locator ON items(source_id, locator);
