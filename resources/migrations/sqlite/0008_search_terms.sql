-- Signalbox schema 8 (SQLite): the search index's vocabulary (issue 13).
-- messages_fts_terms lists the words of messages_fts, one row per word and column, in byte
-- order (fts5vocab: it reads the index itself and stores nothing). A prefix query looks its
-- words up here and asks the index for them by name, which FTS5 answers in rowid order as far
-- as a page of results needs; its own prefix query first merges every matching word's whole
-- posting list (SearchRepository).

CREATE VIRTUAL TABLE messages_fts_terms USING fts5vocab(messages_fts, 'col');
