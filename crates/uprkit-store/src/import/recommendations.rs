//! Writing the recommendations of an import run: new ones in multi-row inserts numbered by
//! the database, changed ones rewritten, their States, issues and positions after them.

use super::lookup::{delete_children, ensure_names, ensure_reviews, existing_keys};
use super::{ImportSummary, Keyed, key_records, record_run};
use crate::args::{Arg, Sql};
use crate::{StoreError, UnitOfWork, now};
use std::collections::{BTreeSet, HashMap, HashSet};
use uprkit_core::text::{normalise_text, stable_hash};
use uprkit_core::{Iso3, NewRecommendation, Position};

/// The columns an import writes into `recommendations` (the database gives the id).
const COLUMNS: [&str; 14] = [
    "natural_key",
    "fingerprint",
    "review_id",
    "sur",
    "session",
    "cycle",
    "paragraph",
    "text",
    "response",
    "action_category",
    "source",
    "source_ref",
    "created_at",
    "updated_at",
];

/// Rows collected for the tables that hang off recommendations.
#[derive(Default)]
struct Children {
    states: Vec<Vec<Arg>>,
    issues: Vec<Vec<Arg>>,
    positions: Vec<Vec<Arg>>,
}

fn identity(r: &NewRecommendation) -> (String, String) {
    let rs: Vec<&str> = r.recommending_states.iter().map(Iso3::as_str).collect();
    let norm = normalise_text(&r.text);
    let base = match &r.paragraph {
        Some(p) => format!("doc:{}:{}:{p}", r.sur, r.session),
        None => format!("upr:{}:{}:{}", r.sur, r.session, stable_hash(&[&norm, &rs.join(",")])),
    };
    let issues: BTreeSet<&str> = r.issues.iter().map(String::as_str).collect();
    let issues: Vec<&str> = issues.into_iter().collect();
    let action = r.action_category.map(|a| a.get().to_string()).unwrap_or_default();
    let fingerprint = stable_hash(&[
        r.text.trim(),
        &rs.join(","),
        r.response.map(Position::as_str).unwrap_or(""),
        &action,
        &issues.join("|"),
        r.paragraph.as_deref().unwrap_or(""),
    ]);
    (base, fingerprint)
}

