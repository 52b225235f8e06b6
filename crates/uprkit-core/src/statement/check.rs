//! The check of a statement: its words against the limit of its kind and status, and for an
//! oral statement the time it takes to read at the speaker's pace against the 2 minutes.
//! Advice only: nothing here stops a statement from being saved or printed.

use super::{Accreditation, ORAL_SECONDS, StatementKind, clock, pace_is_sane, reading_seconds, words_in};
use crate::submission::{markup, words::count_blocks};
use serde::Serialize;

/// Share of the limit (in percent) from which the check warns that the limit is near.
const NEAR_PERCENT: usize = 90;

/// What the check says about a statement.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct StatementCheck {
    /// Oral or written.
    pub kind: StatementKind,
    /// The organisation's status.
    pub accreditation: Accreditation,
    /// Words counted: an oral statement's spoken text; a written one's text and footnotes.
    pub words: usize,
    /// Words the statement may have: for a written statement the limit of its status; for an
    /// oral one the words that fit in 2 minutes at the pace.
    pub word_limit: usize,
    /// Words left before the limit (negative: over).
    pub words_left: i64,
    /// Speaking pace used, words a minute.
    pub pace: u32,
    /// Seconds it takes to read the text at the pace.
    pub reading_seconds: u32,
    /// The same as `m:ss`.
    pub reading_time: String,
    /// Seconds the speaker has (oral statements; `None` for written ones).
    pub limit_seconds: Option<u32>,
    /// Seconds left at the pace (negative: over time; `None` for written statements).
    pub seconds_left: Option<i64>,
    /// Over the word limit, or over time for an oral statement.
    pub over: bool,
    /// Advice, most important first.
    pub warnings: Vec<StatementWarning>,
}

/// One piece of advice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct StatementWarning {
    /// Stable code: `empty`, `over_time`, `near_time`, `over_limit`, `near_limit`,
    /// `needs_partner`, `footnotes_not_read`.
    pub code: String,
    /// The advice in English (pages translate by code).
    pub message: String,
}

fn warning(code: &str, message: String) -> StatementWarning {
    StatementWarning { code: code.into(), message }
}

/// Checks a statement's `body` (builder markup). `partner` is the accredited organisation
/// that speaks or submits for an organisation without status.
pub fn check(
    kind: StatementKind,
    accreditation: Accreditation,
    pace: u32,
    body: &str,
    partner: &str,
) -> StatementCheck {
    let blocks = markup::parse(body);
    let pace = if pace_is_sane(pace) { pace } else { super::DEFAULT_PACE };
    // Footnotes are not read aloud; in writing they count (OHCHR's rule for statements).
    let spoken = count_blocks(&blocks, false);
    let words = match kind {
        StatementKind::Oral => spoken,
        StatementKind::Written => count_blocks(&blocks, true),
    };
    let seconds = reading_seconds(words, pace);
    let (word_limit, limit_seconds) = match kind {
        StatementKind::Oral => (words_in(ORAL_SECONDS, pace), Some(ORAL_SECONDS)),
        StatementKind::Written => (accreditation.written_word_limit(), None),
    };
    let words_left = word_limit as i64 - words as i64;
    let seconds_left = limit_seconds.map(|l| l as i64 - seconds as i64);
    let mut warnings = Vec::new();
    if words == 0 {
        warnings.push(warning("empty", "The statement has no text yet.".into()));
    }
    match (kind, limit_seconds) {
        (StatementKind::Oral, Some(limit)) if seconds > limit => warnings.push(warning(
            "over_time",
            format!(
                "{words} words take {} at {pace} words a minute: {} over the {} you have. Cut about {} words.",
                clock(seconds),
                clock(seconds - limit),
                clock(limit),
                words - word_limit.min(words)
            ),
        )),
        (StatementKind::Oral, Some(limit)) if seconds as usize * 100 >= limit as usize * NEAR_PERCENT => {
            warnings.push(warning(
                "near_time",
                format!(
                    "{words} words take {} at {pace} words a minute, close to the {}: leave time for a slower start.",
                    clock(seconds),
                    clock(limit)
                ),
            ))
        }
        _ => {}
    }
    if kind == StatementKind::Written {
        if words > word_limit {
            warnings.push(warning(
                "over_limit",
                format!("{words} words (footnotes included): {} over the limit of {word_limit}.", words - word_limit),
            ));
        } else if words > 0 && words * 100 >= word_limit * NEAR_PERCENT {
            warnings.push(warning(
                "near_limit",
                format!("{words} words (footnotes included): {words_left} left before the limit of {word_limit}."),
            ));
        }
    }
    if kind == StatementKind::Oral && count_blocks(&blocks, true) > spoken {
        warnings.push(warning(
            "footnotes_not_read",
            "Footnotes are not read aloud and are not counted in the speaking time.".into(),
        ));
    }
    if accreditation == Accreditation::ThroughPartner && partner.trim().is_empty() {
        warnings.push(warning(
            "needs_partner",
            "Without ECOSOC status the statement must be delivered or submitted by an accredited partner: name it."
                .into(),
        ));
    }
    StatementCheck {
        kind,
        accreditation,
        words,
        word_limit,
        words_left,
        pace,
        reading_seconds: seconds,
        reading_time: clock(seconds),
        limit_seconds,
        seconds_left,
        over: match kind {
            StatementKind::Oral => seconds > ORAL_SECONDS,
            StatementKind::Written => words > word_limit,
        },
        warnings,
    }
}
