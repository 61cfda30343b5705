-- hopdan schema, version 13: items that are a choice among several options (phương án,
-- SPEC §15), and the hands counted for each option in each vote of such an item. The vote's
-- row in votes keeps the §1 columns: for is the leading option's votes, against those of all
-- the others, abstain the abstentions.

CREATE TABLE item_options (
    meeting_id  INTEGER NOT NULL,
    item_no     INTEGER NOT NULL,
    option_no   INTEGER NOT NULL CHECK (option_no BETWEEN 1 AND 6),
    title       TEXT NOT NULL CHECK (title <> ''),
    description TEXT NOT NULL,
    PRIMARY KEY (meeting_id, item_no, option_no),
    FOREIGN KEY (meeting_id, item_no) REFERENCES agenda_items (meeting_id, item_no)
        ON DELETE CASCADE
) STRICT;

CREATE TABLE option_votes (
    meeting_id INTEGER NOT NULL,
    item_no    INTEGER NOT NULL,
    vote_no    INTEGER NOT NULL,
    option_no  INTEGER NOT NULL,
    votes      INTEGER NOT NULL CHECK (votes BETWEEN 0 AND 4294967295),
    PRIMARY KEY (meeting_id, item_no, vote_no, option_no),
    FOREIGN KEY (meeting_id, item_no, vote_no) REFERENCES votes (meeting_id, item_no, vote_no)
        ON DELETE CASCADE,
    FOREIGN KEY (meeting_id, item_no, option_no)
        REFERENCES item_options (meeting_id, item_no, option_no) ON DELETE CASCADE
) STRICT;

-- Like every row of a closed meeting, these no longer change once it is closed (their keys
-- hold the meeting_id, so the insert triggers also refuse a REPLACE).

CREATE TRIGGER item_options_closed_insert BEFORE INSERT ON item_options
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER item_options_closed_update BEFORE UPDATE ON item_options
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER item_options_closed_delete BEFORE DELETE ON item_options
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER option_votes_closed_insert BEFORE INSERT ON option_votes
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER option_votes_closed_update BEFORE UPDATE ON option_votes
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
    OR (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;

CREATE TRIGGER option_votes_closed_delete BEFORE DELETE ON option_votes
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'meeting closed');
END;
