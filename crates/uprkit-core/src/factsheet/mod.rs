//! The advocacy factsheet (DOMAIN.md §6): one page per theme, two at most, that a CSO hands to
//! the embassies and missions of the States that will speak at the review. It holds the
//! previous recommendations on the theme and what became of them, the national framework, the
//! challenges, 3-5 questions and 3-5 draft recommendations, and the authors' contacts.
//!
//! [`FactsheetDocument`] is the one value the writers (PDF in `uprkit-typeset`, DOCX in
//! `uprkit-docs`) read: the application assembles it from the stored factsheet, the database's
//! recommendations and the workspace's assessments, so that what is checked is what is printed.
//! Labels come in English, French or Spanish ([`DocumentLanguage`]); the user's text stays as
//! written.

use serde::Serialize;

mod kicker;
mod labels;

pub use labels::{DocumentLanguage, FactsheetLabels};

use crate::submission::Block;

/// Fewest questions or draft recommendations a factsheet should carry (advice only).
pub const MIN_ITEMS: usize = 3;
/// Most questions or draft recommendations a factsheet should carry (advice only).
pub const MAX_ITEMS: usize = 5;
/// A factsheet should fit on one page; over two pages it is no longer a factsheet.
pub const MAX_PAGES: usize = 2;

/// A logo image as uploaded (PNG or JPEG, checked by the application before it is stored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Logo {
    /// `png` or `jpeg`: the file's real type, read from its first bytes.
    pub format: String,
    /// The image file.
    #[serde(skip)]
    pub bytes: Vec<u8>,
}

/// A previous recommendation as the factsheet prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FactsheetRecommendation {
    /// The recommendation's id in the database.
    pub id: i64,
    /// Paragraph number in the WG report ("115.24"), when known.
    pub paragraph: Option<String>,
    /// Its text.
    pub text: String,
    /// Recommending States, by their names in the document's language, joined with ", ".
    pub recommending_states: String,
    /// The State's position, as a label in the document's language ("Supported").
    pub position: Option<String>,
    /// What the workspace says became of it (its assessment, as written), if anything.
    pub assessment: Option<String>,
}

/// Everything a factsheet prints, in print order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactsheetDocument {
    /// Title, e.g. "Rights of the child in Sri Lanka".
    pub title: String,
    /// The theme the factsheet is on (a UPR Info issue or the user's own).
    pub theme: String,
    /// The State under review, by its name in the document's language.
    pub state: String,
    /// The UPR cycle of the coming review.
    pub cycle: u8,
    /// The coalition (or organisation) that signs it.
    pub coalition: Option<String>,
    /// Its logo.
    pub logo: Option<Logo>,
    /// The previous recommendations on the theme, in the order chosen.
    pub recommendations: Vec<FactsheetRecommendation>,
    /// The national framework: laws, policies, institutions (submission markup, parsed).
    pub national_framework: Vec<Block>,
    /// The challenges: the situation now (submission markup, parsed).
    pub challenges: Vec<Block>,
    /// Questions a State could ask in advance or at the review.
    pub questions: Vec<String>,
    /// Draft recommendations a State could make, worded the way States word them.
    pub draft_recommendations: Vec<String>,
    /// Who wrote it and how to reach them (as written; printed as is).
    pub contacts: String,
    /// The labels, in the language chosen for the document.
    pub labels: FactsheetLabels,
}
