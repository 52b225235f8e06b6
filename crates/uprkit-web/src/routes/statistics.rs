//! Statistics of the current search as SVG charts: per cycle, position, action category,
//! issue and regional group.

use crate::labels::{facet_label, facet_value_label, thousands};
use crate::query::{SearchRequest, parse, to_query};
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{RawQuery, State};
use axum::response::Html;
use axum::routing::get;
use std::collections::BTreeMap;
use uprkit_docs::charts::bar_chart;
use uprkit_search::facet_filters;

pub fn router() -> Router<AppState> {
    Router::new().route("/statistics", get(show))
}

/// The charts, and how many bars each shows at most.
const CHARTS: [(&str, usize); 7] = [
    ("cycle", 10),
    ("response", 10),
    ("action_category", 10),
    ("issues", 15),
    ("sur_regional_group", 10),
    ("rs_regional_group", 10),
    ("rs", 15),
];

#[derive(Template)]
#[template(path = "statistics.html")]
struct StatisticsPage {
    total: String,
    query: String,
    q: String,
    charts: Vec<String>,
}

/// Bars for one facet: numbers in their natural order, other values by count.
pub fn bars(facet: &str, counts: Option<&BTreeMap<String, u64>>, max: usize) -> Vec<(String, u64)> {
    let mut values: Vec<(String, u64)> =
        counts.map(|c| c.iter().map(|(k, v)| (k.clone(), *v)).collect()).unwrap_or_default();
    if matches!(facet, "cycle" | "session" | "action_category" | "sdgs") {
        values.sort_by_key(|(v, _)| v.parse::<u32>().unwrap_or(0));
    } else {
        values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    }
    values.into_iter().take(max).map(|(v, n)| (facet_value_label(facet, &v), n)).collect()
}

async fn show(State(app): State<AppState>, RawQuery(query): RawQuery) -> Result<Html<String>, WebError> {
    let SearchRequest { filter, sort, .. } = parse(query.as_deref(), 20)?;
    let (q, filters) = (filter.q.clone(), facet_filters(&filter));
    let result = app.app.with_index(move |engine| engine.search(q.as_deref(), &filters, sort, 0, 1)).await?;
    let charts = CHARTS
        .iter()
        .map(|(facet, max)| {
            let title = match *facet {
                "issues" => format!("Top {max} issues"),
                "rs" => format!("Top {max} recommending States"),
                f => facet_label(f).to_string(),
            };
            bar_chart(&title, &bars(facet, result.facets.get(*facet), *max))
        })
        .collect();
    let page = StatisticsPage {
        total: thousands(result.total),
        query: to_query(&filter, 1),
        q: filter.q.clone().unwrap_or_default(),
        charts,
    };
    Ok(Html(page.render()?))
}
