-- hopdan schema, version 3: the fingerprint of a closed meeting, part by part (SPEC §5).
--
-- When a meeting is closed (or a closed meeting is imported) its fingerprint goes into
-- meetings.fingerprint, and one SHA-256 per row of its CSV export goes here, so that a check
-- can say which row no longer matches. `part` names the row: 'meeting.csv',
-- 'agenda.csv:<item_no>', 'opinions.csv:<item_no>:<turn_no>' or
-- 'votes.csv:<item_no>:<vote_no>'.
--
-- The parts are written in the transaction that records the fingerprint, before it: once a
-- meeting is closed and has its fingerprint, its parts can no longer be added, changed or
-- removed.

CREATE TABLE meeting_digests (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    part       TEXT NOT NULL CHECK (part <> ''),
    digest     TEXT NOT NULL CHECK (length(digest) = 64),
    PRIMARY KEY (meeting_id, part)
) STRICT;

CREATE TRIGGER meeting_digests_sealed_insert BEFORE INSERT ON meeting_digests
WHEN (SELECT status = 'closed' AND fingerprint IS NOT NULL FROM meetings
      WHERE id = NEW.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER meeting_digests_closed_update BEFORE UPDATE ON meeting_digests
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER meeting_digests_closed_delete BEFORE DELETE ON meeting_digests
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

-- A meeting is closed together with its fingerprint, whatever program closes it. (Meetings
-- closed before this version keep a NULL fingerprint; migration 0002 lets one be recorded.)
CREATE TRIGGER meetings_close_with_fingerprint BEFORE UPDATE OF status ON meetings
WHEN NEW.status = 'closed' AND OLD.status <> 'closed' AND NEW.fingerprint IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a meeting is closed with its fingerprint');
END;

CREATE TRIGGER meetings_insert_closed_with_fingerprint BEFORE INSERT ON meetings
WHEN NEW.status = 'closed' AND NEW.fingerprint IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a meeting is closed with its fingerprint');
END;
