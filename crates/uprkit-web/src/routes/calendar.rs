//! The review calendar on the web: upcoming sessions with countdowns, a review's timeline, and
//! iCalendar feeds per review and per session.

use crate::i18n::{t, t1, t2};
use crate::labels::{state_name, states};
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use chrono::{NaiveDate, Utc};
use uprkit_app::calendar::plans;
use uprkit_core::Iso3;
use uprkit_core::calendar::rotation::ListBasis;
use uprkit_core::calendar::{Basis, Moment, MomentKind, ReviewCalendar, SessionPlan, submission_deadline};
use uprkit_docs::ical::{review_feed as ics, session_feed};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/calendar", get(upcoming))
        .route("/sessions/{file}", get(session_page))
        .route("/reviews/{iso3}/{cycle}", get(review_page))
        .route("/reviews/{iso3}/{cycle}/calendar.ics", get(review_feed))
}

/// The class that styles a basis: the same in every language.
pub fn basis_class(b: &Basis) -> &'static str {
    match b {
        Basis::Official => "official",
        Basis::Announced => "announced",
        Basis::Rule => "rule",
        Basis::Estimate => "estimate",
    }
}

/// How a date is known, in words: "official", "announced", "UN rule", "estimate".
pub fn basis_label(b: &Basis) -> String {
    t(&format!("basis-{}", basis_class(b)))
}

/// The basis note of an announced date ("announced by OHCHR (extended deadline)") in the
/// language of the request; a status the catalogue does not know stays as the source wrote it.
pub fn basis_note(note: &str) -> String {
    let Some(rest) = note.strip_prefix("announced by OHCHR") else {
        return note.to_string();
    };
    let status = rest.trim().trim_start_matches('(').trim_end_matches(')').trim();
    match status {
        "" => t("basis-note-announced"),
        "extended deadline" => t1("basis-note-announced-status", "status", t("basis-status-extended")),
        "announced, may have changed" => t1("basis-note-announced-status", "status", t("basis-status-may-change")),
        other => t1("basis-note-announced-status", "status", other),
    }
}

/// A moment's title in the language of the request.
pub fn moment_title(kind: &MomentKind) -> String {
    t(&format!("moment-{}-title", kind.name().replace('_', "-")))
}

/// What to do at a moment, in the language of the request.
pub fn moment_guidance(kind: &MomentKind) -> String {
    t(&format!("moment-{}-guidance", kind.name().replace('_', "-")))
}

pub fn list_label(b: &ListBasis) -> String {
    t(match b {
        ListBasis::Official => "list-official",
        ListBasis::Inferred => "list-inferred",
        ListBasis::Projected => "list-projected",
    })
}

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// "in 12 days", "today", "3 days ago".
pub fn countdown(from: NaiveDate, to: NaiveDate) -> String {
    match (to - from).num_days() {
        0 => t("countdown-today"),
        1 => t("countdown-tomorrow"),
        -1 => t("countdown-yesterday"),
        n if n > 0 => t1("countdown-in", "n", n),
        n => t1("countdown-ago", "n", -n),
    }
}

struct SessionRow {
    plan: &'static SessionPlan,
    states: Vec<(String, String)>,
    countdown: String,
    /// The submission deadline as the session's review pages show it.
    deadline: Option<Moment>,
    deadline_countdown: String,
}

#[derive(Template)]
#[template(path = "calendar.html")]
struct UpcomingPage {
    today: NaiveDate,
    sessions: Vec<SessionRow>,
    /// What was typed in the State picker.
    picked: String,
    /// The picked name when no State has it.
    unknown: Option<String>,
    /// Every State's code and name in the current language, sorted, for the picker's list.
    state_names: Vec<(String, String)>,
}

#[derive(serde::Deserialize)]
struct Pick {
    state: Option<String>,
}

/// The picker's answer: the State's next review (its latest when none is ahead).
fn picked_review(name: &str, today: NaiveDate) -> Option<String> {
    let sur = states().resolve(name).ok()?;
    let reviews: Vec<&SessionPlan> = plans().iter().filter(|p| p.states.contains(&sur)).collect();
    let plan = reviews.iter().find(|p| p.end >= today).or(reviews.last())?;
    Some(format!("/reviews/{}/{}", sur.as_str(), plan.cycle))
}

/// Every reviewed State's code and name in the current language, in its collation order.
pub fn reviewed_state_names() -> Vec<(String, String)> {
    let mut names: Vec<(String, String)> = states()
        .states()
        .iter()
        .filter(|s| !s.observer)
        .map(|s| (s.iso3.to_string(), state_name(s.iso3.as_str())))
        .collect();
    crate::i18n::sort_by_name(&mut names, |(_, n)| n.as_str());
    names
}

