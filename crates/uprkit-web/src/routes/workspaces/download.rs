//! The submission's download buttons: `GET /workspaces/{id}/submission.docx` and
//! `GET /workspaces/{id}/submission.pdf`, written by the export use-case (the same files as
//! `uprkit submission export`).

use crate::auth::Auth;
use crate::{AppState, WebError};
use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use uprkit_app::workspaces::SubmissionFormat;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/workspaces/{id}/submission.docx", get(docx))
        .route("/workspaces/{id}/submission.pdf", get(pdf))
}

/// A file name safe in a `Content-Disposition` header: ASCII letters, digits, `.`, `-`, `_`;
/// anything else becomes `_` (accented letters lose their accent first).
pub(crate) fn safe_file_name(name: &str, extension: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let plain = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'A',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'É' | 'È' | 'Ê' | 'Ë' => 'E',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        };
        let keep = plain.is_ascii_alphanumeric() || matches!(plain, '.' | '-' | '_');
        if keep {
            out.push(plain);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    let stem = out.trim_matches(|c| c == '_' || c == '.').chars().take(120).collect::<String>();
    let stem = stem.strip_suffix(&format!(".{extension}")).unwrap_or(&stem).trim_matches('_').to_string();
    if stem.is_empty() { format!("submission.{extension}") } else { format!("{stem}.{extension}") }
}

async fn download(
    app: &AppState,
    auth: &Auth,
    id: i64,
    format: SubmissionFormat,
    extension: &str,
) -> Result<Response, WebError> {
    let file = app.app.export_submission(&auth.actor, id, format).await?;
    let name = safe_file_name(&file.file_name, extension);
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

async fn docx(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, WebError> {
    download(&app, &auth, id, SubmissionFormat::Docx, "docx").await
}

async fn pdf(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, WebError> {
    download(&app, &auth, id, SubmissionFormat::Pdf, "pdf").await
}

#[cfg(test)]
mod tests {
    use super::safe_file_name;

    #[test]
    fn file_names_are_plain_ascii() {
        assert_eq!(safe_file_name("Côte d'Ivoire, cycle 5.docx", "docx"), "Cote_d_Ivoire_cycle_5.docx");
        assert_eq!(safe_file_name("\"; evil\r\n.pdf", "pdf"), "evil.pdf");
        assert_eq!(safe_file_name("Türkiye", "pdf"), "Turkiye.pdf");
        assert_eq!(safe_file_name("", "pdf"), "submission.pdf");
    }
}
