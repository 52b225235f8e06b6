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
    /// SDG goals and targets the source links the recommendation to (DIHR).
    pub sdgs: Vec<SdgLink>,
    /// Symbol of the OHCHR document the source cites for it (`A/HRC/12/9`), with `paragraph`.
    pub document: Option<String>,
    /// Who published the source and which edition: decides which coding is newer when two
    /// sources disagree.
    pub origin: Origin,
    /// Where in the source: `file.csv:row 12`.
    pub source_ref: String,
}

/// Who published a tabular source of recommendations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Publisher {
    /// UPR Info's database (its own exports and the cleaned 2015 export).
    UprInfo,
    /// The Danish Institute for Human Rights' SDG-Human Rights Data Explorer.
    Dihr,
}

impl Publisher {
    /// Name shown to people and stored with each source row.
    pub fn as_str(self) -> &'static str {
        match self {
            Publisher::UprInfo => "UPR Info",
            Publisher::Dihr => "DIHR",
        }
    }

    /// Reads [`Publisher::as_str`] back.
    pub fn parse(s: &str) -> Option<Publisher> {
        [Publisher::UprInfo, Publisher::Dihr].into_iter().find(|p| p.as_str() == s)
    }
}

/// The publisher and edition of a source row. Editions of one publisher sort in time
/// (`2015` < `2018-07-25`): where two editions disagree, the greater one is newer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Origin {
    /// Who published it.
    pub publisher: Publisher,
    /// Which edition (export date, or year of the format when the file does not say).
    pub edition: String,
}

impl Origin {
    /// A UPR Info export of this edition.
    pub fn upr_info(edition: &str) -> Origin {
        Origin { publisher: Publisher::UprInfo, edition: edition.to_string() }
    }
}

/// An SDG goal, and the target when the source names one (`16.10`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SdgLink {
    /// Goal, 1-17.
    pub goal: u8,
    /// Target within the goal (`16.10`, `5.a`), when given.
    pub target: Option<String>,
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
    /// State names the document printed damaged and the reader read as a unique near match.
    pub corrections: Vec<NameCorrection>,
}

/// A State name read as another by a unique near match (`Bolivia (Plurinational S tate of)`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NameCorrection {
    /// The name as the document prints it.
    pub printed: String,
    /// The State it was read as.
    pub read_as: Iso3,
    /// Where: `para. 186.28`.
    pub at: String,
}
