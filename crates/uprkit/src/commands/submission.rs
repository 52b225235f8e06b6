//! `uprkit submission check|export|import WORKSPACE`: a workspace's stakeholder submission
//! from the command line, as the operator of this installation.

use anyhow::Context;
use clap::{Subcommand, ValueEnum};
use std::path::PathBuf;
use uprkit_app::{Actor, App};
use uprkit_core::submission::check::SubmissionCheck;

/// How `submission check` answers.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum CheckFormat {
    /// Lines for people.
    Table,
    /// The checks as the API answers them.
    Json,
}

/// The file formats of `submission export`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum FileFormat {
    /// Word document, what OHCHR asks for.
    Docx,
    /// PDF of the same text.
    Pdf,
}

/// `uprkit submission ...`.
#[derive(Debug, Subcommand)]
pub enum SubmissionCommand {
    /// The OHCHR checks on today's date: words, limit, budgets, missing parts, deadline.
    Check {
        /// The workspace's number (`uprkit workspace create` prints it).
        workspace: i64,
        /// Output format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Table)]
        format: CheckFormat,
    },
    /// Write the submission as the file OHCHR receives.
    Export {
        /// The workspace's number.
        workspace: i64,
        /// File format.
        #[arg(long, value_enum)]
        format: FileFormat,
        /// File to write.
        #[arg(long, short)]
        output: PathBuf,
    },
    /// Bring a draft written in Word into the workspace: each heading becomes a section.
    Import {
        /// The workspace's number.
        workspace: i64,
        /// The draft (.docx).
        file: PathBuf,
    },
}

/// Runs a `submission` subcommand.
pub async fn run(app: &App, command: &SubmissionCommand) -> anyhow::Result<()> {
    let operator = Actor::command_line();
    match command {
        SubmissionCommand::Check { workspace, format } => {
            let assembled = app
                .assemble_submission(&operator, *workspace)
                .await
                .with_context(|| format!("cannot check workspace {workspace}: is the number right?"))?;
            let check = assembled.check(chrono::Utc::now().date_naive());
            match format {
                CheckFormat::Json => println!("{}", serde_json::to_string_pretty(&check)?),
                CheckFormat::Table => print!("{}", table(&check)),
            }
            Ok(())
        }
        SubmissionCommand::Export { workspace, format, output } => {
            super::submission_files::export(app, *workspace, *format, output).await
        }
        SubmissionCommand::Import { workspace, file } => super::submission_files::import(app, *workspace, file).await,
    }
}

/// The checks as lines for a terminal.
fn table(check: &SubmissionCheck) -> String {
    let mut out = String::new();
    let kind = if check.joint { "joint submission" } else { "submission" };
    out.push_str(&format!("words\t{} of {} ({kind}); {} left\n", check.words, check.limit, check.words_left));
    let counted = |yes: bool| if yes { "counted" } else { "not counted" };
    out.push_str(&format!(
        "counting\tfootnotes {}, annex {}\n",
        counted(check.footnotes_counted),
        counted(check.annex_counted)
    ));
    match (check.deadline, check.days_left) {
        (Some(deadline), Some(days)) => out.push_str(&format!("deadline\t{deadline} ({days} days left)\n")),
        _ => out.push_str("deadline\tnot known\n"),
    }
    for s in &check.sections {
        let budget = s.budget.map(|b| format!(" of {b}")).unwrap_or_default();
        let over = if s.over_budget { "  OVER BUDGET" } else { "" };
        out.push_str(&format!("section\t{}: {} words{budget}{over}\n", s.title, s.words));
    }
    for m in &check.missing {
        let detail = m.detail.as_deref().map(|d| format!(" ({d})")).unwrap_or_default();
        out.push_str(&format!("missing\t{}{detail}\n", m.code));
    }
    for w in &check.warnings {
        out.push_str(&format!("warning\t{}\n", w.message));
    }
    out
}
