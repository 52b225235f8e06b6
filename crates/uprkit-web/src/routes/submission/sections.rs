//! The builder's own forms: add a section (`POST /workspaces/{id}/sections`) and set the annex's
//! assessment of a cited recommendation (`POST /workspaces/{id}/citations/{recommendation_id}`).

use super::form::SectionForm;
use crate::auth::Auth;
use crate::{AppState, WebError};
use axum::extract::{Form, Path, State};
use axum::http::HeaderMap;
use axum::response::Redirect;
use serde::Deserialize;

/// Adds a section at the end of its kind's place and opens its editor.
pub(super) async fn add(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<SectionForm>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    auth.signed_in()?;
    let edit = form.edit()?;
    let section = app.app.add_section(&auth.actor, id, &edit).await?;
    Ok(Redirect::to(&super::section_url(section)))
}

#[derive(Deserialize)]
pub(super) struct AssessmentForm {
    #[serde(default)]
    assessment: String,
    csrf: Option<String>,
}

/// Records what the submission says became of a cited recommendation; back to the annex.
pub(super) async fn assess(
    State(app): State<AppState>,
    auth: Auth,
    Path((id, recommendation_id)): Path<(i64, i64)>,
    headers: HeaderMap,
    Form(form): Form<AssessmentForm>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    auth.signed_in()?;
    app.app.assess_citation(&auth.actor, id, recommendation_id, &form.assessment).await?;
    Ok(Redirect::to(&format!("/workspaces/{id}/submission#citation-{recommendation_id}")))
}
