//! `GET /workspaces/{id}/statements`: a workspace's statements with their words and reading
//! time, the calendar's moments for the adoption, and the form to write a new one; `POST`
//! writes it and opens its editor.

use super::{MomentRow, StatementForm, kind_label, kinds, moment_rows, statuses};
use crate::auth::Auth;
use crate::routes::workspaces::{may_write, workspace};
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use chrono::Utc;
use uprkit_core::statement::{DEFAULT_PACE, MAX_PACE, MIN_PACE, StatementCheck, check};
use uprkit_store::{Owned, Workspace};

/// One statement in the list.
struct Row {
    id: i64,
    title: String,
    kind: String,
    check: StatementCheck,
}

#[derive(Template)]
#[template(path = "statements.html")]
struct StatementsPage {
    w: Owned<Workspace>,
    rows: Vec<Row>,
    moments: Vec<MomentRow>,
    kinds: Vec<(&'static str, String)>,
    statuses: Vec<(&'static str, String)>,
    can_write: bool,
    csrf: String,
    pace: u32,
    min_pace: u32,
    max_pace: u32,
}

/// `GET /workspaces/{id}/statements`.
pub(super) async fn list(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Html<String>, WebError> {
    let w = workspace(&app, &auth, id).await?;
    let today = Utc::now().date_naive();
    let rows = app
        .app
        .statements(&auth.actor, id)
        .await?
        .into_iter()
        .map(|s| {
            let r = &s.record;
            Row {
                id: s.id,
                title: r.title.clone(),
                kind: kind_label(&r.kind),
                check: check(r.kind, r.accreditation, u32::try_from(r.pace).unwrap_or_default(), &r.body, &r.partner),
            }
        })
        .collect();
    let moments = app.app.statement_moments(&w.record.sur, w.record.cycle, None, today).await?;
    let page = StatementsPage {
        rows,
        moments: moment_rows(&moments, today),
        kinds: kinds(),
        statuses: statuses(),
        can_write: may_write(&app, &auth, &w).await?,
        csrf: auth.csrf(),
        pace: DEFAULT_PACE,
        min_pace: MIN_PACE,
        max_pace: MAX_PACE,
        w,
    };
    Ok(Html(page.render()?))
}

/// `POST /workspaces/{id}/statements`.
pub(super) async fn create(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<StatementForm>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    let edit = form.edit()?;
    let sid = app.app.create_statement(&auth.actor, id, &edit).await?;
    Ok(Redirect::to(&format!("/statements/{sid}")))
}
