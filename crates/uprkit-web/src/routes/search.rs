//! The search page: query box, facet sidebar with counts and multi-select, results with
//! highlighted snippets, sorting and pages; every state of the page in its URL. On a phone the
//! sidebar folds behind a "Filters" button and the results come first; long facets list their
//! most frequent values with "Show all N" and type-to-filter; a search that finds little because
//! of a misspelt word offers the corrected one ("Did you mean torture?").

mod facets;

use crate::labels::{facet_label, facet_value_label};
use crate::query::{SearchRequest, parse, to_query};
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{RawQuery, State};
use axum::response::Html;
use axum::routing::get;
/// Values a long facet lists before "Show all N" (for the template).
pub use facets::SHOWN;
use facets::{Expansion, FacetView, facet_view};
use std::collections::BTreeMap;
use uprkit_core::search::{RecommendationFilter, RecommendationView};
use uprkit_search::{FEW_MATCHES, Sort, facet_filters};

pub fn router() -> Router<AppState> {
    Router::new().route("/search", get(show))
}

/// The id of the results (the suggestion, the list, or "nothing matches"): where the layout's
/// skip link leads, so that one Tab and Enter reach the first result.
pub const RESULTS: &str = "results";

/// Facets shown in the sidebar, in order.
const SIDEBAR: [&str; 14] = [
    "sur",
    "cycle",
    "response",
    "repeated",
    "rs",
    "action_category",
    "issues",
    "sur_regional_group",
    "rs_regional_group",
    "themes",
    "groups_of_persons",
    "sdgs",
    "coded_by",
    "session",
];

pub struct Row {
    pub r: RecommendationView,
    pub snippet: String,
    pub sur_name: String,
    pub rs_names: String,
}

/// "Did you mean": the corrected search, its address (same filters) and its matches.
pub struct DidYouMean {
    pub query: String,
    pub href: String,
    pub total: u64,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPageView {
    q: String,
    sort: &'static str,
    total_n: u64,
    words_ignored: bool,
    facets: Vec<FacetView>,
    rows: Vec<Row>,
    page: u32,
    last_page: u64,
    previous: Option<String>,
    next: Option<String>,
    query: String,
    active: Vec<(String, String)>,
    /// The filter panel starts open (on a phone): the person is working in it (`more=`).
    panel_open: bool,
    did_you_mean: Option<DidYouMean>,
}

fn selected(filters: &[(&str, Vec<String>)], facet: &str) -> Vec<String> {
    filters.iter().find(|(f, _)| *f == facet).map(|(_, v)| v.clone()).unwrap_or_default()
}

pub fn sort_name(sort: Sort) -> &'static str {
    match sort {
        Sort::Relevance => "relevance",
        Sort::Newest => "newest",
        Sort::Sur => "sur",
    }
}

/// The facets listed whole (`more=sur&more=issues`): only sidebar facets, once each.
fn expanded_facets(query: Option<&str>) -> Vec<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query.unwrap_or("")).unwrap_or_default();
    let mut more: Vec<String> = Vec::new();
    for (key, value) in pairs {
        for facet in value.split(',').map(str::trim) {
            if key == "more" && SIDEBAR.contains(&facet) && !more.iter().any(|m| m == facet) {
                more.push(facet.to_string());
            }
        }
    }
    more
}

/// The address of a search: its filters, page and sort, and the facets listed whole.
fn search_href(filter: &RecommendationFilter, page: u32, sort: Sort, more: &[String]) -> String {
    let mut query = with_sort(&to_query(filter, page), sort);
    for m in more {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str("more=");
        query.push_str(m);
    }
    format!("/search?{query}")
}

