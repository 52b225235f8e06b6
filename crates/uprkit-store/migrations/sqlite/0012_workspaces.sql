-- Review workspaces (issue 14): one organisation or coalition preparing one review (State
-- under review + cycle), with its stakeholder submission and national consultations. Every
-- table with a visibility is an owned record; section versions and annex assessments belong
-- to a section or workspace and are reached only through it.

CREATE TABLE workspaces (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    visibility TEXT NOT NULL CHECK (visibility IN ('private', 'coalition', 'public')),
    coalition_id INTEGER REFERENCES coalitions (id),
    created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sur TEXT NOT NULL,
    cycle INTEGER NOT NULL,
    title TEXT NOT NULL,
    joint INTEGER NOT NULL,
    organisations TEXT NOT NULL,
    key_words TEXT NOT NULL,
    count_footnotes INTEGER NOT NULL,
    count_annex INTEGER NOT NULL
);
CREATE INDEX workspaces_review ON workspaces (sur, cycle);

CREATE TABLE submission_sections (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    visibility TEXT NOT NULL CHECK (visibility IN ('private', 'coalition', 'public')),
    coalition_id INTEGER REFERENCES coalitions (id),
    created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('summary', 'about', 'theme')),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    assigned_organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    assigned_person TEXT NOT NULL,
    word_budget INTEGER,
    state TEXT NOT NULL CHECK (state IN ('draft', 'in_review', 'final')),
    body TEXT NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX submission_sections_workspace ON submission_sections (workspace_id, position);

-- Every saved text of a section: who saved it, when; the section holds the latest.
CREATE TABLE section_versions (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES submission_sections (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    saved_by INTEGER REFERENCES users (id),
    saved_by_name TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    remark TEXT NOT NULL,
    UNIQUE (section_id, version)
);

-- What the submission says became of each cited previous recommendation (the annex).
CREATE TABLE citation_assessments (
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    assessment TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (workspace_id, recommendation_id)
);

CREATE TABLE consultations (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    visibility TEXT NOT NULL CHECK (visibility IN ('private', 'coalition', 'public')),
    coalition_id INTEGER REFERENCES coalitions (id),
    created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    place TEXT NOT NULL,
    organised_by TEXT NOT NULL,
    participants TEXT NOT NULL,
    issues_raised TEXT NOT NULL
);
CREATE INDEX consultations_workspace ON consultations (workspace_id);
