//! What a search answers with: hits, totals and facet counts, the order asked for, and errors.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Errors of the search engine.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The index failed.
    #[error("search index error: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// The index folder could not be read or written.
    #[error("search index folder: {0}")]
    Io(#[from] std::io::Error),
    /// The search text is beyond the limits (length, words, nesting): the user's mistake.
    #[error(transparent)]
    Query(#[from] uprkit_core::search::QueryError),
}

/// Order of results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    /// Best match first (newest first when there are no words).
    #[default]
    Relevance,
    /// Newest session first.
    Newest,
    /// By State under Review (ISO3), then newest.
    Sur,
}

impl Sort {
    /// Reads `relevance`, `newest` or `sur`.
    pub fn parse(s: &str) -> Option<Sort> {
        match s {
            "relevance" => Some(Sort::Relevance),
            "newest" => Some(Sort::Newest),
            "sur" => Some(Sort::Sur),
            _ => None,
        }
    }
}

/// A match.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Recommendation id.
    pub id: i64,
    /// Relevance score (0 when sorted otherwise).
    pub score: f32,
}

/// The answer to a search.
#[derive(Debug, Clone, Default)]
pub struct SearchResult {
    /// Every match.
    pub total: u64,
    /// The requested page of matches.
    pub hits: Vec<Hit>,
    /// For each facet, the matches per value.
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
    /// `true` when the words were all too common to search for and were ignored.
    pub words_ignored: bool,
}
