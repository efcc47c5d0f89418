-- 0001: the key/value table behind IStorage.
-- Runs inside the migrator's transaction (after it has taken the advisory lock), so no BEGIN/COMMIT here.
-- Deliberately no IF NOT EXISTS: a second run of the same migration must fail loudly rather than pass silently.
-- Tables land in the first schema of the connection's search_path, so one database can host several
-- deployments (or test runs) side by side.

CREATE TABLE bot_state (
    key        text        NOT NULL PRIMARY KEY,
    -- StateJson as written, in text rather than jsonb: jsonb reorders object keys, and the typed envelope
    -- ({"$type": …, "$value": …}) must keep "$type" first, dictionaries their insertion order.
    document   text        NOT NULL,
    etag       text        NOT NULL,
    updated_at timestamptz NOT NULL
);

-- Retention deletes by age.
CREATE INDEX ix_bot_state_updated_at ON bot_state (updated_at);
