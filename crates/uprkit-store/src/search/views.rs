//! What a recommendation's view takes from classification: the coding suggested or decided
//! where no source coded, where its coding comes from, and the earlier recommendations it
//! repeats.

use crate::StoreError;
use crate::args::Sql;
use sqlx::{AnyPool, Row};
use std::collections::{BTreeSet, HashMap};
use uprkit_core::classification::{CodedBy, Head};
use uprkit_core::search::RecommendationView;

/// Completes views (loaded with their sources' coding) with `coded_values`, `coded_by` and
/// `recommended_previously`; `sql` binds the values of `recommendation_id {child_cond}`.
pub(super) async fn add_coding(
    pool: &AnyPool,
    sql: &Sql,
    child_cond: &str,
    views: &mut HashMap<i64, RecommendationView>,
) -> Result<(), StoreError> {
    let run = |template: &str| {
        let mut q = sql.clone();
        q.text = template.replace("{c}", child_cond);
        q
    };
    let mut coded_by: HashMap<i64, BTreeSet<CodedBy>> = HashMap::new();
    for v in views.values() {
        if !v.themes.is_empty() {
            coded_by.entry(v.id).or_default().insert(CodedBy::Ohchr);
        }
    }
    let rows = run("SELECT DISTINCT recommendation_id, publisher FROM source_rows WHERE recommendation_id {c}")
        .query()
        .fetch_all(pool)
        .await?;
    let mut dihr = BTreeSet::new();
    for row in rows {
        let id: i64 = row.try_get("recommendation_id")?;
        let by = if row.try_get::<String, _>("publisher")? == "DIHR" { CodedBy::Dihr } else { CodedBy::UprInfo };
        if by == CodedBy::Dihr {
            dihr.insert(id);
        }
        coded_by.entry(id).or_default().insert(by);
    }
    // SDG links no DIHR row gave come from OHCHR's thematic lists.
    for v in views.values().filter(|v| !v.sdgs.is_empty() && !dihr.contains(&v.id)) {
        coded_by.entry(v.id).or_default().insert(CodedBy::Ohchr);
    }
    let rows = run(
        "SELECT recommendation_id, head, value, origin FROM coded_values WHERE recommendation_id {c} ORDER BY value",
    )
    .query()
    .fetch_all(pool)
    .await?;
    let had_issues: BTreeSet<i64> = views.values().filter(|v| !v.issues.is_empty()).map(|v| v.id).collect();
    for row in rows {
        let id: i64 = row.try_get("recommendation_id")?;
        let Some(v) = views.get_mut(&id) else { continue };
        let value: String = row.try_get("value")?;
        let used = match Head::parse(&row.try_get::<String, _>("head")?) {
            Some(Head::ActionCategory) if v.action_category.is_none() => {
                v.action_category = value.parse().ok();
                true
            }
            Some(Head::Issue) if !had_issues.contains(&id) => {
                v.issues.push(value);
                true
            }
            Some(Head::Sdg) => match value.parse::<u8>() {
                Ok(goal) if !v.sdgs.contains(&goal) => {
                    v.sdgs.push(goal);
                    true
                }
                _ => false,
            },
            _ => false,
        };
        let origin = CodedBy::parse(&row.try_get::<String, _>("origin")?);
        if let (true, Some(origin)) = (used, origin) {
            coded_by.entry(id).or_default().insert(origin);
        }
    }
    for v in views.values_mut() {
        v.issues.sort();
        v.sdgs.sort_unstable();
        v.coded_by = coded_by.remove(&v.id).unwrap_or_default().into_iter().map(|c| c.as_str().to_string()).collect();
    }
    let rows = run("SELECT recommendation_id, earlier_id FROM recommendation_repeats WHERE recommendation_id {c} \
         ORDER BY score DESC, earlier_id")
    .query()
    .fetch_all(pool)
    .await?;
    for row in rows {
        if let Some(v) = views.get_mut(&row.try_get::<i64, _>("recommendation_id")?) {
            v.recommended_previously.push(row.try_get("earlier_id")?);
        }
    }
    Ok(())
}
