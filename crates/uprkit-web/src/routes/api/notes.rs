//! `/api/v1/notes`: an organisation's notes, as the caller may see and change them (session
//! cookie with the `X-CSRF-Token` header, or a bearer token).

use crate::auth::Auth;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use serde::Deserialize;
use uprkit_store::{Note, Owned, Ownership, Visibility};

#[derive(Deserialize)]
pub struct NotesQuery {
    recommendation_id: Option<i64>,
}

/// `GET /api/v1/notes?recommendation_id=N`: the notes the caller may see.
pub async fn list(
    State(app): State<AppState>,
    auth: Auth,
    Query(q): Query<NotesQuery>,
) -> Result<Json<Vec<Owned<Note>>>, WebError> {
    Ok(Json(app.app.notes(&auth.actor, q.recommendation_id).await.map_err(|e| WebError::from(e).json())?))
}

/// `GET /api/v1/notes/{id}`.
pub async fn show(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<Owned<Note>>, WebError> {
    Ok(Json(app.app.note(&auth.actor, id).await.map_err(|e| WebError::from(e).json())?))
}

/// The body of `POST /api/v1/notes`.
#[derive(Deserialize)]
pub struct NewNote {
    organisation_id: i64,
    recommendation_id: i64,
    body: String,
    visibility: String,
    coalition_id: Option<i64>,
}

/// `POST /api/v1/notes`: writes a note; answers 201 with the note.
pub async fn create(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Json(n): Json<NewNote>,
) -> Result<(StatusCode, Json<Owned<Note>>), WebError> {
    let json = |e: WebError| e.json();
    auth.check_csrf(None, &headers).map_err(json)?;
    let visibility = Visibility::parse(&n.visibility)
        .ok_or_else(|| WebError::BadRequest("visibility: private, coalition or public".into()).json())?;
    let ownership = Ownership { organisation_id: n.organisation_id, visibility, coalition_id: n.coalition_id };
    let id =
        app.app.write_note(&auth.actor, ownership, n.recommendation_id, &n.body).await.map_err(|e| json(e.into()))?;
    let note = app.app.note(&auth.actor, id).await.map_err(|e| json(e.into()))?;
    Ok((StatusCode::CREATED, Json(note)))
}

/// `DELETE /api/v1/notes/{id}`: answers 204.
pub async fn delete(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<StatusCode, WebError> {
    auth.check_csrf(None, &headers).map_err(WebError::json)?;
    app.app.delete_note(&auth.actor, id).await.map_err(|e| WebError::from(e).json())?;
    Ok(StatusCode::NO_CONTENT)
}