async fn upcoming(axum::extract::Query(pick): axum::extract::Query<Pick>) -> Result<Response, WebError> {
    let today = today();
    let picked = pick.state.unwrap_or_default().chars().take(200).collect::<String>();
    let mut unknown = None;
    if !picked.trim().is_empty() {
        match picked_review(&picked, today) {
            Some(to) => return Ok((StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response()),
            None => unknown = Some(picked.trim().to_string()),
        }
    }
    let sessions = plans()
        .iter()
        .filter(|p| p.end >= today)
        .take(8)
        .map(|plan| {
            // One function for this line and the review pages, so both show the same date.
            let deadline = submission_deadline(plan);
            SessionRow {
                plan,
                states: plan.states.iter().map(|s| (s.to_string(), state_name(s.as_str()))).collect(),
                countdown: countdown(today, plan.start),
                deadline_countdown: deadline.as_ref().map(|m| countdown(today, m.date)).unwrap_or_default(),
                deadline,
            }
        })
        .collect();
    let page = UpcomingPage { today, sessions, picked, unknown, state_names: reviewed_state_names() };
    Ok(Html(page.render()?).into_response())
}

#[derive(Template)]
#[template(path = "review.html")]
struct ReviewPage {
    r: ReviewCalendar,
    today: NaiveDate,
    next: Option<usize>,
    other_cycles: Vec<u8>,
    /// "Prepare for this review" (workspaces).
    prepare: crate::routes::workspaces::prepare::Prepare,
}

/// Why a State has no review in a cycle, in plain words; `None` when it has one.
pub fn why_no_review(sur: &Iso3, cycle: u8) -> Option<String> {
    let state = states().get(sur.as_str())?;
    if state.observer {
        return Some(t1("no-review-why-observer", "state", state_name(sur.as_str())));
    }
    if plans().iter().any(|p| p.cycle == cycle && p.states.contains(sur)) {
        return None;
    }
    Some(t2("no-review-why-cycle", "state", state_name(sur.as_str()), "cycle", cycle))
}

/// The review of `iso3` in `cycle`, or a 404 that says why there is none.
async fn review_of(app: &AppState, iso3: &str, cycle: u8) -> Result<ReviewCalendar, WebError> {
    let sur = states().resolve(iso3).map_err(|_| WebError::NotFound)?;
    match app.app.review_calendar(&sur, cycle).await? {
        Some(r) => Ok(r),
        None => Err(why_no_review(&sur, cycle).map(WebError::NotFoundBecause).unwrap_or(WebError::NotFound)),
    }
}

#[derive(Template)]
#[template(path = "no_review.html")]
struct NoReviewPage {
    iso3: String,
    name: String,
    observer: bool,
    why: String,
}

async fn review_page(
    State(app): State<AppState>,
    auth: crate::auth::Auth,
    Path((iso3, cycle)): Path<(String, u8)>,
) -> Result<Response, WebError> {
    let r = match review_of(&app, &iso3, cycle).await {
        Ok(r) => r,
        // A page of its own, with somewhere to go: still a 404, since the review does not exist
        // (a link checker or a search engine must not take it for one).
        Err(WebError::NotFoundBecause(why)) => {
            let state =
                states().resolve(&iso3).ok().and_then(|c| states().get(c.as_str())).ok_or(WebError::NotFound)?;
            let page = NoReviewPage {
                iso3: state.iso3.to_string(),
                name: state_name(state.iso3.as_str()),
                observer: state.observer,
                why,
            };
            return Ok((StatusCode::NOT_FOUND, Html(page.render()?)).into_response());
        }
        Err(e) => return Err(e),
    };
    let mut r = r;
    r.sur_name = state_name(r.sur.as_str());
    let today = today();
    let next = r.moments.iter().position(|m| m.window_end >= today);
    let other_cycles =
        plans().iter().filter(|p| p.states.contains(&r.sur) && p.cycle != cycle).map(|p| p.cycle).collect();
    let prepare = crate::routes::workspaces::prepare::prepare(&app, &auth, r.sur.as_str(), r.cycle).await?;
    Ok(Html(ReviewPage { r, today, next, other_cycles, prepare }.render()?).into_response())
}

/// The site's own address, for links inside calendar events: the configured public URL,
/// never the request's Host header.
pub fn base(app: &AppState) -> Option<String> {
    Some(app.config.public_url.clone())
}

pub fn ics_response(name: &str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("inline; filename=\"{name}.ics\"")),
        ],
        body,
    )
        .into_response()
}

async fn review_feed(
    State(app): State<AppState>,
    Path((iso3, cycle)): Path<(String, u8)>,
) -> Result<Response, WebError> {
    let r = review_of(&app, &iso3, cycle).await?;
    let title = format!("UPR: {} cycle {}", r.sur_name, r.cycle);
    Ok(ics_response(&format!("upr-{}-{}", r.sur, r.cycle), ics(&title, &[r], base(&app).as_deref())))
}

#[derive(Template)]
#[template(path = "session.html")]
struct SessionPage {
    plan: &'static SessionPlan,
    reviews: Vec<ReviewCalendar>,
}

/// `/sessions/48` (page) or `/sessions/48.ics` (feed of the session's dates and deadlines).
async fn session_page(State(app): State<AppState>, Path(file): Path<String>) -> Result<Response, WebError> {
    let (number, feed) = match file.strip_suffix(".ics") {
        Some(n) => (n, true),
        None => (file.as_str(), false),
    };
    let number: u16 = number.parse().map_err(|_| WebError::NotFound)?;
    let (plan, reviews) = app.app.session_calendars(number).await?.ok_or(WebError::NotFound)?;
    if feed {
        return Ok(ics_response(&format!("upr-session-{number}"), session_feed(plan, &reviews, base(&app).as_deref())));
    }
    let mut reviews = reviews;
    for r in &mut reviews {
        r.sur_name = state_name(r.sur.as_str());
    }
    crate::i18n::sort_by_name(&mut reviews, |r| r.sur_name.as_str());
    Ok(Html(SessionPage { plan, reviews }.render()?).into_response())
}
