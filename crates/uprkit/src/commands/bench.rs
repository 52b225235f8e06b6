//! `uprkit bench import`: the UPR Info corpus into fresh databases, in rows per second.

use anyhow::Context;
use std::path::{Path, PathBuf};
use std::time::Instant;
use uprkit_store::Store;
use uprkit_store::testing::TestDatabase;

/// Where the corpus lives beside the project.
const CORPUS: &str = "../shared/data/upr-info/recommendations_sessions01-16.csv";

/// Targets of issue 2 on a 2-core machine, release build.
const SQLITE_TARGET: f64 = 15_000.0;
const POSTGRES_TARGET: f64 = 5_000.0;

/// Runs the import benchmark and prints a line per engine.
pub async fn import(file: Option<&Path>, postgres: Option<&str>, runs: u32) -> anyhow::Result<()> {
    let file = file.map(PathBuf::from).unwrap_or_else(|| PathBuf::from(CORPUS));
    anyhow::ensure!(file.exists(), "corpus {} not found: pass --file or run from the project folder", file.display());
    let runs = runs.max(1);
    if cfg!(debug_assertions) {
        println!("note: this is a debug build; the targets are for `cargo run --release -- bench import`");
    }
    // Reading alone (decode, parse, resolve States) bounds what any database can reach.
    let started = Instant::now();
    let rows = super::import::read_all(std::slice::from_ref(&file))?.recommendations.len();
    let parse_rate = rows as f64 / started.elapsed().as_secs_f64();
    println!("corpus: {} ({rows} rows); reading alone: {parse_rate:.0} rows/s (upper bound)", file.display());
    let mut engines: Vec<(&str, f64, Option<String>)> = vec![("sqlite", SQLITE_TARGET, None)];
    if let Some(url) = postgres {
        engines.push(("postgres", POSTGRES_TARGET, Some(url.to_string())));
    } else {
        println!("postgres: skipped (pass --postgres postgres://USER@HOST/DB to measure it)");
    }
    for (engine, target, admin) in engines {
        let mut rates = Vec::new();
        for _ in 0..runs {
            let db = match &admin {
                Some(url) => TestDatabase::postgres_at(url).await?,
                None => TestDatabase::sqlite()?,
            };
            let store = Store::connect(&db.url).await?;
            store.migrate().await?;
            let started = Instant::now();
            let batch = super::import::read_all(std::slice::from_ref(&file))?;
            let report = store.import(batch, &|_| {}).await.context("import failed")?;
            let seconds = started.elapsed().as_secs_f64();
            anyhow::ensure!(report.recommendations.created > 0, "nothing was imported");
            rates.push(rows as f64 / seconds);
            store.close().await;
            db.drop_database().await?;
        }
        rates.sort_by(|a, b| a.total_cmp(b));
        let median = rates[rates.len() / 2];
        let verdict = if median >= target { "meets" } else { "BELOW" };
        println!(
            "{engine}: {median:.0} rows/s median of {runs} (best {:.0}); target {target:.0} rows/s: {verdict}",
            rates[rates.len() - 1]
        );
    }
    Ok(())
}
