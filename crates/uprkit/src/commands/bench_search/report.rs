//! The figures, the targets of issue 3 and whether each is met: a table for people, or one
//! JSON object (`--json`).

use super::checks::Check;
use super::engine_run::IndexBuild;
use super::measure::Measured;
use super::queries::BenchQuery;
use serde_json::{Value, json};
use std::time::Duration;

/// Engine p99 over the query set, with facets (ms).
const ENGINE_P99_MS: f64 = 20.0;
/// HTTP API p99 (ms).
const HTTP_P99_MS: f64 = 50.0;
/// Engine at least this many times faster than PostgreSQL full text at p50.
const POSTGRES_RATIO: f64 = 10.0;
/// Index build rate (recommendations per second).
const INDEX_RATE: f64 = 20_000.0;
/// `uprkit serve` resident memory (bytes).
const SERVE_RSS: u64 = 1_500_000_000;

/// A baseline's figures.
pub struct Baseline {
    /// Timings.
    pub measured: Measured,
    /// Loading time (rows and indexes).
    pub load: Duration,
    /// Loading time, in words.
    pub load_detail: String,
    /// Server or library version.
    pub version: String,
}

/// Everything one run measured.
pub struct Report {
    /// Recommendations searched.
    pub records: usize,
    /// Rows of the real corpus.
    pub real_rows: usize,
    /// Copies of the corpus used.
    pub copies: u16,
    /// The query set.
    pub queries: Vec<BenchQuery>,
    /// Building the index.
    pub index: IndexBuild,
    /// Filling the database the API reads from.
    pub store_load: Option<Duration>,
    /// The engine in process.
    pub engine: Measured,
    /// The HTTP API.
    pub http: Option<Measured>,
    /// `uprkit serve`'s resident memory after the query set: now and peak (bytes).
    pub serve_memory: Option<(u64, u64)>,
    /// PostgreSQL full text.
    pub postgres: Option<Baseline>,
    /// SQLite FTS5.
    pub sqlite: Option<Baseline>,
    /// Correctness guards.
    pub checks: Vec<Check>,
    /// This benchmark process's resident memory after the engine phase (bytes).
    pub engine_rss: u64,
    /// This benchmark process's peak resident memory (bytes).
    pub peak_rss: u64,
}

/// A target: what, the figure, and whether it is met (`None`: not measured in this run).
struct Target {
    name: &'static str,
    key: &'static str,
    figure: String,
    met: Option<bool>,
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

impl Report {
    fn targets(&self) -> Vec<Target> {
        let engine_p50 = self.engine.percentile(50.0);
        let engine_p99 = self.engine.percentile(99.0);
        let ratio = |b: &Option<Baseline>| b.as_ref().map(|b| b.measured.percentile(50.0) / engine_p50.max(1e-9));
        let pg = ratio(&self.postgres);
        let lite = ratio(&self.sqlite);
        let http_p99 = self.http.as_ref().map(|h| h.percentile(99.0));
        let not_measured = || "not measured".to_string();
        vec![
            Target {
                name: "engine p99 under 20 ms (with facets)",
                key: "engine_p99",
                figure: format!("{engine_p99:.2} ms"),
                met: Some(engine_p99 < ENGINE_P99_MS),
            },
            Target {
                name: "HTTP API p99 under 50 ms",
                key: "http_p99",
                figure: http_p99.map(|p| format!("{p:.2} ms")).unwrap_or_else(not_measured),
                met: http_p99.map(|p| p < HTTP_P99_MS),
            },
            Target {
                name: "engine at least 10x faster than PostgreSQL full text (p50)",
                key: "postgres_ratio_p50",
                figure: pg.map(|r| format!("{r:.1}x")).unwrap_or_else(not_measured),
                met: pg.map(|r| r >= POSTGRES_RATIO),
            },
            Target {
                name: "engine faster than SQLite FTS5 (p50)",
                key: "sqlite_ratio_p50",
                figure: lite.map(|r| format!("{r:.1}x")).unwrap_or_else(not_measured),
                met: lite.map(|r| r > 1.0),
            },
            Target {
                name: "index build at least 20,000 recommendations/s",
                key: "index_rate",
                figure: format!("{:.0}/s", self.index.rate()),
                met: Some(self.index.rate() >= INDEX_RATE),
            },
            Target {
                name: "uprkit serve under 1.5 GB resident",
                key: "serve_rss",
                figure: self
                    .serve_memory
                    .map(|(now, peak)| format!("{:.0} MB (peak {:.0} MB)", mb(now), mb(peak)))
                    .unwrap_or_else(not_measured),
                met: self.serve_memory.map(|(_, peak)| peak < SERVE_RSS),
            },
        ]
    }

    fn systems(&self) -> Vec<(&'static str, &Measured)> {
        let mut out = vec![("engine", &self.engine)];
        out.extend(self.http.as_ref().map(|m| ("http", m)));
        out.extend(self.postgres.as_ref().map(|b| ("postgres", &b.measured)));
        out.extend(self.sqlite.as_ref().map(|b| ("sqlite", &b.measured)));
        out
    }

