-- Classification (issue 12): the classifier's models, its suggestions for recommendations no
-- source coded, people's decisions on them, and repeated recommendations across cycles.
-- Twin of migrations/sqlite/0011_classification.sql.

-- A trained model: its version, when and by whom, what it learnt from, and its bytes.
CREATE TABLE classifier_models (
    version BIGINT PRIMARY KEY,
    trained_at TEXT NOT NULL,
    trained_by TEXT NOT NULL,
    -- JSON: recommendations per head, sessions, sources, people's decisions used.
    training TEXT NOT NULL,
    model BYTEA NOT NULL
);

-- What the classifier suggests for a head (action_category, issue, sdg) a source left
-- uncoded; rewritten by every `classify apply`, never touching a source's coding.
CREATE TABLE classification_suggestions (
    recommendation_id BIGINT NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    head TEXT NOT NULL,
    value TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    model_version BIGINT NOT NULL,
    PRIMARY KEY (recommendation_id, head, value)
);
CREATE INDEX classification_suggestions_head ON classification_suggestions (head, confidence);

-- A person's decision on a head: the values they confirmed or set (one row per value; a row
-- with value '' records "none", e.g. no SDG link). It replaces the suggestion, survives every
-- `classify apply`, and teaches the next training.
CREATE TABLE classification_decisions (
    recommendation_id BIGINT NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    head TEXT NOT NULL,
    value TEXT NOT NULL,
    -- confirmed (the suggestion as it was) or corrected.
    decision TEXT NOT NULL,
    decided_by BIGINT REFERENCES users (id),
    decided_by_name TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (recommendation_id, head, value)
);

-- The coding that is not a source's: a decision where there is one, else the suggestion.
CREATE VIEW coded_values AS
SELECT d.recommendation_id, d.head, d.value, 'reviewed' AS origin, CAST(1.0 AS DOUBLE PRECISION) AS confidence
FROM classification_decisions d WHERE d.value <> ''
UNION ALL
SELECT s.recommendation_id, s.head, s.value, 'suggested' AS origin, s.confidence
FROM classification_suggestions s
WHERE NOT EXISTS (
    SELECT 1 FROM classification_decisions d
    WHERE d.recommendation_id = s.recommendation_id AND d.head = s.head
);

-- `recommendation_id` asks again what `earlier_id` (same State, earlier cycle) asked.
CREATE TABLE recommendation_repeats (
    recommendation_id BIGINT NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    earlier_id BIGINT NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    score DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (recommendation_id, earlier_id)
);
CREATE INDEX recommendation_repeats_earlier ON recommendation_repeats (earlier_id);
