//! Statistics of the current search: bar charts per cycle, position, action category, issue,
//! State and regional group, and a cross-tabulation chosen on the page (`?crosstab=...`, as
//! CSV with `&format=csv`). Every bar and cell links to the search whose count it shows.

// The page's parts, beside this file (`routes/statistics_*.rs`).
#[path = "statistics_charts.rs"]
mod charts;
#[path = "statistics_crosstab.rs"]
mod crosstab;

pub use charts::bars;

use crate::query::{SearchRequest, parse, to_query};
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use charts::BarChart;
use crosstab::{Crosstab, Table};
use uprkit_search::{Sort, facet_filters};

pub fn router() -> Router<AppState> {
    Router::new().route("/statistics", get(show))
}

/// One entry of the cross-tabulation menu.
struct CrosstabLink {
    title: String,
    href: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "statistics.html")]
struct StatisticsPage {
    total: u64,
    /// The page's filters as a query string (empty: everything).
    query: String,
    q: String,
    charts: Vec<BarChart>,
    crosstabs: Vec<CrosstabLink>,
    table: Table,
    csv_href: String,
}

/// What the page shows besides the search's filters.
struct View {
    crosstab: Crosstab,
    csv: bool,
}

/// Reads `crosstab` and `format` (the search filters are read by [`parse`], which skips them).
fn view(query: Option<&str>) -> Result<View, WebError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query.unwrap_or(""))
        .map_err(|e| WebError::BadRequest(format!("cannot read the query string: {e}")))?;
    let mut view = View { crosstab: Crosstab::ALL[0], csv: false };
    for (key, value) in pairs {
        match key.as_str() {
            "crosstab" => {
                view.crosstab = Crosstab::parse(&value).ok_or_else(|| {
                    let known: Vec<&str> = Crosstab::ALL.iter().map(|c| c.key()).collect();
                    WebError::BadRequest(format!("crosstab must be one of {}, not {value:?}", known.join(", ")))
                })?
            }
            "format" => match value.as_str() {
                "csv" => view.csv = true,
                "html" | "" => view.csv = false,
                other => return Err(WebError::BadRequest(format!("format must be html or csv, not {other:?}"))),
            },
            _ => {}
        }
    }
    Ok(view)
}

/// `/statistics?<query>&crosstab=<key>` with `extra` after it.
fn statistics_href(query: &str, crosstab: Crosstab, extra: &str) -> String {
    let sep = if query.is_empty() { "" } else { "&" };
    format!("/statistics?{query}{sep}crosstab={}{extra}", crosstab.key())
}

async fn show(State(app): State<AppState>, RawQuery(query): RawQuery) -> Result<Response, WebError> {
    let SearchRequest { filter, .. } = parse(query.as_deref(), 20)?;
    let view = view(query.as_deref())?;
    let (searched, kind) = (filter.clone(), view.crosstab);
    let (result, counts) = app
        .app
        .with_index(move |engine| {
            let result = engine.search(searched.q.as_deref(), &facet_filters(&searched), Sort::Newest, 0, 1)?;
            let counts = crosstab::count(engine, &searched, &result, kind)?;
            Ok::<_, uprkit_search::SearchError>((result, counts))
        })
        .await?;
    let table = Table::new(kind, &filter, &counts);
    let query = to_query(&filter, 1);
    if view.csv {
        let bytes = table.csv().map_err(|e| WebError::Internal(e.to_string()))?;
        let name = format!("uprkit-{}.csv", kind.key());
        return Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            ],
            bytes,
        )
            .into_response());
    }
    let crosstabs = Crosstab::ALL
        .iter()
        .map(|c| CrosstabLink { title: c.title(), href: statistics_href(&query, *c, "#crosstab"), current: *c == kind })
        .collect();
    let page = StatisticsPage {
        total: result.total,
        charts: charts::charts(&filter, result.total, &result.facets),
        crosstabs,
        csv_href: statistics_href(&query, kind, "&format=csv"),
        table,
        q: filter.q.clone().unwrap_or_default(),
        query,
    };
    Ok(Html(page.render()?).into_response())
}
