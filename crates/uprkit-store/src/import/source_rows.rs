//! Writing the rows of a tabular source (UPR Info, DIHR) as they are, with their provenance:
//! new rows in multi-row inserts, rows whose content changed rewritten. Which recommendation
//! each row is belongs to the reconciliation that follows ([`super::reconcile`]).

use super::lookup::ensure_reviews;
use super::{ImportSummary, key_records, record_run};
use crate::args::{Arg, Sql};
use crate::{StoreError, UnitOfWork, now};
use sqlx::FromRow;
use std::collections::{BTreeSet, HashMap};
use uprkit_core::merge::similarity::text_key;
use uprkit_core::text::stable_hash;
use uprkit_core::{Iso3, NewRecommendation, Position, SdgLink};

/// The columns an import writes into `source_rows` (the database gives the id; the
/// reconciliation sets `recommendation_id` and `matched_by`).
const COLUMNS: [&str; 19] = [
    "natural_key",
    "fingerprint",
    "review_id",
    "session",
    "publisher",
    "edition",
    "source",
    "source_ref",
    "recommending_states",
    "text",
    "paragraph",
    "document",
    "response",
    "action_category",
    "issues",
    "sdgs",
    "matched_by",
    "created_at",
    "recommendation_id",
];

/// A stored row's key and content hash, to compare a re-import with.
#[derive(FromRow)]
struct StoredRow {
    id: i64,
    natural_key: String,
    fingerprint: String,
}

/// An SDG link as stored: `16` or `16:16.10`.
pub(crate) fn sdg_field(links: &[SdgLink]) -> String {
    let set: BTreeSet<String> = links
        .iter()
        .map(|l| match &l.target {
            Some(t) => format!("{}:{t}", l.goal),
            None => l.goal.to_string(),
        })
        .collect();
    set.into_iter().collect::<Vec<_>>().join("|")
}

/// A row's identity within its publisher's edition, and the hash of everything it says.
fn identity(r: &NewRecommendation) -> (String, String) {
    let rs: Vec<&str> = r.recommending_states.iter().map(Iso3::as_str).collect();
    let base = format!(
        "{}|{}|{}|{}|{}",
        r.origin.publisher.as_str(),
        r.origin.edition,
        r.sur,
        r.session,
        stable_hash(&[&text_key(&r.text), &rs.join(","), r.paragraph.as_deref().unwrap_or("")])
    );
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
        r.document.as_deref().unwrap_or(""),
        &sdg_field(&r.sdgs),
    ]);
    (base, fingerprint)
}

