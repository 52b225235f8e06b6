//! Reads a search from a URL query string. Filters may repeat (`sur=SVN&sur=HRV`) or list
//! values with commas (`cycle=1,2`), so that every state of a page fits in its URL.

use crate::WebError;
use uprkit_core::search::RecommendationFilter;
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

/// Parses `q=...&sur=...&page=...`. Unknown keys are ignored; bad numbers are refused.
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
            "sur" => f.sur.extend(split()),
            "rs" => f.rs.extend(split()),
            "response" => f.response.extend(split()),
            // The sidebar names its boxes after the facets ("issues"); links say "issue".
            "issue" | "issues" => f.issue.push(value.clone()),
            "theme" | "themes" => f.theme.push(value.clone()),
            "groups_of_persons" => f.groups_of_persons.push(value.clone()),
            "sur_regional_group" => f.sur_regional_group.extend(split()),
            "rs_regional_group" => f.rs_regional_group.extend(split()),
            "cycle" => f.cycle.extend(numbers::<u8>(&key, &split())?),
            "session" => f.session.extend(numbers::<u16>(&key, &split())?),
            "action_category" => f.action_category.extend(numbers::<u8>(&key, &split())?),
            "sdg" | "sdgs" => f.sdg.extend(numbers::<u8>(&key, &split())?),
            "page" => req.page = number::<u32>(&key, &value)?.max(1),
            "per_page" => req.per_page = number::<u32>(&key, &value)?.clamp(1, 500),
            "sort" => {
                req.sort = Sort::parse(&value).ok_or_else(|| {
                    WebError::BadRequest(format!("sort must be relevance, newest or sur, not {value:?}"))
                })?
            }
            _ => {}
        }
    }
    Ok(req)
}

fn number<T: std::str::FromStr>(key: &str, value: &str) -> Result<T, WebError> {
    value.parse().map_err(|_| WebError::BadRequest(format!("{key} must be a number, not {value:?}")))
}

fn numbers<T: std::str::FromStr>(key: &str, values: &[String]) -> Result<Vec<T>, WebError> {
    values.iter().map(|v| number(key, v)).collect()
}

/// Writes a search back as a query string (for links to other pages of the same search).
pub fn to_query(filter: &RecommendationFilter, page: u32) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(q) = &filter.q {
        pairs.push(("q", q.clone()));
    }
    pairs.extend(filter.sur.iter().map(|v| ("sur", v.clone())));
    pairs.extend(filter.rs.iter().map(|v| ("rs", v.clone())));
    pairs.extend(filter.cycle.iter().map(|v| ("cycle", v.to_string())));
    pairs.extend(filter.session.iter().map(|v| ("session", v.to_string())));
    pairs.extend(filter.response.iter().map(|v| ("response", v.clone())));
    pairs.extend(filter.action_category.iter().map(|v| ("action_category", v.to_string())));
    pairs.extend(filter.issue.iter().map(|v| ("issue", v.clone())));
    pairs.extend(filter.theme.iter().map(|v| ("theme", v.clone())));
    pairs.extend(filter.sdg.iter().map(|v| ("sdg", v.to_string())));
    pairs.extend(filter.sur_regional_group.iter().map(|v| ("sur_regional_group", v.clone())));
    pairs.extend(filter.rs_regional_group.iter().map(|v| ("rs_regional_group", v.clone())));
    pairs.extend(filter.groups_of_persons.iter().map(|v| ("groups_of_persons", v.clone())));
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
    }
}
