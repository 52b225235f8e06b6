//! Writing a reconciliation: new recommendations, rows moved, records merged (references and
//! a redirect kept), derived values and the tables that hang off recommendations rewritten.
//! Everything is written in bulk (multi-row inserts, one `UPDATE ... FROM` per table) so that
//! reconciling the whole public dataset takes seconds.

use super::Target;
use super::derive::{Derived, StoredRow};
use crate::args::{Arg, Sql};
use crate::import::ensure_names;
use crate::{StoreError, UnitOfWork, now};
use sqlx::Row;
use std::collections::{BTreeSet, HashMap, HashSet};
use uprkit_core::SessionNo;
use uprkit_core::merge::MatchedBy;

/// Tables that refer to a recommendation as something people made about it (not derived
/// from sources): when two records are merged, their rows follow to the one that stays. A
/// table with a `recommendation_id` column must be listed here or in [`DERIVED`] (a test
/// checks it).
pub(crate) const REFERENCING: [&str; 4] = ["notes", "source_rows", "classification_decisions", "citation_assessments"];

/// Tables derived from sources and documents, deleted with a merged record.
pub(crate) const DERIVED: [&str; 8] = [
    "recommendation_states",
    "recommendation_issues",
    "recommendation_themes",
    "recommendation_groups",
    "recommendation_sdgs",
    "positions",
    // Recomputed by the next `classify apply` (which every import runs).
    "classification_suggestions",
    "recommendation_repeats",
];

/// Ids per `IN (...)` list.
const IDS_PER_STATEMENT: usize = 500;

/// What a reconciliation writes.
#[derive(Default)]
pub(super) struct Plan {
    /// Records given a new natural key (their rows' text group moved).
    pub rekey: Vec<(i64, String)>,
    /// Rows whose recommendation or placement changes.
    pub placed: HashMap<i64, (i64, MatchedBy)>,
    /// Existing records whose derived values change.
    pub update: Vec<(i64, Derived)>,
    /// Records created by this reconciliation (their values were written with them).
    pub fresh: Vec<i64>,
    /// Derived values of the fresh records, for their child tables.
    pub fresh_derived: Vec<(i64, Derived)>,
    /// (record merged away, record it went into).
    pub merges: Vec<(i64, i64)>,
}

impl Plan {
    /// Notes where a row goes, if that is not where it is.
    pub fn place_row(&mut self, row: &StoredRow, id: i64, by: MatchedBy) {
        if row.recommendation_id != Some(id) || row.matched_by != by.as_str() {
            self.placed.insert(row.id, (id, by));
        }
    }
}

/// The columns of a recommendation derived from its sources, in [`derived_values`] order.
const DERIVED_COLUMNS: [&str; 6] = ["paragraph", "text", "response", "action_category", "source", "source_ref"];

/// The values of [`DERIVED_COLUMNS`].
fn derived_values(d: &Derived) -> [Arg; 6] {
    [
        Arg::OptText(d.paragraph.clone()),
        Arg::Text(d.text.clone()),
        Arg::OptText(d.response.clone()),
        Arg::OptInt(d.action_category),
        Arg::Text(d.source.clone()),
        Arg::OptText(d.source_ref.clone()),
    ]
}

