-- hopdan schema: the history of corrections is part of the record (SPEC §5, §14).
--
-- Migration 0002 keeps the audit log append-only and a closed meeting's entries undeletable.
-- Since the seal covers the corrections (fingerprint scheme 2, corrections.csv), an entry must
-- also survive until its meeting is closed: none is deleted while the meeting is open. Only
-- deleting the open meeting itself takes its entries with it, by the foreign key's cascade
-- (the meeting's row is gone by then).

CREATE TRIGGER audit_log_open_delete BEFORE DELETE ON audit_log
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'open'
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;