    /// The human table.
    pub fn print_table(&self) {
        println!(
            "uprkit bench search: {} recommendations ({} real UPR Info rows, {} copies), {} searches, \
             first page of {} with every facet counted",
            self.records,
            self.real_rows,
            self.copies,
            self.queries.len(),
            super::queries::PER_PAGE
        );
        if cfg!(debug_assertions) {
            println!("note: this is a debug build; the targets are for `cargo run --release -- bench search`");
        }
        println!(
            "index: {} documents in {:.1} s = {:.0} recommendations/s; {:.0} MB on disk",
            self.index.documents,
            self.index.time.as_secs_f64(),
            self.index.rate(),
            mb(self.index.bytes)
        );
        if let Some(t) = self.store_load {
            println!(
                "database for the API (SQLite, the store's own import): {:.1} s = {:.0} rows/s",
                t.as_secs_f64(),
                self.records as f64 / t.as_secs_f64().max(1e-9)
            );
        }
        for (name, b) in [("postgres", &self.postgres), ("sqlite", &self.sqlite)] {
            if let Some(b) = b {
                println!("{name} {}: loaded in {:.1} s ({})", b.version, b.load.as_secs_f64(), b.load_detail);
            }
        }
        println!();
        println!("{:<10} {:>9} {:>9} {:>9} {:>9} {:>8}", "", "p50 ms", "p95 ms", "p99 ms", "qps", "passes");
        for (name, m) in self.systems() {
            println!(
                "{name:<10} {:>9.2} {:>9.2} {:>9.2} {:>9.1} {:>8}",
                m.percentile(50.0),
                m.percentile(95.0),
                m.percentile(99.0),
                m.qps(),
                if m.passes == 0 { "warm-up only".to_string() } else { m.passes.to_string() }
            );
        }
        println!();
        self.print_queries();
        println!();
        println!("checks:");
        for c in &self.checks {
            let detail = if c.detail.is_empty() { String::new() } else { format!(" ({})", c.detail) };
            println!("  {} {}{detail}", if c.ok { "ok    " } else { "FAILED" }, c.name);
        }
        println!();
        println!("targets (issue 3: release build, 2 cores, 1,000,000 recommendations):");
        for t in self.targets() {
            let verdict = match t.met {
                Some(true) => "met",
                Some(false) => "MISSED",
                None => "-",
            };
            println!("  {:<62} {:>24}  {verdict}", t.name, t.figure);
        }
        println!(
            "this benchmark process: {:.0} MB resident after indexing and searching in process, peak {:.0} MB \
             (the SQLite baseline's 1 GB page cache included)",
            mb(self.engine_rss),
            mb(self.peak_rss)
        );
    }

    fn print_queries(&self) {
        let systems = self.systems();
        let mut header = format!("{:<52}", "median ms per search; matches");
        for (name, _) in &systems {
            header.push_str(&format!(" {name:>9}"));
        }
        println!("{header}   matches (engine / postgres / sqlite)");
        for (i, q) in self.queries.iter().enumerate() {
            let line: String = q.line.chars().take(52).collect();
            let mut row = format!("{line:<52}");
            for (_, m) in &systems {
                row.push_str(&format!(" {:>9.2}", m.query_median(i)));
            }
            let totals: Vec<String> = [Some(&self.engine), self.postgres.as_ref().map(|b| &b.measured)]
                .into_iter()
                .chain([self.sqlite.as_ref().map(|b| &b.measured)])
                .flatten()
                .map(|m| m.answers[i].total.to_string())
                .collect();
            println!("{row}   {}", totals.join(" / "));
        }
    }

    /// The JSON object.
    pub fn json(&self) -> Value {
        let figures = |m: &Measured| {
            json!({
                "p50_ms": m.percentile(50.0),
                "p95_ms": m.percentile(95.0),
                "p99_ms": m.percentile(99.0),
                "qps": m.qps(),
                "passes": m.passes,
            })
        };
        let baseline = |b: &Option<Baseline>| {
            b.as_ref().map(|b| {
                let mut v = figures(&b.measured);
                v["load_seconds"] = json!(b.load.as_secs_f64());
                v["load"] = json!(b.load_detail);
                v["version"] = json!(b.version);
                v
            })
        };
        let queries: Vec<Value> = self
            .queries
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let mut v = json!({"query": q.line, "total": self.engine.answers[i].total});
                for (name, m) in self.systems() {
                    v[format!("{name}_p50_ms")] = json!(m.query_median(i));
                    v[format!("{name}_total")] = json!(m.answers[i].total);
                }
                v
            })
            .collect();
        let targets: serde_json::Map<String, Value> = self
            .targets()
            .into_iter()
            .map(|t| (t.key.to_string(), json!({"target": t.name, "figure": t.figure, "met": t.met})))
            .collect();
        json!({
            "records": self.records,
            "real_rows": self.real_rows,
            "copies": self.copies,
            "queries": self.queries.len(),
            "release_build": !cfg!(debug_assertions),
            "index": {
                "documents": self.index.documents,
                "build_seconds": self.index.time.as_secs_f64(),
                "recommendations_per_second": self.index.rate(),
                "bytes": self.index.bytes,
            },
            "store_load_seconds": self.store_load.map(|t| t.as_secs_f64()),
            "engine": figures(&self.engine),
            "http": self.http.as_ref().map(figures),
            "postgres": baseline(&self.postgres),
            "sqlite": baseline(&self.sqlite),
            "serve_rss_bytes": self.serve_memory.map(|m| m.0),
            "serve_peak_rss_bytes": self.serve_memory.map(|m| m.1),
            "engine_phase_rss_bytes": self.engine_rss,
            "peak_rss_bytes": self.peak_rss,
            "targets": targets,
            "checks": self.checks.iter().map(|c| json!({"check": c.name, "ok": c.ok, "detail": c.detail})).collect::<Vec<_>>(),
            "per_query": queries,
        })
    }
}
