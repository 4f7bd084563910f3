-- Signalbox schema 3 (PostgreSQL): the same indexes as the SQLite schema (see
-- ../sqlite/0003_fewer_index_pages.sql for why each one went).

DROP INDEX messages_roots;
DROP INDEX messages_pair;
CREATE INDEX messages_pair ON messages (sender_id, receiver_id, timestamp, id, parent_message_id);
DROP INDEX messages_parent;
CREATE INDEX messages_parent ON messages (parent_message_id, timestamp, id) WHERE parent_message_id IS NOT NULL;

DROP INDEX conversations_recent;
DROP INDEX conversations_last;
ALTER TABLE conversations DROP CONSTRAINT conversations_last_message_id_fkey;

DROP INDEX change_log_created;
