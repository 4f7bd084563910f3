-- Signalbox schema 6 (SQLite): drafts (issue 10). What a person has typed but not sent, per
-- account and peer, so that it survives quitting, signing out and a crash. At most one draft
-- per conversation; reply_to_id is the message the draft answers (no foreign key: the message
-- may go while the draft stays, and then the draft is loaded as a new message). Removed with
-- either account by UserDataCleaner.

CREATE TABLE drafts (
    user_id INTEGER NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    peer_id INTEGER NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    content TEXT NOT NULL,
    reply_to_id INTEGER,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, peer_id)
) WITHOUT ROWID;

-- the peer foreign key, and deleting the drafts addressed to a deleted account
CREATE INDEX drafts_peer ON drafts (peer_id);
