//! The stakeholder submission to OHCHR as uprkit holds it: the parts OHCHR asks for
//! (organisations block, a paragraph on each organisation, key words, optional summary,
//! thematic sections of numbered paragraphs with footnotes, an annex on the previous cycle's
//! recommendations), the text markup the builder edits, and the limits of DOMAIN.md §6.
//!
//! Everything here is pure: the store keeps each section's text as markup, the application
//! assembles a [`Submission`] from a workspace, and the writers (DOCX, PDF), the word count
//! and the OHCHR checks all read that one value, so that what is counted is what is exported.

use serde::Serialize;

pub mod check;
pub mod diff;
pub mod markup;
pub mod words;

#[cfg(test)]
mod test_fixture;

pub use check::{MissingPart, SectionCheck, SubmissionCheck, Warning, check};
pub use diff::{Change, diff};
pub use words::{WordCount, count_submission};

/// Most words for a submission by one organisation (OHCHR, 4th cycle).
pub const SINGLE_SUBMISSION_WORDS: usize = 2_815;
/// Most words for a joint submission of several organisations.
pub const JOINT_SUBMISSION_WORDS: usize = 5_630;

/// A run of text inside a paragraph, a list item or a footnote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Inline {
    /// Plain text.
    Text {
        /// The text.
        text: String,
    },
    /// Bold text (`**bold**`).
    Bold {
        /// What is bold.
        content: Vec<Inline>,
    },
    /// Italic text (`*italic*`).
    Italic {
        /// What is italic.
        content: Vec<Inline>,
    },
    /// A link to a web page (`[label](https://...)`).
    Link {
        /// Address (http, https or mailto only).
        url: String,
        /// What the reader sees.
        label: Vec<Inline>,
    },
    /// A footnote (`^[text]`), numbered in the exported document.
    Footnote {
        /// The note's text (no footnote inside a footnote).
        content: Vec<Inline>,
    },
    /// A previous recommendation cited: inserted from the search (`[label](rec:ID)`) or typed
    /// as its paragraph number ("115.24") and recognised.
    Citation {
        /// What the reader sees, e.g. "115.24 (France; supported)".
        label: String,
        /// The recommendation, when known.
        recommendation_id: Option<i64>,
    },
}

/// A block of a section: a paragraph (numbered in the submission) or a bulleted list that
/// continues the paragraph before it (not numbered itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// One numbered paragraph.
    Paragraph {
        /// Its runs.
        content: Vec<Inline>,
    },
    /// A bulleted list.
    List {
        /// One entry per item.
        items: Vec<Vec<Inline>>,
    },
}

/// What a section is for, which decides where it goes and whether it is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// The optional summary at the start (not numbered).
    Summary,
    /// The paragraph on one organisation of the submission (numbered, after the summary).
    About,
    /// A thematic section (numbered).
    Theme,
}

impl SectionKind {
    /// Reads `summary`, `about` or `theme`.
    pub fn parse(s: &str) -> Option<SectionKind> {
        match s {
            "summary" => Some(SectionKind::Summary),
            "about" => Some(SectionKind::About),
            "theme" => Some(SectionKind::Theme),
            _ => None,
        }
    }

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::Summary => "summary",
            SectionKind::About => "about",
            SectionKind::Theme => "theme",
        }
    }
}

/// One section as it goes into the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubmissionSection {
    /// Heading.
    pub title: String,
    /// Its place in the submission.
    pub kind: SectionKind,
    /// Its text.
    pub blocks: Vec<Block>,
    /// Words budgeted for it by the coordinator, if any.
    pub word_budget: Option<usize>,
}

/// One row of the annex "Implementation of previous recommendations".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnnexRow {
    /// Paragraph number in the Working Group report ("115.24"), or empty when unknown.
    pub paragraph: String,
    /// The recommendation's text.
    pub text: String,
    /// Recommending States, by name, comma separated.
    pub recommending_states: String,
    /// The State under review's position ("Supported", "Noted", ...).
    pub position: String,
    /// What the submission says became of it.
    pub assessment: String,
}

/// What counts towards the OHCHR word limit (DOMAIN.md §6: not confirmed by OHCHR, so a
/// setting of the workspace).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct CountingRules {
    /// Footnotes count (the default: the safe reading).
    pub footnotes: bool,
    /// The annex counts (the default: everything in the file counts).
    pub annex: bool,
}

impl Default for CountingRules {
    fn default() -> CountingRules {
        CountingRules { footnotes: true, annex: true }
    }
}

/// A stakeholder submission, assembled: what the writers export and the checks count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Submission {
    /// Title line ("Joint submission to the Universal Periodic Review of Slovenia").
    pub title: String,
    /// The State under review, by name.
    pub state: String,
    /// The UPR cycle of the review.
    pub cycle: u8,
    /// The WG session of the review, when the calendar knows it.
    pub session: Option<u16>,
    /// A joint submission of several organisations (the higher limit).
    pub joint: bool,
    /// The organisations block: every organisation of the submission, by name, in order.
    pub organisations: Vec<String>,
    /// Key words.
    pub key_words: Vec<String>,
    /// Summary, about-the-organisation and thematic sections in document order.
    pub sections: Vec<SubmissionSection>,
    /// The annex, generated from the citations.
    pub annex: Vec<AnnexRow>,
    /// What counts towards the limit.
    pub counting: CountingRules,
}

impl Submission {
    /// The OHCHR limit for this submission.
    pub fn word_limit(&self) -> usize {
        if self.joint { JOINT_SUBMISSION_WORDS } else { SINGLE_SUBMISSION_WORDS }
    }
}

/// The fixed words the exported document adds around the authors' text. The writers print
/// exactly these and the word count counts exactly these, so the two agree.
pub mod labels {
    /// Before the organisations of a joint submission.
    pub const JOINT_BY: &str = "Joint submission by";
    /// Before the organisation of a single submission.
    pub const SUBMITTED_BY: &str = "Submission by";
    /// Before the key words.
    pub const KEY_WORDS: &str = "Key words:";
    /// Heading of the summary.
    pub const SUMMARY: &str = "Summary";
    /// Heading above the paragraphs on the organisations.
    pub const ORGANISATIONS: &str = "The organisations";
    /// Title of the annex.
    pub const ANNEX: &str = "Annex: Implementation of previous recommendations";
    /// Column headings of the annex table.
    pub const ANNEX_COLUMNS: [&str; 4] = ["Recommendation", "Recommending States", "Position", "Assessment"];
}
