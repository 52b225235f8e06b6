//! `/api/v1/workspaces/{id}/consultations` and `/api/v1/consultations/{id}`: the national
//! consultations a workspace's organisations held or attended, with the issues raised.

use crate::JsonError;
use crate::auth::Auth;
use crate::error::ErrorBody;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use serde::Deserialize;
use uprkit_store::{Consultation, Owned, RaisedIssue};

/// A consultation as its writer sends it.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct ConsultationValues {
    /// Day it was held (YYYY-MM-DD).
    held_on: String,
    /// Town, venue or "online".
    #[serde(default)]
    place: String,
    /// Who organised it (the government, the NHRI, a coalition...).
    #[serde(default)]
    organised_by: String,
    /// Participating organisations, one per line.
    #[serde(default)]
    participants: String,
    /// Issues raised, each optionally linked to a section of the same workspace.
    #[serde(default)]
    issues_raised: Vec<RaisedIssue>,
}

impl ConsultationValues {
    fn into_consultation(self, workspace_id: i64) -> Result<Consultation, WebError> {
        let held_on = self.held_on.trim().to_string();
        if chrono::NaiveDate::parse_from_str(&held_on, "%Y-%m-%d").is_err() {
            return Err(WebError::BadRequest(format!("held_on: {held_on:?} is not a date like 2026-03-14")).json());
        }
        Ok(Consultation {
            workspace_id,
            held_on,
            place: self.place,
            organised_by: self.organised_by,
            participants: self.participants,
            issues_raised: self.issues_raised,
        })
    }
}

/// `GET /api/v1/workspaces/{id}/consultations`: by date.
#[utoipa::path(
    get,
    path = "/workspaces/{id}/consultations",
    summary = "A workspace's national consultations, by date",
    params(("id" = i64, Path, description = "The workspace")),
    responses(
        (status = 200, description = "Consultations", body = [Owned<Consultation>]),
        (status = 404, description = "No such workspace, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn list(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Vec<Owned<Consultation>>>, WebError> {
    Ok(Json(app.app.consultations(&auth.actor, id).await.json_error()?))
}

/// `POST /api/v1/workspaces/{id}/consultations`: records one; answers 201 with it.
#[utoipa::path(
    post,
    path = "/workspaces/{id}/consultations",
    summary = "Record a national consultation",
    params(("id" = i64, Path, description = "The workspace")),
    request_body = inline(ConsultationValues),
    responses(
        (status = 201, description = "The consultation", body = Owned<Consultation>),
        (status = 400, description = "Invalid values, or an issue linked to a section of another workspace", body = ErrorBody),
        (status = 403, description = "Not an editor, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such workspace, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn create(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Json(v): Json<ConsultationValues>,
) -> Result<(StatusCode, Json<Owned<Consultation>>), WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    let consultation = v.into_consultation(id)?;
    let made = app.app.record_consultation(&auth.actor, id, &consultation).await.json_error()?;
    Ok((StatusCode::CREATED, Json(app.app.consultation(&auth.actor, made).await.json_error()?)))
}

/// `GET /api/v1/consultations/{id}`.
#[utoipa::path(
    get,
    path = "/consultations/{id}",
    summary = "One consultation, if the caller may see it",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "The consultation", body = Owned<Consultation>),
        (status = 404, description = "No such consultation, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn show(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Owned<Consultation>>, WebError> {
    Ok(Json(app.app.consultation(&auth.actor, id).await.json_error()?))
}

/// `PUT /api/v1/consultations/{id}`: replaces its values; answers with it.
#[utoipa::path(
    put,
    path = "/consultations/{id}",
    summary = "Change a consultation",
    params(("id" = i64, Path)),
    request_body = inline(ConsultationValues),
    responses(
        (status = 200, description = "The consultation as changed", body = Owned<Consultation>),
        (status = 400, description = "Invalid values", body = ErrorBody),
        (status = 403, description = "Not an editor, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such consultation, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn update(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Json(v): Json<ConsultationValues>,
) -> Result<Json<Owned<Consultation>>, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    let before = app.app.consultation(&auth.actor, id).await.json_error()?;
    let consultation = v.into_consultation(before.record.workspace_id)?;
    app.app.change_consultation(&auth.actor, id, &consultation).await.json_error()?;
    Ok(Json(app.app.consultation(&auth.actor, id).await.json_error()?))
}

/// `DELETE /api/v1/consultations/{id}`: answers 204.
#[utoipa::path(
    delete,
    path = "/consultations/{id}",
    summary = "Delete a consultation",
    params(("id" = i64, Path)),
    responses(
        (status = 204, description = "Deleted"),
        (status = 403, description = "Not an editor of its organisation, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such consultation, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn delete(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<StatusCode, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    app.app.delete_consultation(&auth.actor, id).await.json_error()?;
    Ok(StatusCode::NO_CONTENT)
}
