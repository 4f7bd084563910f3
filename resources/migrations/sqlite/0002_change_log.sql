-- Signalbox schema 2 (SQLite): the change log that carries committed changes to every other
-- process and client sharing the store (ChangeFeed). One row per write transaction, written
-- inside it; origin names the writing Store so it can skip its own entries.

CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    payload TEXT NOT NULL
);

CREATE INDEX change_log_created ON change_log (created_at);
