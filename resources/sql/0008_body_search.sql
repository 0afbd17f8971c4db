-- Focus Inbox schema, version 8 (issue 12, "Find"): search also finds words in the bodies the
-- store has seen: the inline content of feed entries (item_content) and the mail bodies opened
-- in the reading pane. Bodies of mail never opened are not read at sync time (a Maildir body
-- is parsed for its snippet only), so they stay out, as the issue asks: "bodies already
-- fetched or inline".
--
-- A table of its own, not a column of items_fts: items_fts takes its text from the items
-- table (external content), and a body is neither stored there nor needed by the list. This
-- index keeps its own copy of the text (plain text, at most 200,000 characters per item), so
-- a row can be replaced or deleted without the original.
-- rowid = items.id.
CREATE VIRTUAL TABLE bodies_fts USING fts5(
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER bodies_fts_item_deleted AFTER DELETE ON items BEGIN
    DELETE FROM bodies_fts WHERE rowid = OLD.id;
END;
