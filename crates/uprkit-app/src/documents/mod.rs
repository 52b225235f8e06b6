//! Importing OHCHR documents (WG reports, addenda, thematic lists): the use-case behind the
//! command line's `uprkit import document` and the upload page. The document is read first
//! (in a child process, see [`reader`]), outside any transaction; then it is written in one
//! unit of work with its audit entry, and the search index catches up after commit.

pub mod reader;

use crate::{App, AppError};
use reader::DocumentReader;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use uprkit_core::calendar::hrc::adopting_session;
use uprkit_core::calendar::session_plans;
use uprkit_core::{Iso3, NameCorrection, SessionNo, StateDirectory};
use uprkit_import::ohchr::{OhchrDocument, PositionStatement};
use uprkit_store::{Actor, DocPosition, DocRecommendationInput, DocumentReport, ReviewDocument, Role};

fn position(p: &PositionStatement) -> DocPosition {
    DocPosition {
        position: p.position,
        supported_part: p.supported_part.clone(),
        source: p.source.clone(),
        source_ref: p.source_ref.clone(),
    }
}

/// The Working Group session of a review: as printed, else the session of the SuR whose
/// outcome the Council adopted at `hrc_session`, else the SuR's session in the `cycle` the
/// document names (older thematic lists print only "Second Cycle").
fn session_of(
    sur: &Iso3,
    printed: Option<u16>,
    hrc_session: Option<u16>,
    cycle: Option<u8>,
    states: &StateDirectory,
) -> Result<SessionNo, AppError> {
    let parse = |n: String| SessionNo::parse(&n).map_err(|e| AppError::Invalid(e.to_string()));
    if let Some(n) = printed {
        return parse(n.to_string());
    }
    let plans = session_plans(states, None);
    if hrc_session.is_none()
        && let Some(cycle) = cycle
    {
        let plan = plans.iter().find(|p| p.cycle == cycle && p.states.contains(sur)).ok_or_else(|| {
            AppError::Invalid(format!("cannot tell which Working Group session reviewed {sur} in cycle {cycle}"))
        })?;
        return parse(plan.number.to_string());
    }
    let hrc = hrc_session.ok_or_else(|| {
        AppError::Invalid("the document names neither its Working Group session nor its HRC session".into())
    })?;
    let plan = plans
        .iter()
        .find(|p| p.states.contains(sur) && adopting_session(p.start).number == u32::from(hrc))
        .ok_or_else(|| {
            AppError::Invalid(format!("cannot tell which Working Group session reviewed {sur} for HRC session {hrc}"))
        })?;
    parse(plan.number.to_string())
}

/// The paragraph that lists the recommendations a report leaves pending, if one does.
fn pending_paragraph(paragraphs: impl Iterator<Item = String>) -> Option<String> {
    let heads: BTreeSet<String> = paragraphs.filter_map(|p| p.split('.').next().map(String::from)).collect();
    if heads.len() == 1 { heads.into_iter().next() } else { None }
}

/// What reading and writing one file did, for the summary.
#[derive(Debug, Clone)]
pub struct FileOutcome {
    /// The file.
    pub path: PathBuf,
    /// "WG report A/HRC/28/15 (Slovenia, session 20)".
    pub what: String,
    /// The store's report.
    pub report: DocumentReport,
    /// State names the document printed damaged and the reader read by a unique near match;
    /// the summary lists them so that a person can check them.
    pub corrections: Vec<NameCorrection>,
}

impl FileOutcome {
    /// The corrected names in a sentence for people, `None` when there are none:
    /// `State names read by a near match, check them: "Sierra Le one" as SLE (para. 186.1); ...`.
    pub fn corrections_summary(&self) -> Option<String> {
        if self.corrections.is_empty() {
            return None;
        }
        let list: Vec<String> =
            self.corrections.iter().map(|c| format!("{:?} as {} ({})", c.printed, c.read_as, c.at)).collect();
        Some(format!("State names read by a near match, check them: {}", list.join("; ")))
    }
}

/// What a document holds, ready to write.
enum Content {
    Review(ReviewDocument),
    Positions { report_symbol: String, positions: Vec<(String, DocPosition)> },
    Nothing,
}

/// Refuses unless the actor may import documents: editors and owners of an organisation,
/// platform administrators and the command line. The UN data it adds is public.
fn may_import(actor: &Actor) -> Result<(), AppError> {
    if !actor.is_authenticated() {
        return Err(AppError::SignInNeeded);
    }
    if actor.is_admin() || actor.organisations().iter().any(|(_, r)| *r >= Role::Editor) {
        Ok(())
    } else {
        Err(AppError::Forbidden("importing documents is for editors and owners of an organisation".into()))
    }
}

