-- Signalbox schema 4 (SQLite): an id names one account, and one message, forever (issue 12).
-- Without AUTOINCREMENT SQLite hands the highest deleted id to the next row, so a deleted
-- account's id went to the next new account and a message sent to the old one could reach it.
-- users and messages are rebuilt with AUTOINCREMENT (SQLite cannot add it to a table), every
-- row, index and foreign key kept; sqlite_sequence starts at the highest id in use.
-- The Migrator runs this with foreign key enforcement off, in its one transaction, and checks
-- PRAGMA foreign_key_check before COMMIT (SQLite's documented way to rebuild a parent table).
-- users also gets username_skeleton: the form new names are compared on for confusables
-- (Usernames::skeleton); the Migrator fills it for the existing rows.

CREATE TABLE users_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL,
    username_key TEXT NOT NULL UNIQUE, -- case-folded: the name people type to find an account
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    username_skeleton TEXT -- NFKC case folded, without accents, confusable skeleton (ICU)
);
INSERT INTO users_new (id, username, username_key, password_hash, created_at)
    SELECT id, username, username_key, password_hash, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
CREATE INDEX users_skeleton ON users (username_skeleton);

CREATE TABLE messages_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sender_id INTEGER NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    receiver_id INTEGER NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    parent_message_id INTEGER REFERENCES messages (id) DEFERRABLE INITIALLY DEFERRED,
    content TEXT NOT NULL,
    timestamp INTEGER NOT NULL,
    edited INTEGER NOT NULL DEFAULT 0,
    edited_at INTEGER,
    read INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
INSERT INTO messages_new (id, sender_id, receiver_id, parent_message_id, content, timestamp,
                          edited, edited_at, read, deleted)
    SELECT id, sender_id, receiver_id, parent_message_id, content, timestamp, edited, edited_at,
           read, deleted FROM messages;
DROP TABLE messages;
ALTER TABLE messages_new RENAME TO messages;
CREATE INDEX messages_pair ON messages (sender_id, receiver_id, timestamp, id, parent_message_id);
CREATE INDEX messages_receiver ON messages (receiver_id, sender_id);
CREATE INDEX messages_parent ON messages (parent_message_id, timestamp, id) WHERE parent_message_id IS NOT NULL;
CREATE INDEX messages_unread ON messages (receiver_id, timestamp DESC, id DESC, sender_id) WHERE read = 0;
