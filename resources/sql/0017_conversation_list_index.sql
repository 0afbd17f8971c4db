-- Issue 18: the window lists one row per conversation. The list's keys now carry the item's
-- conversation and whether it was answered (the lead row of a conversation is its first
-- unanswered item), and the list asks which conversations have open items in a higher tier
-- (a conversation is listed in the highest tier of its open items). Both read only this index,
-- as the list did before, instead of the items table.
DROP INDEX items_state_tier_due;
CREATE INDEX items_state_tier_due ON items(state, tier, due_ms, received_ms, snoozed_until_ms, sample, tier_reason,
                                           conversation_id, answered, replied_ms);
