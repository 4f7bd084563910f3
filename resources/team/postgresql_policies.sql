-- Signalbox team mode, part 2 of 2 (PostgreSQL), run by TeamAdmin::init as signalbox_owner
-- after the migrations. Idempotent: every policy, function and trigger is replaced.
--
-- Who is asking: signalbox_me(), the account of the login role of the session (session_user,
-- so that SET ROLE to the group changes nothing). Policies call it as (SELECT signalbox_me()):
-- an init plan, evaluated once per statement, not once per row.
-- Every table has row-level security ENABLEd and FORCEd (the owner too is bound by it); the
-- owner's own policy (owner_all) admits the administrator and the SECURITY DEFINER functions
-- below. Members' policies admit exactly what the store's own operations do; column privileges
-- and two triggers add what a policy cannot see (which columns changed, what the same
-- transaction did). docs/team-mode.md lists them in plain words.

-- Which login role is which account. Kept after the account goes (the cleanup that follows
-- the DELETE still acts as that person), until the administrator drops the role.
CREATE TABLE IF NOT EXISTS signalbox_members (
    role_name TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL UNIQUE,
    must_change_password BOOLEAN NOT NULL DEFAULT false
);

-- PostgreSQL checks passwords: no hash of ours is kept (team init empties the column).
ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL;
-- Whom a change log entry concerns (NULL: everyone, the directory of names).
ALTER TABLE change_log ADD COLUMN IF NOT EXISTS audience BIGINT[];
-- The unread count of one conversation (the peer's summary after a removal).
CREATE INDEX IF NOT EXISTS messages_unread_pair ON messages (receiver_id, sender_id) WHERE read = 0;

ALTER DEFAULT PRIVILEGES FOR ROLE signalbox_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- The helpers below are PL/pgSQL, not SQL: a SECURITY DEFINER SQL function with a SET clause is
-- planned again at every call, PL/pgSQL keeps its plans for the session (docs/benchmarks.md).
-- signalbox_me(), signalbox_leaving(), signalbox_leaving_account() and signalbox_is_owner() run
-- with the caller's own rights and read only what the caller may read anyway (their own
-- signalbox_members row, the directory of ids), so they need neither SECURITY DEFINER nor a SET
-- clause, whose switch of user and search_path cost more than the lookup (docs/benchmarks.md).
-- They name every object with its schema; members can create objects in no schema (not even
-- a temporary one), so no search_path of theirs can put anything in the way.
CREATE OR REPLACE FUNCTION signalbox_me() RETURNS BIGINT
LANGUAGE plpgsql STABLE AS
$$ BEGIN RETURN (SELECT m.user_id FROM public.signalbox_members m
                 WHERE m.role_name OPERATOR(pg_catalog.=) session_user); END $$;

-- The caller's account while it is being deleted (its users row is gone in this transaction:
-- only then may their cleanup remove what others sent them), else NULL.
CREATE OR REPLACE FUNCTION signalbox_leaving_account() RETURNS BIGINT
LANGUAGE plpgsql STABLE AS
$$
DECLARE
    caller BIGINT := public.signalbox_me();
BEGIN
    IF caller IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM public.users u WHERE u.id OPERATOR(pg_catalog.=) caller) THEN
        RETURN caller;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION signalbox_leaving() RETURNS BOOLEAN
LANGUAGE plpgsql STABLE AS
$$ BEGIN RETURN public.signalbox_leaving_account() IS NOT NULL; END $$;

-- While the caller's account is being deleted: true for a message the caller sent (the
-- receiver's notification of it goes with the account).
CREATE OR REPLACE FUNCTION signalbox_leaving_sender(message BIGINT) RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS
$$
DECLARE
    -- The caller, while their account is being deleted (as signalbox_leaving_account()).
    caller BIGINT := (SELECT s.user_id FROM public.signalbox_members s
                      WHERE s.role_name = session_user
                        AND NOT EXISTS (SELECT 1 FROM public.users u WHERE u.id = s.user_id));
