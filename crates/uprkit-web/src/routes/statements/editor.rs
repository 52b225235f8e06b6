//! `GET /statements/{id}`: the statement's editor (title, kind, status, partner, speaker, pace,
//! language of the labels, the text with a live word count and reading time), its check, the
//! calendar's moments, the downloads and the practice view's link; `POST` saves it;
//! `POST /statements/{id}/delete` deletes it.

use super::{MomentRow, StatementForm, kind_label, kinds, languages, moment_rows, statuses, warning_text};
use crate::auth::Auth;
use crate::routes::workspaces::{may_govern, may_write};
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use chrono::Utc;
use uprkit_app::statements::StatementReport;
use uprkit_core::statement::{MAX_PACE, MIN_PACE};
use uprkit_core::submission::markup;
use uprkit_store::{Owned, Statement, Workspace};

#[derive(Template)]
#[template(path = "statement.html")]
struct EditorPage {
    s: Owned<Statement>,
    w: Owned<Workspace>,
    kind: String,
    report: StatementReport,
    warnings: Vec<String>,
    moments: Vec<MomentRow>,
    kinds: Vec<(&'static str, String)>,
    statuses: Vec<(&'static str, String)>,
    languages: Vec<(&'static str, &'static str)>,
    preview: String,
    can_write: bool,
    can_delete: bool,
    csrf: String,
    max_bytes: usize,
    min_pace: u32,
    max_pace: u32,
    script: &'static str,
}

impl EditorPage {
    fn kind_value(&self) -> &'static str {
        self.s.record.kind.as_str()
    }
    fn status_value(&self) -> &'static str {
        self.s.record.accreditation.as_str()
    }
    fn oral(&self) -> bool {
        self.kind_value() == "oral"
    }
}

/// `GET /statements/{id}`.
pub(super) async fn page(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Html<String>, WebError> {
    let s = app.app.statement(&auth.actor, id).await?;
    let w = app.app.workspace(&auth.actor, s.record.workspace_id).await?;
    let today = Utc::now().date_naive();
    let report = app.app.check_statement(&auth.actor, id, today).await?;
    let page = EditorPage {
        kind: kind_label(&s.record.kind),
        warnings: report.check.warnings.iter().map(warning_text).collect(),
        moments: moment_rows(&report.moments, today),
        kinds: kinds(),
        statuses: statuses(),
        languages: languages(),
        preview: markup::to_html(&markup::parse(&s.record.body), &|rec| format!("/recommendations/{rec}")),
        can_write: may_write(&app, &auth, &w).await?,
        can_delete: may_govern(&auth, &w),
        csrf: auth.csrf(),
        max_bytes: uprkit_store::STATEMENT_MAX_BYTES,
        min_pace: MIN_PACE,
        max_pace: MAX_PACE,
        script: super::script::url(),
        report,
        s,
        w,
    };
    Ok(Html(page.render()?))
}

/// `POST /statements/{id}`.
pub(super) async fn save(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<StatementForm>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    let edit = form.edit()?;
    app.app.change_statement(&auth.actor, id, &edit).await?;
    Ok(Redirect::to(&format!("/statements/{id}")))
}

/// The delete form's fields.
#[derive(serde::Deserialize)]
pub(super) struct DeleteForm {
    csrf: Option<String>,
}

/// `POST /statements/{id}/delete`.
pub(super) async fn delete(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<DeleteForm>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    let s = app.app.statement(&auth.actor, id).await?;
    app.app.delete_statement(&auth.actor, id).await?;
    Ok(Redirect::to(&format!("/workspaces/{}/statements", s.record.workspace_id)))
}
