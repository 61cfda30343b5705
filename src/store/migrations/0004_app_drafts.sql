-- hopdan schema, version 4: drafts that belong to no meeting (SPEC §5).
--
-- The form of a new meeting is typed before the meeting exists, so what is typed in it cannot
-- go into `drafts`, whose rows belong to a meeting. It is kept here, under a key naming the
-- form (e.g. 'form.meeting'), until the form is saved or deliberately cancelled.

CREATE TABLE app_drafts (
    key        TEXT NOT NULL PRIMARY KEY CHECK (key <> ''),
    content    TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
