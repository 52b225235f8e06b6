//! The document upload page: choose a file, see what it would write (a dry run), then import.
//! Open to editors and owners of an organisation; the UN data it adds is public.

use crate::auth::Auth;
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Form, Multipart, State};
use axum::http::HeaderMap;
use axum::response::Html;
use axum::routing::{get, post};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use uprkit_app::documents::FileOutcome;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/import", get(form))
        .route("/import/preview", post(preview))
        .route("/import/confirm", post(confirm))
        .layer(axum::extract::DefaultBodyLimit::max(40 * 1024 * 1024))
}

/// The page is for signed-in people the import use-case accepts (editors and owners of an
/// organisation, administrators); it checks again when it runs.
fn allowed(app: &AppState, auth: &Auth) -> Result<(), WebError> {
    auth.signed_in()?;
    Ok(app.app.may_import_documents(&auth.actor)?)
}

fn upload_path(dir: &Path, token: &str, name: &str) -> Result<PathBuf, WebError> {
    // Only our own tokens and a plain file name: nothing can point outside the folder.
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(WebError::BadRequest(crate::i18n::t("account-import-unknown")));
    }
    let name: String =
        name.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')).take(100).collect();
    Ok(dir.join(format!("{token}-{name}")))
}

#[derive(Template)]
#[template(path = "upload.html")]
struct UploadPage {
    csrf: String,
    preview: Option<(String, String, String)>,
    done: Option<String>,
    error: Option<String>,
}

async fn form(State(app): State<AppState>, auth: Auth) -> Result<Html<String>, WebError> {
    allowed(&app, &auth)?;
    Ok(Html(UploadPage { csrf: auth.csrf(), preview: None, done: None, error: None }.render()?))
}

/// What an import would do (`dry_run`) or did, in the request's language. The document's
/// description and the corrections come from the reader, in English.
fn summary(o: &FileOutcome, dry_run: bool) -> String {
    let r = &o.report;
    let key = if dry_run { "account-import-would-add" } else { "account-import-added" };
    let counts = crate::i18n::t3(key, "created", r.created, "updated", r.updated, "unchanged", r.unchanged);
    let positions =
        crate::i18n::t2("account-import-positions", "recorded", r.positions_recorded, "waiting", r.positions_waiting);
    let counts = format!("{}. {counts} {positions}", o.what);
    match o.corrections_summary() {
        Some(corrections) => format!("{counts} {corrections}."),
        None => counts,
    }
}

async fn preview(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Result<Html<String>, WebError> {
    let mut csrf = None;
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(field) = multipart.next_field().await.map_err(|e| WebError::BadRequest(e.to_string()))? {
        match field.name() {
            Some("csrf") => csrf = Some(field.text().await.map_err(|e| WebError::BadRequest(e.to_string()))?),
            Some("document") => {
                let name = field.file_name().unwrap_or("document").to_string();
                file = Some((name, field.bytes().await.map_err(|e| WebError::BadRequest(e.to_string()))?.to_vec()));
            }
            _ => {}
        }
    }
    auth.check_csrf(csrf.as_deref(), &headers)?;
    allowed(&app, &auth)?;
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return Err(WebError::BadRequest(crate::i18n::t("account-import-choose-file")));
    };
    let page = |preview, error| UploadPage { csrf: auth.csrf(), preview, done: None, error };
    let uploads = &app.documents.uploads;
    crate::documents::sweep_uploads(uploads);
    match app.app.import_document(&auth.actor, &app.documents.reader, Path::new(&name), &bytes, true).await {
        Ok(outcome) => {
            let token = uprkit_store::random_token()?;
            std::fs::create_dir_all(uploads).map_err(|e| WebError::Internal(e.to_string()))?;
            std::fs::write(upload_path(uploads, &token, &name)?, &bytes)
                .map_err(|e| WebError::Internal(e.to_string()))?;
            Ok(Html(page(Some((token, name, summary(&outcome, true))), None).render()?))
        }
        Err(e @ (uprkit_app::AppError::Invalid(_) | uprkit_app::AppError::NotFound)) => {
            Ok(Html(page(None, Some(e.to_string())).render()?))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
struct ConfirmForm {
    csrf: Option<String>,
    token: String,
    name: String,
}

async fn confirm(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Form(f): Form<ConfirmForm>,
) -> Result<Html<String>, WebError> {
    auth.check_csrf(f.csrf.as_deref(), &headers)?;
    allowed(&app, &auth)?;
    let path = upload_path(&app.documents.uploads, &f.token, &f.name)?;
    let bytes = std::fs::read(&path).map_err(|_| WebError::BadRequest(crate::i18n::t("account-import-expired")))?;
    let outcome =
        match app.app.import_document(&auth.actor, &app.documents.reader, Path::new(&f.name), &bytes, false).await {
            Ok(outcome) => outcome,
            Err(uprkit_app::AppError::Invalid(m)) => return Err(WebError::BadRequest(m)),
            Err(e) => return Err(e.into()),
        };
    let _ = std::fs::remove_file(&path);
    let done = Some(summary(&outcome, false));
    Ok(Html(UploadPage { csrf: auth.csrf(), preview: None, done, error: None }.render()?))
}