BEGIN
    RETURN caller IS NOT NULL
       AND EXISTS (SELECT 1 FROM public.messages m WHERE m.id = message AND m.sender_id = caller);
END
$$;

-- True for the administrator's sessions (a member of signalbox_owner). session_user, not
-- current_user, which is the owner inside every SECURITY DEFINER function.
CREATE OR REPLACE FUNCTION signalbox_is_owner() RETURNS BOOLEAN
LANGUAGE plpgsql STABLE AS
$$ BEGIN RETURN pg_catalog.pg_has_role(session_user, 'signalbox_owner', 'USAGE'); END $$;

-- A reply stays in its pair: the parent is a message between the same two people. (A policy
-- of messages cannot query messages itself without recursing into its own policies.) Only for
-- the caller's own pairs: members may call it, and it must not tell who else talks to whom.
CREATE OR REPLACE FUNCTION signalbox_same_pair(parent BIGINT, sender BIGINT, receiver BIGINT)
RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS
$$ BEGIN RETURN (SELECT coalesce(sender = (SELECT s.user_id FROM public.signalbox_members s WHERE s.role_name = session_user), false)
          AND EXISTS (SELECT 1 FROM public.messages p WHERE p.id = parent
                  AND ((p.sender_id = sender AND p.receiver_id = receiver)
                       OR (p.sender_id = receiver AND p.receiver_id = sender)))); END $$;

-- A message the caller sent in the transaction that is running.
CREATE OR REPLACE FUNCTION signalbox_sent_now(message BIGINT, receiver BIGINT) RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS
$$ BEGIN RETURN (SELECT EXISTS (SELECT 1 FROM public.messages m WHERE m.id = message
                  AND m.sender_id = (SELECT s.user_id FROM public.signalbox_members s WHERE s.role_name = session_user) AND m.receiver_id = receiver
                  AND m.xmin = pg_current_xact_id()::xid)); END $$;