/// Creates the recommendations of targets no record had; (target index, id) of each.
pub(super) async fn create(
    uow: &mut UnitOfWork,
    targets: &[Target],
    derived: Vec<(usize, Derived)>,
    plan: &mut Plan,
) -> Result<Vec<(usize, i64)>, StoreError> {
    let at = now();
    let mut rows = Vec::with_capacity(derived.len());
    for (ti, d) in &derived {
        let t = &targets[*ti];
        let cycle = SessionNo::parse(&t.review.session.to_string()).map(|s| i64::from(s.cycle().get())).unwrap_or(0);
        let mut row = vec![
            Arg::Text(t.key.clone()),
            Arg::Text(d.fingerprint()),
            Arg::Int(t.review.id),
            Arg::Text(t.review.sur.clone()),
            Arg::Int(t.review.session),
            Arg::Int(cycle),
            Arg::Text(at.clone()),
            Arg::Text(at.clone()),
        ];
        row.extend(derived_values(d));
        rows.push(row);
    }
    let mut columns = vec!["natural_key", "fingerprint", "review_id", "sur", "session", "cycle", "created_at"];
    columns.extend(["updated_at"].iter().chain(DERIVED_COLUMNS.iter()));
    let ids = uow.insert_numbered("recommendations", &columns, rows).await?;
    let mut out = Vec::with_capacity(derived.len());
    for (ti, d) in derived {
        let key = &targets[ti].key;
        let id = match ids.get(key) {
            Some(id) => *id,
            // Stored by another run meanwhile (PostgreSQL): found by its key.
            None => existing_id(uow, key).await?,
        };
        plan.fresh_derived.push((id, d));
        out.push((ti, id));
    }
    Ok(out)
}

/// The id of the recommendation with this natural key.
async fn existing_id(uow: &mut UnitOfWork, key: &str) -> Result<i64, StoreError> {
    let mut sql = Sql::default();
    sql.text = format!("SELECT id FROM recommendations WHERE natural_key = {}", sql.bind(Arg::Text(key.into())));
    let row = uow.fetch_one(&sql).await?;
    Ok(sqlx::Row::try_get(&row, "id")?)
}

/// Writes the plan; the ids of the recommendations it created, changed or removed.
pub(super) async fn apply(uow: &mut UnitOfWork, plan: Plan) -> Result<Vec<i64>, StoreError> {
    for (id, key) in &plan.rekey {
        let mut sql = Sql::default();
        sql.text = format!(
            "UPDATE recommendations SET natural_key = {} WHERE id = {}",
            sql.bind(Arg::Text(key.clone())),
            sql.bind(Arg::Int(*id))
        );
        uow.execute(&sql).await?;
    }
    let placed: Vec<Vec<Arg>> = plan
        .placed
        .iter()
        .map(|(row, (id, by))| vec![Arg::Int(*row), Arg::Int(*id), Arg::Text(by.as_str().into())])
        .collect();
    update_from(uow, "source_rows", &["id", "recommendation_id", "matched_by"], placed).await?;
    let at = now();
    let updates: Vec<Vec<Arg>> = plan
        .update
        .iter()
        .map(|(id, d)| {
            let mut row = vec![Arg::Int(*id), Arg::Text(d.fingerprint()), Arg::Text(at.clone())];
            row.extend(derived_values(d));
            row
        })
        .collect();
    let mut columns = vec!["id", "fingerprint", "updated_at"];
    columns.extend(DERIVED_COLUMNS);
    update_from(uow, "recommendations", &columns, updates).await?;
    let mut children: Vec<(i64, Derived)> = plan.update;
    children.extend(plan.fresh_derived);
    write_children(uow, &children).await?;
    merge(uow, &plan.merges).await?;
    let mut changed: BTreeSet<i64> = children.iter().map(|(id, _)| *id).collect();
    changed.extend(plan.fresh);
    changed.extend(plan.merges.iter().flat_map(|(a, b)| [*a, *b]));
    Ok(changed.into_iter().collect())
}

