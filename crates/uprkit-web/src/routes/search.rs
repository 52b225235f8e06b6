//! The search page: query box, facet sidebar with counts and multi-select, results with
//! highlighted snippets, sorting and pages; every state of the page in its URL.

use crate::labels::{facet_label, facet_value_label, thousands};
use crate::query::{SearchRequest, parse, to_query};
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{RawQuery, State};
use axum::response::Html;
use axum::routing::get;
use std::collections::BTreeMap;
use uprkit_core::search::RecommendationView;
use uprkit_search::{Sort, facet_filters};

pub fn router() -> Router<AppState> {
    Router::new().route("/search", get(show))
}

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

/// Values listed per facet before "and N more" (the list scrolls; every State fits).
const SHOWN: usize = 250;

pub struct FacetValue {
    pub value: String,
    pub label: String,
    pub count: String,
    pub checked: bool,
}

pub struct FacetView {
    pub name: &'static str,
    pub label: String,
    pub values: Vec<FacetValue>,
    pub more: usize,
}

pub struct Row {
    pub r: RecommendationView,
    pub snippet: String,
    pub sur_name: String,
    pub rs_names: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPageView {
    q: String,
    sort: &'static str,
    total: String,
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

async fn show(State(app): State<AppState>, RawQuery(query): RawQuery) -> Result<Html<String>, WebError> {
    let SearchRequest { filter, page, per_page, sort } = parse(query.as_deref(), 20)?;
    let filters = facet_filters(&filter);
    // Past the end is an empty page: the engine caps the offset at the number of documents.
    let offset = usize::try_from(u64::from(page - 1) * u64::from(per_page)).unwrap_or(usize::MAX);
    let (q, searched) = (filter.q.clone(), filters.clone());
    // The page's search and the counts of ticked facets, in one trip to a blocking thread.
    let (result, mut own_counts) = app
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
            Ok::<_, uprkit_search::SearchError>((result, own_counts))
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
        let mut values: Vec<(String, u64)> = counts.into_iter().collect();
        values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        if matches!(name, "cycle" | "session" | "action_category" | "sdgs") {
            values.sort_by_key(|(v, _)| v.parse::<u32>().unwrap_or(0));
        }
        let is_chosen = |v: &str| chosen.iter().any(|c| c.eq_ignore_ascii_case(v));
        let total_values = values.len();
        let mut shown: Vec<FacetValue> = Vec::new();
        for (i, (value, count)) in values.into_iter().enumerate() {
            if i < SHOWN || is_chosen(&value) {
                shown.push(FacetValue {
                    label: facet_value_label(name, &value),
                    count: thousands(count),
                    checked: is_chosen(&value),
                    value,
                });
            }
        }
        if shown.is_empty() {
            continue;
        }
        facets.push(FacetView { name, label: facet_label(name), more: total_values - shown.len(), values: shown });
    }
    let last_page = result.total.div_ceil(u64::from(per_page)).max(1);
    let link = |p: u32| format!("/search?{}", with_sort(&to_query(&filter, p), sort));
    let view = SearchPageView {
        q: filter.q.clone().unwrap_or_default(),
        sort: sort_name(sort),
        total: thousands(result.total),
        total_n: result.total,
        words_ignored: result.words_ignored,
        facets,
        rows,
        page,
        last_page,
        previous: (page > 1).then(|| link(page - 1)),
        next: (u64::from(page) < last_page).then(|| link(page + 1)),
        query: with_sort(&to_query(&filter, 1), sort),
        active,
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