-- Conversation summaries. A member's own row is theirs; the peer's row changes only through
-- these two functions, which take a message the caller sent in this very transaction, or
-- recompute the pair from the messages themselves: neither can be told a false count.
CREATE OR REPLACE FUNCTION signalbox_conversation_after_send(message BIGINT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$$
DECLARE
    m public.messages%ROWTYPE;
BEGIN
    SELECT * INTO m FROM public.messages WHERE id = message;
    IF NOT FOUND OR ((m.sender_id IS DISTINCT FROM (SELECT s.user_id FROM public.signalbox_members s WHERE s.role_name = session_user)
                      OR m.xmin <> pg_current_xact_id()::xid)
                     AND NOT pg_has_role(session_user, 'signalbox_owner', 'USAGE')) THEN
        RAISE EXCEPTION 'message % was not sent by you in this transaction', message
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- Once per message: a summary already naming it (or a later one) is left as it is.
    INSERT INTO public.conversations (user_id, peer_id, last_message_id, last_timestamp, unread_count)
    VALUES (m.sender_id, m.receiver_id, m.id, m.timestamp, 0),
           (m.receiver_id, m.sender_id, m.id, m.timestamp, CASE WHEN m.read = 0 THEN 1 ELSE 0 END)
    ON CONFLICT (user_id, peer_id) DO UPDATE SET
        last_message_id = excluded.last_message_id,
        last_timestamp = excluded.last_timestamp,
        unread_count = conversations.unread_count + excluded.unread_count
    WHERE conversations.last_message_id < excluded.last_message_id;
END
$$;

CREATE OR REPLACE FUNCTION signalbox_conversation_rebuild(a BIGINT, b BIGINT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$$
DECLARE
    caller BIGINT := (SELECT s.user_id FROM public.signalbox_members s WHERE s.role_name = session_user);
BEGIN
    IF NOT pg_has_role(session_user, 'signalbox_owner', 'USAGE') AND (caller IS NULL OR (caller <> a AND caller <> b)) THEN
        RAISE EXCEPTION 'not your conversation' USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM public.conversations
    WHERE (user_id = a AND peer_id = b) OR (user_id = b AND peer_id = a);
    INSERT INTO public.conversations (user_id, peer_id, last_message_id, last_timestamp, unread_count)
    SELECT pair.u, pair.p, last.id, last.timestamp,
           (SELECT count(*) FROM public.messages WHERE receiver_id = pair.u AND sender_id = pair.p AND read = 0)
    FROM (SELECT DISTINCT * FROM (VALUES (a, b), (b, a)) v (u, p)) pair,
         (SELECT id, timestamp FROM (
              (SELECT id, timestamp FROM public.messages WHERE sender_id = a AND receiver_id = b
               ORDER BY timestamp DESC, id DESC LIMIT 1)
              UNION ALL
              (SELECT id, timestamp FROM public.messages WHERE sender_id = b AND receiver_id = a
               ORDER BY timestamp DESC, id DESC LIMIT 1)) newest
          ORDER BY timestamp DESC, id DESC LIMIT 1) last;
END
$$;

-- The change log keeps an hour (ChangeFeed::KeepMs); a member may prune only what is older.
CREATE OR REPLACE FUNCTION signalbox_prune_change_log() RETURNS VOID
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS
$$ DELETE FROM public.change_log
   WHERE created_at < (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT - 3600000 $$;

-- A member's own password: a SCRAM verifier computed by the client (libpq's
-- PQencryptPasswordConn), never the password itself. Runs with the caller's own rights, which
-- PostgreSQL lets change their own password and nothing else.
CREATE OR REPLACE FUNCTION signalbox_set_own_password(verifier TEXT) RETURNS VOID
LANGUAGE plpgsql SET search_path = pg_catalog, public AS
$$
BEGIN
    IF verifier IS NULL OR verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is expected' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, verifier);
    UPDATE public.signalbox_members SET must_change_password = false
    WHERE role_name = session_user AND must_change_password;
END
$$;

-- After deleting their own account: no password opens the role again.
CREATE OR REPLACE FUNCTION signalbox_close_own_login() RETURNS VOID
LANGUAGE plpgsql SET search_path = pg_catalog, public AS
$$
BEGIN
    IF NOT public.signalbox_leaving() THEN
        RAISE EXCEPTION 'only after deleting the account' USING ERRCODE = 'insufficient_privilege';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD NULL', session_user);
END
$$;

-- What deleting the caller's account would remove (the confirmation dialog), counted by the
-- server: the notifications others have of one's messages are not one's to see.
CREATE OR REPLACE FUNCTION signalbox_owned_counts(account BIGINT,
    OUT messages BIGINT, OUT notifications BIGINT, OUT history BIGINT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS
$$
BEGIN
    IF NOT pg_has_role(session_user, 'signalbox_owner', 'USAGE') AND account IS DISTINCT FROM (SELECT s.user_id FROM public.signalbox_members s WHERE s.role_name = session_user) THEN
        RAISE EXCEPTION 'only one''s own account' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT count(*) INTO messages FROM public.messages WHERE sender_id = account OR receiver_id = account;
    SELECT count(*) INTO notifications FROM public.notifications WHERE message_id IN
        (SELECT id FROM public.messages WHERE sender_id = account OR receiver_id = account);
    SELECT count(*) INTO history FROM public.message_history WHERE message_id IN
        (SELECT id FROM public.messages WHERE sender_id = account OR receiver_id = account);
END
$$;

-- Deleting an account removes every summary that names it: the person's own rows, and their
-- peers' rows about them, which are not the person's to see. Only for one's own account while
-- it is being deleted (its users row is gone in this transaction), or by the administrator.
-- (A function rather than a policy: a policy that let the leaving person see their peers' rows
-- would be one more check in every read of the summaries, the unread count's among them.)
-- Returns how many went.
CREATE OR REPLACE FUNCTION signalbox_remove_conversations(account BIGINT) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$$
DECLARE
    removed INTEGER;
BEGIN
    IF NOT pg_has_role(session_user, 'signalbox_owner', 'USAGE')
       AND (account IS DISTINCT FROM (SELECT s.user_id FROM public.signalbox_members s
                                      WHERE s.role_name = session_user)
            OR EXISTS (SELECT 1 FROM public.users u WHERE u.id = account)) THEN
        RAISE EXCEPTION 'only the summaries of one''s own account, while it is deleted'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM public.conversations WHERE user_id = account OR peer_id = account;
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;

-- The sender removing a message removes its receiver's notification of it, which the sender
-- cannot see: through this function, for a message of their own. Returns how many went.
CREATE OR REPLACE FUNCTION signalbox_remove_notifications(message BIGINT) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$$
DECLARE
    removed INTEGER;
BEGIN
    -- The sender's message, or a placeholder in the caller's pair (the last reply to it goes).
    IF NOT pg_has_role(session_user, 'signalbox_owner', 'USAGE') AND NOT EXISTS (
           SELECT 1 FROM public.messages m WHERE m.id = message
           AND (m.sender_id = (SELECT s.user_id FROM public.signalbox_members s WHERE s.role_name = session_user)
                OR (m.receiver_id = (SELECT s.user_id FROM public.signalbox_members s WHERE s.role_name = session_user) AND m.deleted = 1))) THEN
        RAISE EXCEPTION 'message % is not yours', message USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM public.notifications WHERE message_id = message;
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;

-- The administrator's side of team add / team remove / team init (EXECUTE for the owner role
-- only, run with the administrator's own rights: CREATEROLE). A role of that name is reused
-- only when it is a Signalbox member's (one left by a deleted account).
CREATE OR REPLACE FUNCTION signalbox_admin_login(role TEXT, verifier TEXT, account BIGINT,
                                                 must_change BOOLEAN) RETURNS VOID
LANGUAGE plpgsql SET search_path = pg_catalog, public AS
$$
BEGIN
    IF NOT public.signalbox_is_owner() THEN
        RAISE EXCEPTION 'only the administrator adds members' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role) THEN
        IF NOT pg_has_role(role, 'signalbox_member', 'MEMBER')
           AND NOT EXISTS (SELECT 1 FROM public.signalbox_members WHERE role_name = role) THEN
            RAISE EXCEPTION 'a database role named % exists and is not a Signalbox member', role
                USING ERRCODE = 'duplicate_object';
        END IF;
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', role, verifier);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', role, verifier);
    END IF;
    EXECUTE format('GRANT signalbox_member TO %I', role);
    INSERT INTO public.signalbox_members (role_name, user_id, must_change_password)
    VALUES (role, account, must_change)
    ON CONFLICT (role_name) DO UPDATE SET user_id = excluded.user_id,
                                          must_change_password = excluded.must_change_password;
END
$$;

CREATE OR REPLACE FUNCTION signalbox_admin_drop_login(role TEXT) RETURNS VOID
LANGUAGE plpgsql SET search_path = pg_catalog, public AS
$$
BEGIN
    IF NOT public.signalbox_is_owner() THEN
        RAISE EXCEPTION 'only the administrator removes members' USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM public.signalbox_members WHERE role_name = role;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role)
       AND pg_has_role(role, 'signalbox_member', 'MEMBER') THEN
        BEGIN
            EXECUTE format('DROP ROLE %I', role);
        EXCEPTION WHEN dependent_objects_still_exist THEN
            -- It owns something (a large object it made): it stays, unable to log in.
            EXECUTE format('ALTER ROLE %I NOLOGIN PASSWORD NULL', role);
        END;
    END IF;
END
$$;

-- Rules on a message UPDATE that a policy cannot express (it sees only the new row): the
-- content, the edited mark and the placeholder are the sender's; the read flag the receiver's
-- (and the sender's when the message becomes a placeholder); a deleted message stays deleted;
-- a change of text is marked as an edit.
CREATE OR REPLACE FUNCTION signalbox_check_message_update() RETURNS TRIGGER
LANGUAGE plpgsql AS
$$
DECLARE
    caller BIGINT;
BEGIN
    IF public.signalbox_is_owner() THEN
        RETURN NEW;
    END IF;
    caller := public.signalbox_me();
    IF (NEW.content, NEW.edited, NEW.edited_at, NEW.deleted)
           IS DISTINCT FROM (OLD.content, OLD.edited, OLD.edited_at, OLD.deleted)
       AND OLD.sender_id IS DISTINCT FROM caller THEN
        RAISE EXCEPTION 'only the sender may change message %', OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.read IS DISTINCT FROM OLD.read AND OLD.receiver_id IS DISTINCT FROM caller
       AND NOT (OLD.sender_id = caller AND NEW.deleted = 1) THEN
        RAISE EXCEPTION 'only the receiver may mark message % read', OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.deleted = 1 AND NEW.deleted <> 1 THEN
        RAISE EXCEPTION 'message % was deleted', OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.deleted = 0 AND NEW.content IS DISTINCT FROM OLD.content
       AND (NEW.edited <> 1 OR NEW.edited_at IS NULL) THEN
        RAISE EXCEPTION 'an edit of message % must be marked as one', OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.deleted = 1 AND NEW.content <> '' THEN
        RAISE EXCEPTION 'a deleted message keeps no text' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS messages_update_rules ON messages;
CREATE TRIGGER messages_update_rules BEFORE UPDATE ON messages
    FOR EACH ROW EXECUTE FUNCTION signalbox_check_message_update();

-- At COMMIT: an edit left its history (the text before it), and a history row belongs to an
-- edit made in the same transaction.
CREATE OR REPLACE FUNCTION signalbox_check_edit_history() RETURNS TRIGGER
LANGUAGE plpgsql AS
$$
BEGIN
    IF public.signalbox_is_owner() THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'messages' THEN
        IF NOT EXISTS (SELECT 1 FROM public.message_history h WHERE h.message_id = NEW.id
                       AND h.edited_at = NEW.edited_at AND h.old_content = OLD.content) THEN
            RAISE EXCEPTION 'the edit of message % left no history', NEW.id USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM public.messages m WHERE m.id = NEW.message_id
                      AND m.edited_at = NEW.edited_at AND m.xmin = pg_current_xact_id()::xid) THEN
        RAISE EXCEPTION 'history of message % without its edit', NEW.message_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS messages_edit_history ON messages;
CREATE CONSTRAINT TRIGGER messages_edit_history AFTER UPDATE ON messages
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.content IS DISTINCT FROM NEW.content AND NEW.deleted = 0)
    EXECUTE FUNCTION signalbox_check_edit_history();
