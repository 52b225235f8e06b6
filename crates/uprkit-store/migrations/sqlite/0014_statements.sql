-- Statements at the adoption in the Human Rights Council (issue 15): oral or written, owned
-- records of a workspace with its visibility.

CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    visibility TEXT NOT NULL CHECK (visibility IN ('private', 'coalition', 'public')),
    coalition_id INTEGER REFERENCES coalitions (id),
    created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('oral', 'written')),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    pace INTEGER NOT NULL,
    accreditation TEXT NOT NULL CHECK (accreditation IN ('general', 'special', 'roster', 'through_partner')),
    organisation_name TEXT NOT NULL,
    partner TEXT NOT NULL,
    speaker TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('en', 'fr', 'es'))
);
CREATE INDEX statements_workspace ON statements (workspace_id);
