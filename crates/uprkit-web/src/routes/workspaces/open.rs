//! `POST /workspaces`: "Prepare for this review" opens a workspace for the viewer's
//! organisation (or one of its coalitions, for a joint submission) and goes to it.

use crate::auth::Auth;
use crate::{AppState, WebError};
use axum::extract::{Form, State};
use axum::http::HeaderMap;
use axum::response::Redirect;
use serde::Deserialize;
use uprkit_app::workspaces::WorkspaceOpening;

/// The "Prepare for this review" form.
#[derive(Deserialize)]
pub struct OpenForm {
    organisation_id: i64,
    sur: String,
    cycle: i64,
    /// Empty for a single organisation's workspace.
    coalition_id: Option<String>,
    csrf: Option<String>,
}

/// `POST /workspaces`.
pub async fn open(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Form(form): Form<OpenForm>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    auth.signed_in()?;
    let coalition_id = match form.coalition_id.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        Some(c) => Some(c.parse().map_err(|_| WebError::BadRequest("coalition: a coalition's number".into()))?),
        None => None,
    };
    let opening = WorkspaceOpening {
        organisation_id: form.organisation_id,
        sur: form.sur,
        cycle: form.cycle,
        coalition_id,
        title: None,
    };
    let id = app.app.open_workspace(&auth.actor, &opening).await?;
    Ok(Redirect::to(&format!("/workspaces/{id}")))
}
