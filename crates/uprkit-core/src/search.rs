//! The shape of a recommendation search: its filters and its answer. The same types serve the
//! command line (`uprkit search --format json`) and the JSON API, so both print one object.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod filter;

pub use filter::{Filter, FilterError, ValueKind};

/// Filters of a recommendation search ([`Filter`] reads and writes each list). Empty lists mean "any"; several values in one list
/// mean "any of them"; different filters combine with AND.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RecommendationFilter {
    /// Words to look for in the text.
    pub q: Option<String>,
    /// States under Review (ISO3).
    pub sur: Vec<String>,
    /// Recommending States (ISO3).
    pub rs: Vec<String>,
    /// Cycles.
    pub cycle: Vec<u8>,
    /// Sessions.
    pub session: Vec<u16>,
    /// Positions (`supported`, `noted`, ...).
    pub response: Vec<String>,
    /// UPR Info action categories (1-5).
    pub action_category: Vec<u8>,
    /// UPR Info issues, by name.
    pub issue: Vec<String>,
    /// UHRI themes, by name.
    pub theme: Vec<String>,
    /// SDG goals (1-17).
    pub sdg: Vec<u8>,
    /// Regional groups of the State under Review.
    #[serde(default)]
    pub sur_regional_group: Vec<String>,
    /// Regional groups of the recommending States.
    #[serde(default)]
    pub rs_regional_group: Vec<String>,
    /// UHRI groups of persons.
    #[serde(default)]
    pub groups_of_persons: Vec<String>,
    /// Where the coding comes from (`upr_info`, `ohchr`, `dihr`, `reviewed`, `suggested`).
    #[serde(default)]
    pub coded_by: Vec<String>,
    /// `yes`: repeats a recommendation of an earlier cycle; `no`: does not.
    #[serde(default)]
    pub repeated: Vec<String>,
}

/// One page of a search.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SearchPage {
    /// Every match, not just this page.
    pub total: u64,
    /// Page number, from 1.
    pub page: u32,
    /// Items per page.
    pub per_page: u32,
    /// The recommendations on this page.
    pub items: Vec<RecommendationView>,
    /// For each facet (`sur`, `rs`, `sur_regional_group`, `rs_regional_group`, `sur_organisation`,
    /// `rs_organisation`, `cycle`, `session`, `response`, `action_category`, `issues`, `themes`,
    /// `groups_of_persons`, `sdgs`, `coded_by`, `repeated`), the count of matches per value.
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
}

/// A recommendation as people and the API see it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
#[schema(as = Recommendation)]
pub struct RecommendationView {
    /// Database id.
    pub id: i64,
    /// Full text, as in the source.
    pub text: String,
    /// Language of the text (`en`, `fr`, `es`, ...).
    #[schema(example = "en")]
    pub language: String,
    /// State under Review (ISO3).
    pub sur: String,
    /// Recommending States (ISO3); empty when the source does not say.
    pub recommending_states: Vec<String>,
    /// Cycle.
    pub cycle: u8,
    /// Session.
    pub session: u16,
    /// Paragraph ref in the WG report (`140.7`), when known.
    #[schema(example = "140.7")]
    pub paragraph: Option<String>,
    /// Current position.
    #[schema(value_type = Option<crate::recommendation::Position>)]
    pub response: Option<String>,
    /// UPR Info action category.
    pub action_category: Option<u8>,
    /// UPR Info issues.
    pub issues: Vec<String>,
    /// UHRI themes.
    pub themes: Vec<String>,
    /// UHRI groups of persons.
    pub groups_of_persons: Vec<String>,
    /// SDG goals.
    pub sdgs: Vec<u8>,
    /// Where the record came from (`upr-info: recommendations.csv`, a document symbol, ...).
    pub source: String,
    /// Where its action category, issues and SDGs come from: `upr_info`, `ohchr`, `dihr`,
    /// `reviewed` (a person decided), `suggested` (uprkit's classifier, not yet reviewed).
    #[serde(default)]
    pub coded_by: Vec<String>,
    /// Ids of the recommendations the same State received in earlier cycles that asked for
    /// the same thing, closest first ("recommended previously").
    #[serde(default)]
    pub recommended_previously: Vec<i64>,
}

