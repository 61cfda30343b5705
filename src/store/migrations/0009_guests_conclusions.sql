-- hopdan schema, version 9: the guests and officials present, and the chair's conclusion on
-- each item (both written into the minutes).
--
-- Guests are not households of the residential group: they count in no vote. An item has at
-- most one conclusion; an item without one has no row. Like every row of a closed meeting,
-- they no longer change once the meeting is closed.

CREATE TABLE guests (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    guest_no   INTEGER NOT NULL CHECK (guest_no BETWEEN 1 AND 4294967295),
    name       TEXT NOT NULL CHECK (name <> ''),
    role       TEXT NOT NULL,
    PRIMARY KEY (meeting_id, guest_no)
) STRICT;

CREATE TABLE conclusions (
    meeting_id INTEGER NOT NULL,
    item_no    INTEGER NOT NULL,
    conclusion TEXT NOT NULL CHECK (conclusion <> ''),
    PRIMARY KEY (meeting_id, item_no),
    FOREIGN KEY (meeting_id, item_no) REFERENCES agenda_items (meeting_id, item_no)
        ON DELETE CASCADE
) STRICT;

CREATE TRIGGER guests_closed_insert BEFORE INSERT ON guests
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER guests_closed_update BEFORE UPDATE ON guests
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER guests_closed_delete BEFORE DELETE ON guests
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER conclusions_closed_insert BEFORE INSERT ON conclusions
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER conclusions_closed_update BEFORE UPDATE ON conclusions
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER conclusions_closed_delete BEFORE DELETE ON conclusions
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;
