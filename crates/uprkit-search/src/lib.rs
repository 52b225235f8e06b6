//! Full-text and faceted search over recommendations, with tantivy. The index is a cache of
//! the database: it is rebuilt by `uprkit reindex`, on start when missing or stale, and kept
//! current on every write; the database stays the truth.
//!
//! Facet counting is the hot path of a search (every search counts a dozen facets over all its
//! matches), so each facet value is a small integer code in one multi-valued fast field, and
//! each segment's codes are held in memory as one flat array: counting is a tight loop of
//! increments, about a nanosecond per value.

mod codes;
mod collector;
mod document;
mod engine;
mod page;
mod query;
mod schema;
pub mod sync;
pub use page::{all_ids, facet_filters, page_window, search_page};

pub use document::{IndexDocument, facet_names};
pub use engine::{
    Correction, Engine, FEW_MATCHES, Hit, MAX_LOOKUPS, SearchError, SearchResult, Sort, Suggestion, escape_prefix,
};
pub use query::TextQuery;
