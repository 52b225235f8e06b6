//! Writing the voluntary pledges of an import run, with the same identity rules as
//! recommendations.

use super::lookup::{delete_children, ensure_names, ensure_reviews, existing_keys};
use super::{ImportSummary, key_records, record_run};
use crate::args::{Arg, Sql};
use crate::{StoreError, UnitOfWork, now};
use std::collections::BTreeSet;
use uprkit_core::NewPledge;
use uprkit_core::text::{normalise_text, stable_hash};

/// The columns an import writes into `pledges` (the database gives the id).
const COLUMNS: [&str; 12] = [
    "natural_key",
    "fingerprint",
    "review_id",
    "sur",
    "session",
    "cycle",
    "text",
    "action_category",
    "source",
    "source_ref",
    "created_at",
    "updated_at",
];

fn identity(p: &NewPledge) -> (String, String) {
    let base = format!("pledge:{}:{}:{}", p.sur, p.session, stable_hash(&[&normalise_text(&p.text)]));
    let action = p.action_category.map(|a| a.get().to_string()).unwrap_or_default();
    (base, stable_hash(&[p.text.trim(), &action, &p.issues.join("|")]))
}

/// Writes the pledges of a run; its summary.
pub(super) async fn write(
    uow: &mut UnitOfWork,
    source: &str,
    records: Vec<NewPledge>,
) -> Result<ImportSummary, StoreError> {
    let read = records.len() as u64;
    let (keyed, duplicates) = key_records(records, identity);
    let mut summary = ImportSummary { read, duplicates, ..Default::default() };
    if keyed.is_empty() {
        return Ok(summary);
    }
    let reviews = ensure_reviews(uow, keyed.iter().map(|k| (&k.record.sur, k.record.session))).await?;
    let issues = ensure_names(uow, "issues", keyed.iter().flat_map(|k| k.record.issues.iter())).await?;
    let sessions: BTreeSet<u16> = keyed.iter().map(|k| k.record.session.get()).collect();
    let mut existing = existing_keys(uow, "pledges", &sessions).await?;
    let at = now();
    let rows: Vec<Vec<Arg>> = keyed
        .iter()
        .filter(|k| !existing.contains_key(&k.key))
        .map(|k| {
            let p = &k.record;
            vec![
                Arg::Text(k.key.clone()),
                Arg::Text(k.fingerprint.clone()),
                Arg::Int(reviews[&(p.sur.to_string(), p.session.get())]),
                Arg::Text(p.sur.to_string()),
                Arg::Int(p.session.get().into()),
                Arg::Int(p.session.cycle().get().into()),
                Arg::Text(p.text.trim().to_string()),
                Arg::OptInt(p.action_category.map(|a| a.get().into())),
                Arg::Text(source.to_string()),
                Arg::Text(p.source_ref.clone()),
                Arg::Text(at.clone()),
                Arg::Text(at.clone()),
            ]
        })
        .collect();
    let wanted = rows.len();
    let created = uow.insert_numbered("pledges", &COLUMNS, rows).await?;
    if created.len() < wanted {
        // Stored by another run since we looked: compared like any stored pledge.
        existing = existing_keys(uow, "pledges", &sessions).await?;
    }
    let mut links = Vec::new();
    for k in &keyed {
        let p = &k.record;
        let id = if let Some(&id) = created.get(&k.key) {
            summary.created += 1;
            id
        } else {
            match existing.get(&k.key) {
                Some((_, print)) if *print == k.fingerprint => {
                    summary.unchanged += 1;
                    continue;
                }
                Some((id, _)) => {
                    summary.updated += 1;
                    update(uow, *id, &k.fingerprint, p, &at).await?;
                    *id
                }
                None => return Err(StoreError::Invalid(format!("pledge {} was neither stored nor found", k.key))),
            }
        };
        let ids: BTreeSet<i64> = p.issues.iter().map(|n| issues[n]).collect();
        links.extend(ids.into_iter().map(|i| vec![Arg::Int(id), Arg::Int(i)]));
    }
    uow.bulk_insert("pledge_issues", &["pledge_id", "issue_id"], links, "").await?;
    record_run(uow, source, "pledges", &summary).await?;
    Ok(summary)
}

/// Rewrites a pledge that the source changed; its issues are written again after.
async fn update(uow: &mut UnitOfWork, id: i64, fingerprint: &str, p: &NewPledge, at: &str) -> Result<(), StoreError> {
    let mut sql = Sql::default();
    sql.text = format!(
        "UPDATE pledges SET fingerprint = {}, text = {}, action_category = {}, updated_at = {} WHERE id = {}",
        sql.bind(Arg::Text(fingerprint.to_string())),
        sql.bind(Arg::Text(p.text.trim().to_string())),
        sql.bind(Arg::OptInt(p.action_category.map(|a| a.get().into()))),
        sql.bind(Arg::Text(at.to_string())),
        sql.bind(Arg::Int(id)),
    );
    sql.query().execute(uow.conn()?).await?;
    delete_children(uow, &["pledge_issues"], "pledge_id", id).await
}
