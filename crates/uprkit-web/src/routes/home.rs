//! The home page: what the database holds per cycle, and a paged list of recommendations.

use crate::query::{SearchRequest, parse, to_query};
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{RawQuery, State};
use axum::response::Html;
use axum::routing::get;
use uprkit_core::search::SearchPage;
use uprkit_store::CycleCount;

pub fn router() -> Router<AppState> {
    Router::new().route("/", get(show))
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    cycles: Vec<CycleCount>,
    total_stored: u64,
    results: SearchPage,
    states: Vec<(String, String)>,
    q: String,
    sur: String,
    cycle: String,
    response: String,
    previous: Option<String>,
    next: Option<String>,
    last_page: u64,
}

impl HomePage {
    fn percent(part: &u64, whole: &u64) -> u64 {
        if *whole == 0 { 0 } else { (part * 100 + whole / 2) / whole }
    }
}

async fn show(State(app): State<AppState>, RawQuery(query): RawQuery) -> Result<Html<String>, WebError> {
    let SearchRequest { filter, page, per_page, sort } = parse(query.as_deref(), 25)?;
    let results = app.app.search_page(&filter, sort, page, per_page).await?;
    let cycles = app.store.cycle_counts().await?;
    let last_page = results.total.div_ceil(u64::from(per_page)).max(1);
    let link = |p: u32| format!("/?{}", to_query(&filter, p));
    let page = HomePage {
        total_stored: cycles.iter().map(|c| c.recommendations).sum(),
        cycles,
        states: app.store.state_names().await?,
        q: filter.q.clone().unwrap_or_default(),
        sur: filter.sur.first().cloned().unwrap_or_default().to_uppercase(),
        cycle: filter.cycle.first().map(|c| c.to_string()).unwrap_or_default(),
        response: filter.response.first().cloned().unwrap_or_default(),
        previous: (page > 1).then(|| link(page - 1)),
        next: (u64::from(page) < last_page).then(|| link(page + 1)),
        last_page,
        results,
    };
    Ok(Html(page.render()?))
}
