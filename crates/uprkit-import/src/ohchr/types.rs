//! What the OHCHR reader returns.

use serde::{Deserialize, Serialize};
use std::fmt;
use uprkit_core::{Iso3, NameCorrection, Position};

/// A document read from an OHCHR file, by the kind its content shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum OhchrDocument {
    /// A Working Group report, `A/HRC/{n}/{m}`.
    WgReport(WgReport),
    /// Its addendum `A/HRC/{n}/{m}/Add.1`: the State under review's positions.
    Addendum(Addendum),
    /// An OHCHR thematic list ("matrix") of recommendations (DOCX).
    ThematicList(ThematicList),
    /// A UPR document with nothing to import (the HRC decision, a stakeholder summary, a
    /// national report, ...): recognised, so the user is told what it is.
    Other {
        /// Its symbol, when printed on it.
        symbol: Option<String>,
        /// Its title as printed.
        title: String,
    },
}

impl OhchrDocument {
    /// A short name of the kind, for messages: "WG report", "addendum", ...
    pub fn kind(&self) -> &'static str {
        match self {
            Self::WgReport(_) => "WG report",
            Self::Addendum(_) => "addendum",
            Self::ThematicList(_) => "thematic list",
            Self::Other { .. } => "other UPR document",
        }
    }
}

/// A Working Group report and its recommendations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WgReport {
    /// `A/HRC/28/15`.
    pub symbol: String,
    /// The State under review.
    pub sur: Iso3,
    /// The Working Group session that held the review, when the report states it (20).
    pub wg_session: Option<u16>,
    /// The Human Rights Council session the report is for, from its symbol (28).
    pub hrc_session: u16,
    /// Every recommendation, in the report's order.
    pub recommendations: Vec<DocRecommendation>,
    /// Recommending States' names printed damaged and read by a unique near match.
    pub corrections: Vec<NameCorrection>,
}

/// One recommendation as a report prints it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocRecommendation {
    /// Paragraph reference: "115.7"; cycle-1 sub-paragraphs get their paragraph's number
    /// ("111.7" for item 7 under paragraph 111).
    pub paragraph: String,
    /// The text without the recommending States' suffix and the final ";" or ".".
    pub text: String,
    /// Recommending States, in the order printed, each once.
    pub recommending_states: Vec<Iso3>,
    /// The position the report itself states (cycles 1-2: "enjoy the support of", "did not
    /// enjoy the support", ...); `None` while pending.
    pub position: Option<PositionStatement>,
}

/// A position and where it was stated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PositionStatement {
    /// Supported, partially supported, noted (never pending: pending is no statement).
    pub position: Position,
    /// For a partial support, the part supported, in the State's words, when given.
    pub supported_part: Option<String>,
    /// Symbol of the document that states it (`A/HRC/28/15/Add.1`).
    pub source: String,
    /// Its paragraph, as "para. 3"; empty when the source names none.
    pub source_ref: String,
    /// The State says the recommendation is already implemented (or being implemented).
    pub already_implemented: bool,
}

/// An addendum: the State under review's positions, by recommendation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Addendum {
    /// `A/HRC/28/15/Add.1`.
    pub symbol: String,
    /// The report it answers: `A/HRC/28/15`.
    pub report_symbol: String,
    /// The State under review, when the title names it.
    pub sur: Option<Iso3>,
    /// (recommendation reference, position), in reference order. A reference is "115.7", or a
    /// bare "7" when the addendum numbers recommendations within the report's pending
    /// paragraph without saying which (cycle 1); [`WgReport::apply_addendum`] resolves those.
    pub positions: Vec<(String, PositionStatement)>,
}

/// An OHCHR thematic list of recommendations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThematicList {
    /// The State under review.
    pub sur: Iso3,
    /// The Working Group session, from the page header ("20th session").
    pub wg_session: Option<u16>,
    /// The cycle, from the page header ("2nd Cycle", "Second Cycle").
    pub cycle: Option<u8>,
    /// The WG report the recommendations come from, from the position sources.
    pub report_symbol: Option<String>,
    /// One row per recommendation, in the list's (thematic) order.
    pub rows: Vec<ThematicRow>,
    /// Recommending States' names printed damaged and read by a unique near match.
    pub corrections: Vec<NameCorrection>,
}

/// One recommendation of a thematic list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThematicRow {
    /// "115.7".
    pub paragraph: String,
    /// The text without the recommending States' suffix.
    pub text: String,
    /// Recommending States, in the order printed.
    pub recommending_states: Vec<Iso3>,
    /// The position and its source ("Source of position: A/HRC/43/15/Add.1 - Para. 3").
    pub position: Option<PositionStatement>,
    /// Human rights themes (UHRI names, without the cycle-2 codes such as "A12").
    pub themes: Vec<String>,
    /// Groups of persons ("Affected persons" in older lists).
    pub groups_of_persons: Vec<String>,
    /// Sustainable Development Goals, by number.
    pub sdgs: Vec<u8>,
}

/// Why an addendum does not fit a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddendumMismatch(pub String);

impl fmt::Display for AddendumMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for AddendumMismatch {}

impl WgReport {
    /// Sets the positions an addendum states on this report's recommendations and returns how
    /// many were set. A bare reference ("7") means the 7th recommendation of the report's one
    /// paragraph of pending recommendations. The addendum must answer this report, and every
    /// reference must exist; otherwise nothing is changed.
    pub fn apply_addendum(&mut self, addendum: &Addendum) -> Result<usize, AddendumMismatch> {
        if addendum.report_symbol != self.symbol {
            return Err(AddendumMismatch(format!(
                "{} answers {}, not {}",
                addendum.symbol, addendum.report_symbol, self.symbol
            )));
        }
        let mut pending_groups: Vec<&str> = self
            .recommendations
            .iter()
            .filter(|r| r.position.is_none())
            .filter_map(|r| r.paragraph.split_once('.').map(|(g, _)| g))
            .collect();
        pending_groups.dedup();
        let mut updates = Vec::new();
        let mut unknown = Vec::new();
        for (reference, statement) in &addendum.positions {
            let full = match (reference.contains('.'), pending_groups.as_slice()) {
                (true, _) => reference.clone(),
                (false, [group]) => format!("{group}.{reference}"),
                (false, _) => reference.clone(),
            };
            match self.recommendations.iter().position(|r| r.paragraph == full) {
                Some(i) => updates.push((i, statement.clone())),
                None => unknown.push(reference.as_str()),
            }
        }
        if !unknown.is_empty() {
            return Err(AddendumMismatch(format!(
                "{} gives positions on recommendations that {} does not have: {}",
                addendum.symbol,
                self.symbol,
                crate::error::bounded_list(&unknown, ", ", 20)
            )));
        }
        let n = updates.len();
        for (i, statement) in updates {
            self.recommendations[i].position = Some(statement);
        }
        Ok(n)
    }
}
