//! `uprkit bench search`: the real UPR Info corpus grown to N recommendations, the query set of
//! `shared/bench/search-queries.txt` run many times with facets against the engine in
//! process, the HTTP API of a real `uprkit serve` over loopback, and, on the same data in the
//! same run, PostgreSQL full-text search and SQLite FTS5; p50/p95/p99 latency, searches per
//! second, index build rate and memory, each beside its target (issue 3).

mod baseline;
mod checks;
mod engine_run;
mod fts_query;
mod grow;
mod http_run;
mod measure;
mod postgres_fts;
mod queries;
mod report;
mod sqlite_fts;
mod store_load;

use anyhow::Context;
use checks::{Check, Compare};
use measure::{Measured, Passes};
use queries::BenchQuery;
use report::{Baseline, Report};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use uprkit_search::Engine;
use uprkit_store::Store;
use uprkit_store::testing::TestDatabase;

/// Where the corpus lives beside the project.
const CORPUS: &str = "../shared/data/upr-info/recommendations_sessions01-16.csv";
/// Where the query set lives beside the project.
const QUERIES: &str = "../shared/bench/search-queries.txt";
/// Time the HTTP API and each baseline may take for their timed passes; fewer passes are made
/// when the warm-up pass says more would not fit (never fewer than [`MIN_PASSES`]).
const BUDGET: Duration = Duration::from_secs(90);
/// Fewest timed passes of a baseline.
const MIN_PASSES: u32 = 3;

/// What to run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Recommendations to grow the corpus to.
    pub records: usize,
    /// The UPR Info corpus (default: [`CORPUS`]).
    pub file: Option<PathBuf>,
    /// The query set (default: [`QUERIES`]).
    pub queries: Option<PathBuf>,
    /// Admin URL of a PostgreSQL server for the full-text baseline.
    pub postgres: Option<String>,
    /// Timed passes over the query set (fewer for slow systems, see [`BUDGET`]).
    pub runs: u32,
    /// Print one JSON object instead of the table.
    pub json: bool,
    /// Parts to leave out: `http`, `postgres`, `sqlite`.
    pub skip: Vec<String>,
}

/// Runs the benchmark and prints its figures.
pub async fn run(options: Options) -> anyhow::Result<()> {
    let file = options.file.clone().unwrap_or_else(|| PathBuf::from(CORPUS));
    let query_file = options.queries.clone().unwrap_or_else(|| PathBuf::from(QUERIES));
    for path in [&file, &query_file] {
        anyhow::ensure!(
            path.exists(),
            "{} not found: pass --file/--queries or run from the project folder",
            path.display()
        );
    }
    let skip = |part: &str| options.skip.iter().any(|s| s.eq_ignore_ascii_case(part));
    let queries = queries::load(&query_file)?;
    let runs = options.runs.max(1);

    let started = Instant::now();
    let corpus = grow::GrownCorpus::load(&file, options.records.max(1))?;
    eprintln!(
        "corpus: {} real rows grown to {} in {:.1} s",
        corpus.real_rows,
        corpus.len(),
        started.elapsed().as_secs_f64()
    );

    // The folder `uprkit serve` will run on: the database file and `index/` beside it.
    let data = TestDatabase::sqlite()?;
    eprintln!("index: building {} documents...", corpus.len());
    let (engine, index) = engine_run::build(&data.dir.join("index"), &corpus)?;
    eprintln!("index: {:.1} s, {:.0} documents/s", index.time.as_secs_f64(), index.rate());

    let passes = Passes { max: runs, min: runs, budget: Duration::MAX };
    let engine_measured =
        measure::measure("engine", &mut engine_run::EngineContender { engine: &engine }, &queries, passes).await?;

    // What the engine costs in process: the index open and searched (plus the grown corpus).
    let engine_rss = rss("VmRSS:");
    let mut checks = Vec::new();
    let (mut store_load, mut http, mut serve_memory) = (None, None, None);
    if !skip("http") {
        let (load, measured, memory, sample) = http_phase(&data, &engine, &corpus, &queries, runs).await?;
        checks.push(sample);
        checks.push(checks::agree(
            "the HTTP API",
            &measured,
            "the engine",
            &engine_measured,
            &queries,
            Compare { filters_only: false, hits: true },
        ));
        (store_load, http, serve_memory) = (Some(load), Some(measured), memory);
    }
    let baseline_passes = Passes { max: runs, min: MIN_PASSES, budget: BUDGET };
    let postgres = match &options.postgres {
        Some(admin) if !skip("postgres") => Some(postgres_phase(admin, &corpus, &queries, baseline_passes).await?),
        _ => {
            eprintln!("postgres: skipped (pass --postgres postgres://USER@HOST/DB to measure it)");
            None
        }
    };
    let sqlite = if skip("sqlite") { None } else { Some(sqlite_phase(&corpus, &queries, baseline_passes).await?) };
    for (name, b) in [("PostgreSQL full text", &postgres), ("SQLite FTS5", &sqlite)] {
        if let Some(b) = b {
            let how = Compare { filters_only: true, hits: false };
            checks.push(checks::agree("the engine", &engine_measured, name, &b.measured, &queries, how));
            checks.push(checks::totals_close("the engine", &engine_measured, name, &b.measured, &queries, 0.15));
        }
    }

    let report = Report {
        records: corpus.len(),
        real_rows: corpus.real_rows,
        copies: corpus.copies,
        queries,
        index,
        store_load,
        engine: engine_measured,
        http,
        serve_memory,
        postgres,
        sqlite,
        checks,
        engine_rss,
        peak_rss: rss("VmHWM:"),
    };
    if options.json {
        println!("{}", serde_json::to_string_pretty(&report.json())?);
    } else {
        report.print_table();
    }
    drop(engine);
    drop(data);
    anyhow::ensure!(
        report.checks.iter().all(|c| c.ok),
        "a correctness check failed: the figures compare different answers"
    );
    Ok(())
}

