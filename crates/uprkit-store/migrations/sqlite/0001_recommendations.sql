-- First cut of the data model (DESIGN.md "Data model"): States, cycles, sessions, reviews,
-- recommendations with their recommending States, positions with history, classifications
-- and voluntary pledges. Keep in step with migrations/postgres/0001_recommendations.sql.

CREATE TABLE states (
    iso3 TEXT PRIMARY KEY,
    iso2 TEXT NOT NULL,
    m49 TEXT NOT NULL,
    name TEXT NOT NULL,
    formal_name TEXT,
    name_upr_info TEXT NOT NULL,
    regional_group TEXT NOT NULL,
    organisations TEXT NOT NULL DEFAULT '',
    observer INTEGER NOT NULL DEFAULT 0
);

-- One alias table for every spelling of a State's name, folded (see uprkit_core::states::fold_name).
CREATE TABLE state_aliases (
    alias TEXT PRIMARY KEY,
    iso3 TEXT NOT NULL REFERENCES states (iso3)
);

CREATE TABLE cycles (
    number INTEGER PRIMARY KEY,
    first_session INTEGER NOT NULL,
    last_session INTEGER,
    start_month TEXT,
    end_month TEXT
);

CREATE TABLE sessions (
    number INTEGER PRIMARY KEY,
    cycle INTEGER NOT NULL REFERENCES cycles (number),
    year INTEGER,
    start_date TEXT,
    end_date TEXT,
    date_status TEXT NOT NULL
);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    sur TEXT NOT NULL REFERENCES states (iso3),
    session INTEGER NOT NULL REFERENCES sessions (number),
    review_date TEXT,
    wg_report_symbol TEXT,
    hrc_session INTEGER,
    UNIQUE (sur, session)
);

CREATE TABLE recommendations (
    id INTEGER PRIMARY KEY,
    -- Identity across imports: (SuR, session, paragraph) for OHCHR documents, else
    -- (SuR, session, normalised text, recommending States, occurrence) for UPR Info rows.
    natural_key TEXT NOT NULL UNIQUE,
    -- Hash of every imported field: equal means a re-import changes nothing.
    fingerprint TEXT NOT NULL,
    review_id INTEGER NOT NULL REFERENCES reviews (id),
    -- Copied from the review so that the common filters need no join.
    sur TEXT NOT NULL REFERENCES states (iso3),
    session INTEGER NOT NULL,
    cycle INTEGER NOT NULL,
    paragraph TEXT,
    text TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    response TEXT,
    supported_part TEXT,
    action_category INTEGER,
    source TEXT NOT NULL,
    source_ref TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX recommendations_sur_session ON recommendations (sur, session);
CREATE INDEX recommendations_session ON recommendations (session);
CREATE INDEX recommendations_cycle ON recommendations (cycle);
CREATE INDEX recommendations_response ON recommendations (response);

CREATE TABLE recommendation_states (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    iso3 TEXT NOT NULL REFERENCES states (iso3),
    ord INTEGER NOT NULL,
    PRIMARY KEY (recommendation_id, iso3)
);
CREATE INDEX recommendation_states_iso3 ON recommendation_states (iso3);

-- Every position a recommendation has had, with where it was stated.
CREATE TABLE positions (
    id INTEGER PRIMARY KEY,
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    position TEXT NOT NULL,
    supported_part TEXT,
    source TEXT NOT NULL,
    source_ref TEXT,
    recorded_at TEXT NOT NULL
);
CREATE INDEX positions_recommendation ON positions (recommendation_id);

CREATE TABLE issues (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE recommendation_issues (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    issue_id INTEGER NOT NULL REFERENCES issues (id),
    PRIMARY KEY (recommendation_id, issue_id)
);
CREATE INDEX recommendation_issues_issue ON recommendation_issues (issue_id);

-- UHRI themes, groups of persons and SDGs: filled by the OHCHR thematic-list importer.
CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE recommendation_themes (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes (id),
    PRIMARY KEY (recommendation_id, theme_id)
);
CREATE TABLE groups_of_persons (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE recommendation_groups (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES groups_of_persons (id),
    PRIMARY KEY (recommendation_id, group_id)
);
CREATE TABLE recommendation_sdgs (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    goal INTEGER NOT NULL CHECK (goal BETWEEN 1 AND 17),
    target TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (recommendation_id, goal, target)
);

CREATE TABLE pledges (
    id INTEGER PRIMARY KEY,
    natural_key TEXT NOT NULL UNIQUE,
    fingerprint TEXT NOT NULL,
    review_id INTEGER NOT NULL REFERENCES reviews (id),
    sur TEXT NOT NULL REFERENCES states (iso3),
    session INTEGER NOT NULL,
    cycle INTEGER NOT NULL,
    text TEXT NOT NULL,
    action_category INTEGER,
    source TEXT NOT NULL,
    source_ref TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE pledge_issues (
    pledge_id INTEGER NOT NULL REFERENCES pledges (id) ON DELETE CASCADE,
    issue_id INTEGER NOT NULL REFERENCES issues (id),
    PRIMARY KEY (pledge_id, issue_id)
);

-- Provenance of every import run.
CREATE TABLE import_runs (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    duplicates INTEGER NOT NULL,
    finished_at TEXT NOT NULL
);
