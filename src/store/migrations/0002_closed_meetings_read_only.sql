-- hopdan schema, version 2: a closed meeting is read-only in the database itself (SPEC §5).
--
-- Every insert, update or delete of a row that belongs to a closed meeting is refused with the
-- message 'meeting closed'. The one change allowed to a closed meeting is recording its
-- fingerprint once, if it has none yet. The audit log is append-only.

CREATE TRIGGER meetings_closed_update BEFORE UPDATE ON meetings
WHEN OLD.status = 'closed'
    AND NOT (
        OLD.fingerprint IS NULL AND NEW.fingerprint IS NOT NULL
        AND NEW.id IS OLD.id
        AND NEW.title IS OLD.title
        AND NEW.ward IS OLD.ward
        AND NEW.residential_group IS OLD.residential_group
        AND NEW.location IS OLD.location
        AND NEW.started_at IS OLD.started_at
        AND NEW.ended_at IS OLD.ended_at
        AND NEW.chair IS OLD.chair
        AND NEW.chair_title IS OLD.chair_title
        AND NEW.secretary IS OLD.secretary
        AND NEW.households_total IS OLD.households_total
        AND NEW.households_present IS OLD.households_present
        AND NEW.status IS OLD.status
    )
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER meetings_closed_delete BEFORE DELETE ON meetings
WHEN OLD.status = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;

CREATE TRIGGER agenda_items_closed_insert BEFORE INSERT ON agenda_items
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER agenda_items_closed_update BEFORE UPDATE ON agenda_items
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER agenda_items_closed_delete BEFORE DELETE ON agenda_items
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER speaker_queue_closed_insert BEFORE INSERT ON speaker_queue
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER speaker_queue_closed_update BEFORE UPDATE ON speaker_queue
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER speaker_queue_closed_delete BEFORE DELETE ON speaker_queue
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER floor_closed_insert BEFORE INSERT ON floor
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER floor_closed_update BEFORE UPDATE ON floor
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER floor_closed_delete BEFORE DELETE ON floor
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER opinions_closed_insert BEFORE INSERT ON opinions
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER opinions_closed_update BEFORE UPDATE ON opinions
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER opinions_closed_delete BEFORE DELETE ON opinions
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER votes_closed_insert BEFORE INSERT ON votes
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER votes_closed_update BEFORE UPDATE ON votes
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER votes_closed_delete BEFORE DELETE ON votes
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER audit_log_closed_insert BEFORE INSERT ON audit_log
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER audit_log_closed_update BEFORE UPDATE ON audit_log
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER audit_log_closed_delete BEFORE DELETE ON audit_log
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER drafts_closed_insert BEFORE INSERT ON drafts
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER drafts_closed_update BEFORE UPDATE ON drafts
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER drafts_closed_delete BEFORE DELETE ON drafts
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;
