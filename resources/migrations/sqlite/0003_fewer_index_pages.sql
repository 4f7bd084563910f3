-- Signalbox schema 3 (SQLite): fewer index pages written per message (issue 5).
-- A send commits every B-tree page it touches to the WAL; each index is at least one more
-- page per commit. Profiles of 20,000 sends showed half of the time in the kernel writing
-- those pages, so every index that a query does not need is gone:
-- - messages_roots: the pair index now carries parent_message_id, so a conversation page
--   finds its roots from the pair index alone.
-- - messages_parent: only replies are indexed (roots all shared the NULL key's last page).
-- - conversations_recent: a user's summary rows are found by the primary key and sorted in
--   memory (a few hundred rows at most).
-- - conversations_last and its foreign key: last_message_id is a cache that
--   ConversationSummaryKeeper rebuilds whenever a message goes; the constraint only made
--   each message delete look the cache up.
-- - change_log_created: pruning scans the (small) log when a feed starts.

DROP INDEX messages_roots;
DROP INDEX messages_pair;
CREATE INDEX messages_pair ON messages (sender_id, receiver_id, timestamp, id, parent_message_id);
DROP INDEX messages_parent;
CREATE INDEX messages_parent ON messages (parent_message_id, timestamp, id) WHERE parent_message_id IS NOT NULL;

CREATE TABLE conversations_new (
    user_id INTEGER NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    peer_id INTEGER NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    last_message_id INTEGER,
    last_timestamp INTEGER NOT NULL,
    unread_count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, peer_id)
) WITHOUT ROWID;
INSERT INTO conversations_new (user_id, peer_id, last_message_id, last_timestamp, unread_count)
    SELECT user_id, peer_id, last_message_id, last_timestamp, unread_count FROM conversations;
DROP TABLE conversations;
ALTER TABLE conversations_new RENAME TO conversations;
CREATE INDEX conversations_peer ON conversations (peer_id);

DROP INDEX change_log_created;
