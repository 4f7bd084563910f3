-- Signalbox schema 4 (PostgreSQL): an id names one account, and one message, forever (issue 12).
-- users.id and messages.id are identity columns: their sequences never hand out a value twice,
-- deleted rows included, so unlike SQLite nothing needs rebuilding for that.
-- users gets username_skeleton: the form new names are compared on for confusables
-- (Usernames::skeleton); the Migrator fills it for the existing rows.

ALTER TABLE users ADD COLUMN username_skeleton TEXT;
CREATE INDEX users_skeleton ON users (username_skeleton);