DROP TRIGGER IF EXISTS message_history_edit ON message_history;
CREATE CONSTRAINT TRIGGER message_history_edit AFTER INSERT ON message_history
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION signalbox_check_edit_history();

-- At COMMIT: history goes only with its message (deleted, or now a placeholder), never alone:
-- the sender may not erase the text an edit replaced while the edited message stays. Runs with
-- the caller's rights, so it sees the messages the caller may see (those whose history the
-- policy let them delete).
CREATE OR REPLACE FUNCTION signalbox_check_history_removal() RETURNS TRIGGER
LANGUAGE plpgsql AS
$$
BEGIN
    IF public.signalbox_is_owner() THEN
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM public.messages m WHERE m.id = OLD.message_id AND m.deleted = 0) THEN
        RAISE EXCEPTION 'the history of message % goes only with the message', OLD.message_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS message_history_removal ON message_history;
CREATE CONSTRAINT TRIGGER message_history_removal AFTER DELETE ON message_history
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION signalbox_check_history_removal();

-- Row-level security on every table, and the owner's policy.
DO $do$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['users', 'messages', 'notifications', 'message_history',
                             'conversations', 'change_log', 'drafts', 'schema_migrations',
                             'signalbox_members']
    LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('REVOKE ALL ON public.%I FROM PUBLIC, signalbox_member', t);
        EXECUTE format('DROP POLICY IF EXISTS owner_all ON public.%I', t);
        EXECUTE format('CREATE POLICY owner_all ON public.%I TO signalbox_owner USING (true) WITH CHECK (true)', t);
    END LOOP;
    -- Any other table (one a later migration adds) stays closed to members until it has policies.
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relrowsecurity
    LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t);
    END LOOP;
