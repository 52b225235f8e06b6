//! The query set: one API query string a line, read the way the API reads it.

use anyhow::Context;
use std::path::Path;
use uprkit_core::search::RecommendationFilter;
use uprkit_search::Sort;

/// Results per page: the API's default first page.
pub const PER_PAGE: usize = 20;

/// One search of the set.
#[derive(Debug, Clone)]
pub struct BenchQuery {
    /// The line as written in the file.
    pub line: String,
    /// The filters it asks for.
    pub filter: RecommendationFilter,
    /// The order it asks for.
    pub sort: Sort,
    /// The engine's (facet, any of these values) filters, non-empty ones only.
    pub facets: Vec<(&'static str, Vec<String>)>,
    /// The query string sent to the API (the filter written back, properly encoded).
    pub url_query: String,
}

impl BenchQuery {
    /// The words to search for, if any.
    pub fn text(&self) -> Option<&str> {
        self.filter.q.as_deref().filter(|q| !q.trim().is_empty())
    }
}

/// Reads the query file: every line that is not empty or a `#` comment.
pub fn load(path: &Path) -> anyhow::Result<Vec<BenchQuery>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read the queries {}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let request = uprkit_web::query::parse(Some(line), PER_PAGE as u32)
            .map_err(|e| anyhow::anyhow!("{}:{}: {e:?}", path.display(), n + 1))?;
        let facets = uprkit_search::facet_filters(&request.filter)
            .into_iter()
            .filter(|(_, values)| !values.is_empty())
            .collect();
        let mut url_query = uprkit_web::query::to_query(&request.filter, 1);
        let sort = match request.sort {
            Sort::Relevance => None,
            Sort::Newest => Some("newest"),
            Sort::Sur => Some("sur"),
        };
        if let Some(sort) = sort {
            url_query.push_str(&format!("&sort={sort}"));
        }
        out.push(BenchQuery { line: line.to_string(), filter: request.filter, sort: request.sort, facets, url_query });
    }
    anyhow::ensure!(!out.is_empty(), "{} holds no queries", path.display());
    Ok(out)
}