async fn show(State(app): State<AppState>, RawQuery(query): RawQuery) -> Result<Html<String>, WebError> {
    let SearchRequest { filter, page, per_page, sort } = parse(query.as_deref(), 20)?;
    let more = expanded_facets(query.as_deref());
    let filters = facet_filters(&filter);
    // Past the end is an empty page: the engine caps the offset at the number of documents.
    let offset = usize::try_from(u64::from(page - 1) * u64::from(per_page)).unwrap_or(usize::MAX);
    let (q, searched) = (filter.q.clone(), filters.clone());
    // The page's search, the counts of ticked facets and the spelling suggestion, in one trip
    // to a blocking thread.
    let (result, mut own_counts, suggestion) = app
        .app
        .with_index(move |engine| {
            let result = engine.search(q.as_deref(), &searched, sort, offset, per_page as usize)?;
            let mut own_counts = BTreeMap::new();
            for name in SIDEBAR {
                if selected(&searched, name).is_empty() {
                    continue;
                }
                // A facet with ticked values counts its values without its own filter, so
                // that other values stay visible and can be added (any of them), as people
                // expect of a sidebar.
                let others: Vec<(&str, Vec<String>)> = searched.iter().filter(|(f, _)| *f != name).cloned().collect();
                let counts = engine.search(q.as_deref(), &others, sort, 0, 1)?.facets.remove(name).unwrap_or_default();
                own_counts.insert(name, counts);
            }
            let suggestion = match q.as_deref() {
                Some(text) if result.total < FEW_MATCHES && !result.words_ignored => {
                    engine.did_you_mean(text, &searched, result.total)?
                }
                _ => None,
            };
            Ok::<_, uprkit_search::SearchError>((result, own_counts, suggestion))
        })
        .await?;
    let ids: Vec<i64> = result.hits.iter().map(|h| h.id).collect();
    let items = app.store.recommendations_by_id(&ids).await?;
    let snippets = match filter.q.clone() {
        Some(q) if !result.words_ignored => {
            let texts: Vec<(String, String)> = items.iter().map(|r| (r.language.clone(), r.text.clone())).collect();
            app.app
                .with_index(move |engine| {
                    let texts: Vec<(String, &str)> = texts.iter().map(|(l, t)| (l.clone(), t.as_str())).collect();
                    Ok::<_, uprkit_search::SearchError>(engine.snippets(&q, &texts, 400))
                })
                .await?
        }
        _ => items.iter().map(|r| uprkit_search::escape_prefix(&r.text, 400)).collect(),
    };
    let rows = items
        .into_iter()
        .zip(snippets)
        .map(|(r, snippet)| Row {
            sur_name: crate::labels::state_name(&r.sur),
            rs_names: r.recommending_states.iter().map(|s| crate::labels::state_name(s)).collect::<Vec<_>>().join(", "),
            r,
            snippet,
        })
        .collect();
    let link = |expanded: &[String]| search_href(&filter, page, sort, expanded);
    let expansion = Expansion { more: &more, link: &link };
    let mut facets = Vec::new();
    let mut active = Vec::new();
    for name in SIDEBAR {
        let chosen = selected(&filters, name);
        let counts = match own_counts.remove(name) {
            Some(counts) => counts,
            None => result.facets.get(name).cloned().unwrap_or_default(),
        };
        for c in &chosen {
            active.push((facet_label(name).to_string(), facet_value_label(name, c)));
        }
        facets.extend(facet_view(name, counts, &chosen, &expansion));
    }
    let did_you_mean = suggestion.map(|s| {
        let corrected = RecommendationFilter { q: Some(s.query.clone()), ..filter.clone() };
        DidYouMean { href: search_href(&corrected, 1, sort, &more), query: s.query, total: s.total }
    });
    let last_page = result.total.div_ceil(u64::from(per_page)).max(1);
    let view = SearchPageView {
        q: filter.q.clone().unwrap_or_default(),
        sort: sort_name(sort),
        total_n: result.total,
        words_ignored: result.words_ignored,
        facets,
        rows,
        page,
        last_page,
        previous: (page > 1).then(|| search_href(&filter, page - 1, sort, &more)),
        next: (u64::from(page) < last_page).then(|| search_href(&filter, page + 1, sort, &more)),
        query: with_sort(&to_query(&filter, 1), sort),
        active,
        panel_open: !more.is_empty(),
        did_you_mean,
    };
    Ok(Html(view.render()?))
}

/// Adds the sort to a query string unless it is the default.
pub fn with_sort(query: &str, sort: Sort) -> String {
    match (sort, query.is_empty()) {
        (Sort::Relevance, _) => query.to_string(),
        (_, true) => format!("sort={}", sort_name(sort)),
        (_, false) => format!("{query}&sort={}", sort_name(sort)),
    }
}
