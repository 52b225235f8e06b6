-- Every source's own rows (UPR Info exports, DIHR), kept with their provenance and placed on
-- the one recommendation they are (DESIGN.md "Identity and merging"); the recommendation's
-- States, issues, action category, SDGs and positions from sources are derived from them.
-- Twin of migrations/postgres/0010_source_rows.sql.
CREATE TABLE source_rows (
    id INTEGER PRIMARY KEY,
    -- Identity within one edition of one publisher: re-importing it changes nothing.
    natural_key TEXT NOT NULL UNIQUE,
    fingerprint TEXT NOT NULL,
    -- The recommendation the row is placed on; NULL only inside the import that adds it.
    recommendation_id INTEGER REFERENCES recommendations (id),
    review_id INTEGER NOT NULL REFERENCES reviews (id),
    session INTEGER NOT NULL,
    publisher TEXT NOT NULL,
    edition TEXT NOT NULL,
    source TEXT NOT NULL,
    source_ref TEXT NOT NULL,
    -- ISO3 codes, '|'-separated, in the source's order.
    recommending_states TEXT NOT NULL,
    text TEXT NOT NULL,
    paragraph TEXT,
    document TEXT,
    response TEXT,
    action_category INTEGER,
    -- '|'-separated issue names, and SDG links as `goal` or `goal:target`.
    issues TEXT NOT NULL,
    sdgs TEXT NOT NULL,
    -- How the row was placed: paragraph, state_and_text or text (see uprkit_core::merge).
    matched_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX source_rows_review ON source_rows (review_id);
CREATE INDEX source_rows_session ON source_rows (session);
CREATE INDEX source_rows_recommendation ON source_rows (recommendation_id);

-- A recommendation merged into another keeps answering at its old id.
CREATE TABLE recommendation_redirects (
    old_id INTEGER PRIMARY KEY,
    new_id INTEGER NOT NULL
);

-- Which States and positions came from source rows (derived, rewritten when rows move) and
-- which from OHCHR documents (kept).
ALTER TABLE recommendation_states ADD COLUMN from_rows INTEGER NOT NULL DEFAULT 0;
ALTER TABLE positions ADD COLUMN publisher TEXT;
