//! The statement as the writers (PDF in `uprkit-typeset`, DOCX in `uprkit-docs`) print it: the
//! application assembles it from the stored statement, its workspace and the review calendar,
//! so that both formats print the same words.

use super::{Accreditation, StatementKind, StatementLabels};
use crate::factsheet::DocumentLanguage;
use crate::submission::Block;
use serde::Serialize;

/// Everything a statement's document prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementDocument {
    /// Oral or written.
    pub kind: StatementKind,
    /// The fixed words, in the document's language.
    pub labels: StatementLabels,
    /// "Human Rights Council, 61st session" (without the session when the calendar does not
    /// know it).
    pub council_line: String,
    /// "Adoption of the outcome of the Universal Periodic Review of Slovenia".
    pub adoption_line: String,
    /// The statement's title.
    pub title: String,
    /// The organisation the statement is made for.
    pub organisation: String,
    /// Its status in words ("non-governmental organization in special consultative status").
    pub status: String,
    /// The accredited partner that delivers or submits it (empty when the organisation
    /// speaks in its own name).
    pub partner: String,
    /// Who speaks (oral statements).
    pub speaker: String,
    /// The text.
    pub blocks: Vec<Block>,
    /// Words counted (as the check counts them).
    pub words: usize,
    /// Reading time at the speaker's pace, `m:ss`.
    pub reading_time: String,
}

impl StatementDocument {
    /// Assembles a document. `state` is the State under review's name, `hrc_session` the
    /// Council session that adopts the outcome, when the calendar knows it.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        kind: StatementKind,
        language: DocumentLanguage,
        state: &str,
        hrc_session: Option<u32>,
        title: &str,
        organisation: &str,
        accreditation: Accreditation,
        partner: &str,
        speaker: &str,
        body: &str,
        pace: u32,
    ) -> StatementDocument {
        let labels = StatementLabels::new(language);
        let council_line = match hrc_session {
            Some(n) => format!("{}, {}", labels.council, session_ordinal(language, n, labels.session)),
            None => labels.council.to_string(),
        };
        let check = super::check(kind, accreditation, pace, body, partner);
        StatementDocument {
            kind,
            council_line,
            adoption_line: format!("{} {}", labels.adoption_of, state.trim()),
            title: title.trim().to_string(),
            organisation: organisation.trim().to_string(),
            status: labels.status(accreditation).to_string(),
            partner: partner.trim().to_string(),
            speaker: speaker.trim().to_string(),
            blocks: crate::submission::markup::parse(body),
            words: check.words,
            reading_time: check.reading_time,
            labels,
        }
    }
}

/// "61st session", "61e session", "61.º período de sesiones".
pub fn session_ordinal(language: DocumentLanguage, n: u32, session: &str) -> String {
    match language {
        DocumentLanguage::En => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffix} {session}")
        }
        DocumentLanguage::Fr => format!("{n}{} {session}", if n == 1 { "re" } else { "e" }),
        DocumentLanguage::Es => format!("{n}.º {session}"),
    }
}
