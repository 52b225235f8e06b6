//! `/api/v1/notes`: an organisation's notes, as the caller may see and change them (session
//! cookie with the `X-CSRF-Token` header, or a bearer token).

use crate::JsonError;
use crate::auth::Auth;
use crate::error::ErrorBody;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use serde::Deserialize;
use uprkit_store::{Note, Owned, Ownership, Visibility};

/// The query of `GET /api/v1/notes`.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NotesQuery {
    /// Only the notes on this recommendation.
    recommendation_id: Option<i64>,
}

/// `GET /api/v1/notes?recommendation_id=N`: the notes the caller may see.
#[utoipa::path(
    get,
    path = "/notes",
    summary = "Notes the caller may see",
    description = "An organisation's notes on recommendations: its own (signed in with the session cookie), those shared with its coalitions, and public ones. Anonymous callers see public notes only.",
    params(NotesQuery),
    responses((status = 200, description = "Notes", body = [Owned<Note>]))
)]
pub async fn list(
    State(app): State<AppState>,
    auth: Auth,
    Query(q): Query<NotesQuery>,
) -> Result<Json<Vec<Owned<Note>>>, WebError> {
    Ok(Json(app.app.notes(&auth.actor, q.recommendation_id).await.json_error()?))
}

/// `GET /api/v1/notes/{id}`.
#[utoipa::path(
    get,
    path = "/notes/{id}",
    summary = "One note, if the caller may see it",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "The note", body = Owned<Note>),
        (status = 404, description = "No such note, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn show(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<Owned<Note>>, WebError> {
    Ok(Json(app.app.note(&auth.actor, id).await.json_error()?))
}

/// The body of `POST /api/v1/notes`.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct NewNote {
    /// The organisation that writes it.
    organisation_id: i64,
    /// The recommendation it is about.
    recommendation_id: i64,
    /// Text.
    // NOTE_MAX_BYTES (the macro takes a literal; a test compares them).
    #[schema(max_length = 20000)]
    body: String,
    /// Who may see it.
    #[schema(value_type = Visibility)]
    visibility: String,
    /// The coalition it is shared with (with `coalition` visibility).
    coalition_id: Option<i64>,
}

/// `POST /api/v1/notes`: writes a note; answers 201 with the note.
#[utoipa::path(
    post,
    path = "/notes",
    summary = "Write a note",
    description = "Editors and owners of the organisation write its notes. A coalition note names a coalition the organisation belongs to.",
    request_body = inline(NewNote),
    responses(
        (status = 201, description = "The note", body = Owned<Note>),
        (status = 400, description = "Invalid values", body = ErrorBody),
        (status = 401, description = "Sign in or send a valid token", body = ErrorBody),
        (status = 403, description = "Not an editor of the organisation, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such recommendation", body = ErrorBody),
    )
)]
pub async fn create(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Json(n): Json<NewNote>,
) -> Result<(StatusCode, Json<Owned<Note>>), WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    let visibility = Visibility::parse(&n.visibility)
        .ok_or_else(|| WebError::BadRequest("visibility: private, coalition or public".into()).json())?;
    let ownership = Ownership { organisation_id: n.organisation_id, visibility, coalition_id: n.coalition_id };
    let id = app.app.write_note(&auth.actor, ownership, n.recommendation_id, &n.body).await.json_error()?;
    let note = app.app.note(&auth.actor, id).await.json_error()?;
    Ok((StatusCode::CREATED, Json(note)))
}

/// `GET /api/v1/organisations/{id}/notes`: an organisation's notes, newest first.
#[utoipa::path(
    get,
    path = "/organisations/{id}/notes",
    summary = "An organisation's notes",
    description = "Every note of the organisation (private, shared and public), newest first, for its members. To anyone else the organisation answers as if it did not exist.",
    params(("id" = i64, Path, description = "The organisation")),
    responses(
        (status = 200, description = "Notes, newest first", body = [Owned<Note>]),
        (status = 401, description = "Sign in or send a valid token", body = ErrorBody),
        (status = 404, description = "No such organisation, or the caller is not a member", body = ErrorBody),
    )
)]
pub async fn of_organisation(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Vec<Owned<Note>>>, WebError> {
    Ok(Json(app.app.organisation_notes(&auth.actor, id).await.json_error()?))
}

/// The body of `PUT /api/v1/notes/{id}`.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct NoteChange {
    /// The new text.
    // NOTE_MAX_BYTES (the macro takes a literal; a test compares them).
    #[schema(max_length = 20000)]
    body: String,
    /// Who may see it.
    #[schema(value_type = Visibility)]
    visibility: String,
    /// The coalition it is shared with (with `coalition` visibility).
    coalition_id: Option<i64>,
}

/// `PUT /api/v1/notes/{id}`: changes a note's text and visibility; answers with the note.
#[utoipa::path(
    put,
    path = "/notes/{id}",
    summary = "Change a note",
    description = "Editors and owners of the note's organisation change its text and who may see it; the audit log keeps the values before and after.",
    params(("id" = i64, Path)),
    request_body = inline(NoteChange),
    responses(
        (status = 200, description = "The note as changed", body = Owned<Note>),
        (status = 400, description = "Invalid values", body = ErrorBody),
        (status = 403, description = "Not an editor of its organisation, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such note, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn update(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Json(c): Json<NoteChange>,
) -> Result<Json<Owned<Note>>, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    let visibility = Visibility::parse(&c.visibility)
        .ok_or_else(|| WebError::BadRequest("visibility: private, coalition or public".into()).json())?;
    app.app.edit_note(&auth.actor, id, &c.body, visibility, c.coalition_id).await.json_error()?;
    Ok(Json(app.app.note(&auth.actor, id).await.json_error()?))
}

/// `DELETE /api/v1/notes/{id}`: answers 204.
#[utoipa::path(
    delete,
    path = "/notes/{id}",
    summary = "Delete a note",
    params(("id" = i64, Path)),
    responses(
        (status = 204, description = "Deleted"),
        (status = 403, description = "Not an editor of its organisation", body = ErrorBody),
        (status = 404, description = "No such note, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn delete(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<StatusCode, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    app.app.delete_note(&auth.actor, id).await.json_error()?;
    Ok(StatusCode::NO_CONTENT)
}
