-- hopdan schema, version 5: how long each speaker may speak in a meeting.
--
-- In seconds; 0 means no limit. Existing and imported meetings get three minutes. It is not part
-- of the CSV files (SPEC §4), so it is not part of a closed meeting's fingerprint either; but a
-- closed meeting is read-only, this column included.

ALTER TABLE meetings ADD COLUMN speaking_limit_s INTEGER NOT NULL DEFAULT 180
    CHECK (speaking_limit_s BETWEEN 0 AND 4294967295);

-- Migration 0002 refuses every update of a closed meeting except recording its fingerprint once,
-- and that exception compares the columns that existed then. This covers the new one.
CREATE TRIGGER meetings_closed_speaking_limit BEFORE UPDATE OF speaking_limit_s ON meetings
WHEN OLD.status = 'closed' AND NEW.speaking_limit_s IS NOT OLD.speaking_limit_s
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;