/// Rewrites what recommendations take from their rows: the States rows add, issues, the
/// positions sources stated, SDG links.
async fn write_children(uow: &mut UnitOfWork, children: &[(i64, Derived)]) -> Result<(), StoreError> {
    let ids: Vec<i64> = children.iter().map(|(id, _)| *id).collect();
    delete_in(uow, "DELETE FROM recommendation_states WHERE from_rows = 1 AND recommendation_id IN ({ids})", &ids)
        .await?;
    delete_in(uow, "DELETE FROM recommendation_issues WHERE recommendation_id IN ({ids})", &ids).await?;
    // Positions are history: a source that changes its mind adds one, never erases one.
    let stated = stated_positions(uow, &ids).await?;
    let issues = ensure_names(uow, "issues", children.iter().flat_map(|(_, d)| d.issues.iter())).await?;
    let at = now();
    let (mut states, mut links, mut positions, mut sdgs) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (id, d) in children {
        for (i, s) in d.row_states.iter().enumerate() {
            // After the document's States, whose order is OHCHR's.
            states.push(vec![Arg::Int(*id), Arg::Text(s.clone()), Arg::Int(1000 + i as i64), Arg::Int(1)]);
        }
        links.extend(d.issues.iter().map(|n| vec![Arg::Int(*id), Arg::Int(issues[n])]));
        for p in d.positions.iter().filter(|p| !stated.contains(&(*id, p.position.clone(), p.source.clone()))) {
            positions.push(vec![
                Arg::Int(*id),
                Arg::Text(p.position.clone()),
                Arg::Text(p.source.clone()),
                Arg::Text(p.source_ref.clone()),
                Arg::Text(at.clone()),
                Arg::Text(p.publisher.clone()),
            ]);
        }
        sdgs.extend(d.sdgs.iter().map(|(g, t)| vec![Arg::Int(*id), Arg::Int(*g), Arg::Text(t.clone())]));
    }
    let conflict = "ON CONFLICT DO NOTHING";
    uow.bulk_insert("recommendation_states", &["recommendation_id", "iso3", "ord", "from_rows"], states, conflict)
        .await?;
    uow.bulk_insert("recommendation_issues", &["recommendation_id", "issue_id"], links, conflict).await?;
    let columns = ["recommendation_id", "position", "source", "source_ref", "recorded_at", "publisher"];
    uow.bulk_insert("positions", &columns, positions, "").await?;
    uow.bulk_insert("recommendation_sdgs", &["recommendation_id", "goal", "target"], sdgs, conflict).await
}

/// The positions sources already stated for these recommendations: (id, position, source).
async fn stated_positions(uow: &mut UnitOfWork, ids: &[i64]) -> Result<HashSet<(i64, String, String)>, StoreError> {
    let mut out = HashSet::new();
    for chunk in ids.chunks(IDS_PER_STATEMENT) {
        let mut sql = Sql::default();
        sql.text = format!(
            "SELECT recommendation_id, position, source FROM positions WHERE publisher IS NOT NULL \
             AND recommendation_id IN ({})",
            sql.bind_list(chunk.iter().map(|i| Arg::Int(*i)))
        );
        for row in sql.query().fetch_all(uow.conn()?).await? {
            out.insert((row.try_get("recommendation_id")?, row.try_get("position")?, row.try_get("source")?));
        }
    }
    Ok(out)
}

