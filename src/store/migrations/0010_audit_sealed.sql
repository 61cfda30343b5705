-- hopdan schema: the history of corrections is part of the record (SPEC §5, §14).
--
-- Migration 0002 keeps the audit log append-only and a closed meeting's entries undeletable.
-- Since the seal covers the corrections (fingerprint scheme 2, corrections.csv), an entry must
-- also survive until the meeting is closed: no entry is deleted while its meeting exists. Only
-- deleting the (open) meeting itself takes its entries with it, by the foreign key's cascade.

CREATE TRIGGER audit_log_kept BEFORE DELETE ON audit_log
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = OLD.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;
