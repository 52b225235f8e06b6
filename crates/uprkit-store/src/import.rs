//! Writing imported recommendations and pledges: one transaction per run, idempotent, exact
//! duplicates stored once, batched inserts so that a 30,000-row file takes a second or two.

use crate::args::{Arg, Sql};
use crate::reference::bulk_insert;
use crate::{Engine, Store, StoreError, now};
use serde::Serialize;
use sqlx::{Any, Row, Transaction};
use std::collections::{BTreeSet, HashMap, HashSet};
use uprkit_core::text::{normalise_text, stable_hash};
use uprkit_core::{ActionCategory, Iso3, Position, SessionNo};

/// A recommendation read by an importer, its States already resolved.
#[derive(Debug, Clone)]
pub struct NewRecommendation {
    /// State under Review.
    pub sur: Iso3,
    /// Working Group session.
    pub session: SessionNo,
    /// Paragraph ref in the WG report, when the source has one.
    pub paragraph: Option<String>,
    /// Text as in the source.
    pub text: String,
    /// Recommending States; empty when the source does not know them.
    pub recommending_states: Vec<Iso3>,
    /// Position stated by the source.
    pub response: Option<Position>,
    /// UPR Info action category.
    pub action_category: Option<ActionCategory>,
    /// UPR Info issues.
    pub issues: Vec<String>,
    /// Where in the source: `file.csv:row 12`.
    pub source_ref: String,
}

/// A voluntary pledge made by a State under Review.
#[derive(Debug, Clone)]
pub struct NewPledge {
    /// State under Review that pledged.
    pub sur: Iso3,
    /// Session of the review.
    pub session: SessionNo,
    /// Text of the pledge.
    pub text: String,
    /// UPR Info action category.
    pub action_category: Option<ActionCategory>,
    /// UPR Info issues.
    pub issues: Vec<String>,
    /// Where in the source.
    pub source_ref: String,
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    /// Rows read from the source.
    pub read: u64,
    /// Records created.
    pub created: u64,
    /// Records that existed and were changed by the source.
    pub updated: u64,
    /// Records that existed exactly as in the source.
    pub unchanged: u64,
    /// Rows that repeat an earlier row of the same source exactly; stored once.
    pub duplicates: u64,
}

/// A record ready to write: its identity, its content hash and its row values.
struct Keyed<T> {
    key: String,
    fingerprint: String,
    record: T,
}

/// Gives each record its natural key. Rows with the same identity but different content get
/// an occurrence number (`#1`, `#2`: a State can make the same recommendation twice); rows
/// equal in every field are exact duplicates and dropped.
fn key_records<T>(records: Vec<T>, identity: impl Fn(&T) -> (String, String)) -> (Vec<Keyed<T>>, u64) {
    let mut seen: HashMap<String, Vec<String>> = HashMap::new();
    let mut out = Vec::with_capacity(records.len());
    let mut duplicates = 0;
    for record in records {
        let (base, fingerprint) = identity(&record);
        let prints = seen.entry(base.clone()).or_default();
        if prints.contains(&fingerprint) {
            duplicates += 1;
            continue;
        }
        let key = format!("{base}#{}", prints.len() + 1);
        prints.push(fingerprint.clone());
        out.push(Keyed { key, fingerprint, record });
    }
    (out, duplicates)
}

fn recommendation_identity(r: &NewRecommendation) -> (String, String) {
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

/// Everything one import run writes, in one transaction.
#[derive(Debug, Clone, Default)]
pub struct ImportBatch {
    /// Kind of source for provenance (`UPR Info export`, a document symbol, ...).
    pub source: String,
    /// Recommendations read.
    pub recommendations: Vec<NewRecommendation>,
    /// Voluntary pledges read.
    pub pledges: Vec<NewPledge>,
}

/// What an import run did, per kind of record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    /// Recommendations.
    pub recommendations: ImportSummary,
    /// Ids of the recommendations created or updated (for the search index).
    pub changed: Vec<i64>,
    /// Voluntary pledges.
    pub pledges: ImportSummary,
}

