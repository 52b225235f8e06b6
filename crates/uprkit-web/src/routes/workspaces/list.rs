//! `GET /workspaces`: the workspaces the viewer may see, newest first, each with its review's
//! next deadline and a countdown.

use super::audience;
use crate::auth::Auth;
use crate::labels::state_name;
use crate::routes::calendar::countdown;
use crate::routes::state_review::Step;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::State;
use axum::response::Html;
use chrono::{NaiveDate, Utc};
use uprkit_core::Iso3;

/// One workspace in the list.
pub(crate) struct WorkspaceRow {
    pub id: i64,
    pub title: String,
    pub sur: String,
    pub state: String,
    pub cycle: i64,
    pub organisation: String,
    pub audience: String,
    /// The review's next moment from today, if any is ahead.
    pub next: Option<Step>,
}

/// The moments of a review still ahead on `today` (the review page's dates), with countdowns;
/// empty when the calendar has no such review.
pub(crate) async fn coming_moments(
    app: &AppState,
    sur: &str,
    cycle: i64,
    today: NaiveDate,
) -> Result<Vec<Step>, WebError> {
    let (Ok(sur), Ok(cycle)) = (Iso3::parse(sur), u8::try_from(cycle)) else { return Ok(Vec::new()) };
    let Some(calendar) = app.app.review_calendar(&sur, cycle).await? else { return Ok(Vec::new()) };
    Ok(calendar
        .moments
        .into_iter()
        .filter(|m| m.date >= today)
        .map(|m| Step { countdown: countdown(today, m.date), moment: m })
        .collect())
}

/// The viewer's workspaces as list rows (`review`: only those of one State and cycle).
pub(crate) async fn workspace_rows(
    app: &AppState,
    auth: &Auth,
    review: Option<(&str, i64)>,
) -> Result<Vec<WorkspaceRow>, WebError> {
    let today = Utc::now().date_naive();
    let mut rows = Vec::new();
    for w in app.app.workspaces(&auth.actor, review).await? {
        let next = coming_moments(app, &w.record.sur, w.record.cycle, today).await?.into_iter().next();
        rows.push(WorkspaceRow {
            id: w.id,
            audience: audience(app, auth, &w).await?,
            title: w.record.title.clone(),
            state: state_name(&w.record.sur),
            sur: w.record.sur.clone(),
            cycle: w.record.cycle,
            organisation: w.organisation.clone(),
            next,
        });
    }
    Ok(rows)
}

#[derive(Template)]
#[template(path = "workspaces.html")]
struct WorkspacesPage {
    rows: Vec<WorkspaceRow>,
}

/// `GET /workspaces`.
pub async fn list(State(app): State<AppState>, auth: Auth) -> Result<Html<String>, WebError> {
    auth.signed_in()?;
    let rows = workspace_rows(&app, &auth, None).await?;
    Ok(Html(WorkspacesPage { rows }.render()?))
}
