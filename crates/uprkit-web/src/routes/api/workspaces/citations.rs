//! `PUT /api/v1/workspaces/{id}/citations/{recommendation_id}`: what the submission says
//! became of a cited recommendation (the last column of the annex).

use crate::JsonError;
use crate::auth::Auth;
use crate::error::ErrorBody;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use serde::Deserialize;

/// The body of `PUT /api/v1/workspaces/{id}/citations/{recommendation_id}`.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct Assessment {
    /// What became of the recommendation, in the submission's words; empty clears it.
    assessment: String,
}

/// `PUT /api/v1/workspaces/{id}/citations/{recommendation_id}`: sets the assessment; 204.
#[utoipa::path(
    put,
    path = "/workspaces/{id}/citations/{recommendation_id}",
    summary = "Assess a cited recommendation",
    description = "Editors of the workspace's organisations write what became of a previous recommendation; the annex \"Implementation of previous recommendations\" shows it beside the recommendation and its position.",
    params(("id" = i64, Path, description = "The workspace"), ("recommendation_id" = i64, Path)),
    request_body = inline(Assessment),
    responses(
        (status = 204, description = "Saved"),
        (status = 403, description = "Not an editor of the workspace's organisations, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such workspace or recommendation, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn assess(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path((id, recommendation_id)): Path<(i64, i64)>,
    Json(a): Json<Assessment>,
) -> Result<StatusCode, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    app.app.assess_citation(&auth.actor, id, recommendation_id, &a.assessment).await.json_error()?;
    Ok(StatusCode::NO_CONTENT)
}
