//! Statements at the adoption of a review's outcome in the Human Rights Council (DOMAIN.md
//! §5-6): an oral statement read in the plenary (ECOSOC-accredited organisations only, others
//! through a partner; 2 minutes, about 300 words) or a written statement submitted before the
//! session (2,000 words with general consultative status, 1,500 with special status or on the
//! roster; footnotes count).
//!
//! The body is builder markup ([`crate::submission::markup`]) and is counted as the
//! submission is ([`crate::submission::words`]), so that a statement and a submission never
//! disagree on what a word is.

mod check;
mod document;
mod labels;

pub use check::{StatementCheck, StatementWarning, check};
pub use document::{StatementDocument, session_ordinal};
pub use labels::StatementLabels;

use serde::Serialize;

/// Time an organisation has to speak at the adoption, in seconds (2 minutes).
pub const ORAL_SECONDS: u32 = 120;
/// Default speaking pace, in words a minute: a clear, unhurried reading that interpreters can
/// follow (about 260 words in 2 minutes; the 300 of the guidance is a fast reading).
pub const DEFAULT_PACE: u32 = 130;
/// Slowest pace a user may set, in words a minute.
pub const MIN_PACE: u32 = 60;
/// Fastest pace a user may set, in words a minute (faster cannot be interpreted).
pub const MAX_PACE: u32 = 220;
/// Words of a written statement with general consultative status.
pub const GENERAL_STATUS_WORDS: usize = 2_000;
/// Words of a written statement with special status or on the roster.
pub const SPECIAL_STATUS_WORDS: usize = 1_500;

/// Spoken in the plenary, or submitted in writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// Read at the adoption: 2 minutes.
    Oral,
    /// Submitted to the Council two weeks before the session.
    Written,
}

impl StatementKind {
    /// Reads `oral` or `written`.
    pub fn parse(s: &str) -> Option<StatementKind> {
        match s.trim() {
            "oral" => Some(StatementKind::Oral),
            "written" => Some(StatementKind::Written),
            _ => None,
        }
    }

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Oral => "oral",
            StatementKind::Written => "written",
        }
    }
}

/// The organisation's consultative status with ECOSOC, which decides whether it may speak or
/// submit in its own name and how long a written statement may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Accreditation {
    /// General consultative status: 2,000 words.
    General,
    /// Special consultative status: 1,500 words.
    Special,
    /// On the roster: 1,500 words.
    Roster,
    /// Not accredited: an accredited partner speaks or submits for it.
    ThroughPartner,
}

impl Accreditation {
    /// Every status, in the order forms list them.
    pub const ALL: [Accreditation; 4] =
        [Accreditation::General, Accreditation::Special, Accreditation::Roster, Accreditation::ThroughPartner];

    /// Reads `general`, `special`, `roster` or `through_partner`.
    pub fn parse(s: &str) -> Option<Accreditation> {
        Accreditation::ALL.into_iter().find(|a| a.as_str() == s.trim())
    }

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Accreditation::General => "general",
            Accreditation::Special => "special",
            Accreditation::Roster => "roster",
            Accreditation::ThroughPartner => "through_partner",
        }
    }

    /// Words a written statement may have. A partner submits under its own status, which
    /// the organisation may not know: the stricter limit is the safe one.
    pub fn written_word_limit(self) -> usize {
        match self {
            Accreditation::General => GENERAL_STATUS_WORDS,
            Accreditation::Special | Accreditation::Roster | Accreditation::ThroughPartner => SPECIAL_STATUS_WORDS,
        }
    }
}

/// Whether `pace` (words a minute) is one a person can read at and be interpreted.
pub fn pace_is_sane(pace: u32) -> bool {
    (MIN_PACE..=MAX_PACE).contains(&pace)
}

/// Seconds it takes to read `words` at `pace` words a minute, rounded up (a started second
/// is spent). A pace of 0 is read as the default.
pub fn reading_seconds(words: usize, pace: u32) -> u32 {
    let pace = u64::from(if pace == 0 { DEFAULT_PACE } else { pace });
    u32::try_from((words as u64 * 60).div_ceil(pace)).unwrap_or(u32::MAX)
}

/// Words that fit in `seconds` at `pace` words a minute.
pub fn words_in(seconds: u32, pace: u32) -> usize {
    usize::try_from(u64::from(seconds) * u64::from(pace) / 60).unwrap_or(usize::MAX)
}

/// `m:ss`, as a speaker reads a clock.
pub fn clock(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests;