END
$do$;

-- users: the directory (ids, names); never a credential column. A member may delete their own.
DROP POLICY IF EXISTS member_read ON users;
CREATE POLICY member_read ON users FOR SELECT TO signalbox_member USING (true);
DROP POLICY IF EXISTS member_leave ON users;
CREATE POLICY member_leave ON users FOR DELETE TO signalbox_member USING (id = (SELECT signalbox_me()));
GRANT SELECT (id, username, username_key, username_skeleton, created_at), DELETE ON users TO signalbox_member;

-- messages: seen by sender and receiver; sent only as oneself, to an account, in reply only
-- within the same pair; changed by sender or receiver (the trigger says which columns);
-- removed by the sender, or by the receiver's own account deletion; a placeholder (a deleted
-- message kept for its replies, no text) also by the receiver, when its last reply goes (the
-- deferred foreign key refuses it while a reply is left).
DROP POLICY IF EXISTS member_read ON messages;
CREATE POLICY member_read ON messages FOR SELECT TO signalbox_member
    USING ((SELECT signalbox_me()) IN (sender_id, receiver_id));
DROP POLICY IF EXISTS member_send ON messages;
CREATE POLICY member_send ON messages FOR INSERT TO signalbox_member
    WITH CHECK (sender_id = signalbox_me() AND edited = 0 AND edited_at IS NULL AND deleted = 0
                AND (parent_message_id IS NULL
                     OR signalbox_same_pair(parent_message_id, sender_id, receiver_id)));
