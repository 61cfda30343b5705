-- hopdan schema, version 1: meetings, their agenda, speakers, opinions, votes, the audit log
-- and drafts (SPEC §1, §5).
--
-- Times are TEXT in the one form written by `domain::format_time`: 2022-06-12T08:30:00+07:00.
-- Counts are whole numbers that fit a u32. Results of votes are never stored: they are computed
-- from the counts and the rule.

-- Marks the file as a hopdan database ('hopd').
PRAGMA application_id = 1752133732;

CREATE TABLE meetings (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    title              TEXT NOT NULL,
    ward               TEXT NOT NULL,
    residential_group  TEXT NOT NULL,
    location           TEXT NOT NULL,
    started_at         TEXT NOT NULL,
    ended_at           TEXT,
    chair              TEXT NOT NULL,
    chair_title        TEXT NOT NULL,
    secretary          TEXT NOT NULL,
    households_total   INTEGER NOT NULL CHECK (households_total BETWEEN 0 AND 4294967295),
    households_present INTEGER NOT NULL CHECK (households_present BETWEEN 0 AND households_total),
    status             TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    -- SHA-256 of the content, recorded when the meeting is closed.
    fingerprint        TEXT
) STRICT;

CREATE TABLE agenda_items (
    meeting_id  INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    item_no     INTEGER NOT NULL CHECK (item_no BETWEEN 1 AND 4294967295),
    title       TEXT NOT NULL,
    description TEXT NOT NULL,
    vote_base   TEXT NOT NULL DEFAULT 'all_households'
                CHECK (vote_base IN ('all_households', 'present', 'cast')),
    threshold   TEXT NOT NULL DEFAULT 'more_than_half'
                CHECK (threshold IN ('more_than_half', 'two_thirds', 'three_quarters')),
    PRIMARY KEY (meeting_id, item_no)
) STRICT;

-- Residents waiting for the floor, in `position` order (a speaker put back goes to the head,
-- so positions may become 0 or negative).
CREATE TABLE speaker_queue (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id      INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    speaker_name    TEXT NOT NULL,
    speaker_address TEXT NOT NULL,
    requested_at    TEXT NOT NULL,
    UNIQUE (meeting_id, position)
) STRICT;

-- The resident who has the floor now: at most one per meeting.
CREATE TABLE floor (
    meeting_id      INTEGER PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
    item_no         INTEGER NOT NULL,
    speaker_name    TEXT NOT NULL,
    speaker_address TEXT NOT NULL,
    -- When they asked for the floor: kept if they go back to the queue.
    requested_at    TEXT NOT NULL,
    started_at      TEXT NOT NULL,
    FOREIGN KEY (meeting_id, item_no) REFERENCES agenda_items (meeting_id, item_no)
        ON DELETE CASCADE
) STRICT;

CREATE TABLE opinions (
    meeting_id      INTEGER NOT NULL,
    item_no         INTEGER NOT NULL,
    turn_no         INTEGER NOT NULL CHECK (turn_no BETWEEN 1 AND 4294967295),
    speaker_name    TEXT NOT NULL,
    speaker_address TEXT NOT NULL,
    stance          TEXT NOT NULL CHECK (stance IN ('support', 'oppose', 'other', 'question')),
    opinion         TEXT NOT NULL,
    started_at      TEXT NOT NULL,
    duration_s      INTEGER NOT NULL CHECK (duration_s BETWEEN 0 AND 4294967295),
    PRIMARY KEY (meeting_id, item_no, turn_no),
    FOREIGN KEY (meeting_id, item_no) REFERENCES agenda_items (meeting_id, item_no)
        ON DELETE CASCADE
) STRICT;

CREATE TABLE votes (
    meeting_id         INTEGER NOT NULL,
    item_no            INTEGER NOT NULL,
    vote_no            INTEGER NOT NULL CHECK (vote_no BETWEEN 1 AND 4294967295),
    voted_at           TEXT NOT NULL,
    households_total   INTEGER NOT NULL CHECK (households_total BETWEEN 0 AND 4294967295),
    households_present INTEGER NOT NULL CHECK (households_present BETWEEN 0 AND households_total),
    votes_for          INTEGER NOT NULL CHECK (votes_for BETWEEN 0 AND 4294967295),
    votes_against      INTEGER NOT NULL CHECK (votes_against BETWEEN 0 AND 4294967295),
    votes_abstain      INTEGER NOT NULL CHECK (votes_abstain BETWEEN 0 AND 4294967295),
    vote_base          TEXT NOT NULL CHECK (vote_base IN ('all_households', 'present', 'cast')),
    threshold          TEXT NOT NULL
                       CHECK (threshold IN ('more_than_half', 'two_thirds', 'three_quarters')),
    corrections        INTEGER NOT NULL DEFAULT 0 CHECK (corrections BETWEEN 0 AND 4294967295),
    PRIMARY KEY (meeting_id, item_no, vote_no),
    FOREIGN KEY (meeting_id, item_no) REFERENCES agenda_items (meeting_id, item_no)
        ON DELETE CASCADE,
    CHECK (votes_for + votes_against + votes_abstain <= households_present)
) STRICT;

-- Corrections (and, later, deletions) of saved entries: the complete previous row as a JSON
-- object, when and why. `item_no` and `number` (vote_no / turn_no) are NULL for entries that
-- are not about one item.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    entity     TEXT NOT NULL CHECK (entity <> ''),
    item_no    INTEGER,
    number     INTEGER,
    action     TEXT NOT NULL CHECK (action <> ''),
    old_values TEXT NOT NULL,
    reason     TEXT NOT NULL,
    at         TEXT NOT NULL
) STRICT;

CREATE INDEX audit_log_by_meeting ON audit_log (meeting_id, id);

-- Text being typed and not yet confirmed, so that it survives a crash.
CREATE TABLE drafts (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    content    TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, key)
) STRICT;
