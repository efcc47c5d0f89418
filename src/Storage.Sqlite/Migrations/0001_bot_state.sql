-- 0001: the key/value table behind IStorage.
-- Runs inside the migrator's transaction, so no BEGIN/COMMIT here. Deliberately no IF NOT EXISTS:
-- a second run of the same migration must fail loudly rather than pass silently.

CREATE TABLE bot_state (
    key        TEXT NOT NULL PRIMARY KEY,
    document   TEXT NOT NULL,
    etag       TEXT NOT NULL,
    -- UTC, fixed-width ISO 8601 ('yyyy-MM-ddTHH:mm:ss.fffffffZ'), so text order is time order.
    updated_at TEXT NOT NULL
);

-- Retention deletes by age.
CREATE INDEX ix_bot_state_updated_at ON bot_state (updated_at);