DROP POLICY IF EXISTS member_change ON messages;
CREATE POLICY member_change ON messages FOR UPDATE TO signalbox_member
    USING ((SELECT signalbox_me()) IN (sender_id, receiver_id))
    WITH CHECK ((SELECT signalbox_me()) IN (sender_id, receiver_id));
DROP POLICY IF EXISTS member_remove ON messages;
CREATE POLICY member_remove ON messages FOR DELETE TO signalbox_member
    USING (sender_id = (SELECT signalbox_me())
           OR (receiver_id = (SELECT signalbox_me()) AND (deleted = 1 OR (SELECT signalbox_leaving()))));
GRANT SELECT, DELETE ON messages TO signalbox_member;
GRANT INSERT (sender_id, receiver_id, parent_message_id, content, timestamp, read) ON messages TO signalbox_member;
GRANT UPDATE (content, edited, edited_at, read, deleted) ON messages TO signalbox_member;

-- notifications: their user's alone; created only for a message the caller has just sent,
-- addressed to its receiver; removed with the message (by its sender) or the account.
DROP POLICY IF EXISTS member_read ON notifications;
CREATE POLICY member_read ON notifications FOR SELECT TO signalbox_member
    USING (user_id = (SELECT signalbox_me()));
-- The sender sees the notification they just made, in that transaction only (INSERT …
-- RETURNING id: the id goes into the change log).
DROP POLICY IF EXISTS member_notify_read ON notifications;
CREATE POLICY member_notify_read ON notifications FOR SELECT TO signalbox_member
    USING (signalbox_sent_now(message_id, user_id));
DROP POLICY IF EXISTS member_notify ON notifications;
CREATE POLICY member_notify ON notifications FOR INSERT TO signalbox_member
    WITH CHECK (signalbox_sent_now(message_id, user_id));
DROP POLICY IF EXISTS member_mark ON notifications;
CREATE POLICY member_mark ON notifications FOR UPDATE TO signalbox_member
    USING (user_id = (SELECT signalbox_me())) WITH CHECK (user_id = (SELECT signalbox_me()));
