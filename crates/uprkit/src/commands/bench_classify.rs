//! `uprkit bench classify`: the held-out measure of issue 12 in one run. UPR Info's 2018
//! export and DIHR's SDG coding go into a fresh database; models are trained on early
//! sessions only and evaluated on the later ones (`uprkit classify evaluate`), beside the two
//! baselines trained on the same data; then the full training is timed.

use anyhow::Context;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;
use uprkit_app::classification::{EvaluationReport, TrainingOptions, examples_from_batch};
use uprkit_app::{Actor, App};
use uprkit_store::Store;
use uprkit_store::testing::TestDatabase;

/// The 2018 export's five files, sessions 1-21.
const EXPORT: [&str; 5] = [
    "01-06-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_19_03.csv",
    "07-10-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_20_28.csv",
    "11-14-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_22_08.csv",
    "15-18-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_22_51.csv",
    "19-21-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_23_33.csv",
];
/// DIHR's SDG coding of cycle 1 (sessions 1-12).
const DIHR: &str = "dihr/upr1_cycle1_2008-2011_sdg_coded.xlsx";

/// Targets of issue 12 on sessions the model never saw.
const ACTION_TARGET: f64 = 0.90;
const ISSUES_TARGET: f64 = 0.90;
const SDG_TARGET: f64 = 0.85;

/// Runs the benchmark; `shared` is the folder holding `data/`.
pub async fn run(shared: Option<&Path>, json: bool) -> anyhow::Result<()> {
    let data = shared.map(PathBuf::from).unwrap_or_else(|| PathBuf::from("../shared")).join("data");
    let export: Vec<PathBuf> = EXPORT.iter().map(|f| data.join("upr-info/export-2018").join(f)).collect();
    let dihr = data.join(DIHR);
    for f in export.iter().chain([&dihr]) {
        anyhow::ensure!(f.exists(), "{} not found: pass --shared DIR (the folder with data/)", f.display());
    }
    let db = TestDatabase::sqlite()?;
    let store = Store::connect(&db.url).await?;
    store.migrate().await?;
    let index = Arc::new(uprkit_search::Engine::open(&db.dir.join("index"))?);
    let app = App::new(store, index);
    let actor = Actor::command_line();
    let mut files = export.clone();
    files.push(dihr.clone());
    let started = Instant::now();
    let batch = super::import::read_all(&files)?;
    app.import_upr_info(&actor, batch, &|_| {}).await.context("importing the coded data")?;
    eprintln!("imported the 2018 export and DIHR in {:.0} s", started.elapsed().as_secs_f64());

    // UPR Info's coding: learn sessions 1-16, measure 17-21 (the 15-18 file's sessions 15-16
    // are left out by the evaluation, which never counts a review the model learnt from).
    let later = super::import::read_all(&export[3..])?;
    let upr_info = held_out(&app, 16, examples_from_batch(&later)).await?;
    // SDG goals: learn DIHR's sessions 1-8, measure 9-12.
    let sdg_batch = super::import::read_all(std::slice::from_ref(&dihr))?;
    let sdgs = held_out(&app, 8, examples_from_batch(&sdg_batch)).await?;
    // Training on everything, timed: the target is under two minutes on this machine.
    let full = app.train_classifier(&actor, &TrainingOptions::default()).await?;
    if json {
        let out = serde_json::json!({
            "upr_info_sessions_1_16_to_17_21": upr_info.0,
            "dihr_sessions_1_8_to_9_12": sdgs.0,
            "training_seconds": { "sessions_1_16": upr_info.1, "sessions_1_8": sdgs.1, "all": full.seconds },
            "model_bytes": full.model_bytes,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        if cfg!(debug_assertions) {
            println!("note: debug build (uprkit-classify itself is always built optimised)");
        }
        println!(
            "UPR Info coding, trained on sessions 1-16 ({:.1} s), evaluated on 17-21 (targets: action accuracy \
             {ACTION_TARGET}, issues micro-F1 {ISSUES_TARGET}):",
            upr_info.1
        );
        print_report(&upr_info.0, |m| {
            let a = m.scores.action.as_ref().map(|a| (a.n, a.accuracy, a.macro_f1));
            let i = m.scores.issues.as_ref().map(|i| (i.micro_f1, i.macro_f1));
            match (a, i) {
                (Some((n, acc, amf)), Some((imi, ima))) => format!(
                    "n {n}  action accuracy {acc:.3}  macro-F1 {amf:.3}  issues micro-F1 {imi:.3}  macro-F1 {ima:.3}"
                ),
                _ => "no coded recommendation evaluated".into(),
            }
        });
        println!(
            "SDG goals (DIHR), trained on sessions 1-8 ({:.1} s), evaluated on 9-12 (target: micro-F1 {SDG_TARGET}):",
            sdgs.1
        );
        print_report(&sdgs.0, |m| match &m.scores.sdgs {
            Some(g) => format!("n {}  SDG goals micro-F1 {:.3}", g.n, g.micro_f1),
            None => "no SDG coding evaluated".into(),
        });
        println!(
            "training on everything ({} action, {} issues, {} SDG examples): {:.1} s (target under 120 s), model {} KB",
            full.action_category,
            full.issues,
            full.sdgs,
            full.seconds,
            full.model_bytes / 1024
        );
    }
    app.store().close().await;
    db.drop_database().await?;
    Ok(())
}

/// Trains on sessions up to `until` and evaluates on `examples`; the report and the seconds.
async fn held_out(
    app: &App,
    until: u16,
    examples: Vec<uprkit_app::classification::FileExample>,
) -> anyhow::Result<(EvaluationReport, f64)> {
    let actor = Actor::command_line();
    let trained = app.train_classifier(&actor, &TrainingOptions { until_session: Some(until) }).await?;
    let report = app.evaluate_classifier(&actor, examples).await?;
    Ok((report, trained.seconds))
}

/// One line per model: uprkit's, then the baselines.
fn print_report(report: &EvaluationReport, line: impl Fn(&uprkit_app::classification::ModelScores) -> String) {
    for m in &report.models {
        println!("  {:<30} {}", m.model, line(m));
    }
}
