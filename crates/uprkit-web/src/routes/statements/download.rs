//! `GET /statements/{id}/statement.docx` and `.pdf`: the statement's files (the same as
//! `uprkit statement export`).

use crate::auth::Auth;
use crate::routes::workspaces::download::safe_file_name;
use crate::{AppState, WebError};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use uprkit_app::workspaces::SubmissionFormat;

async fn download(app: &AppState, auth: &Auth, id: i64, format: SubmissionFormat) -> Result<Response, WebError> {
    let today = chrono::Utc::now().date_naive();
    let file = app.app.export_statement(&auth.actor, id, format, today).await?;
    let name = safe_file_name(&file.file_name, format.extension());
    Ok((
        [
            (header::CONTENT_TYPE, file.content_type.to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        file.bytes,
    )
        .into_response())
}

pub(super) async fn docx(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, WebError> {
    download(&app, &auth, id, SubmissionFormat::Docx).await
}

pub(super) async fn pdf(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, WebError> {
    download(&app, &auth, id, SubmissionFormat::Pdf).await
}