DROP POLICY IF EXISTS member_remove ON notifications;
CREATE POLICY member_remove ON notifications FOR DELETE TO signalbox_member
    USING (user_id = (SELECT signalbox_me()));
-- While one's own account is being deleted: the notifications others have of one's messages.
DROP POLICY IF EXISTS member_leave_read ON notifications;
CREATE POLICY member_leave_read ON notifications FOR SELECT TO signalbox_member
    USING (signalbox_leaving_sender(message_id));
DROP POLICY IF EXISTS member_leave ON notifications;
CREATE POLICY member_leave ON notifications FOR DELETE TO signalbox_member
    USING (signalbox_leaving_sender(message_id));
GRANT SELECT, DELETE ON notifications TO signalbox_member;
GRANT INSERT (user_id, message_id, created_at, read), UPDATE (read) ON notifications TO signalbox_member;

-- message_history: seen with its message; written only by the sender, holding the message's
-- text as it is before the edit (and the constraint triggers tie it to that edit).
DROP POLICY IF EXISTS member_read ON message_history;
CREATE POLICY member_read ON message_history FOR SELECT TO signalbox_member
    USING (EXISTS (SELECT 1 FROM messages m WHERE m.id = message_history.message_id));
DROP POLICY IF EXISTS member_record ON message_history;
CREATE POLICY member_record ON message_history FOR INSERT TO signalbox_member
    WITH CHECK (edited_by_id = (SELECT signalbox_me())
                AND EXISTS (SELECT 1 FROM messages m WHERE m.id = message_history.message_id
                            AND m.sender_id = (SELECT signalbox_me()) AND m.deleted = 0
                            AND m.content = message_history.old_content));
DROP POLICY IF EXISTS member_remove ON message_history;
CREATE POLICY member_remove ON message_history FOR DELETE TO signalbox_member
    USING (EXISTS (SELECT 1 FROM messages m WHERE m.id = message_history.message_id
                   AND (m.sender_id = (SELECT signalbox_me()) OR m.deleted = 1
                        OR (SELECT signalbox_leaving()))));
GRANT SELECT, DELETE ON message_history TO signalbox_member;
GRANT INSERT (message_id, old_content, edited_at, edited_by_id) ON message_history TO signalbox_member;

-- conversations: one's own rows. The unread count of one's own row follows one's reading; the
-- peer's row changes only through signalbox_conversation_after_send / _rebuild, and an
-- account's rows go through signalbox_remove_conversations.
DROP POLICY IF EXISTS member_read ON conversations;
CREATE POLICY member_read ON conversations FOR SELECT TO signalbox_member
    USING (user_id = (SELECT signalbox_me()));
DROP POLICY IF EXISTS member_count ON conversations;
CREATE POLICY member_count ON conversations FOR UPDATE TO signalbox_member
    USING (user_id = (SELECT signalbox_me())) WITH CHECK (user_id = (SELECT signalbox_me()));
DROP POLICY IF EXISTS member_leave_read ON conversations;
DROP POLICY IF EXISTS member_remove ON conversations;
GRANT SELECT ON conversations TO signalbox_member;
GRANT UPDATE (unread_count) ON conversations TO signalbox_member;

-- drafts: one's own; the drafts others wrote to an account go with it.
DROP POLICY IF EXISTS member_own ON drafts;
CREATE POLICY member_own ON drafts TO signalbox_member
    USING (user_id = (SELECT signalbox_me())) WITH CHECK (user_id = (SELECT signalbox_me()));
DROP POLICY IF EXISTS member_leave_read ON drafts;
CREATE POLICY member_leave_read ON drafts FOR SELECT TO signalbox_member
    USING (peer_id = (SELECT signalbox_me()) AND (SELECT signalbox_leaving()));
DROP POLICY IF EXISTS member_remove ON drafts;
CREATE POLICY member_remove ON drafts FOR DELETE TO signalbox_member
    USING (peer_id = (SELECT signalbox_me()) AND (SELECT signalbox_leaving()));
