-- Signalbox schema 5 (SQLite): full-text search (issue 13).
-- messages_fts is an FTS5 index with external content: it stores only the index, and reads
-- the text from messages_search, a view over messages. The view folds case and accents with
-- signalbox_fold() (NFD, combining marks dropped, case folded: the SQL function the store
-- registers on each connection, the same code that folds a query), so that Greek, Cyrillic
-- and Arabic lose their accents too, not only Latin as remove_diacritics does. Its second
-- column names the people of each message ("u<id>" for sender and receiver, "s<id>" for the
-- sender), so that one MATCH finds the words among the messages a person may see.
-- Deleted placeholders are not in the view and never in the index.
-- SearchIndexer keeps the index in step inside each write transaction; the migrator fills it
-- for an existing store in batches, with progress (SearchIndexer::build).

CREATE VIEW messages_search (id, body, people, sender_id, receiver_id) AS
    SELECT id, signalbox_fold(content), 'u' || sender_id || ' u' || receiver_id || ' s' || sender_id, sender_id, receiver_id FROM messages WHERE deleted = 0;

CREATE VIRTUAL TABLE messages_fts USING fts5(body, people, content='messages_search', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
