-- Dates of a review's key moments entered as official, replacing uprkit's estimates
-- (the calendar derives the other moments from them).
CREATE TABLE official_dates (
    sur TEXT NOT NULL REFERENCES states (iso3),
    session INTEGER NOT NULL,
    moment TEXT NOT NULL,
    date TEXT NOT NULL,
    note TEXT,
    set_at TEXT NOT NULL,
    PRIMARY KEY (sur, session, moment)
);
