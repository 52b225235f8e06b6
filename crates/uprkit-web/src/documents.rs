//! Importing OHCHR documents (WG reports, addenda, thematic lists), shared by the command line
//! (`uprkit import document`) and the upload page.

use crate::reader::DocumentReader;
use anyhow::Context;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use uprkit_core::calendar::hrc::adopting_session;
use uprkit_core::calendar::session_plans;
use uprkit_core::{Iso3, SessionNo, StateDirectory};
use uprkit_import::ohchr::{OhchrDocument, PositionStatement};
use uprkit_store::{DocPosition, DocRecommendationInput, DocumentReport, ReviewDocument, Store};

fn position(p: &PositionStatement) -> DocPosition {
    DocPosition {
        position: p.position,
        supported_part: p.supported_part.clone(),
        source: p.source.clone(),
        source_ref: p.source_ref.clone(),
    }
}

/// The Working Group session of a review: as printed, else the session of the SuR whose
/// outcome the Council adopted at `hrc_session`.
fn session_of(
    sur: &Iso3,
    printed: Option<u16>,
    hrc_session: Option<u16>,
    states: &StateDirectory,
) -> anyhow::Result<SessionNo> {
    if let Some(n) = printed {
        return Ok(SessionNo::parse(&n.to_string())?);
    }
    let hrc = hrc_session.context("the document names neither its Working Group session nor its HRC session")?;
    let plans = session_plans(states, None);
    let plan = plans
        .iter()
        .find(|p| p.states.contains(sur) && adopting_session(p.start).number == u32::from(hrc))
        .with_context(|| format!("cannot tell which Working Group session reviewed {sur} for HRC session {hrc}"))?;
    Ok(SessionNo::parse(&plan.number.to_string())?)
}

/// The paragraph that lists the recommendations a report leaves pending, if one does.
fn pending_paragraph(paragraphs: impl Iterator<Item = String>) -> Option<String> {
    let heads: BTreeSet<String> = paragraphs.filter_map(|p| p.split('.').next().map(String::from)).collect();
    if heads.len() == 1 { heads.into_iter().next() } else { None }
}

/// What reading and writing one file did, for the summary.
pub struct FileOutcome {
    /// The file.
    pub path: PathBuf,
    /// "WG report A/HRC/28/15 (Slovenia, session 20)".
    pub what: String,
    /// The store's report.
    pub report: DocumentReport,
}

/// Where the web application reads documents and keeps uploads between preview and import.
#[derive(Debug, Clone)]
pub struct Documents {
    /// How documents are read.
    pub reader: DocumentReader,
    /// Uploads waiting for confirmation: `<data dir>/uploads`.
    pub uploads: PathBuf,
}

impl Documents {
    /// Documents read in this process (see [`DocumentReader::in_process`]): only for tests
    /// that run the application in-process.
    pub fn in_process(uploads: PathBuf) -> Documents {
        Documents { reader: DocumentReader::in_process(), uploads }
    }
}

/// How long an upload waits for its confirmation before it is removed.
pub const UPLOAD_LIFETIME: std::time::Duration = std::time::Duration::from_secs(3600);

/// Removes uploads older than [`UPLOAD_LIFETIME`] from `dir`: previews nobody confirmed.
/// Called when the server starts and on each upload; a file that cannot be removed is left
/// for the next sweep.
pub fn sweep_uploads(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > UPLOAD_LIFETIME);
        if old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Reads one document with `reader` and writes it (or, with `dry_run`, only says what it
/// would write).
pub async fn import_one(
    store: &Store,
    reader: &DocumentReader,
    path: &Path,
    bytes: &[u8],
    dry_run: bool,
) -> anyhow::Result<FileOutcome> {
    let states = StateDirectory::load();
    let document = reader.read(path, bytes).await?;
    let name = |iso3: &Iso3| states.get(iso3.as_str()).map(|s| s.name.clone()).unwrap_or_else(|| iso3.to_string());
    let (what, report) = match document {
        OhchrDocument::WgReport(r) => {
            let session = session_of(&r.sur, r.wg_session, Some(r.hrc_session), &states)?;
            let pending = pending_paragraph(
                r.recommendations.iter().filter(|x| x.position.is_none()).map(|x| x.paragraph.clone()),
            );
            let doc = ReviewDocument {
                source: r.symbol.clone(),
                sur: r.sur.clone(),
                session,
                report_symbol: Some(r.symbol.clone()),
                hrc_session: Some(r.hrc_session),
                pending_paragraph: pending,
                recommendations: r
                    .recommendations
                    .iter()
                    .map(|x| DocRecommendationInput {
                        paragraph: x.paragraph.clone(),
                        text: x.text.clone(),
                        recommending_states: x.recommending_states.clone(),
                        position: x.position.as_ref().map(position),
                        ..Default::default()
                    })
                    .collect(),
            };
            let what = format!(
                "WG report {} ({}, session {session}): {} recommendations",
                r.symbol,
                name(&r.sur),
                r.recommendations.len()
            );
            (what, store.import_review_document(doc, dry_run).await?)
        }
        OhchrDocument::ThematicList(t) => {
            let hrc = t.report_symbol.as_deref().and_then(|s| s.split('/').nth(2)).and_then(|n| n.parse().ok());
            let session = session_of(&t.sur, t.wg_session, hrc, &states)?;
            let doc = ReviewDocument {
                source: format!("OHCHR thematic list, {} session {session}", name(&t.sur)),
                sur: t.sur.clone(),
                session,
                report_symbol: t.report_symbol.clone(),
                hrc_session: hrc,
                pending_paragraph: None,
                recommendations: t
                    .rows
                    .iter()
                    .map(|x| DocRecommendationInput {
                        paragraph: x.paragraph.clone(),
                        text: x.text.clone(),
                        recommending_states: x.recommending_states.clone(),
                        position: x.position.as_ref().map(position),
                        themes: x.themes.clone(),
                        groups_of_persons: x.groups_of_persons.clone(),
                        sdgs: x.sdgs.clone(),
                    })
                    .collect(),
            };
            let what = format!("thematic list ({}, session {session}): {} recommendations", name(&t.sur), t.rows.len());
            (what, store.import_review_document(doc, dry_run).await?)
        }
        OhchrDocument::Addendum(a) => {
            let positions: Vec<(String, DocPosition)> =
                a.positions.iter().map(|(r, p)| (r.clone(), position(p))).collect();
            let what = format!("addendum {} to {}: {} positions", a.symbol, a.report_symbol, positions.len());
            (what, store.import_positions(&a.report_symbol, &positions, dry_run).await?)
        }
        OhchrDocument::Other { symbol, title } => {
            let what = format!(
                "{} ({}): a UPR document with no recommendations or positions; nothing to import",
                title,
                symbol.unwrap_or_default()
            );
            (what, DocumentReport::default())
        }
    };
    Ok(FileOutcome { path: path.to_path_buf(), what, report })
}
