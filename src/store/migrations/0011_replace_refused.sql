-- hopdan schema: a closed meeting's rows cannot be replaced (SPEC §5).
--
-- `INSERT OR REPLACE` (and `REPLACE`, and `UPDATE OR REPLACE`) deletes the row it collides
-- with without firing that row's delete triggers, so the triggers of migration 0002 alone let
-- one statement reopen a closed meeting, or delete its items, opinions and votes through the
-- foreign keys. The tables whose key holds the meeting_id are covered by their insert and
-- update triggers, which look at the new row's meeting. These close the rest: a meeting's own
-- id, and the audit log, whose rows are numbered by an id of their own.

CREATE TRIGGER meetings_closed_replace BEFORE INSERT ON meetings
WHEN (SELECT status FROM meetings WHERE id = NEW.id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

-- A meeting keeps its id: an id moved onto a closed meeting's would replace it.
CREATE TRIGGER meetings_id_kept BEFORE UPDATE OF id ON meetings
WHEN NEW.id IS NOT OLD.id
BEGIN
    SELECT RAISE(ABORT, 'a meeting keeps its id');
END;

CREATE TRIGGER audit_log_never_replaced BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;
