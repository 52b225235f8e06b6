//! `uprkit classify train|apply|evaluate`: learn UPR Info's and DIHR's coding, suggest it for
//! what nobody coded, and measure it on coded files it never saw, beside two baselines.

use clap::Subcommand;
use std::path::PathBuf;
use uprkit_app::classification::{EvaluationReport, TrainingOptions, examples_from_batch};
use uprkit_app::{Actor, App};
use uprkit_classify::evaluate::Scores;

/// `uprkit classify ...`.
#[derive(Debug, Subcommand)]
pub enum ClassifyCommand {
    /// Train models for action category, issues and SDG goals on every coded recommendation in
    /// the database (and people's decisions), stored as the next version.
    Train {
        /// Learn only from sessions up to this one (to hold later sessions out for `evaluate`).
        #[arg(long)]
        until_session: Option<u16>,
        /// `table` or `json`.
        #[arg(long, default_value = "table", value_parser = ["table", "json"])]
        format: String,
    },
    /// Suggest a coding for every recommendation no source coded (with the newest model) and
    /// link repeated recommendations; people's decisions are kept.
    Apply {
        /// Only these States under Review (ISO3 or name; repeat the flag for several).
        #[arg(long)]
        sur: Vec<String>,
        /// `table` or `json`.
        #[arg(long, default_value = "table", value_parser = ["table", "json"])]
        format: String,
    },
    /// Measure the newest model on coded files (UPR Info exports, DIHR) it never learnt from,
    /// beside two baselines: the most frequent class and a TF-IDF linear SVM.
    Evaluate {
        /// Coded files in any format `uprkit import upr-info` reads.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// `table` or `json`.
        #[arg(long, default_value = "table", value_parser = ["table", "json"])]
        format: String,
    },
}

/// Runs a `classify` subcommand.
pub async fn run(app: &App, command: &ClassifyCommand) -> anyhow::Result<()> {
    let actor = Actor::command_line();
    match command {
        ClassifyCommand::Train { until_session, format } => {
            let options = TrainingOptions { until_session: *until_session };
            let r = app.train_classifier(&actor, &options).await?;
            if format == "json" {
                println!("{}", serde_json::to_string_pretty(&r)?);
            } else {
                let sessions = r.sessions.map(|(a, b)| format!("sessions {a}-{b}")).unwrap_or_default();
                println!(
                    "model version {} trained in {:.1} s on {sessions}: {} recommendations with an action category, \
                     {} with issues, {} with an SDG coding ({} decided by people); {} KB",
                    r.version,
                    r.seconds,
                    r.action_category,
                    r.issues,
                    r.sdgs,
                    r.decisions,
                    r.model_bytes / 1024
                );
                println!("run `uprkit classify apply` to suggest a coding with it");
            }
        }
        ClassifyCommand::Apply { sur, format } => {
            let surs = if sur.is_empty() { None } else { Some(resolve_states(sur)?) };
            let r = app.apply_classifier(&actor, surs).await?;
            if format == "json" {
                println!("{}", serde_json::to_string_pretty(&r)?);
            } else {
                match r.model_version {
                    Some(v) => println!(
                        "model version {v}: {} of {} recommendations given suggestions ({} action categories, {} issues, \
                         {} SDG goals); {} repeat links",
                        r.suggested, r.recommendations, r.action_category, r.issues, r.sdgs, r.repeats
                    ),
                    None => println!(
                        "no model yet (run `uprkit classify train`): {} repeat links among {} recommendations",
                        r.repeats, r.recommendations
                    ),
                }
            }
        }
        ClassifyCommand::Evaluate { files, format } => {
            let batch = super::import::read_all(files)?;
            let report = app.evaluate_classifier(&actor, examples_from_batch(&batch)).await?;
            if format == "json" {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                print!("{}", table(&report));
            }
        }
    }
    Ok(())
}

/// ISO3 codes of States given by code or name.
fn resolve_states(names: &[String]) -> anyhow::Result<Vec<String>> {
    let states = uprkit_core::StateDirectory::load();
    names.iter().map(|n| Ok(states.resolve(n).map_err(|e| anyhow::anyhow!("--sur: {e}"))?.to_string())).collect()
}

/// The evaluation as a table for a terminal.
fn table(r: &EvaluationReport) -> String {
    let mut out = format!(
        "model version {}: {} recommendations read, {} left out (of reviews the model learnt from), {} evaluated\n\n",
        r.model_version, r.read, r.left_out_seen, r.evaluated
    );
    out.push_str(&format!(
        "{:<30} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}\n",
        "model", "act. n", "accuracy", "macro-F1", "issues n", "micro-F1", "macro-F1", "SDG n", "micro-F1"
    ));
    for m in &r.models {
        out.push_str(&format!("{:<30} {}\n", m.model, cells(&m.scores)));
    }
    out
}

/// One row of figures; `-` where the files hold no coding of a head.
fn cells(s: &Scores) -> String {
    let f = |v: f64| format!("{v:>9.3}");
    let none = format!("{:>9}", "-");
    let mut c = Vec::new();
    match &s.action {
        Some(a) => c.extend([format!("{:>9}", a.n), f(a.accuracy), f(a.macro_f1)]),
        None => c.extend([none.clone(), none.clone(), none.clone()]),
    }
    match &s.issues {
        Some(i) => c.extend([format!("{:>9}", i.n), f(i.micro_f1), f(i.macro_f1)]),
        None => c.extend([none.clone(), none.clone(), none.clone()]),
    }
    match &s.sdgs {
        Some(g) => c.extend([format!("{:>9}", g.n), f(g.micro_f1)]),
        None => c.extend([none.clone(), none]),
    }
    c.join(" ")
}
