//! `uprkit statement export|check ID`: a statement for the adoption at the Human Rights
//! Council from the command line, as the operator of this installation.

use super::submission::{CheckFormat, FileFormat};
use anyhow::Context;
use clap::Subcommand;
use std::path::PathBuf;
use uprkit_app::statements::StatementReport;
use uprkit_app::workspaces::SubmissionFormat;
use uprkit_app::{Actor, App};

/// `uprkit statement ...`.
#[derive(Debug, Subcommand)]
pub enum StatementCommand {
    /// Write the statement as a file: an oral statement as the speaker's text, a written one
    /// in the HRC's shape.
    Export {
        /// The statement's number.
        id: i64,
        /// File format.
        #[arg(long, value_enum)]
        format: FileFormat,
        /// File to write.
        #[arg(long, short)]
        output: PathBuf,
    },
    /// Words, reading time at the pace against 2 minutes or the written limit, warnings, and
    /// the Council's dates, on today's date.
    Check {
        /// The statement's number.
        id: i64,
        /// Output format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Table)]
        format: CheckFormat,
    },
}

/// Runs a `statement` subcommand.
pub async fn run(app: &App, command: &StatementCommand) -> anyhow::Result<()> {
    let operator = Actor::command_line();
    let today = chrono::Utc::now().date_naive();
    match command {
        StatementCommand::Export { id, format, output } => {
            let format = match format {
                FileFormat::Docx => SubmissionFormat::Docx,
                FileFormat::Pdf => SubmissionFormat::Pdf,
            };
            let file = app
                .export_statement(&operator, *id, format, today)
                .await
                .with_context(|| format!("cannot export statement {id}: is the number right?"))?;
            std::fs::write(output, &file.bytes).with_context(|| {
                format!("cannot write {}: check the folder exists and is writable", output.display())
            })?;
            println!("{} written ({} bytes)", output.display(), file.bytes.len());
            Ok(())
        }
        StatementCommand::Check { id, format } => {
            let report = app
                .check_statement(&operator, *id, today)
                .await
                .with_context(|| format!("cannot check statement {id}: is the number right?"))?;
            match format {
                CheckFormat::Json => println!("{}", serde_json::to_string_pretty(&report)?),
                CheckFormat::Table => print!("{}", table(&report)),
            }
            Ok(())
        }
    }
}

/// The check as lines for a terminal.
fn table(report: &StatementReport) -> String {
    let c = &report.check;
    let mut out = format!("kind\t{} ({})\n", c.kind.as_str(), c.accreditation.as_str());
    out.push_str(&format!("words\t{} of {}; {} left\n", c.words, c.word_limit, c.words_left));
    out.push_str(&format!("reading time\t{} at {} words a minute", c.reading_time, c.pace));
    match c.limit_seconds {
        Some(limit) => out.push_str(&format!(" (allowed {})\n", uprkit_core::statement::clock(limit))),
        None => out.push('\n'),
    }
    if c.over {
        out.push_str("over\tyes\n");
    }
    for m in &report.moments {
        let session = m.hrc_session.map(|n| format!(" (HRC {n})")).unwrap_or_default();
        out.push_str(&format!("{}\t{}{session}, {} days left\n", m.kind, m.date, m.days_left));
    }
    for w in &c.warnings {
        out.push_str(&format!("warning\t{}\n", w.message));
    }
    out
}