/// Merges records into the ones that took their rows: what people wrote about them follows,
/// the positions sources stated follow (those of an older uprkit's records, stated without a
/// publisher, are stated again by the rows), the old id redirects, and the record with what
/// was derived for it goes. In bulk, through a temporary table of (old, new) ids.
async fn merge(uow: &mut UnitOfWork, merges: &[(i64, i64)]) -> Result<(), StoreError> {
    if merges.is_empty() {
        return Ok(());
    }
    let plain = |text: &str| Sql { text: text.to_string(), args: Vec::new() };
    uow.execute(&plain("CREATE TEMPORARY TABLE IF NOT EXISTS staged_merges (old_id BIGINT, new_id BIGINT)")).await?;
    uow.execute(&plain("DELETE FROM staged_merges")).await?;
    let rows = merges.iter().map(|(o, n)| vec![Arg::Int(*o), Arg::Int(*n)]).collect();
    uow.bulk_insert("staged_merges", &["old_id", "new_id"], rows, "").await?;
    // A decision on a head the surviving record already has one for gives way to it (else
    // the move below would break the decisions' key).
    let mut statements = vec![
        "DELETE FROM classification_decisions WHERE recommendation_id IN (SELECT old_id FROM staged_merges) \
         AND EXISTS (SELECT 1 FROM classification_decisions d JOIN staged_merges m ON d.recommendation_id = m.new_id \
         WHERE m.old_id = classification_decisions.recommendation_id AND d.head = classification_decisions.head)"
            .to_string(),
        // Likewise a submission's assessment of a recommendation it already assesses under the
        // surviving record.
        "DELETE FROM citation_assessments WHERE recommendation_id IN (SELECT old_id FROM staged_merges) \
         AND EXISTS (SELECT 1 FROM citation_assessments a JOIN staged_merges m ON a.recommendation_id = m.new_id \
         WHERE m.old_id = citation_assessments.recommendation_id AND a.workspace_id = citation_assessments.workspace_id)"
            .to_string(),
    ];
    statements.extend(REFERENCING.iter().map(|t| {
        format!(
            "UPDATE {t} SET recommendation_id = staged_merges.new_id FROM staged_merges \
                 WHERE {t}.recommendation_id = staged_merges.old_id"
        )
    }));
    statements.extend([
        "UPDATE positions SET recommendation_id = staged_merges.new_id FROM staged_merges \
         WHERE positions.recommendation_id = staged_merges.old_id AND positions.publisher IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM positions p WHERE p.recommendation_id = staged_merges.new_id \
         AND p.position = positions.position AND p.source = positions.source)"
            .to_string(),
        "UPDATE recommendation_redirects SET new_id = staged_merges.new_id FROM staged_merges \
         WHERE recommendation_redirects.new_id = staged_merges.old_id"
            .to_string(),
        "INSERT INTO recommendation_redirects (old_id, new_id) SELECT old_id, new_id FROM staged_merges".to_string(),
    ]);
    for t in DERIVED {
        statements.push(format!("DELETE FROM {t} WHERE recommendation_id IN (SELECT old_id FROM staged_merges)"));
    }
    statements.push("DELETE FROM recommendations WHERE id IN (SELECT old_id FROM staged_merges)".to_string());
    statements.push("DELETE FROM staged_merges".to_string());
    for text in statements {
        uow.execute(&plain(&text)).await?;
    }
    Ok(())
}

/// Runs `DELETE ... WHERE recommendation_id IN ({ids})` in chunks.
async fn delete_in(uow: &mut UnitOfWork, text: &str, ids: &[i64]) -> Result<(), StoreError> {
    for chunk in ids.chunks(IDS_PER_STATEMENT) {
        let mut sql = Sql::default();
        sql.text = text.replace("{ids}", &sql.bind_list(chunk.iter().map(|i| Arg::Int(*i))));
        uow.execute(&sql).await?;
    }
    Ok(())
}

/// Updates many rows of `table` at once: the new values (`columns[0]` is `id`) go into a
/// temporary table of the same column types, then one `UPDATE ... FROM` applies them.
async fn update_from(
    uow: &mut UnitOfWork,
    table: &str,
    columns: &[&str],
    rows: Vec<Vec<Arg>>,
) -> Result<(), StoreError> {
    if rows.is_empty() {
        return Ok(());
    }
    let staged = format!("staged_{table}");
    let list = columns.join(", ");
    for text in [
        format!("CREATE TEMPORARY TABLE IF NOT EXISTS {staged} AS SELECT {list} FROM {table} WHERE 1 = 0"),
        format!("DELETE FROM {staged}"),
    ] {
        uow.execute(&Sql { text, args: Vec::new() }).await?;
    }
    uow.bulk_insert(&staged, columns, rows, "").await?;
    let sets: Vec<String> = columns[1..].iter().map(|c| format!("{c} = {staged}.{c}")).collect();
    let text = format!("UPDATE {table} SET {} FROM {staged} WHERE {table}.id = {staged}.id", sets.join(", "));
    uow.execute(&Sql { text, args: Vec::new() }).await?;
    uow.execute(&Sql { text: format!("DELETE FROM {staged}"), args: Vec::new() }).await?;
    Ok(())
}