/// Writes the rows of a run; its summary and the reviews whose rows changed.
pub(super) async fn write(
    uow: &mut UnitOfWork,
    source: &str,
    records: Vec<NewRecommendation>,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<(ImportSummary, BTreeSet<i64>), StoreError> {
    let read = records.len() as u64;
    let (keyed, duplicates) = key_records(records, identity);
    let mut summary = ImportSummary { read, duplicates, ..Default::default() };
    let mut touched = BTreeSet::new();
    if keyed.is_empty() {
        return Ok((summary, touched));
    }
    let reviews = ensure_reviews(uow, keyed.iter().map(|k| (&k.record.sur, k.record.session))).await?;
    let sessions: BTreeSet<u16> = keyed.iter().map(|k| k.record.session.get()).collect();
    let existing = stored_rows(uow, &sessions).await?;
    let at = now();
    let mut rows = Vec::new();
    for (i, k) in keyed.iter().enumerate() {
        let r = &k.record;
        let review = reviews[&(r.sur.to_string(), r.session.get())];
        match existing.get(&k.key) {
            Some((_, print)) if *print == k.fingerprint => summary.unchanged += 1,
            Some((id, _)) => {
                summary.updated += 1;
                touched.insert(review);
                rewrite(uow, *id, &k.fingerprint, r).await?;
            }
            None => {
                summary.created += 1;
                touched.insert(review);
                rows.push(values(&k.key, &k.fingerprint, review, source, r, &at));
            }
        }
        if i % 2000 == 1999 {
            progress(i as u64 + 1);
        }
    }
    // Another run may have stored some of these keys since we looked (PostgreSQL; on SQLite
    // one writer at a time): the conflict leaves its row, equal to ours, in place.
    uow.bulk_insert("source_rows", &COLUMNS, rows, "ON CONFLICT (natural_key) DO NOTHING").await?;
    record_run(uow, source, "recommendations", &summary).await?;
    Ok((summary, touched))
}

/// The stored rows of these sessions by natural key: id and fingerprint.
async fn stored_rows(
    uow: &mut UnitOfWork,
    sessions: &BTreeSet<u16>,
) -> Result<HashMap<String, (i64, String)>, StoreError> {
    let mut sql = Sql::default();
    sql.text = format!(
        "SELECT id, natural_key, fingerprint FROM source_rows WHERE session IN ({})",
        sql.bind_list(sessions.iter().map(|s| Arg::Int((*s).into())))
    );
    let mut out = HashMap::new();
    for row in sql.query().fetch_all(uow.conn()?).await? {
        let r = StoredRow::from_row(&row)?;
        out.insert(r.natural_key, (r.id, r.fingerprint));
    }
    Ok(out)
}

/// The values of a new row, in [`COLUMNS`] order.
fn values(key: &str, fingerprint: &str, review: i64, source: &str, r: &NewRecommendation, at: &str) -> Vec<Arg> {
    let (data, _) = content(r);
    let mut v = vec![
        Arg::Text(key.to_string()),
        Arg::Text(fingerprint.to_string()),
        Arg::Int(review),
        Arg::Int(r.session.get().into()),
        Arg::Text(r.origin.publisher.as_str().to_string()),
        Arg::Text(r.origin.edition.clone()),
        Arg::Text(source.to_string()),
        Arg::Text(r.source_ref.clone()),
    ];
    v.extend(data);
    v.push(Arg::Text("text".into()));
    v.push(Arg::Text(at.to_string()));
    v.push(Arg::OptInt(None));
    v
}

/// What a row says, in the order of the columns from `recommending_states` to `sdgs`, and
/// those column names.
fn content(r: &NewRecommendation) -> (Vec<Arg>, [&'static str; 8]) {
    let rs: Vec<&str> = r.recommending_states.iter().map(Iso3::as_str).collect();
    let issues: BTreeSet<&str> = r.issues.iter().map(String::as_str).collect();
    let data = vec![
        Arg::Text(rs.join("|")),
        Arg::Text(r.text.trim().to_string()),
        Arg::OptText(r.paragraph.clone()),
        Arg::OptText(r.document.clone()),
        Arg::OptText(r.response.map(|p| p.as_str().to_string())),
        Arg::OptInt(r.action_category.map(|a| a.get().into())),
        Arg::Text(issues.into_iter().collect::<Vec<_>>().join("|")),
        Arg::Text(sdg_field(&r.sdgs)),
    ];
    let names =
        ["recommending_states", "text", "paragraph", "document", "response", "action_category", "issues", "sdgs"];
    (data, names)
}

/// Rewrites a row whose source changed what it says (a corrected coding in a re-export).
async fn rewrite(uow: &mut UnitOfWork, id: i64, fingerprint: &str, r: &NewRecommendation) -> Result<(), StoreError> {
    let (data, names) = content(r);
    let mut sql = Sql::default();
    let sets: Vec<String> = names.iter().zip(data).map(|(n, v)| format!("{n} = {}", sql.bind(v))).collect();
    sql.text = format!(
        "UPDATE source_rows SET fingerprint = {}, source_ref = {}, {} WHERE id = {}",
        sql.bind(Arg::Text(fingerprint.to_string())),
        sql.bind(Arg::Text(r.source_ref.clone())),
        sets.join(", "),
        sql.bind(Arg::Int(id)),
    );
    uow.execute(&sql).await?;
    Ok(())
}
