//! The home page: which State you work on (remembered in a cookie) and what comes next for
//! it; then what the database holds per cycle, and a paged list of recommendations.

use crate::labels::{state_name, states};
use crate::query::{SearchRequest, parse, to_query};
use crate::routes::calendar::{reviewed_state_names, why_no_review};
use crate::routes::home_pick::{remember, remembered, suggestions};
use crate::routes::state_review::{NextReview, next_review};
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Query, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use chrono::Utc;
use uprkit_core::Iso3;
use uprkit_core::search::SearchPage;
use uprkit_store::CycleCount;

pub fn router() -> Router<AppState> {
    Router::new().route("/", get(show)).route("/my-state", get(choose))
}

/// The State the visitor works on, as the home page leads with it.
struct Lead {
    iso3: String,
    name: String,
    /// Why it has no review (observer States).
    no_review: Option<String>,
    next: Option<NextReview>,
}

/// What the State picker answers when no State has the name typed.
struct Unknown {
    typed: String,
    /// Close names: (ISO3, name in the current language).
    suggestions: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    lead: Option<Lead>,
    unknown: Option<Unknown>,
    /// Every reviewed State's name in the current language, sorted, for the picker's list.
    state_names: Vec<(String, String)>,
    cycles: Vec<CycleCount>,
    total_stored: u64,
    results: SearchPage,
    /// Every State's code and name in the current language, sorted, for the filter.
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
    /// A count with the language's digit grouping (templates hand over references).
    fn count(n: &u64) -> String {
        crate::i18n::num(*n)
    }

    fn percent(part: &u64, whole: &u64) -> u64 {
        if *whole == 0 { 0 } else { (part * 100 + whole / 2) / whole }
    }
}

/// The remembered State with its next review, or why it has none.
async fn lead(app: &AppState, sur: Iso3) -> Result<Lead, WebError> {
    let today = Utc::now().date_naive();
    let observer = states().get(sur.as_str()).is_some_and(|s| s.observer);
    let no_review = if observer { why_no_review(&sur, 1) } else { None };
    let next = if observer { None } else { next_review(app, &sur, today).await? };
    Ok(Lead { iso3: sur.to_string(), name: state_name(sur.as_str()), no_review, next })
}

/// Every State's code and name in the current language, in the language's order.
fn all_state_names() -> Vec<(String, String)> {
    let mut names: Vec<(String, String)> =
        states().states().iter().map(|s| (s.iso3.to_string(), state_name(s.iso3.as_str()))).collect();
    crate::i18n::sort_by_name(&mut names, |(_, n)| n.as_str());
    names
}

async fn render(
    app: &AppState,
    query: Option<&str>,
    lead: Option<Lead>,
    unknown: Option<Unknown>,
) -> Result<String, WebError> {
    let SearchRequest { filter, page, per_page, sort } = parse(query, 25)?;
    let results = app.app.search_page(&filter, sort, page, per_page).await?;
    let cycles = app.store.cycle_counts().await?;
    let last_page = results.total.div_ceil(u64::from(per_page)).max(1);
    let link = |p: u32| format!("/?{}", to_query(&filter, p));
    let page = HomePage {
        lead,
        unknown,
        state_names: reviewed_state_names(),
        total_stored: cycles.iter().map(|c| c.recommendations).sum(),
        cycles,
        states: all_state_names(),
        q: filter.q.clone().unwrap_or_default(),
        sur: filter.sur.first().cloned().unwrap_or_default().to_uppercase(),
        cycle: filter.cycle.first().map(|c| c.to_string()).unwrap_or_default(),
        response: filter.response.first().cloned().unwrap_or_default(),
        previous: (page > 1).then(|| link(page - 1)),
        next: (u64::from(page) < last_page).then(|| link(page + 1)),
        last_page,
        results,
    };
    Ok(page.render()?)
}

async fn show(
    State(app): State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Html<String>, WebError> {
    let lead = match remembered(&headers) {
        Some(sur) => Some(lead(&app, sur).await?),
        None => None,
    };
    Ok(Html(render(&app, query.as_deref(), lead, None).await?))
}

#[derive(serde::Deserialize)]
struct Choice {
    state: Option<String>,
}

/// `/my-state?state=Sri+Lanka`: remembers the State and goes back to the home page, which now
/// leads with it; a name no State has gets the home page with close suggestions (not an
/// error: the form works, the name does not).
async fn choose(
    State(app): State<AppState>,
    headers: HeaderMap,
    Query(choice): Query<Choice>,
) -> Result<Response, WebError> {
    let typed: String = choice.state.unwrap_or_default().chars().take(200).collect();
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok((StatusCode::SEE_OTHER, [(header::LOCATION, "/")]).into_response());
    }
    if let Ok(sur) = states().resolve(typed) {
        let cookie = remember(&sur);
        return Ok((StatusCode::SEE_OTHER, [(header::LOCATION, "/".to_string()), (header::SET_COOKIE, cookie)])
            .into_response());
    }
    let unknown = Unknown { typed: typed.to_string(), suggestions: suggestions(typed, 5) };
    let lead = match remembered(&headers) {
        Some(sur) => Some(lead(&app, sur).await?),
        None => None,
    };
    Ok(Html(render(&app, None, lead, Some(unknown)).await?).into_response())
}
