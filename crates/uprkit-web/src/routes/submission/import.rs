//! `POST /workspaces/{id}/submission/import`: a Word draft uploaded from the builder becomes
//! sections of the workspace (headings become sections; paragraphs, footnotes and citations are
//! kept) through the draft import use-case. The body is size-limited like the document upload.

use crate::auth::Auth;
use crate::{AppState, WebError};
use axum::extract::{Multipart, Path, State};
use axum::http::HeaderMap;
use axum::response::Redirect;

pub(super) async fn import(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Result<Redirect, WebError> {
    let mut csrf = None;
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(field) = multipart.next_field().await.map_err(|e| WebError::BadRequest(e.to_string()))? {
        match field.name() {
            Some("csrf") => csrf = Some(field.text().await.map_err(|e| WebError::BadRequest(e.to_string()))?),
            Some("draft") => {
                let name = field.file_name().unwrap_or("draft.docx").to_string();
                file = Some((name, field.bytes().await.map_err(|e| WebError::BadRequest(e.to_string()))?.to_vec()));
            }
            _ => {}
        }
    }
    auth.check_csrf(csrf.as_deref(), &headers)?;
    auth.signed_in()?;
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return Err(WebError::BadRequest(crate::i18n::t("submission-import-choose")));
    };
    let imported = app.app.import_draft(&auth.actor, id, bytes, &name).await?;
    // Back to the builder, which says how many sections and citations the import made.
    let (sections, citations) = (imported.sections.len(), imported.citations);
    Ok(Redirect::to(&format!("/workspaces/{id}/submission?imported={sections}&citations={citations}#sections-title")))
}