/// Longest search text read, in characters: a long paragraph pasted into the box fits.
pub const MAX_QUERY_CHARS: usize = 2_000;

/// Most words (operators included) in a search text.
pub const MAX_QUERY_WORDS: usize = 200;

/// Deepest nesting of brackets (and of chained `NOT`s) in a search text. Parsing and running
/// a query recurse once per level; the limit keeps any input far from a stack overflow.
pub const MAX_QUERY_NESTING: usize = 32;

/// Why a search text is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// Too many characters.
    #[error("the search text is too long: {0} characters, at most {MAX_QUERY_CHARS}")]
    TooLong(usize),
    /// Too many words.
    #[error("the search text has too many words: {0}, at most {MAX_QUERY_WORDS}")]
    TooManyWords(usize),
    /// Brackets or `NOT`s nested too deep.
    #[error("the search text nests brackets or NOTs too deep: {0} levels, at most {MAX_QUERY_NESTING}")]
    TooDeep(usize),
}

/// Checks a search text against the limits above, in one pass and constant memory.
pub fn check_query(text: &str) -> Result<(), QueryError> {
    // Nesting first: its message is the one that helps with a query of many brackets.
    let depth = nesting(text);
    if depth > MAX_QUERY_NESTING {
        return Err(QueryError::TooDeep(depth));
    }
    let chars = text.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(QueryError::TooLong(chars));
    }
    let words = text.split_whitespace().count();
    if words > MAX_QUERY_WORDS {
        return Err(QueryError::TooManyWords(words));
    }
    Ok(())
}

/// The deepest nesting of a search text: open brackets (quoted or not, matched or not: the
/// lenient parser reads stray ones too) plus the `NOT`s chained in front of a term.
fn nesting(text: &str) -> usize {
    let (mut open, mut deepest) = (0usize, 0usize);
    let mut nots = 0usize;
    for word in text.split_whitespace() {
        // `NOT NOT NOT x` recurses once per NOT; a `-` or `+` in front adds one level more.
        if word.trim_start_matches(['-', '+', '(']) == "NOT" {
            nots += 1;
        } else if !word.chars().all(|c| c == '(') {
            nots = 0;
        }
        for c in word.chars() {
            match c {
                '(' | '[' | '{' => open += 1,
                ')' | ']' | '}' => open = open.saturating_sub(1),
                _ => {}
            }
            deepest = deepest.max(open + nots);
        }
        deepest = deepest.max(open + nots);
    }
    deepest
}

#[cfg(test)]
mod query_limit_tests {
    use super::*;

    #[test]
    fn nesting_is_counted_and_bounded() {
        assert_eq!(check_query("(death penalty) OR (torture AND \"children's rights\")"), Ok(()));
        let deep = format!("{}word{}", "(".repeat(33), ")".repeat(33));
        assert_eq!(check_query(&deep), Err(QueryError::TooDeep(33)));
        let ok = format!("{}word{}", "(".repeat(32), ")".repeat(32));
        assert_eq!(check_query(&ok), Ok(()));
        // Unclosed brackets count as well: the lenient parser still recurses into them.
        assert!(check_query(&"( ".repeat(40)).is_err());
        assert_eq!(check_query(&format!("{}torture", "NOT ".repeat(33))), Err(QueryError::TooDeep(33)));
        // Many sibling groups are not deep.
        assert_eq!(check_query(&"(a) ".repeat(100)), Ok(()));
        assert!(matches!(check_query(&"a ".repeat(201)), Err(QueryError::TooManyWords(201))));
        assert!(matches!(check_query(&"a".repeat(2_001)), Err(QueryError::TooLong(2_001))));
    }
}
