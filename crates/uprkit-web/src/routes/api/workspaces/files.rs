//! `/api/v1/workspaces/{id}/submission.docx|.pdf` and `.../submission/import`: the files OHCHR
//! receives, and a draft started in Word brought in.

use crate::JsonError;
use crate::auth::Auth;
use crate::error::ErrorBody;
use crate::{AppState, WebError};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use uprkit_app::workspaces::{DraftImport, SubmissionFormat};

/// `GET /api/v1/workspaces/{id}/submission.docx`: the Word document OHCHR receives.
#[utoipa::path(
    get,
    path = "/workspaces/{id}/submission.docx",
    summary = "The submission as a Word document",
    description = "Numbered paragraphs, page numbers, real footnotes, the organisations block and the annex.",
    params(("id" = i64, Path, description = "The workspace")),
    responses(
        (status = 200, description = "The DOCX file", content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (status = 404, description = "No such workspace, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn docx(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, WebError> {
    export(&app, &auth, id, SubmissionFormat::Docx).await
}

/// `GET /api/v1/workspaces/{id}/submission.pdf`: the same document as PDF.
#[utoipa::path(
    get,
    path = "/workspaces/{id}/submission.pdf",
    summary = "The submission as PDF",
    params(("id" = i64, Path, description = "The workspace")),
    responses(
        (status = 200, description = "The PDF file", content_type = "application/pdf"),
        (status = 404, description = "No such workspace, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn pdf(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, WebError> {
    export(&app, &auth, id, SubmissionFormat::Pdf).await
}

async fn export(app: &AppState, auth: &Auth, id: i64, format: SubmissionFormat) -> Result<Response, WebError> {
    let file = app.app.export_submission(&auth.actor, id, format).await.json_error()?;
    // The name is ASCII by construction: no quoting beyond the quotes is needed.
    let disposition = format!("attachment; filename=\"{}\"", file.file_name);
    Ok((
        [(header::CONTENT_TYPE, file.content_type.to_string()), (header::CONTENT_DISPOSITION, disposition)],
        file.bytes,
    )
        .into_response())
}

/// The query of `POST /api/v1/workspaces/{id}/submission/import`.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// The draft's file name, for messages and the sections' history (default "draft.docx").
    file_name: Option<String>,
}

/// `POST /api/v1/workspaces/{id}/submission/import`: the body is the .docx file; answers 201
/// with the sections created.
#[utoipa::path(
    post,
    path = "/workspaces/{id}/submission/import",
    summary = "Import a draft written in Word",
    description = "Each heading of the document becomes a section (\"Summary\" the summary, the name of an organisation of the submission the paragraph on it, anything else a thematic section), with its paragraphs, lists and footnotes; typed paragraph numbers are recognised as citations. All or nothing: a file that cannot be read adds nothing.",
    params(("id" = i64, Path, description = "The workspace"), ImportQuery),
    request_body(content = Vec<u8>, content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    responses(
        (status = 201, description = "The sections created and the citations recognised", body = DraftImport),
        (status = 400, description = "Not a readable .docx draft; the message says why", body = ErrorBody),
        (status = 403, description = "Not an editor of the workspace's organisations, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such workspace, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn import(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Query(q): Query<ImportQuery>,
    body: Bytes,
) -> Result<(StatusCode, Json<DraftImport>), WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    let name = q.file_name.filter(|n| !n.trim().is_empty()).unwrap_or_else(|| "draft.docx".into());
    let done = app.app.import_draft(&auth.actor, id, body.to_vec(), &name).await.json_error()?;
    Ok((StatusCode::CREATED, Json(done)))
}
