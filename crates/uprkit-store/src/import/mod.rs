//! Writing imported recommendations and pledges: one transaction per run, idempotent, exact
//! duplicates stored once, batched inserts so that a 30,000-row file takes a second or two.
//! The database numbers new records; two runs at once are safe (on SQLite the second waits for
//! the write lock, on PostgreSQL a key stored by the other run is treated as existing).

mod lookup;
mod pledges;
mod reconcile;
mod report;
mod source_rows;

pub(crate) use lookup::ensure_names;
pub(crate) use reconcile::{paragraph_key, recommendation_tables, reconcile};
pub use report::{Correction, DataReport, SourceReport};

use crate::args::Arg;
use crate::{Actor, Store, StoreError, UnitOfWork, now};
use serde::Serialize;
use std::collections::HashMap;
use uprkit_core::ImportBatch;

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

impl UnitOfWork {
    /// Imports a batch inside this unit of work: every record is written or none is, with
    /// the run's audit entry; the recommendations created or updated are noted for the search
    /// index. `progress` is called with the number of records handled so far.
    pub async fn import(
        &mut self,
        batch: ImportBatch,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<ImportReport, StoreError> {
        let done = batch.recommendations.len() as u64;
        let (recommendations, reviews) =
            source_rows::write(self, &batch.source, batch.recommendations, progress).await?;
        let changed = reconcile(self, &reviews).await?;
        let pledges = pledges::write(self, &batch.source, batch.pledges).await?;
        let after = serde_json::json!({"recommendations": recommendations, "pledges": pledges});
        self.audit(None, "import", "upr_info", &batch.source, None, Some(after));
        self.changed(changed.iter().copied());
        progress(done + pledges.read);
        Ok(ImportReport { recommendations, changed, pledges })
    }
}

impl Store {
    /// Imports a batch in its own unit of work, as the command line's operator. For test
    /// fixtures and benchmarks: it leaves the search index alone (`report.changed` says what
    /// to refresh); the product imports through `uprkit_app::App::import_upr_info`.
    pub async fn import(
        &self,
        batch: ImportBatch,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<ImportReport, StoreError> {
        let mut uow = self.begin(&Actor::command_line()).await?;
        let report = uow.import(batch, progress).await?;
        uow.commit().await?;
        Ok(report)
    }
}

/// A record ready to write: its identity, its content hash and its row values.
pub(super) struct Keyed<T> {
    pub key: String,
    pub fingerprint: String,
    pub record: T,
}

/// Gives each record its natural key. Rows with the same identity but different content get
/// an occurrence number (`#1`, `#2`: a State can make the same recommendation twice); rows
/// equal in every field are exact duplicates and dropped.
pub(super) fn key_records<T>(records: Vec<T>, identity: impl Fn(&T) -> (String, String)) -> (Vec<Keyed<T>>, u64) {
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

/// Records the provenance of a run.
pub(super) async fn record_run(
    uow: &mut UnitOfWork,
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
    uow.bulk_insert(
        "import_runs",
        &["source", "kind", "rows_read", "created", "updated", "unchanged", "duplicates", "finished_at"],
        vec![row],
        "",
    )
    .await
}
