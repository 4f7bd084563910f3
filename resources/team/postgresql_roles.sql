-- Signalbox team mode, part 1 of 2 (PostgreSQL), run by TeamAdmin::init as the administrator:
-- a role that owns the database and has CREATEROLE (README, "Team mode"). Idempotent.
--
-- Roles (cluster-wide, as every PostgreSQL role):
--   signalbox_owner   owns the schema's objects; cannot log in. The administrator is made a
--                     member of it, to run migrations (SET ROLE) and the team commands.
--   signalbox_member  the group of every person's login role; holds only the privileges the
--                     store's own operations need (part 2).
-- Nothing is left to PUBLIC: no CONNECT, no TEMP, no CREATE, no USAGE on the schema.

DO $do$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'signalbox_owner') THEN
        CREATE ROLE signalbox_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'signalbox_member') THEN
        CREATE ROLE signalbox_member NOLOGIN;
    END IF;
    IF NOT pg_has_role(current_user, 'signalbox_owner', 'MEMBER') THEN
        EXECUTE format('GRANT signalbox_owner TO %I', current_user);
    END IF;
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO signalbox_member', current_database());
    -- CREATE on the database: the owner creates the unaccent extension (trusted) in migration 5.
    EXECUTE format('GRANT CONNECT, CREATE ON DATABASE %I TO signalbox_owner', current_database());
END
$do$;

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO signalbox_owner;
GRANT USAGE ON SCHEMA public TO signalbox_member;

-- A store made the old way (one shared role that owns everything): its tables, sequences and
-- functions pass to signalbox_owner. The administrator must own them or be a member of their
-- owner (the old shared role itself, given CREATEROLE, or a superuser).
DO $do$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v')
          AND pg_get_userbyid(c.relowner) <> 'signalbox_owner'
    LOOP
        EXECUTE format('ALTER TABLE public.%I OWNER TO signalbox_owner', r.relname);
    END LOOP;
    FOR r IN
        SELECT p.oid::regprocedure AS signature FROM pg_proc p
        JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND p.proname LIKE 'signalbox\_%'
          AND pg_get_userbyid(p.proowner) <> 'signalbox_owner'
    LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO signalbox_owner', r.signature);
    END LOOP;
END
$do$;
