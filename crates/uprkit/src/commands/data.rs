//! `uprkit data report`: what every source brought, what was matched and merged, what was
//! left on its own and why, and where editions of a source disagree.

use clap::Subcommand;
use uprkit_app::{Actor, App};
use uprkit_store::DataReport;

/// Corrections listed in the table output (the JSON output has them all).
const SHOWN_CORRECTIONS: usize = 20;

/// `uprkit data ...`.
#[derive(Debug, Subcommand)]
pub enum DataCommand {
    /// Per source: rows read, matched to a paragraph, merged, left unmatched with the reason;
    /// and the corrections between editions.
    Report {
        /// `table` or `json`.
        #[arg(long, default_value = "table", value_parser = ["table", "json"])]
        format: String,
    },
}

/// Runs a `data` subcommand.
pub async fn run(app: &App, command: &DataCommand) -> anyhow::Result<()> {
    match command {
        DataCommand::Report { format } => {
            let report = app.data_report(&Actor::command_line()).await?;
            if format == "json" {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                print!("{}", table(&report));
            }
        }
    }
    Ok(())
}

/// The report as text for a terminal.
fn table(r: &DataReport) -> String {
    let mut out = format!(
        "{} recommendations, {} recommendation-State pairs\n\n",
        r.recommendations, r.recommendation_state_pairs
    );
    out.push_str("source\tedition\tfile\trows\tmatched\tmerged\tunmatched\n");
    for s in &r.sources {
        let share = if s.rows == 0 { 0.0 } else { 100.0 * s.matched as f64 / s.rows as f64 };
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{} ({share:.1}%)\t{}\t{}\n",
            s.publisher, s.edition, s.file, s.rows, s.matched, s.merged, s.unmatched
        ));
        for (why, n) in &s.unmatched_reasons {
            out.push_str(&format!("\t\t{n} unmatched: {why}\n"));
        }
    }
    out.push_str(&format!("\n{} corrections between editions", r.corrections.len()));
    if r.corrections.len() > SHOWN_CORRECTIONS {
        out.push_str(&format!(" (first {SHOWN_CORRECTIONS}; --format json lists all)"));
    }
    out.push('\n');
    for c in r.corrections.iter().take(SHOWN_CORRECTIONS) {
        out.push_str(&format!(
            "recommendation {} ({}): {} {} \"{}\" -> {} \"{}\"\n",
            c.recommendation_id, c.state, c.field, c.older_edition, c.older, c.newer_edition, c.newer
        ));
    }
    out
}
