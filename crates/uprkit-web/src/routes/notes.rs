//! Notes: an organisation's own remarks on a recommendation, private unless shared.

use crate::auth::Auth;
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use axum::routing::{get, post};
use serde::Deserialize;
use uprkit_store::{Note, Owned, Ownership, Visibility};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/recommendations/{id}/notes", post(add))
        .route("/notes/{id}", get(show))
        .route("/notes/{id}/delete", post(delete))
}

#[derive(Deserialize)]
struct NoteForm {
    organisation_id: i64,
    body: String,
    visibility: String,
    coalition_id: Option<String>,
    csrf: Option<String>,
}

async fn add(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<NoteForm>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    auth.signed_in()?;
    let visibility = Visibility::parse(&form.visibility)
        .ok_or_else(|| WebError::BadRequest("visibility: private, coalition or public".into()))?;
    let coalition_id = form.coalition_id.as_deref().and_then(|c| c.parse().ok());
    let ownership = Ownership { organisation_id: form.organisation_id, visibility, coalition_id };
    app.app.write_note(&auth.actor, ownership, id, &form.body).await?;
    Ok(Redirect::to(&format!("/recommendations/{id}#notes")))
}

#[derive(Template)]
#[template(path = "note.html")]
struct NotePage {
    note: Owned<Note>,
    csrf: String,
    can_delete: bool,
}

async fn show(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Html<String>, WebError> {
    // Another organisation's private note answers exactly like a note that does not exist.
    let note = app.app.note(&auth.actor, id).await?;
    let can_delete = auth.actor.role_in(note.ownership.organisation_id) >= Some(uprkit_store::Role::Editor);
    Ok(Html(NotePage { note, csrf: auth.csrf(), can_delete }.render()?))
}

async fn delete(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<crate::routes::CsrfOnly>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    auth.signed_in()?;
    let note = app.app.delete_note(&auth.actor, id).await?;
    Ok(Redirect::to(&format!("/recommendations/{}#notes", note.record.recommendation_id)))
}
