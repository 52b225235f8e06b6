//! The OHCHR checks of a submission (DOMAIN.md §6): warnings for the authors, never a block.

use chrono::NaiveDate;
use serde::Serialize;

use super::markup::citations;
use super::words::{count_blocks, count_submission};
use super::{SectionKind, Submission};

/// Share of the limit from which the count is "near" it.
const NEAR_LIMIT_PERCENT: usize = 95;
/// Days before the deadline from which it is "soon".
const DEADLINE_SOON_DAYS: i64 = 14;

/// What the checks found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct SubmissionCheck {
    /// Words counted towards the limit.
    pub words: usize,
    /// The OHCHR limit for this submission.
    pub limit: usize,
    /// A joint submission (the higher limit).
    pub joint: bool,
    /// Whether footnotes count.
    pub footnotes_counted: bool,
    /// Whether the annex counts.
    pub annex_counted: bool,
    /// Words left under the limit; negative when over.
    pub words_left: i64,
    /// Each section against its budget, in document order.
    pub sections: Vec<SectionCheck>,
    /// Required parts not there yet.
    pub missing: Vec<MissingPart>,
    /// The deadline for submissions, when known.
    #[schema(value_type = Option<String>, format = Date)]
    pub deadline: Option<NaiveDate>,
    /// Days from today to the deadline; negative once passed.
    pub days_left: Option<i64>,
    /// Everything worth telling the authors, in plain English.
    pub warnings: Vec<Warning>,
}

/// One section against its budget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct SectionCheck {
    /// Heading.
    pub title: String,
    /// Its place in the submission.
    pub kind: SectionKind,
    /// Its words (its footnotes too when footnotes count).
    pub words: usize,
    /// The words budgeted for it, if any.
    pub budget: Option<usize>,
    /// More words than budgeted.
    pub over_budget: bool,
}

/// A required part not there yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct MissingPart {
    /// `organisations`, `about_organisation`, `key_words`, `thematic_section` or
    /// `previous_recommendations`.
    pub code: String,
    /// The organisation's name, for `about_organisation`.
    pub detail: Option<String>,
}

/// Something the authors should know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Warning {
    /// `over_limit`, `near_limit`, `over_budget`, `budgets_exceed_limit`, `deadline_passed`,
    /// `deadline_soon` or `missing_part`.
    pub code: String,
    /// What it means, with the figures.
    pub message: String,
}

fn warning(code: &str, message: String) -> Warning {
    Warning { code: code.to_string(), message }
}

fn missing(code: &str, detail: Option<String>) -> MissingPart {
    MissingPart { code: code.to_string(), detail }
}

/// Checks a submission against the OHCHR rules on `today`, with the deadline for
/// submissions when the calendar knows it.
pub fn check(sub: &Submission, deadline: Option<NaiveDate>, today: NaiveDate) -> SubmissionCheck {
    let count = count_submission(sub);
    let limit = sub.word_limit();
    let words = count.total;
    let words_left = limit as i64 - words as i64;
    let mut warnings = Vec::new();

    if words > limit {
        warnings
            .push(warning("over_limit", format!("{words} words: {} over the limit of {limit} words.", words - limit)));
    } else if words * 100 >= limit * NEAR_LIMIT_PERCENT {
        warnings.push(warning(
            "near_limit",
            format!("{words} words: {words_left} left before the limit of {limit} words."),
        ));
    }

    let sections: Vec<SectionCheck> = sub
        .sections
        .iter()
        .map(|section| {
            let words = count_blocks(&section.blocks, sub.counting.footnotes);
            let over_budget = section.word_budget.is_some_and(|budget| words > budget);
            SectionCheck {
                title: section.title.clone(),
                kind: section.kind,
                words,
                budget: section.word_budget,
                over_budget,
            }
        })
        .collect();
    for section in sections.iter().filter(|section| section.over_budget) {
        let budget = section.budget.unwrap_or_default();
        warnings.push(warning(
            "over_budget",
            format!(
                "Section \"{}\" has {} words, {} over its budget of {budget}.",
                section.title,
                section.words,
                section.words - budget
            ),
        ));
    }
    let budgeted: usize = sub.sections.iter().filter_map(|section| section.word_budget).sum();
    if budgeted > limit {
        warnings.push(warning(
            "budgets_exceed_limit",
            format!("The section budgets add up to {budgeted} words, more than the limit of {limit} words."),
        ));
    }

    let missing = missing_parts(sub);
    for part in &missing {
        warnings.push(warning("missing_part", missing_message(part)));
    }

    let days_left = deadline.map(|deadline| (deadline - today).num_days());
    match days_left {
        Some(days) if days < 0 => warnings.push(warning(
            "deadline_passed",
            format!("The deadline for submissions passed {} day{} ago.", -days, if days == -1 { "" } else { "s" }),
        )),
        Some(days) if days <= DEADLINE_SOON_DAYS => warnings.push(warning(
            "deadline_soon",
            format!("{days} day{} left before the deadline for submissions.", if days == 1 { "" } else { "s" }),
        )),
        _ => {}
    }

    SubmissionCheck {
        words,
        limit,
        joint: sub.joint,
        footnotes_counted: sub.counting.footnotes,
        annex_counted: sub.counting.annex,
        words_left,
        sections,
        missing,
        deadline,
        days_left,
        warnings,
    }
}

/// The required parts (DOMAIN.md §6) that are not there yet.
fn missing_parts(sub: &Submission) -> Vec<MissingPart> {
    let mut parts = Vec::new();
    let organisations: Vec<&str> =
        sub.organisations.iter().map(|name| name.trim()).filter(|name| !name.is_empty()).collect();
    if organisations.is_empty() {
        parts.push(missing("organisations", None));
    }
    for name in organisations {
        let described = sub.sections.iter().any(|section| {
            section.kind == SectionKind::About
                && section.title.trim().to_lowercase() == name.to_lowercase()
                && !section.blocks.is_empty()
        });
        if !described {
            parts.push(missing("about_organisation", Some(name.to_string())));
        }
    }
    if sub.key_words.iter().all(|word| word.trim().is_empty()) {
        parts.push(missing("key_words", None));
    }
    if !sub.sections.iter().any(|section| section.kind == SectionKind::Theme && !section.blocks.is_empty()) {
        parts.push(missing("thematic_section", None));
    }
    if sub.sections.iter().all(|section| citations(&section.blocks).is_empty()) {
        parts.push(missing("previous_recommendations", None));
    }
    parts
}

fn missing_message(part: &MissingPart) -> String {
    match (part.code.as_str(), &part.detail) {
        ("organisations", _) => {
            "No organisation is named: the submission must start with the organisations that make it.".to_string()
        }
        ("about_organisation", Some(name)) => format!("There is no paragraph on {name}."),
        ("key_words", _) => "There are no key words.".to_string(),
        ("thematic_section", _) => "There is no thematic section yet.".to_string(),
        ("previous_recommendations", _) => {
            "No previous recommendation is cited: OHCHR asks for the follow-up of the previous review.".to_string()
        }
        (code, _) => format!("Missing: {code}."),
    }
}

#[cfg(test)]
mod tests;
