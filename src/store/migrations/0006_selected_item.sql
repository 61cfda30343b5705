-- hopdan schema, version 6: the agenda item the secretary has on screen.
--
-- The chair's screen (`hopdan show`) runs in another process and follows the secretary: it
-- shows the item of the speaker who has the floor, else the item recorded here, else the first.
-- The secretary's app writes it when the secretary moves to another item, and opens the meeting
-- at it again. Like every row of a closed meeting, it no longer changes once the meeting is
-- closed.

CREATE TABLE selected_items (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
    item_no    INTEGER NOT NULL,
    FOREIGN KEY (meeting_id, item_no) REFERENCES agenda_items (meeting_id, item_no)
        ON DELETE CASCADE
) STRICT;

CREATE TRIGGER selected_items_closed_insert BEFORE INSERT ON selected_items
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER selected_items_closed_update BEFORE UPDATE ON selected_items
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER selected_items_closed_delete BEFORE DELETE ON selected_items
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;
