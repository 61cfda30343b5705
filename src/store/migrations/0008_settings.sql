-- hopdan schema, version 8: what the secretary chose once and expects to find again.
--
-- The built-in input method (Telex, VNI or off) and the folder the last export went to belong
-- to the person at the laptop, not to a meeting: one value per key, kept across restarts.

CREATE TABLE settings (
    key   TEXT NOT NULL PRIMARY KEY CHECK (key <> ''),
    value TEXT NOT NULL
) STRICT;
