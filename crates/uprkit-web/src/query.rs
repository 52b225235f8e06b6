//! Reads a search from a URL query string. Filters may repeat (`sur=SVN&sur=HRV`) or list
//! values with commas (`cycle=1,2`), so that every state of a page fits in its URL.

use crate::WebError;
use uprkit_core::search::{Filter, RecommendationFilter};
use uprkit_search::Sort;

/// A search and the page wanted.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// The filters.
    pub filter: RecommendationFilter,
    /// Page, from 1.
    pub page: u32,
    /// Items per page.
    pub per_page: u32,
    /// Order of results.
    pub sort: Sort,
}

/// Parses `q=...&sur=...&page=...`: the filters are those of [`Filter::ALL`], by URL key or
/// alias. Unknown keys are ignored; bad numbers are refused.
pub fn parse(query: Option<&str>, default_per_page: u32) -> Result<SearchRequest, WebError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query.unwrap_or(""))
        .map_err(|e| WebError::BadRequest(format!("cannot read the query string: {e}")))?;
    let mut req = SearchRequest { page: 1, per_page: default_per_page, ..Default::default() };
    let f = &mut req.filter;
    for (key, value) in pairs {
        let value = value.trim().to_string();
        if value.is_empty() {
            continue;
        }
        let split = || value.split(',').map(str::trim).filter(|v| !v.is_empty()).map(String::from).collect::<Vec<_>>();
        match key.as_str() {
            "q" => {
                uprkit_core::search::check_query(&value).map_err(|e| WebError::BadRequest(e.to_string()))?;
                f.q = Some(value.clone())
            }
            "page" => req.page = number::<u32>(&key, &value)?.max(1),
            "per_page" => req.per_page = number::<u32>(&key, &value)?.clamp(1, 500),
            "sort" => {
                req.sort = Sort::parse(&value).ok_or_else(|| {
                    WebError::BadRequest(format!("sort must be relevance, newest or sur, not {value:?}"))
                })?
            }
            key => {
                let Some(filter) = Filter::from_key(key) else { continue };
                let values = if filter.comma_separated() { split() } else { vec![value.clone()] };
                for v in values {
                    filter.push(f, &v).map_err(|e| WebError::BadRequest(e.to_string()))?;
                }
            }
        }
    }
    Ok(req)
}

fn number<T: std::str::FromStr>(key: &str, value: &str) -> Result<T, WebError> {
    value.parse().map_err(|_| WebError::BadRequest(format!("{key} must be a number, not {value:?}")))
}

/// Writes a search back as a query string (for links to other pages of the same search).
pub fn to_query(filter: &RecommendationFilter, page: u32) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(q) = &filter.q {
        pairs.push(("q", q.clone()));
    }
    for f in Filter::ALL {
        pairs.extend(f.values(filter).into_iter().map(|v| (f.key(), v)));
    }
    if page > 1 {
        pairs.push(("page", page.to_string()));
    }
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_and_comma_separated_values() {
        let r = parse(Some("sur=SVN&sur=hrv&cycle=1,2&q=death+penalty&page=3"), 20).expect("parses");
        assert_eq!(r.filter.sur, vec!["SVN", "hrv"]);
        assert_eq!(r.filter.cycle, vec![1, 2]);
        assert_eq!(r.filter.q.as_deref(), Some("death penalty"));
        assert_eq!(r.page, 3);
        assert!(parse(Some("cycle=one"), 20).is_err());
        assert_eq!(to_query(&r.filter, 2), "q=death+penalty&sur=SVN&sur=hrv&cycle=1&cycle=2&page=2");
        assert!(parse(Some("sdgs=18x"), 20).is_err());
    }

    #[test]
    fn every_filter_reads_its_key_and_aliases_and_is_written_back() {
        for f in Filter::ALL {
            let value = match f.kind() {
                uprkit_core::search::ValueKind::Number { min, .. } => min.to_string(),
                uprkit_core::search::ValueKind::Text { .. } => "Women & girls".to_string(),
            };
            for key in std::iter::once(f.key()).chain(f.aliases().iter().copied()) {
                let query = serde_urlencoded::to_string([(key, value.as_str())]).expect("encodes");
                let r = parse(Some(&query), 20).expect("parses");
                assert_eq!(f.values(&r.filter), vec![value.clone()], "{key}");
                let back = to_query(&r.filter, 1);
                assert_eq!(back, serde_urlencoded::to_string([(f.key(), value.as_str())]).expect("encodes"));
            }
        }
    }
}
