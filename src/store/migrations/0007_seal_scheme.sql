-- hopdan schema, version 7: the scheme of each fingerprint (SPEC §14).
--
-- A fingerprint covers the files of its scheme (store/fingerprint.rs): scheme 1 is the four files
-- of SPEC §4. Tables added later enter the fingerprint under a new scheme, for meetings sealed
-- from then on; a meeting keeps the scheme it was sealed with, so it verifies forever. Every
-- meeting sealed before this version was sealed under scheme 1, which the default records
-- without touching a row. For a meeting not sealed yet the value means nothing: sealing sets it.

ALTER TABLE meetings ADD COLUMN seal_scheme INTEGER NOT NULL DEFAULT 1
    CHECK (seal_scheme >= 1);

-- No trigger of its own: migration 0002 refuses every update of a sealed meeting, this column
-- included, and lets a closed meeting without a fingerprint get one once, with its scheme.
