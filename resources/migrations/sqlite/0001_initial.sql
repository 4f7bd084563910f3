-- Signalbox schema 1 (SQLite). Names follow the original Django exercise.
-- Times are milliseconds since the epoch, UTC. Flags are 0/1 integers.
-- Foreign keys are deferred to COMMIT so that a delete and the receivers that clean up
-- after it (userDeleted) run in one transaction, as Django's post_delete does.

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL,
    username_key TEXT NOT NULL UNIQUE, -- case-folded: names are unique regardless of case
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
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

-- conversation per pair (and the sender foreign key)
CREATE INDEX messages_pair ON messages (sender_id, receiver_id, timestamp, id);
-- the receiver foreign key
CREATE INDEX messages_receiver ON messages (receiver_id, sender_id);
-- replies per parent
CREATE INDEX messages_parent ON messages (parent_message_id, timestamp, id);
-- unread per receiver: a partial index that holds only unread rows
CREATE INDEX messages_unread ON messages (receiver_id, timestamp DESC, id DESC, sender_id) WHERE read = 0;
-- roots of a conversation page
CREATE INDEX messages_roots ON messages (sender_id, receiver_id, timestamp DESC, id DESC) WHERE parent_message_id IS NULL;

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    message_id INTEGER NOT NULL REFERENCES messages (id) DEFERRABLE INITIALLY DEFERRED,
    created_at INTEGER NOT NULL,
    read INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX notifications_user ON notifications (user_id, created_at DESC, id DESC);
CREATE INDEX notifications_message ON notifications (message_id);

CREATE TABLE message_history (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id) DEFERRABLE INITIALLY DEFERRED,
    old_content TEXT NOT NULL,
    edited_at INTEGER NOT NULL,
    edited_by_id INTEGER NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX message_history_message ON message_history (message_id, edited_at, id);
CREATE INDEX message_history_editor ON message_history (edited_by_id);

-- One row per (user, peer): the conversation list without aggregating every message.
-- Kept up to date by ConversationSummaryKeeper inside each write transaction.
CREATE TABLE conversations (
    user_id INTEGER NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    peer_id INTEGER NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    last_message_id INTEGER REFERENCES messages (id) DEFERRABLE INITIALLY DEFERRED,
    last_timestamp INTEGER NOT NULL,
    unread_count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, peer_id)
) WITHOUT ROWID;

CREATE INDEX conversations_recent ON conversations (user_id, last_timestamp DESC);
CREATE INDEX conversations_peer ON conversations (peer_id);
CREATE INDEX conversations_last ON conversations (last_message_id);
