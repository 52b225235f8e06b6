//! What importers read, as plain values: recommendations and pledges from UPR Info exports,
//! and what OHCHR documents state. Readers produce them without knowing about storage; the
//! store writes them.

use crate::{ActionCategory, Iso3, Position, SessionNo};

/// A recommendation read by an importer, its States already resolved.
#[derive(Debug, Clone)]
pub struct NewRecommendation {
    /// State under Review.
    pub sur: Iso3,
    /// Working Group session.
    pub session: SessionNo,
    /// Paragraph ref in the WG report, when the source has one.
    pub paragraph: Option<String>,
    /// Text as in the source.
    pub text: String,
    /// Recommending States; empty when the source does not know them.
    pub recommending_states: Vec<Iso3>,
    /// Position stated by the source.
    pub response: Option<Position>,
    /// UPR Info action category.
    pub action_category: Option<ActionCategory>,
    /// UPR Info issues.
    pub issues: Vec<String>,
    /// Where in the source: `file.csv:row 12`.
    pub source_ref: String,
}

/// A voluntary pledge made by a State under Review.
#[derive(Debug, Clone)]
pub struct NewPledge {
    /// State under Review that pledged.
    pub sur: Iso3,
    /// Session of the review.
    pub session: SessionNo,
    /// Text of the pledge.
    pub text: String,
    /// UPR Info action category.
    pub action_category: Option<ActionCategory>,
    /// UPR Info issues.
    pub issues: Vec<String>,
    /// Where in the source.
    pub source_ref: String,
}

/// Everything one import run writes, in one transaction.
#[derive(Debug, Clone, Default)]
pub struct ImportBatch {
    /// Kind of source for provenance (`UPR Info export`, a document symbol, ...).
    pub source: String,
    /// Recommendations read.
    pub recommendations: Vec<NewRecommendation>,
    /// Voluntary pledges read.
    pub pledges: Vec<NewPledge>,
}

/// A position as a document states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocPosition {
    /// The position.
    pub position: Position,
    /// The supported part, for partial support.
    pub supported_part: Option<String>,
    /// Symbol of the document.
    pub source: String,
    /// Its paragraph.
    pub source_ref: String,
}

/// A recommendation as a document prints it.
#[derive(Debug, Clone, Default)]
pub struct DocRecommendationInput {
    /// Paragraph ref, `110.7`.
    pub paragraph: String,
    /// Text.
    pub text: String,
    /// Recommending States.
    pub recommending_states: Vec<Iso3>,
    /// Position stated by this document.
    pub position: Option<DocPosition>,
    /// UHRI themes.
    pub themes: Vec<String>,
    /// Groups of persons.
    pub groups_of_persons: Vec<String>,
    /// SDG goals.
    pub sdgs: Vec<u8>,
}

/// A WG report or a thematic list.
#[derive(Debug, Clone)]
pub struct ReviewDocument {
    /// Symbol or name of the document (provenance).
    pub source: String,
    /// State under Review.
    pub sur: Iso3,
    /// Working Group session.
    pub session: SessionNo,
    /// The WG report's symbol.
    pub report_symbol: Option<String>,
    /// HRC session of the report.
    pub hrc_session: Option<u16>,
    /// Paragraph listing the pending recommendations, if one.
    pub pending_paragraph: Option<String>,
    /// The recommendations.
    pub recommendations: Vec<DocRecommendationInput>,
}
