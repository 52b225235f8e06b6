//! `/api/v1/workspaces/{id}/statements` and `/api/v1/statements/{id}`: statements at the
//! adoption in the Human Rights Council (issue 15), their check against the 2 minutes or the
//! written limit with the calendar's moments, and their files.

use crate::JsonError;
use crate::auth::Auth;
use crate::error::ErrorBody;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use uprkit_app::statements::{StatementEdit, StatementReport};
use uprkit_app::workspaces::SubmissionFormat;
use uprkit_core::statement::{Accreditation, StatementKind};
use uprkit_store::{Owned, Statement};

/// The routes of the statements API.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/workspaces/{id}/statements", get(list).post(create))
        .route("/statements/{id}", get(show).put(update).delete(delete))
        .route("/statements/{id}/check", get(check))
        .route("/statements/{id}/statement.docx", get(docx))
        .route("/statements/{id}/statement.pdf", get(pdf))
}

/// A statement as its writer sends it.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct StatementValues {
    /// `oral` or `written`.
    kind: String,
    /// Title.
    title: String,
    /// The text, in the builder's markup (footnotes `^[...]`).
    #[serde(default)]
    body: String,
    /// Speaking pace in words a minute (60-220; default 130).
    #[serde(default)]
    pace: Option<i64>,
    /// `general`, `special`, `roster` or `through_partner`.
    accreditation: String,
    /// The organisation it is made for, as printed (default: the workspace's organisations).
    #[serde(default)]
    organisation_name: Option<String>,
    /// The accredited partner that delivers or submits it.
    #[serde(default)]
    partner: String,
    /// Who speaks.
    #[serde(default)]
    speaker: String,
    /// Language of the document's labels: `en`, `fr`, `es` (default `en`).
    #[serde(default)]
    language: Option<String>,
}

impl StatementValues {
    fn into_edit(self) -> Result<StatementEdit, WebError> {
        let kind = StatementKind::parse(&self.kind)
            .ok_or_else(|| WebError::BadRequest(format!("kind: {:?} is not oral or written", self.kind)).json())?;
        let accreditation = Accreditation::parse(&self.accreditation).ok_or_else(|| {
            WebError::BadRequest(format!(
                "accreditation: {:?} is not general, special, roster or through_partner",
                self.accreditation
            ))
            .json()
        })?;
        Ok(StatementEdit {
            kind,
            title: self.title,
            body: self.body,
            pace: self.pace,
            accreditation,
            organisation_name: self.organisation_name,
            partner: self.partner,
            speaker: self.speaker,
            language: self.language,
        })
    }
}

/// `GET /api/v1/workspaces/{id}/statements`.
#[utoipa::path(
    get,
    path = "/workspaces/{id}/statements",
    summary = "A workspace's statements for the adoption at the Human Rights Council",
    params(("id" = i64, Path, description = "The workspace")),
    responses(
        (status = 200, description = "Statements, oldest first", body = [Owned<Statement>]),
        (status = 404, description = "No such workspace, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn list(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Vec<Owned<Statement>>>, WebError> {
    Ok(Json(app.app.statements(&auth.actor, id).await.json_error()?))
}

/// `POST /api/v1/workspaces/{id}/statements`: answers 201 with the statement.
#[utoipa::path(
    post,
    path = "/workspaces/{id}/statements",
    summary = "Write a statement",
    params(("id" = i64, Path, description = "The workspace")),
    request_body = inline(StatementValues),
    responses(
        (status = 201, description = "The statement", body = Owned<Statement>),
        (status = 400, description = "Invalid values (kind, status, pace, language, title)", body = ErrorBody),
        (status = 403, description = "Not an editor, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such workspace, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn create(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Json(v): Json<StatementValues>,
) -> Result<(StatusCode, Json<Owned<Statement>>), WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    let made = app.app.create_statement(&auth.actor, id, &v.into_edit()?).await.json_error()?;
    Ok((StatusCode::CREATED, Json(app.app.statement(&auth.actor, made).await.json_error()?)))
}

/// `GET /api/v1/statements/{id}`.
#[utoipa::path(
    get,
    path = "/statements/{id}",
    summary = "One statement, if the caller may see it",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "The statement", body = Owned<Statement>),
        (status = 404, description = "No such statement, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn show(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Owned<Statement>>, WebError> {
    Ok(Json(app.app.statement(&auth.actor, id).await.json_error()?))
}

/// `PUT /api/v1/statements/{id}`: replaces its values; answers with it.
#[utoipa::path(
    put,
    path = "/statements/{id}",
    summary = "Change a statement",
    params(("id" = i64, Path)),
    request_body = inline(StatementValues),
    responses(
        (status = 200, description = "The statement as changed", body = Owned<Statement>),
        (status = 400, description = "Invalid values", body = ErrorBody),
        (status = 403, description = "Not an editor, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such statement, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn update(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Json(v): Json<StatementValues>,
) -> Result<Json<Owned<Statement>>, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    app.app.change_statement(&auth.actor, id, &v.into_edit()?).await.json_error()?;
    Ok(Json(app.app.statement(&auth.actor, id).await.json_error()?))
}

/// `DELETE /api/v1/statements/{id}`: answers 204.
#[utoipa::path(
    delete,
    path = "/statements/{id}",
    summary = "Delete a statement",
    params(("id" = i64, Path)),
    responses(
        (status = 204, description = "Deleted"),
        (status = 403, description = "Not an editor of its organisation, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such statement, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn delete(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<StatusCode, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    app.app.delete_statement(&auth.actor, id).await.json_error()?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/statements/{id}/check`: words, limit, reading time, warnings, moments.
#[utoipa::path(
    get,
    path = "/statements/{id}/check",
    summary = "Check a statement against its limits and the calendar",
    description = "An oral statement is timed at its speaking pace against 2 minutes (footnotes are not read); a written one is counted with its footnotes against 2,000 words (general status) or 1,500 (special status, roster, or through a partner). The moments are the registration for an oral statement or the written statement's due date, and the adoption at the HRC, with days left from today.",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "The check", body = StatementReport),
        (status = 404, description = "No such statement, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn check(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<StatementReport>, WebError> {
    let today = chrono::Utc::now().date_naive();
    Ok(Json(app.app.check_statement(&auth.actor, id, today).await.json_error()?))
}

/// `GET /api/v1/statements/{id}/statement.docx`.
#[utoipa::path(
    get,
    path = "/statements/{id}/statement.docx",
    summary = "The statement as a Word document",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "The DOCX file", content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (status = 404, description = "No such statement, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn docx(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, WebError> {
    export(&app, &auth, id, SubmissionFormat::Docx).await
}

/// `GET /api/v1/statements/{id}/statement.pdf`.
#[utoipa::path(
    get,
    path = "/statements/{id}/statement.pdf",
    summary = "The statement as PDF",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "The PDF file", content_type = "application/pdf"),
        (status = 404, description = "No such statement, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn pdf(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, WebError> {
    export(&app, &auth, id, SubmissionFormat::Pdf).await
}

async fn export(app: &AppState, auth: &Auth, id: i64, format: SubmissionFormat) -> Result<Response, WebError> {
    let today = chrono::Utc::now().date_naive();
    let file = app.app.export_statement(&auth.actor, id, format, today).await.json_error()?;
    let disposition = format!("attachment; filename=\"{}\"", file.file_name);
    Ok((
        [
            (header::CONTENT_TYPE, file.content_type.to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        file.bytes,
    )
        .into_response())
}
