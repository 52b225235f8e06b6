//! Filling the database the API reads its pages from: the grown rows through the store's own
//! import, a batch of whole sessions at a time (memory stays flat, and no batch meets the
//! identities of another), checking that the store numbers them as the index does.

use super::grow::GrownCorpus;
use std::time::{Duration, Instant};
use uprkit_store::Store;

/// Rows per import batch (rounded to whole sessions).
const BATCH: usize = 100_000;
/// Rows read back to check that the database and the index describe the same records.
const SAMPLE: i64 = 200;

/// Imports every grown row; returns the time it took.
pub async fn load(store: &Store, corpus: &GrownCorpus) -> anyhow::Result<Duration> {
    let started = Instant::now();
    for ids in corpus.batches(BATCH) {
        let expected: Vec<i64> = ids.clone().collect();
        let report = store.import(corpus.import_batch(ids), &|_| {}).await?;
        anyhow::ensure!(
            report.changed == expected,
            "the store numbered the rows {}..={} differently from the index ({} created, {} duplicates, {} updated)",
            expected.first().copied().unwrap_or(0),
            expected.last().copied().unwrap_or(0),
            report.recommendations.created,
            report.recommendations.duplicates,
            report.recommendations.updated,
        );
        eprintln!("  stored {} of {} rows", expected.last().copied().unwrap_or(0), corpus.len());
    }
    Ok(started.elapsed())
}

/// Reads a spread of records back from the database and checks that each one's index document
/// is the one the benchmark indexed. Returns how many were checked.
pub async fn check_sample(store: &Store, corpus: &GrownCorpus) -> anyhow::Result<usize> {
    let n = corpus.len() as i64;
    let ids: Vec<i64> = (0..SAMPLE.min(n)).map(|i| 1 + i * n / SAMPLE.min(n)).collect();
    let views = store.recommendations_by_id(&ids).await?;
    anyhow::ensure!(views.len() == ids.len(), "the database holds {} of {} sampled ids", views.len(), ids.len());
    let states = uprkit_core::StateDirectory::load();
    for view in &views {
        let stored = uprkit_search::sync::to_document(view, &states);
        let indexed = corpus.document(view.id);
        let mut a = stored.facet_values();
        let mut b = indexed.facet_values();
        a.sort();
        b.sort();
        anyhow::ensure!(
            a == b && stored.text == indexed.text,
            "record {} differs between the database and the index:\n  database: {a:?}\n  index:    {b:?}",
            view.id
        );
    }
    Ok(views.len())
}
