-- Signalbox schema 5 (PostgreSQL): full-text search (issue 13).
-- An expression index: a GIN index over to_tsvector('simple', signalbox_fold(content)) of the
-- messages that are not deleted placeholders. PostgreSQL keeps it current with every INSERT,
-- UPDATE and DELETE of messages, inside the same transaction and under the same privileges
-- (and row-level security) as messages; nothing is stored twice.
-- signalbox_fold() removes accents with the unaccent extension (contrib, part of Debian's
-- postgresql package; a trusted extension since PostgreSQL 13, so the database owner may create
-- it) and lowers case. unaccent() itself is only STABLE (it looks its dictionary up by name),
-- so signalbox_fold() names the dictionary with its schema and is declared IMMUTABLE, which an
-- index expression needs. Lower case comes from the ICU root collation when the server has
-- ICU (Debian's does), so that Greek and Cyrillic fold even in a database with the C locale.

DO $do$ DECLARE s text; lowered text; BEGIN CREATE EXTENSION IF NOT EXISTS unaccent; SELECT n.nspname INTO s FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'; lowered := CASE WHEN EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu') THEN 'lower(%s COLLATE "und-x-icu")' ELSE 'lower(%s)' END; EXECUTE format('CREATE OR REPLACE FUNCTION signalbox_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS %L', 'SELECT ' || format(lowered, format('%I.unaccent(%L::regdictionary, $1)', s, quote_ident(s) || '.unaccent'))); END $do$;

CREATE INDEX messages_search ON messages USING gin (to_tsvector('simple', signalbox_fold(content))) WHERE deleted = 0;
