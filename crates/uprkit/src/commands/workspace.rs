//! `uprkit workspace create`: opens a review workspace for an organisation or a coalition, as
//! the operator of this installation.

use anyhow::{Context, bail};
use clap::{Subcommand, ValueEnum};
use uprkit_app::workspaces::WorkspaceOpening;
use uprkit_app::{Actor, App};

/// How a command that creates something answers.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum CreatedFormat {
    /// A sentence for people, the id alone on the last line.
    Text,
    /// `{"id": N, ...}`.
    Json,
}

/// `uprkit workspace ...`.
#[derive(Debug, Subcommand)]
pub enum WorkspaceCommand {
    /// Open a workspace to prepare a review (State under review + cycle); prints its id.
    Create {
        /// The organisation that opens it: its name or number.
        #[arg(long)]
        org: String,
        /// The State under review: ISO3 code (e.g. SVN) or name.
        #[arg(long)]
        sur: String,
        /// The cycle of the review being prepared.
        #[arg(long, value_parser = clap::value_parser!(i64).range(1..=20))]
        cycle: i64,
        /// A coalition of the organisation (name or number): the workspace is then its joint
        /// submission, shared with its members.
        #[arg(long)]
        coalition: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = CreatedFormat::Text)]
        format: CreatedFormat,
    },
}

/// Runs a `workspace` subcommand.
pub async fn run(app: &App, command: &WorkspaceCommand) -> anyhow::Result<()> {
    let WorkspaceCommand::Create { org, sur, cycle, coalition, format } = command;
    let operator = Actor::command_line();
    let organisation_id = organisation(app, org).await?;
    let coalition_id = match coalition {
        Some(c) => Some(coalition_named(app, c).await?),
        None => None,
    };
    let opening = WorkspaceOpening { organisation_id, sur: sur.clone(), cycle: *cycle, coalition_id, title: None };
    let id = app
        .open_workspace(&operator, &opening)
        .await
        .with_context(|| format!("cannot open a workspace for {sur}, cycle {cycle}"))?;
    let workspace = app.workspace(&operator, id).await?;
    match format {
        CreatedFormat::Json => {
            let w = &workspace.record;
            let answer = serde_json::json!({
                "id": id,
                "sur": w.sur,
                "cycle": w.cycle,
                "title": w.title,
                "joint": w.joint,
                "organisation_id": organisation_id,
                "coalition_id": coalition_id,
                "visibility": workspace.ownership.visibility,
            });
            println!("{answer}");
        }
        CreatedFormat::Text => {
            eprintln!("workspace {id} opened: {}", workspace.record.title);
            println!("{id}");
        }
    }
    Ok(())
}

/// An organisation by number or by exact name.
pub async fn organisation(app: &App, org: &str) -> anyhow::Result<i64> {
    let org = org.trim();
    if let Ok(id) = org.parse::<i64>() {
        if app.store().organisation_name(id).await?.is_some() {
            return Ok(id);
        }
        bail!("no organisation number {id}: `uprkit user add EMAIL --org NAME` creates one");
    }
    match app.store().organisation_id(org, false).await? {
        Some(id) => Ok(id),
        None => bail!(
            "no organisation named {org:?}: give its exact name or number, or create it with `uprkit user add EMAIL --org NAME`"
        ),
    }
}

/// A coalition by number or by name.
async fn coalition_named(app: &App, coalition: &str) -> anyhow::Result<i64> {
    let coalition = coalition.trim();
    if let Ok(id) = coalition.parse::<i64>() {
        return Ok(id);
    }
    match app.store().coalition_named(coalition).await? {
        Some(id) => Ok(id),
        None => bail!(
            "no coalition named {coalition:?}: form it first with `uprkit coalition add NAME --org ORG --org ORG`"
        ),
    }
}
