-- hopdan schema, version 12: the register of the residential group (SPEC §9), who signed in
-- for each household (§10) and the land each household pledges for an item (§11).
--
-- A meeting carries its own copy of the register, in the register's order (position), so a
-- closed meeting keeps the register it was held with. With a register the meeting's
-- households_total is the number of its households and households_present the number signed
-- in and not left: the store keeps both in step in the same transaction as each change.
-- Lengths are centimetres and areas hundredths of a square metre: exact integers.

ALTER TABLE agenda_items ADD COLUMN takes_pledges INTEGER NOT NULL DEFAULT 0
    CHECK (takes_pledges IN (0, 1));

CREATE TABLE households (
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    household_no TEXT NOT NULL CHECK (household_no <> ''),
    position     INTEGER NOT NULL CHECK (position BETWEEN 1 AND 4294967295),
    address      TEXT NOT NULL,
    head_name    TEXT NOT NULL,
    members      INTEGER CHECK (members IS NULL OR members BETWEEN 0 AND 4294967295),
    phone        TEXT NOT NULL,
    note         TEXT NOT NULL,
    PRIMARY KEY (meeting_id, household_no),
    UNIQUE (meeting_id, position)
) STRICT;

CREATE TABLE attendance (
    meeting_id          INTEGER NOT NULL,
    household_no        TEXT NOT NULL,
    representative_name TEXT NOT NULL CHECK (representative_name <> ''),
    standing            TEXT NOT NULL CHECK (standing IN ('head', 'member', 'proxy')),
    arrived_at          TEXT NOT NULL,
    left_at             TEXT CHECK (left_at IS NULL OR unixepoch(left_at) >= unixepoch(arrived_at)),
    note                TEXT NOT NULL,
    PRIMARY KEY (meeting_id, household_no, arrived_at),
    FOREIGN KEY (meeting_id, household_no) REFERENCES households (meeting_id, household_no)
        ON DELETE CASCADE
) STRICT;

CREATE UNIQUE INDEX attendance_one_open_stay ON attendance (meeting_id, household_no)
    WHERE left_at IS NULL;

CREATE TABLE pledges (
    meeting_id   INTEGER NOT NULL,
    item_no      INTEGER NOT NULL,
    household_no TEXT NOT NULL,
    frontage_cm  INTEGER NOT NULL CHECK (frontage_cm BETWEEN 0 AND 100000),
    depth_cm     INTEGER NOT NULL CHECK (depth_cm BETWEEN 0 AND 100000),
    -- Hundredths of a square metre.
    area         INTEGER NOT NULL CHECK (area BETWEEN 0 AND 100000),
    structures   TEXT NOT NULL,
    consent      TEXT NOT NULL CHECK (consent IN ('agreed', 'undecided', 'refused')),
    note         TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    PRIMARY KEY (meeting_id, item_no, household_no),
    FOREIGN KEY (meeting_id, item_no) REFERENCES agenda_items (meeting_id, item_no)
        ON DELETE CASCADE,
    FOREIGN KEY (meeting_id, household_no) REFERENCES households (meeting_id, household_no)
        ON DELETE CASCADE
) STRICT;

CREATE INDEX pledges_by_household ON pledges (meeting_id, household_no);

-- Like every row of a closed meeting, these no longer change once it is closed. Their keys
-- hold the meeting_id, so the insert triggers also refuse a REPLACE onto a closed meeting's row.

CREATE TRIGGER households_closed_insert BEFORE INSERT ON households
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER households_closed_update BEFORE UPDATE ON households
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER households_closed_delete BEFORE DELETE ON households
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER attendance_closed_insert BEFORE INSERT ON attendance
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER attendance_closed_update BEFORE UPDATE ON attendance
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER attendance_closed_delete BEFORE DELETE ON attendance
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER pledges_closed_insert BEFORE INSERT ON pledges
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER pledges_closed_update BEFORE UPDATE ON pledges
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER pledges_closed_delete BEFORE DELETE ON pledges
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;
