-- Signalbox schema 9 (SQLite): the search index's pending list (issue 13).
-- FTS5 writes a new segment of its index at the end of every statement that changes it: for a
-- send, as many pages again as the message itself. So a change reaches messages_fts in batches,
-- as PostgreSQL's GIN indexes take new entries through their pending list (fastupdate): inside
-- the change's own transaction SearchIndexer puts the message on this list, with what the index
-- holds for it (indexed_body and indexed_people; NULL for a message the index does not hold).
-- It takes the whole list into messages_fts in one statement, one segment for all of them,
-- when the list is long (SearchIndexer::PendingLimit), before an account is deleted, and
-- before every search. So a search always reads an index that agrees with the messages.

CREATE TABLE search_pending (
    message_id INTEGER PRIMARY KEY,
    indexed_body TEXT,
    indexed_people TEXT
);
