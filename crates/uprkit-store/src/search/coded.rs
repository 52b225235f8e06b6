//! The SQL of the filters and facets whose values come from sources, from people's decisions
//! and from the classifier's suggestions (`coded_values`), and of where a coding comes from.
//! Each value list is a subquery of `(rid, value)` rows, so that a condition or a facet binds
//! its values once. A suggestion or decision exists only where no source coded the head
//! (`classify apply` keeps it so), so the union counts each value once.

use uprkit_core::search::Filter;

/// (recommendation, action category) from the source or, where it has none, `coded_values`.
const ACTION_CATEGORY_VALUES: &str = "SELECT id AS rid, CAST(action_category AS TEXT) AS value FROM recommendations \
     WHERE action_category IS NOT NULL UNION ALL SELECT c.recommendation_id AS rid, c.value FROM coded_values c \
     JOIN recommendations r2 ON r2.id = c.recommendation_id WHERE c.head = 'action_category' AND r2.action_category IS NULL";

/// (recommendation, issue name).
const ISSUE_VALUES: &str = "SELECT x.recommendation_id AS rid, i.name AS value FROM recommendation_issues x \
     JOIN issues i ON i.id = x.issue_id UNION ALL SELECT c.recommendation_id AS rid, c.value FROM coded_values c \
     WHERE c.head = 'issue' AND NOT EXISTS (SELECT 1 FROM recommendation_issues y WHERE y.recommendation_id = c.recommendation_id)";

/// (recommendation, SDG goal), once per goal even when several targets link it.
const SDG_VALUES: &str = "SELECT DISTINCT recommendation_id AS rid, CAST(goal AS TEXT) AS value FROM recommendation_sdgs \
     UNION SELECT c.recommendation_id AS rid, c.value FROM coded_values c WHERE c.head = 'sdg'";

/// (recommendation, where its coding comes from).
const CODED_BY_VALUES: &str = "SELECT DISTINCT recommendation_id AS rid, \
     CASE WHEN publisher = 'DIHR' THEN 'dihr' ELSE 'upr_info' END AS value FROM source_rows WHERE recommendation_id IS NOT NULL \
     UNION SELECT recommendation_id AS rid, 'ohchr' AS value FROM recommendation_themes \
     UNION SELECT s.recommendation_id AS rid, 'ohchr' AS value FROM recommendation_sdgs s WHERE NOT EXISTS \
     (SELECT 1 FROM source_rows w WHERE w.recommendation_id = s.recommendation_id AND w.publisher = 'DIHR') \
     UNION SELECT recommendation_id AS rid, origin AS value FROM coded_values";

/// (recommendation, `yes` when it repeats an earlier cycle's recommendation, else `no`).
const REPEATED_VALUES: &str = "SELECT id AS rid, CASE WHEN EXISTS (SELECT 1 FROM recommendation_repeats p \
     WHERE p.recommendation_id = recommendations.id) THEN 'yes' ELSE 'no' END AS value FROM recommendations";

/// A facet over a value list.
pub(super) fn facet(values: &str) -> String {
    format!(
        "SELECT x.value AS value, COUNT(DISTINCT r.id) AS n FROM recommendations r JOIN ({values}) x ON x.rid = r.id WHERE {{w}} GROUP BY x.value"
    )
}

/// A condition over a value list; `compared` is `x.value` or `LOWER(x.value)`.
pub(super) fn condition(values: &str, compared: &str) -> String {
    format!("r.id IN (SELECT x.rid FROM ({values}) x WHERE {compared} IN ({{list}}))")
}

/// The value list of a filter whose values may come from suggestions and decisions, or from
/// where the coding comes from; `None` for the others.
pub(super) fn values_of(filter: Filter) -> Option<&'static str> {
    Some(match filter {
        Filter::ActionCategory => ACTION_CATEGORY_VALUES,
        Filter::Issue => ISSUE_VALUES,
        Filter::Sdg => SDG_VALUES,
        Filter::CodedBy => CODED_BY_VALUES,
        Filter::Repeated => REPEATED_VALUES,
        _ => return None,
    })
}
