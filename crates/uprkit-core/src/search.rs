//! The shape of a recommendation search: its filters and its answer. The same types serve the
//! command line (`uprkit search --format json`) and the JSON API, so both print one object.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Filters of a recommendation search. Empty lists mean "any"; several values in one list
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
}

/// One page of a search.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchPage {
    /// Every match, not just this page.
    pub total: u64,
    /// Page number, from 1.
    pub page: u32,
    /// Items per page.
    pub per_page: u32,
    /// The recommendations on this page.
    pub items: Vec<RecommendationView>,
    /// For each facet (`sur`, `rs`, `cycle`, `response`, ...), the count of matches per value.
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
}

/// A recommendation as people and the API see it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct RecommendationView {
    /// Database id.
    pub id: i64,
    /// Full text, as in the source.
    pub text: String,
    /// Language of the text (`en`, `fr`, `es`, ...).
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
    pub paragraph: Option<String>,
    /// Current position.
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
}
