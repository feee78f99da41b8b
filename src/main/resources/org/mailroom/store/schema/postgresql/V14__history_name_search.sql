-- The History window's item filter looks for a typed part of a name anywhere in it (item_key LIKE '%sales%'), which
-- no B-tree can answer: on a long-lived team workspace that read every row of the history twice (the page and the
-- count). A trigram index answers it from the rows that hold the typed text.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the workspace database's owner may install it.
-- A server without it, or a role that may not, keeps the filter as it was (slower, still right) rather than
-- refusing the upgrade.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX change_history_item_key_trigrams ON change_history USING gin (item_key gin_trgm_ops);
EXCEPTION
    WHEN undefined_file OR insufficient_privilege OR feature_not_supported THEN
        RAISE NOTICE 'pg_trgm is not available: the History window''s item filter reads the whole history';
END
$$;