GRANT SELECT, INSERT, UPDATE, DELETE ON drafts TO signalbox_member;

-- change_log: an entry is seen by the people it concerns (the directory's by everyone);
-- a member writes entries that concern them; pruning goes through signalbox_prune_change_log.
-- Every client acts on the accounts an entry names as added ("ua") or removed ("ud"): a
-- removed one's sessions end. So a member's entry adds no account, and removes only their
-- own, while it is being deleted (the payload is the JSON of ChangeSet::toJson; jsonb, like
-- Qt's parser, keeps the last of duplicate keys).
DROP POLICY IF EXISTS member_read ON change_log;
CREATE POLICY member_read ON change_log FOR SELECT TO signalbox_member
    USING (audience IS NULL OR (SELECT signalbox_me()) = ANY (audience));
DROP POLICY IF EXISTS member_write ON change_log;
CREATE POLICY member_write ON change_log FOR INSERT TO signalbox_member
    WITH CHECK ((audience IS NULL OR signalbox_me() = ANY (audience))
                AND coalesce(jsonb_array_length(payload::jsonb -> 'ua'), 0) = 0
                AND (coalesce(jsonb_array_length(payload::jsonb -> 'ud'), 0) = 0
                     OR payload::jsonb -> 'ud' = jsonb_build_array(signalbox_leaving_account())));
GRANT SELECT, INSERT (origin, created_at, payload, audience) ON change_log TO signalbox_member;

-- schema_migrations: read, to know the store is up to date.
DROP POLICY IF EXISTS member_read ON schema_migrations;
CREATE POLICY member_read ON schema_migrations FOR SELECT TO signalbox_member USING (true);
GRANT SELECT ON schema_migrations TO signalbox_member;

-- signalbox_members: one's own row; the first-sign-in flag only goes off (by a password change).
DROP POLICY IF EXISTS member_read ON signalbox_members;
CREATE POLICY member_read ON signalbox_members FOR SELECT TO signalbox_member
    USING (role_name = session_user);
DROP POLICY IF EXISTS member_changed ON signalbox_members;
CREATE POLICY member_changed ON signalbox_members FOR UPDATE TO signalbox_member
    USING (role_name = session_user) WITH CHECK (role_name = session_user AND NOT must_change_password);
GRANT SELECT, UPDATE (must_change_password) ON signalbox_members TO signalbox_member;

-- Sequences of the tables members insert into; nothing else.
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, signalbox_member;
GRANT USAGE ON SEQUENCE messages_id_seq, notifications_id_seq, message_history_id_seq,
    change_log_id_seq TO signalbox_member;

-- Functions: none of ours for PUBLIC (the unaccent extension's stay its owner's business);
-- members call these.
DO $do$
DECLARE
    f REGPROCEDURE;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proname LIKE 'signalbox\_%'
    LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC, signalbox_member', f);
    END LOOP;
END
$do$;
GRANT EXECUTE ON FUNCTION signalbox_me(), signalbox_leaving(), signalbox_leaving_account(),
    signalbox_leaving_sender(BIGINT), signalbox_is_owner(),
    signalbox_sent_now(BIGINT, BIGINT), signalbox_same_pair(BIGINT, BIGINT, BIGINT),
    signalbox_conversation_after_send(BIGINT),
    signalbox_conversation_rebuild(BIGINT, BIGINT), signalbox_prune_change_log(),
    signalbox_remove_notifications(BIGINT), signalbox_remove_conversations(BIGINT),
    signalbox_owned_counts(BIGINT),
    signalbox_set_own_password(TEXT), signalbox_close_own_login(), signalbox_fold(TEXT)
    TO signalbox_member;
GRANT EXECUTE ON FUNCTION signalbox_admin_login(TEXT, TEXT, BIGINT, BOOLEAN),
    signalbox_admin_drop_login(TEXT) TO signalbox_owner;
