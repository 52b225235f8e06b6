//! `uprkit import document FILE... [--dry-run]`: OHCHR WG reports, addenda and thematic lists.

use anyhow::bail;
use std::path::PathBuf;
use uprkit_app::{Actor, App};

/// Imports every file; a file that cannot be read stops the run before anything of it is written.
pub async fn run(cli: &crate::cli::Cli, files: &[PathBuf], dry_run: bool) -> anyhow::Result<()> {
    let store = super::open_store(cli).await?;
    let engine = super::open_engine(cli, &store).await?;
    let app = App::new(store, engine);
    let reader = super::read_document::isolated_reader()?;
    let mut failures = Vec::new();
    for path in files {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                failures.push(format!("{}: cannot read the file: {e}", path.display()));
                continue;
            }
        };
        match app.import_document(&Actor::command_line(), &reader, path, &bytes, dry_run).await {
            Ok(o) => {
                let r = &o.report;
                let verb = if dry_run { "would create" } else { "created" };
                println!(
                    "{}: {}\n  {verb} {}, updated {}, unchanged {}; positions recorded {}, waiting for their report {}",
                    o.path.display(),
                    o.what,
                    r.created,
                    r.updated,
                    r.unchanged,
                    r.positions_recorded,
                    r.positions_waiting
                );
                if let Some(corrections) = o.corrections_summary() {
                    println!("  {corrections}");
                }
            }
            Err(e) => failures.push(e.to_string()),
        }
    }
    if dry_run {
        println!("dry run: nothing was written");
    }
    if !failures.is_empty() {
        bail!("{}", failures.join("\n"));
    }
    Ok(())
}
