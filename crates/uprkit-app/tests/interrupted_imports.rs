//! An import interrupted at any statement leaves nothing behind: no recommendation, position,
//! recommending State, review, run record or audit entry. For every statement n of a UPR Info
//! import (the real micro fixture) and of OHCHR document imports (Georgia's cycle-1 WG report,
//! then its addendum applied to it; the report's 1,300 statements are probed every 37th in
//! dry runs, then one by one from where it ends), the n-th statement fails, the use-case answers an error
//! and every table counts what it counted before; with the fault past the last statement the
//! import succeeds and the search index finds what it wrote. SQLite and, when configured,
//! PostgreSQL.

use std::path::PathBuf;
use std::sync::Arc;
use uprkit_app::documents::reader::DocumentReader;
use uprkit_app::{Actor, App, AppError};
use uprkit_core::StateDirectory;
use uprkit_import::ohchr::OhchrDocument;
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_search::Sort;
use uprkit_store::testing::{TestDatabase, count_rows, fail_statement};
use uprkit_store::{ImportBatch, Store};

/// Every table an import writes.
const TABLES: [&str; 17] = [
    "sessions",
    "reviews",
    "issues",
    "themes",
    "groups_of_persons",
    "recommendations",
    "recommendation_states",
    "recommendation_issues",
    "recommendation_themes",
    "recommendation_groups",
    "recommendation_sdgs",
    "positions",
    "source_rows",
    "recommendation_redirects",
    "document_positions",
    "import_runs",
    "audit_log",
];

fn data(path: &str) -> PathBuf {
    uprkit_core::testing::shared_data(path)
}

async fn counts(store: &Store) -> Vec<(&'static str, i64)> {
    let mut out = Vec::new();
    for t in TABLES {
        out.push((t, count_rows(store, t).await.expect("count")));
    }
    out
}

/// Fails statement n of `attempt` (called with whether to roll back at the end), checks that
/// it answers the injected error and that every table counts what it counted before.
async fn interrupted<F, Fut, T>(
    app: &App,
    what: &str,
    n: usize,
    dry_run: bool,
    before: &[(&str, i64)],
    attempt: &F,
) -> bool
where
    F: Fn(bool) -> Fut,
    Fut: std::future::Future<Output = Result<T, AppError>>,
{
    fail_statement(app.store(), Some(n));
    let outcome = attempt(dry_run).await;
    fail_statement(app.store(), None);
    match outcome {
        Err(e) => {
            assert!(e.to_string().contains(&format!("fault injected at statement {n}")), "{what}, {n}: {e}");
            assert_eq!(counts(app.store()).await, before, "{what} interrupted at statement {n} left rows");
            true
        }
        Ok(_) => false,
    }
}

/// Runs `attempt` with the n-th statement failing, for every n until it succeeds (the fault
/// then lies past its last statement); each failure must leave every table as it was. With
/// `stride` above 1, dry runs failing at every `stride`-th statement first find where the
/// import ends (a large import would take minutes otherwise), then every statement from the
/// last of them on fails in turn. Returns the number of statements of the successful run.
async fn interrupt_everywhere<F, Fut, T>(app: &App, what: &str, stride: usize, attempt: F) -> usize
where
    F: Fn(bool) -> Fut,
    Fut: std::future::Future<Output = Result<T, AppError>>,
{
    let before = counts(app.store()).await;
    let mut start = 1;
    if stride > 1 {
        while interrupted(app, what, start, true, &before, &attempt).await {
            start += stride;
        }
        assert_eq!(counts(app.store()).await, before, "a dry run of the {what} wrote rows");
        start = start.saturating_sub(stride).max(1);
    }
    for n in start.. {
        if !interrupted(app, what, n, false, &before, &attempt).await {
            assert!(n > 3, "{what} succeeded at statement {n}: the faults were not injected");
            assert_ne!(counts(app.store()).await, before, "{what} wrote nothing");
            return n - 1;
        }
    }
    unreachable!("the loop returns")
}

async fn micro_batch() -> ImportBatch {
    let states = StateDirectory::load();
    let Ok(UprInfoFile::Recommendations { records, .. }) =
        upr_info::read_file(&data("fixtures/uprinfo_micro_25.csv"), &states)
    else {
        panic!("the micro fixture reads as recommendations");
    };
    ImportBatch { source: "micro".into(), recommendations: records, pledges: vec![] }
}

async fn read(name: &str) -> (PathBuf, OhchrDocument) {
    let path = data(&format!("ohchr/georgia/cycle1/{name}"));
    let bytes = std::fs::read(&path).expect("document");
    let document = DocumentReader::in_process().read(&path, &bytes).await.expect("readable document");
    (path, document)
}

fn total(app: &App, filter: &[(&str, Vec<String>)], text: Option<&str>) -> u64 {
    app.index().search(text, filter, Sort::Newest, 0, 1).expect("search").total
}

#[tokio::test]
async fn imports_interrupted_anywhere_leave_nothing() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let store = db.store().await.expect("store");
        let index = Arc::new(uprkit_search::Engine::open(&db.dir.join("index")).expect("index"));
        let app = App::new(store.clone(), index);
        let operator = Actor::command_line();

        // UPR Info: only administrators and the operator import it.
        let refused = app.import_upr_info(&Actor::anonymous(), micro_batch().await, &|_| {}).await;
        assert!(matches!(refused, Err(AppError::SignInNeeded)), "{engine}: {refused:?}");
        let n = interrupt_everywhere(&app, "UPR Info import", 1, |_| async {
            app.import_upr_info(&operator, micro_batch().await, &|_| {}).await
        })
        .await;
        println!("{engine}: UPR Info import of the micro fixture: {n} statements");
        assert_eq!(store.recommendation_count().await.expect("count"), 25, "{engine}");
        assert_eq!(total(&app, &[], None), 25, "{engine}: the index holds the imported recommendations");
        let audit: i64 = count_rows(&store, "audit_log").await.expect("count");
        assert_eq!(audit, 1, "{engine}: the import's audit entry, written with it");

        // Georgia's WG report: 163 recommendations, 101 with a position.
        let (path, report) = read("Georgia_s10_cycle1_WG_report_A-HRC-17-11_EN.pdf").await;
        let refused = app.write_document(&Actor::anonymous(), &path, report.clone(), false).await;
        assert!(matches!(refused, Err(AppError::SignInNeeded)), "{engine}: {refused:?}");
        let n = interrupt_everywhere(&app, "WG report import", 37, |dry_run| {
            app.write_document(&operator, &path, report.clone(), dry_run)
        })
        .await;
        println!("{engine}: WG report import: {n} statements");
        let georgia = [("sur", vec!["GEO".to_string()])];
        assert_eq!(total(&app, &georgia, None), 163, "{engine}: the index finds the report's recommendations");

        // Its addendum: positions for the recommendations the report left pending.
        let (path, addendum) = read("Georgia_s10_cycle1_addendum_A-HRC-17-11-Add1_EN.pdf").await;
        let pending = [("sur", vec!["GEO".to_string()]), ("response", vec!["pending".to_string()])];
        let pending_before = total(&app, &pending, None);
        let n = interrupt_everywhere(&app, "addendum import", 1, |dry_run| {
            app.write_document(&operator, &path, addendum.clone(), dry_run)
        })
        .await;
        println!("{engine}: addendum import: {n} statements");
        assert!(
            total(&app, &pending, None) < pending_before,
            "{engine}: the index sees the addendum's positions ({pending_before} pending before)"
        );
        assert_eq!(count_rows(&store, "audit_log").await.expect("count"), 3, "{engine}");
    }
}
