//! `uprkit import upr-info FILE...`: read every file in full, then write all of them in one
//! transaction, with a progress bar on a terminal and a summary at the end.

use crate::cli::Cli;
use std::path::PathBuf;
use uprkit_app::{Actor, App};
use uprkit_core::StateDirectory;
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_store::{ImportBatch, ImportReport};

/// Imports UPR Info files.
pub async fn upr_info(cli: &Cli, files: &[PathBuf]) -> anyhow::Result<()> {
    // Every file is read and checked before anything is written: one bad row, nothing stored.
    let batch = read_all(files)?;
    let store = super::open_store(cli).await?;
    let engine = super::open_engine(cli, &store).await?;
    let report = write(&App::new(store, engine), batch).await?;
    print_report(&report);
    Ok(())
}

/// Reads and checks UPR Info files into one batch.
pub fn read_all(files: &[PathBuf]) -> anyhow::Result<ImportBatch> {
    let states = StateDirectory::load();
    let mut batch = ImportBatch { source: "UPR Info export".into(), ..Default::default() };
    let mut failures = Vec::new();
    for path in files {
        match upr_info::read_file(path, &states) {
            Ok(UprInfoFile::Recommendations { records, .. }) => batch.recommendations.extend(records),
            Ok(UprInfoFile::Pledges { records, .. }) => batch.pledges.extend(records),
            Err(e) => failures.push(e.to_string()),
        }
    }
    if !failures.is_empty() {
        anyhow::bail!("nothing was imported.\n{}", failures.join("\n"));
    }
    Ok(batch)
}

/// Writes a batch as the command line's operator, with a progress bar (shown only on a
/// terminal) while it is written, then another while the search index catches up.
pub async fn write(app: &App, batch: ImportBatch) -> anyhow::Result<ImportReport> {
    let total = (batch.recommendations.len() + batch.pledges.len()) as u64;
    let bar = super::bar(total, "importing");
    let progress = |n: u64| {
        bar.set_position(n);
        if n >= total {
            // Everything is written; the index refresh follows the commit.
            bar.set_style(super::spinner_style("updating the search index"));
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
        }
    };
    let report = app.import_upr_info(&Actor::command_line(), batch, &progress).await;
    bar.finish_and_clear();
    Ok(report?)
}

/// Prints what an import did: rows of each kind, then the recommendations the rows created,
/// changed or merged (one recommendation is often several rows: one per recommending State).
fn print_report(report: &ImportReport) {
    for (label, s) in [("recommendation rows", report.recommendations), ("voluntary pledges", report.pledges)] {
        if s.read > 0 {
            println!(
                "{label}: read {}, created {}, updated {}, unchanged {}, duplicates {}",
                s.read, s.created, s.updated, s.unchanged, s.duplicates
            );
        }
    }
    if report.recommendations.read > 0 {
        println!("recommendations created, changed or merged: {}", report.changed.len());
    }
}