/// Writes the recommendations of a run; its summary and the ids created or updated.
pub(super) async fn write(
    uow: &mut UnitOfWork,
    source: &str,
    records: Vec<NewRecommendation>,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<(ImportSummary, Vec<i64>), StoreError> {
    let read = records.len() as u64;
    let (keyed, duplicates) = key_records(records, identity);
    let mut summary = ImportSummary { read, duplicates, ..Default::default() };
    if keyed.is_empty() {
        return Ok((summary, Vec::new()));
    }
    let reviews = ensure_reviews(uow, keyed.iter().map(|k| (&k.record.sur, k.record.session))).await?;
    let issues = ensure_names(uow, "issues", keyed.iter().flat_map(|k| k.record.issues.iter())).await?;
    let sessions: BTreeSet<u16> = keyed.iter().map(|k| k.record.session.get()).collect();
    let mut existing = existing_keys(uow, "recommendations", &sessions).await?;
    let at = now();
    let mut rows = Vec::new();
    for (i, k) in keyed.iter().enumerate() {
        if !existing.contains_key(&k.key) {
            let r = &k.record;
            rows.push(vec![
                Arg::Text(k.key.clone()),
                Arg::Text(k.fingerprint.clone()),
                Arg::Int(reviews[&(r.sur.to_string(), r.session.get())]),
                Arg::Text(r.sur.to_string()),
                Arg::Int(r.session.get().into()),
                Arg::Int(r.session.cycle().get().into()),
                Arg::OptText(r.paragraph.clone()),
                Arg::Text(r.text.trim().to_string()),
                Arg::OptText(r.response.map(|p| p.as_str().to_string())),
                Arg::OptInt(r.action_category.map(|a| a.get().into())),
                Arg::Text(source.to_string()),
                Arg::Text(r.source_ref.clone()),
                Arg::Text(at.clone()),
                Arg::Text(at.clone()),
            ]);
        }
        if i % 2000 == 1999 {
            progress(i as u64 + 1);
        }
    }
    let wanted = rows.len();
    let created = uow.insert_numbered("recommendations", &COLUMNS, rows).await?;
    if created.len() < wanted {
        // Another run stored some of these keys since we looked (PostgreSQL; on SQLite one
        // writer at a time): they are compared like any stored record.
        existing = existing_keys(uow, "recommendations", &sessions).await?;
    }
    let mut children = Children::default();
    let (mut touched, mut changed) = (Vec::new(), Vec::new());
    for k in &keyed {
        if let Some(&id) = created.get(&k.key) {
            summary.created += 1;
            touched.push(id);
            children.push(id, &k.record, &issues, source, &at);
            continue;
        }
        match existing.get(&k.key) {
            Some((_, print)) if *print == k.fingerprint => summary.unchanged += 1,
            Some((id, _)) => changed.push((*id, k)),
            None => return Err(StoreError::Invalid(format!("recommendation {} was neither stored nor found", k.key))),
        }
    }
    for (id, k) in changed {
        summary.updated += 1;
        touched.push(id);
        update(uow, id, k, source, &at).await?;
        children.push(id, &k.record, &issues, source, &at);
    }
    uow.bulk_insert("recommendation_states", &["recommendation_id", "iso3", "ord"], children.states, "").await?;
    uow.bulk_insert("recommendation_issues", &["recommendation_id", "issue_id"], children.issues, "").await?;
    uow.bulk_insert(
        "positions",
        &["recommendation_id", "position", "source", "source_ref", "recorded_at"],
        children.positions,
        "",
    )
    .await?;
    record_run(uow, source, "recommendations", &summary).await?;
    Ok((summary, touched))
}

impl Children {
    /// Collects the rows that hang off a recommendation: its States, issues and position.
    fn push(&mut self, id: i64, r: &NewRecommendation, issues: &HashMap<String, i64>, source: &str, at: &str) {
        let mut seen = HashSet::new();
        for (ord, s) in r.recommending_states.iter().enumerate() {
            if seen.insert(s) {
                self.states.push(vec![Arg::Int(id), Arg::Text(s.to_string()), Arg::Int(ord as i64)]);
            }
        }
        let ids: BTreeSet<i64> = r.issues.iter().map(|n| issues[n]).collect();
        self.issues.extend(ids.into_iter().map(|i| vec![Arg::Int(id), Arg::Int(i)]));
        if let Some(p) = r.response {
            self.positions.push(vec![
                Arg::Int(id),
                Arg::Text(p.as_str().to_string()),
                Arg::Text(source.to_string()),
                Arg::Text(r.source_ref.clone()),
                Arg::Text(at.to_string()),
            ]);
        }
    }
}

/// Rewrites a recommendation that the source changed. Its children are deleted here and
/// written again with the new ones; the position history keeps every earlier entry.
async fn update(
    uow: &mut UnitOfWork,
    id: i64,
    k: &Keyed<NewRecommendation>,
    source: &str,
    at: &str,
) -> Result<(), StoreError> {
    let r = &k.record;
    let mut sql = Sql::default();
    sql.text = format!(
        "UPDATE recommendations SET fingerprint = {}, text = {}, response = {}, action_category = {}, source = {}, \
         source_ref = {}, updated_at = {} WHERE id = {}",
        sql.bind(Arg::Text(k.fingerprint.clone())),
        sql.bind(Arg::Text(r.text.trim().to_string())),
        sql.bind(Arg::OptText(r.response.map(|p| p.as_str().to_string()))),
        sql.bind(Arg::OptInt(r.action_category.map(|a| a.get().into()))),
        sql.bind(Arg::Text(source.to_string())),
        sql.bind(Arg::Text(r.source_ref.clone())),
        sql.bind(Arg::Text(at.to_string())),
        sql.bind(Arg::Int(id)),
    );
    sql.query().execute(uow.conn()?).await?;
    delete_children(uow, &["recommendation_states", "recommendation_issues"], "recommendation_id", id).await
}
