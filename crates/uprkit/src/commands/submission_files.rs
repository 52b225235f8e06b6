//! The file side of `uprkit submission`: export the DOCX or PDF OHCHR receives, import a
//! draft written in Word.

use super::submission::FileFormat;
use anyhow::Context;
use std::path::Path;
use uprkit_app::workspaces::SubmissionFormat;
use uprkit_app::{Actor, App};

/// `uprkit submission export WORKSPACE --format docx|pdf --output FILE`.
pub async fn export(app: &App, workspace: i64, format: FileFormat, output: &Path) -> anyhow::Result<()> {
    let format = match format {
        FileFormat::Docx => SubmissionFormat::Docx,
        FileFormat::Pdf => SubmissionFormat::Pdf,
    };
    let file = app
        .export_submission(&Actor::command_line(), workspace, format)
        .await
        .with_context(|| format!("cannot export workspace {workspace}: is the number right?"))?;
    std::fs::write(output, &file.bytes)
        .with_context(|| format!("cannot write {}: check the folder exists and is writable", output.display()))?;
    println!("{} written ({} bytes)", output.display(), file.bytes.len());
    Ok(())
}

/// `uprkit submission import WORKSPACE FILE.docx`.
pub async fn import(app: &App, workspace: i64, file: &Path) -> anyhow::Result<()> {
    let bytes = std::fs::read(file)
        .with_context(|| format!("cannot read {}: check the path and that the file is readable", file.display()))?;
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| file.display().to_string());
    let operator = Actor::command_line();
    let done = app
        .import_draft(&operator, workspace, bytes, &name)
        .await
        .with_context(|| format!("nothing was imported from {}", file.display()))?;
    for id in &done.sections {
        let section = app.section(&operator, *id).await?;
        println!("{id}\t{}\t{}", section.record.kind.as_str(), section.record.title);
    }
    eprintln!(
        "{} sections created from {name}; {} previous recommendations cited",
        done.sections.len(),
        done.citations
    );
    Ok(())
}