impl Store {
    /// Imports a batch in one transaction: every record is written or none is. `progress` is
    /// called with the number of records handled so far.
    pub async fn import(
        &self,
        batch: ImportBatch,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<ImportReport, StoreError> {
        let mut tx = self.pool.begin().await?;
        if self.engine == Engine::Postgres {
            // The store numbers new rows itself, so other writers wait until this run commits.
            sqlx::query("LOCK TABLE recommendations, pledges IN SHARE ROW EXCLUSIVE MODE").execute(&mut *tx).await?;
        }
        let done = batch.recommendations.len() as u64;
        let (recommendations, changed) =
            write_recommendations(&mut tx, &batch.source, batch.recommendations, progress).await?;
        let pledges = write_pledges(&mut tx, &batch.source, batch.pledges).await?;
        tx.commit().await?;
        let after = serde_json::json!({"recommendations": recommendations, "pledges": pledges});
        self.audit(None, None, "import", "upr_info", &batch.source, None, Some(after)).await?;
        progress(done + pledges.read);
        Ok(ImportReport { recommendations, changed, pledges })
    }
}

async fn write_recommendations(
    tx: &mut Transaction<'static, Any>,
    source: &str,
    records: Vec<NewRecommendation>,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<(ImportSummary, Vec<i64>), StoreError> {
    let read = records.len() as u64;
    let (keyed, duplicates) = key_records(records, recommendation_identity);
    let mut summary = ImportSummary { read, duplicates, ..Default::default() };
    if keyed.is_empty() {
        return Ok((summary, Vec::new()));
    }
    let mut touched = Vec::new();
    let reviews = ensure_reviews(tx, keyed.iter().map(|k| (&k.record.sur, k.record.session))).await?;
    let issues = ensure_names(tx, "issues", keyed.iter().flat_map(|k| k.record.issues.iter())).await?;
    let sessions: BTreeSet<u16> = keyed.iter().map(|k| k.record.session.get()).collect();
    let existing = existing_keys(tx, "recommendations", &sessions).await?;
    let mut next_id = max_id(tx, "recommendations").await? + 1;
    let at = now();
    let (mut recs, mut states, mut links, mut positions) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut changed = Vec::new();
    for (i, k) in keyed.iter().enumerate() {
        let r = &k.record;
        match existing.get(&k.key) {
            Some((_, print)) if *print == k.fingerprint => summary.unchanged += 1,
            Some((id, _)) => changed.push((*id, k)),
            None => {
                let id = next_id;
                next_id += 1;
                summary.created += 1;
                touched.push(id);
                let review_id = reviews[&(r.sur.to_string(), r.session.get())];
                recs.push(vec![
                    Arg::Int(id),
                    Arg::Text(k.key.clone()),
                    Arg::Text(k.fingerprint.clone()),
                    Arg::Int(review_id),
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
                push_children(id, r, &issues, source, &at, &mut states, &mut links, &mut positions);
            }
        }
        if i % 2000 == 1999 {
            progress(i as u64 + 1);
        }
    }
    bulk_insert(
        tx,
        "recommendations",
        &[
            "id",
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
        ],
        recs,
        "",
    )
    .await?;
    for (id, k) in changed {
        summary.updated += 1;
        touched.push(id);
        update_recommendation(tx, id, k, source, &at).await?;
        push_children(id, &k.record, &issues, source, &at, &mut states, &mut links, &mut positions);
    }
    bulk_insert(tx, "recommendation_states", &["recommendation_id", "iso3", "ord"], states, "").await?;
    bulk_insert(tx, "recommendation_issues", &["recommendation_id", "issue_id"], links, "").await?;
    bulk_insert(
        tx,
        "positions",
        &["recommendation_id", "position", "source", "source_ref", "recorded_at"],
        positions,
        "",
    )
    .await?;
    record_run(tx, source, "recommendations", &summary).await?;
    Ok((summary, touched))
}

/// Writes voluntary pledges with the same identity rules as recommendations.
async fn write_pledges(
    tx: &mut Transaction<'static, Any>,
    source: &str,
    records: Vec<NewPledge>,
) -> Result<ImportSummary, StoreError> {
    let read = records.len() as u64;
    let (keyed, duplicates) = key_records(records, |p: &NewPledge| {
        let base = format!("pledge:{}:{}:{}", p.sur, p.session, stable_hash(&[&normalise_text(&p.text)]));
        let action = p.action_category.map(|a| a.get().to_string()).unwrap_or_default();
        (base, stable_hash(&[p.text.trim(), &action, &p.issues.join("|")]))
    });
    let mut summary = ImportSummary { read, duplicates, ..Default::default() };
    if keyed.is_empty() {
        return Ok(summary);
    }
    let reviews = ensure_reviews(tx, keyed.iter().map(|k| (&k.record.sur, k.record.session))).await?;
    let issues = ensure_names(tx, "issues", keyed.iter().flat_map(|k| k.record.issues.iter())).await?;
    let sessions: BTreeSet<u16> = keyed.iter().map(|k| k.record.session.get()).collect();
    let existing = existing_keys(tx, "pledges", &sessions).await?;
    let mut next_id = max_id(tx, "pledges").await? + 1;
    let at = now();
    let (mut rows, mut links) = (Vec::new(), Vec::new());
    for k in &keyed {
        let p = &k.record;
        let id = match existing.get(&k.key) {
            Some((_, print)) if *print == k.fingerprint => {
                summary.unchanged += 1;
                continue;
            }
            Some((id, _)) => {
                summary.updated += 1;
                let mut sql = Sql::default();
                sql.text = format!(
                    "UPDATE pledges SET fingerprint = {}, text = {}, action_category = {}, updated_at = {} WHERE id = {}",
                    sql.bind(Arg::Text(k.fingerprint.clone())),
                    sql.bind(Arg::Text(p.text.trim().to_string())),
                    sql.bind(Arg::OptInt(p.action_category.map(|a| a.get().into()))),
                    sql.bind(Arg::Text(at.clone())),
                    sql.bind(Arg::Int(*id)),
                );
                sql.query().execute(&mut **tx).await?;
                delete_children(tx, &["pledge_issues"], "pledge_id", *id).await?;
                *id
            }
            None => {
                summary.created += 1;
                let id = next_id;
                next_id += 1;
                rows.push(vec![
                    Arg::Int(id),
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
                ]);
                id
            }
        };
        let ids: BTreeSet<i64> = p.issues.iter().map(|n| issues[n]).collect();
        links.extend(ids.into_iter().map(|i| vec![Arg::Int(id), Arg::Int(i)]));
    }
    bulk_insert(
        tx,
        "pledges",
        &[
            "id",
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
        ],
        rows,
        "",
    )
    .await?;
    bulk_insert(tx, "pledge_issues", &["pledge_id", "issue_id"], links, "").await?;
    record_run(tx, source, "pledges", &summary).await?;
    Ok(summary)
}

/// Collects the rows that hang off a recommendation: its States, issues and position.
#[allow(clippy::too_many_arguments)]
fn push_children(
    id: i64,
    r: &NewRecommendation,
    issues: &HashMap<String, i64>,
    source: &str,
    at: &str,
    states: &mut Vec<Vec<Arg>>,
    links: &mut Vec<Vec<Arg>>,
    positions: &mut Vec<Vec<Arg>>,
) {
    let mut seen = HashSet::new();
    for (ord, s) in r.recommending_states.iter().enumerate() {
        if seen.insert(s) {
            states.push(vec![Arg::Int(id), Arg::Text(s.to_string()), Arg::Int(ord as i64)]);
        }
    }
    let ids: BTreeSet<i64> = r.issues.iter().map(|n| issues[n]).collect();
    links.extend(ids.into_iter().map(|i| vec![Arg::Int(id), Arg::Int(i)]));
    if let Some(p) = r.response {
        positions.push(vec![
            Arg::Int(id),
            Arg::Text(p.as_str().to_string()),
            Arg::Text(source.to_string()),
            Arg::Text(r.source_ref.clone()),
            Arg::Text(at.to_string()),
        ]);
    }
}

/// Rewrites a recommendation that the source changed. Its children are deleted here and
/// written again with the new ones; the position history keeps every earlier entry.
async fn update_recommendation(
    tx: &mut Transaction<'static, Any>,
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
    sql.query().execute(&mut **tx).await?;
    delete_children(tx, &["recommendation_states", "recommendation_issues"], "recommendation_id", id).await
}

async fn delete_children(
    tx: &mut Transaction<'static, Any>,
    tables: &[&str],
    column: &str,
    id: i64,
) -> Result<(), StoreError> {
    for table in tables {
        let mut sql = Sql::default();
        sql.text = format!("DELETE FROM {table} WHERE {column} = {}", sql.bind(Arg::Int(id)));
        sql.query().execute(&mut **tx).await?;
    }
    Ok(())
}

/// Finds or creates the review of each (SuR, session) pair; returns their ids.
async fn ensure_reviews<'a>(
    tx: &mut Transaction<'static, Any>,
    pairs: impl Iterator<Item = (&'a Iso3, SessionNo)>,
) -> Result<HashMap<(String, u16), i64>, StoreError> {
    let pairs: BTreeSet<(String, u16)> = pairs.map(|(s, n)| (s.to_string(), n.get())).collect();
    let sessions: BTreeSet<u16> = pairs.iter().map(|p| p.1).collect();
    // Sessions past the reference table (a future cycle) are added with their cycle.
    let rows = sessions
        .iter()
        .filter_map(|s| SessionNo::parse(&s.to_string()).ok())
        .map(|s| vec![Arg::Int(s.get().into()), Arg::Int(s.cycle().get().into()), Arg::Text("unknown".into())])
        .collect();
    bulk_insert(tx, "sessions", &["number", "cycle", "date_status"], rows, "ON CONFLICT (number) DO NOTHING").await?;
    let rows = pairs.iter().map(|(s, n)| vec![Arg::Text(s.clone()), Arg::Int((*n).into())]).collect();
    bulk_insert(tx, "reviews", &["sur", "session"], rows, "ON CONFLICT (sur, session) DO NOTHING").await?;
    let mut sql = Sql::default();
    sql.text = format!(
        "SELECT id, sur, session FROM reviews WHERE session IN ({})",
        sql.bind_list(sessions.iter().map(|s| Arg::Int((*s).into())))
    );
    let mut out = HashMap::new();
    if sessions.is_empty() {
        return Ok(out);
    }
    for row in sql.query().fetch_all(&mut **tx).await? {
        out.insert((row.try_get::<String, _>(1)?, row.try_get::<i64, _>(2)? as u16), row.try_get::<i64, _>(0)?);
    }
    Ok(out)
}

/// Finds or creates each name in a `(id, name)` vocabulary table (issues, themes, ...).
pub(crate) async fn ensure_names<'a>(
    tx: &mut Transaction<'static, Any>,
    table: &str,
    names: impl Iterator<Item = &'a String>,
) -> Result<HashMap<String, i64>, StoreError> {
    let names: BTreeSet<&String> = names.collect();
    let rows = names.iter().map(|n| vec![Arg::Text((*n).clone())]).collect();
    bulk_insert(tx, table, &["name"], rows, "ON CONFLICT (name) DO NOTHING").await?;
    let mut out = HashMap::new();
    for row in sqlx::query(sqlx::AssertSqlSafe(format!("SELECT id, name FROM {table}"))).fetch_all(&mut **tx).await? {
        out.insert(row.try_get::<String, _>(1)?, row.try_get::<i64, _>(0)?);
    }
    Ok(out)
}

/// The natural keys already stored for these sessions, with their ids and fingerprints.
async fn existing_keys(
    tx: &mut Transaction<'static, Any>,
    table: &str,
    sessions: &BTreeSet<u16>,
) -> Result<HashMap<String, (i64, String)>, StoreError> {
    let mut out = HashMap::new();
    if sessions.is_empty() {
        return Ok(out);
    }
    let mut sql = Sql::default();
    sql.text = format!(
        "SELECT natural_key, id, fingerprint FROM {table} WHERE session IN ({})",
        sql.bind_list(sessions.iter().map(|s| Arg::Int((*s).into())))
    );
    for row in sql.query().fetch_all(&mut **tx).await? {
        out.insert(row.try_get(0)?, (row.try_get(1)?, row.try_get(2)?));
    }
    Ok(out)
}

async fn max_id(tx: &mut Transaction<'static, Any>, table: &str) -> Result<i64, StoreError> {
    let sql = format!("SELECT COALESCE(MAX(id), 0) FROM {table}");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_one(&mut **tx).await?;
    Ok(row.try_get::<i64, _>(0)?)
}

async fn record_run(
    tx: &mut Transaction<'static, Any>,
    source: &str,
    kind: &str,
    s: &ImportSummary,
) -> Result<(), StoreError> {
    let n = |v: u64| Arg::Int(v as i64);
    let row = vec![
        Arg::Text(source.to_string()),
        Arg::Text(kind.to_string()),
        n(s.read),
        n(s.created),
        n(s.updated),
        n(s.unchanged),
        n(s.duplicates),
        Arg::Text(now()),
    ];
    bulk_insert(
        tx,
        "import_runs",
        &["source", "kind", "rows_read", "created", "updated", "unchanged", "duplicates", "finished_at"],
        vec![row],
        "",
    )
    .await
}