impl App {
    /// Whether the actor may import documents (the upload page asks before showing its form).
    pub fn may_import_documents(&self, actor: &Actor) -> Result<(), AppError> {
        may_import(actor)
    }

    /// Reads one document with `reader` and writes it in one unit of work, with its audit
    /// entry, then refreshes the search index; with `dry_run`, only says what it would write
    /// (the unit of work is rolled back). A document that cannot be read is
    /// [`AppError::Invalid`] naming the file, and writes nothing.
    pub async fn import_document(
        &self,
        actor: &Actor,
        reader: &DocumentReader,
        path: &Path,
        bytes: &[u8],
        dry_run: bool,
    ) -> Result<FileOutcome, AppError> {
        may_import(actor)?;
        // Read before the transaction begins: parsing must not hold the write lock.
        let document = reader.read(path, bytes).await?;
        self.write_document(actor, path, document, dry_run).await
    }

    /// Writes a document already read (by [`App::import_document`]'s reader) in one unit of
    /// work with its audit entry, then refreshes the search index; `dry_run` rolls it back.
    pub async fn write_document(
        &self,
        actor: &Actor,
        path: &Path,
        document: OhchrDocument,
        dry_run: bool,
    ) -> Result<FileOutcome, AppError> {
        may_import(actor)?;
        let (what, content) = describe(document)?;
        let (corrections, sur) = match &content {
            Content::Review(doc) => (doc.corrections.clone(), Some(doc.sur.to_string())),
            _ => (Vec::new(), None),
        };
        let report = match content {
            Content::Nothing => DocumentReport::default(),
            content => {
                let mut uow = self.begin(actor).await?;
                let report = match content {
                    Content::Review(doc) => uow.import_review_document(doc).await?,
                    Content::Positions { report_symbol, positions } => {
                        uow.import_positions(&report_symbol, &positions).await?
                    }
                    Content::Nothing => DocumentReport::default(),
                };
                if !dry_run {
                    self.commit(uow).await?;
                    // Its recommendations get the classifier's suggestions and their repeats.
                    self.classify_after_import(actor, sur.into_iter().collect()).await;
                }
                // A dry run drops the unit of work: everything it wrote is rolled back.
                report
            }
        };
        Ok(FileOutcome { path: path.to_path_buf(), what, report, corrections })
    }
}

/// What a document is, in a sentence, and what it holds to write.
fn describe(document: OhchrDocument) -> Result<(String, Content), AppError> {
    let states = StateDirectory::load();
    let name = |iso3: &Iso3| states.get(iso3.as_str()).map(|s| s.name.clone()).unwrap_or_else(|| iso3.to_string());
    let (what, content) = match document {
        OhchrDocument::WgReport(r) => {
            let session = session_of(&r.sur, r.wg_session, Some(r.hrc_session), None, &states)?;
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
                corrections: r.corrections.clone(),
            };
            let what = format!(
                "WG report {} ({}, session {session}): {} recommendations",
                r.symbol,
                name(&r.sur),
                r.recommendations.len()
            );
            (what, Content::Review(doc))
        }
        OhchrDocument::ThematicList(t) => {
            let hrc = t.report_symbol.as_deref().and_then(|s| s.split('/').nth(2)).and_then(|n| n.parse().ok());
            let session = session_of(&t.sur, t.wg_session, hrc, t.cycle, &states)?;
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
                corrections: t.corrections.clone(),
            };
            let what = format!("thematic list ({}, session {session}): {} recommendations", name(&t.sur), t.rows.len());
            (what, Content::Review(doc))
        }
        OhchrDocument::Addendum(a) => {
            let positions: Vec<(String, DocPosition)> =
                a.positions.iter().map(|(r, p)| (r.clone(), position(p))).collect();
            let what = format!("addendum {} to {}: {} positions", a.symbol, a.report_symbol, positions.len());
            (what, Content::Positions { report_symbol: a.report_symbol.clone(), positions })
        }
        OhchrDocument::Other { symbol, title } => {
            let what = format!(
                "{} ({}): a UPR document with no recommendations or positions; nothing to import",
                title,
                symbol.unwrap_or_default()
            );
            (what, Content::Nothing)
        }
    };
    Ok((what, content))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_of_a_list_that_prints_only_its_cycle() {
        let states = StateDirectory::load();
        let egypt = Iso3::parse("EGY").expect("iso3");
        // Egypt's second review was at the 20th session (A/HRC/28/16).
        let session = session_of(&egypt, None, None, Some(2), &states).expect("a session");
        assert_eq!(session.to_string(), "20");
        assert_eq!(session_of(&egypt, Some(7), None, Some(2), &states).map(|s| s.to_string()).ok(), Some("7".into()));
        assert!(session_of(&egypt, None, None, None, &states).is_err());
    }
}