/// Fills the database, starts `uprkit serve` on it and times the API. Returns the load time,
/// the timings, the server's memory and the database-versus-index check.
async fn http_phase(
    data: &TestDatabase,
    engine: &Engine,
    corpus: &grow::GrownCorpus,
    queries: &[BenchQuery],
    runs: u32,
) -> anyhow::Result<(Duration, Measured, Option<(u64, u64)>, Check)> {
    eprintln!("database: importing {} rows for the API...", corpus.len());
    let store = Store::connect(&data.url).await?;
    store.migrate().await?;
    let load = store_load::load(&store, corpus).await?;
    let sampled = store_load::check_sample(&store, corpus).await?;
    // The index already reflects this database: `uprkit serve` must not rebuild it.
    engine.set_database_stamp(&store.content_stamp().await?)?;
    store.close().await;
    let sample = Check {
        name: format!("the database and the index hold the same {sampled} sampled records"),
        ok: true,
        detail: String::new(),
    };
    let server = http_run::Server::start(&data.dir)?;
    eprintln!("http: uprkit serve listening on {}", server.address);
    let mut client = http_run::HttpContender::connect(&server.address).await?;
    let passes = Passes { max: runs, min: 0, budget: BUDGET };
    let measured = measure::measure("http", &mut client, queries, passes).await;
    let memory = server.memory();
    drop(client);
    drop(server);
    Ok((load, measured?, memory, sample))
}

/// Loads PostgreSQL in a fresh database, times it, and drops the database.
async fn postgres_phase(
    admin: &str,
    corpus: &grow::GrownCorpus,
    queries: &[BenchQuery],
    passes: Passes,
) -> anyhow::Result<Baseline> {
    let db = TestDatabase::postgres_at(admin).await.context("cannot create the PostgreSQL benchmark database")?;
    let result = async {
        eprintln!("postgres: loading {} rows...", corpus.len());
        let mut pg = postgres_fts::PostgresFts::load(&db.url, corpus).await?;
        pg.prepare(queries).await?;
        let measured = measure::measure("postgres", &mut pg, queries, passes).await?;
        let (load, version) = (pg.load, pg.version.clone());
        pg.close().await?;
        anyhow::Ok(Baseline {
            measured,
            load: load.copy + load.indexes,
            load_detail: format!(
                "COPY with tsvector {:.1} s, indexes and VACUUM ANALYZE {:.1} s; work_mem 256MB",
                load.copy.as_secs_f64(),
                load.indexes.as_secs_f64()
            ),
            version: format!("PostgreSQL {version}"),
        })
    }
    .await;
    db.drop_database().await?;
    result
}

/// Loads SQLite FTS5 in a fresh file and times it.
async fn sqlite_phase(corpus: &grow::GrownCorpus, queries: &[BenchQuery], passes: Passes) -> anyhow::Result<Baseline> {
    let folder = TestDatabase::sqlite()?;
    eprintln!("sqlite: loading {} rows...", corpus.len());
    let mut lite = sqlite_fts::SqliteFts::load(&folder.dir.join("fts5.db"), corpus).await?;
    lite.prepare(queries)?;
    let measured = measure::measure("sqlite", &mut lite, queries, passes).await?;
    let (load, version) = (lite.load, lite.version.clone());
    lite.close().await?;
    Ok(Baseline {
        measured,
        load,
        load_detail: "rows, FTS5 index, B-trees, optimize, ANALYZE; 1 GB page cache".into(),
        version: format!("SQLite {version}"),
    })
}

/// This process's resident memory (`VmRSS:`) or its peak (`VmHWM:`), from `/proc/self/status`
/// (0 where unavailable).
fn rss(key: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| http_run::status_kib(&s, key))
        .map(|kib| kib * 1024)
        .unwrap_or(0)
}
