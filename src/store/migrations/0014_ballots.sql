-- hopdan schema, version 14: votes taken by ballot (SPEC §12). A vote is taken by show of
-- hands, by secret ballot at the meeting, or by a ballot delivered to every household of the
-- register. Its row in votes keeps the §1 columns; what a ballot adds is kept beside it.

ALTER TABLE votes ADD COLUMN method TEXT NOT NULL DEFAULT 'hands'
    CHECK (method IN ('hands', 'secret', 'household_ballot'));

-- A secret ballot: the ballots as the counting committee sorted them, and the two household
-- witnesses. A household-ballot round: when it was closed and counted (NULL while ballots are
-- still coming in); its ballots are in household_ballots.
CREATE TABLE vote_ballots (
    meeting_id       INTEGER NOT NULL,
    item_no          INTEGER NOT NULL,
    vote_no          INTEGER NOT NULL,
    ballots_issued   INTEGER NOT NULL CHECK (ballots_issued BETWEEN 0 AND 4294967295),
    ballots_returned INTEGER NOT NULL CHECK (ballots_returned BETWEEN 0 AND 4294967295),
    ballots_valid    INTEGER NOT NULL CHECK (ballots_valid BETWEEN 0 AND 4294967295),
    ballots_invalid  INTEGER NOT NULL CHECK (ballots_invalid BETWEEN 0 AND 4294967295),
    witness_1        TEXT NOT NULL,
    witness_2        TEXT NOT NULL,
    counted_at       TEXT,
    PRIMARY KEY (meeting_id, item_no, vote_no),
    FOREIGN KEY (meeting_id, item_no, vote_no) REFERENCES votes (meeting_id, item_no, vote_no)
        ON DELETE CASCADE
) STRICT;

-- The counting committee of a secret ballot, in the order it was named.
CREATE TABLE ballot_committee (
    meeting_id INTEGER NOT NULL,
    item_no    INTEGER NOT NULL,
    vote_no    INTEGER NOT NULL,
    position   INTEGER NOT NULL CHECK (position BETWEEN 1 AND 5),
    name       TEXT NOT NULL CHECK (name <> ''),
    is_head    INTEGER NOT NULL CHECK (is_head IN (0, 1)),
    PRIMARY KEY (meeting_id, item_no, vote_no, position),
    FOREIGN KEY (meeting_id, item_no, vote_no)
        REFERENCES vote_ballots (meeting_id, item_no, vote_no) ON DELETE CASCADE
) STRICT;

-- One ballot per household per round: the key refuses a second.
CREATE TABLE household_ballots (
    meeting_id   INTEGER NOT NULL,
    item_no      INTEGER NOT NULL,
    vote_no      INTEGER NOT NULL,
    household_no TEXT NOT NULL,
    entry_no     INTEGER NOT NULL,
    choice       TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    collected_by TEXT NOT NULL,
    opinion      TEXT NOT NULL,
    PRIMARY KEY (meeting_id, item_no, vote_no, household_no),
    UNIQUE (meeting_id, item_no, vote_no, entry_no),
    FOREIGN KEY (meeting_id, item_no, vote_no)
        REFERENCES vote_ballots (meeting_id, item_no, vote_no) ON DELETE CASCADE
) STRICT;

-- A ballot as it was before each correction, with when and why it was corrected.
CREATE TABLE ballot_corrections (
    meeting_id    INTEGER NOT NULL,
    correction_no INTEGER NOT NULL,
    item_no       INTEGER NOT NULL,
    vote_no       INTEGER NOT NULL,
    household_no  TEXT NOT NULL,
    corrected_at  TEXT NOT NULL,
    reason        TEXT NOT NULL CHECK (reason <> ''),
    choice        TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    collected_by  TEXT NOT NULL,
    opinion       TEXT NOT NULL,
    PRIMARY KEY (meeting_id, correction_no),
    FOREIGN KEY (meeting_id, item_no, vote_no, household_no)
        REFERENCES household_ballots (meeting_id, item_no, vote_no, household_no)
        ON DELETE CASCADE
) STRICT;

-- Like every row of a closed meeting, these no longer change once it is closed.

CREATE TRIGGER vote_ballots_closed_insert BEFORE INSERT ON vote_ballots
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER vote_ballots_closed_update BEFORE UPDATE ON vote_ballots
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER vote_ballots_closed_delete BEFORE DELETE ON vote_ballots
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER ballot_committee_closed_insert BEFORE INSERT ON ballot_committee
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER ballot_committee_closed_update BEFORE UPDATE ON ballot_committee
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER ballot_committee_closed_delete BEFORE DELETE ON ballot_committee
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER household_ballots_closed_insert BEFORE INSERT ON household_ballots
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER household_ballots_closed_update BEFORE UPDATE ON household_ballots
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER household_ballots_closed_delete BEFORE DELETE ON household_ballots
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER ballot_corrections_closed_insert BEFORE INSERT ON ballot_corrections
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER ballot_corrections_closed_update BEFORE UPDATE ON ballot_corrections
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER ballot_corrections_closed_delete BEFORE DELETE ON ballot_corrections
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;
