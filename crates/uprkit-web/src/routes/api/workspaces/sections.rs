//! `/api/v1/workspaces/{id}/sections` and `/api/v1/sections/{id}`: a submission's sections,
//! saved with versions. A save names the version it was written on (`base_version`); when
//! someone saved since, it is refused with 409 `conflict` and the current section in
//! `current`, so that nothing is lost.

use crate::JsonError;
use crate::auth::Auth;
use crate::error::ErrorBody;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use uprkit_app::AppError;
use uprkit_app::workspaces::{SectionEdit, edit_of};
use uprkit_core::submission::SectionKind;
use uprkit_store::{Owned, Section, SectionState, SectionVersion};

/// `GET /api/v1/workspaces/{id}/sections`: the sections in submission order.
#[utoipa::path(
    get,
    path = "/workspaces/{id}/sections",
    summary = "A workspace's sections, in submission order",
    params(("id" = i64, Path, description = "The workspace")),
    responses(
        (status = 200, description = "Sections: the summary, the paragraphs on the organisations, then the themes", body = [Owned<Section>]),
        (status = 404, description = "No such workspace, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn list(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Vec<Owned<Section>>>, WebError> {
    Ok(Json(app.app.sections(&auth.actor, id).await.json_error()?))
}

/// The values of a section as a writer sends them; on a change, those left out keep their
/// values.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct SectionValues {
    /// `summary`, `about` (the paragraph on an organisation) or `theme` (default).
    kind: Option<String>,
    /// Heading (for an `about` section: the organisation's name).
    title: Option<String>,
    /// The member organisation that writes it.
    assigned_organisation_id: Option<i64>,
    /// The person who writes it.
    assigned_person: Option<String>,
    /// Words given to it.
    word_budget: Option<i64>,
    /// `draft` (default), `in_review` or `final`.
    state: Option<String>,
    /// The text in the builder's markup: paragraphs separated by blank lines, `- ` lists,
    /// `**bold**`, `*italic*`, `[label](https://...)`, footnotes `^[...]`, citations
    /// `[label](rec:ID)` or typed paragraph numbers ("115.24").
    body: Option<String>,
}

impl SectionValues {
    /// The edit these values make to `base`.
    fn over(self, base: SectionEdit) -> Result<SectionEdit, WebError> {
        let kind = match self.kind.as_deref() {
            Some(k) => SectionKind::parse(k.trim())
                .ok_or_else(|| WebError::BadRequest("kind: summary, about or theme".into()).json())?,
            None => base.kind,
        };
        let state = match self.state.as_deref() {
            Some(s) => SectionState::parse(s.trim())
                .ok_or_else(|| WebError::BadRequest("state: draft, in_review or final".into()).json())?,
            None => base.state,
        };
        Ok(SectionEdit {
            kind,
            title: self.title.unwrap_or(base.title),
            assigned_organisation_id: self.assigned_organisation_id.or(base.assigned_organisation_id),
            assigned_person: self.assigned_person.unwrap_or(base.assigned_person),
            word_budget: self.word_budget.or(base.word_budget),
            state,
            body: self.body.unwrap_or(base.body),
        })
    }
}

/// `POST /api/v1/workspaces/{id}/sections`: adds a section at the end; answers 201 with it.
#[utoipa::path(
    post,
    path = "/workspaces/{id}/sections",
    summary = "Add a section",
    description = "Editors of the workspace's organisation, and of the other organisations of the coalition it is shared with, add sections. Version 1 is the text sent.",
    params(("id" = i64, Path, description = "The workspace")),
    request_body = inline(SectionValues),
    responses(
        (status = 201, description = "The section", body = Owned<Section>),
        (status = 400, description = "Invalid values", body = ErrorBody),
        (status = 403, description = "Not an editor, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such workspace, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn create(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Json(v): Json<SectionValues>,
) -> Result<(StatusCode, Json<Owned<Section>>), WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    let blank = SectionEdit {
        kind: SectionKind::Theme,
        title: String::new(),
        assigned_organisation_id: None,
        assigned_person: String::new(),
        word_budget: None,
        state: SectionState::Draft,
        body: String::new(),
    };
    let edit = v.over(blank)?;
    let section = app.app.add_section(&auth.actor, id, &edit).await.json_error()?;
    Ok((StatusCode::CREATED, Json(app.app.section(&auth.actor, section).await.json_error()?)))
}

/// `GET /api/v1/sections/{id}`.
#[utoipa::path(
    get,
    path = "/sections/{id}",
    summary = "One section, if the caller may see it",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "The section", body = Owned<Section>),
        (status = 404, description = "No such section, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn show(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Owned<Section>>, WebError> {
    Ok(Json(app.app.section(&auth.actor, id).await.json_error()?))
}

/// The body of `PUT /api/v1/sections/{id}`.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct SectionSave {
    /// The version the writer opened: the save is refused if someone saved since.
    base_version: i64,
    /// The new values.
    #[serde(flatten)]
    values: SectionValues,
}

/// The answer to a refused save: the error, as every error of the API, and beside it the
/// section as someone else saved it.
#[derive(serde::Serialize)]
pub struct SaveConflict {
    /// `{"code": "conflict", "message": "..."}`.
    error: serde_json::Value,
    /// The section as it is now, with the other person's text.
    current: Owned<Section>,
}

/// `PUT /api/v1/sections/{id}`: saves a new version; answers with the section.
#[utoipa::path(
    put,
    path = "/sections/{id}",
    summary = "Save a section",
    description = "Saves the values on top of `base_version`. If someone saved the section since, nothing changes and the answer is 409 with the current section in `current`: copy what you need from your text and save again on its version.",
    params(("id" = i64, Path)),
    request_body = inline(SectionSave),
    responses(
        (status = 200, description = "The section as saved", body = Owned<Section>),
        (status = 400, description = "Invalid values", body = ErrorBody),
        (status = 403, description = "Not an editor, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such section, or not visible to the caller", body = ErrorBody),
        (status = 409, description = "Someone saved since `base_version`: nothing changed; `current` beside `error` is the section as saved by the other person", body = ErrorBody),
    )
)]
pub async fn update(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Json(s): Json<SectionSave>,
) -> Result<Response, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    let before = app.app.section(&auth.actor, id).await.json_error()?;
    let edit = s.values.over(edit_of(&before.record))?;
    match app.app.save_section(&auth.actor, id, s.base_version, &edit).await {
        Ok(_) => Ok(Json(app.app.section(&auth.actor, id).await.json_error()?).into_response()),
        Err(AppError::Conflict(message)) => conflict(&app, &auth, id, message).await,
        Err(e) => Err(WebError::from(e).json()),
    }
}

/// 409 with the section as it is now.
async fn conflict(app: &AppState, auth: &Auth, id: i64, message: String) -> Result<Response, WebError> {
    let current = app.app.section(&auth.actor, id).await.json_error()?;
    let body = SaveConflict { error: serde_json::json!({ "code": "conflict", "message": message }), current };
    Ok((StatusCode::CONFLICT, Json(body)).into_response())
}

/// `DELETE /api/v1/sections/{id}`: removes it with its versions; answers 204.
#[utoipa::path(
    delete,
    path = "/sections/{id}",
    summary = "Delete a section with its versions",
    params(("id" = i64, Path)),
    responses(
        (status = 204, description = "Deleted"),
        (status = 403, description = "Not an editor of its organisation, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such section, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn delete(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<StatusCode, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    app.app.delete_section(&auth.actor, id).await.json_error()?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/sections/{id}/versions`: every saved version, oldest first.
#[utoipa::path(
    get,
    path = "/sections/{id}/versions",
    summary = "A section's versions: who saved what, when",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "Versions, oldest first", body = [SectionVersion]),
        (status = 404, description = "No such section, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn versions(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Vec<SectionVersion>>, WebError> {
    Ok(Json(app.app.section_versions(&auth.actor, id).await.json_error()?))
}

/// The body of `POST /api/v1/sections/{id}/restore`.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct Restore {
    /// The version whose text comes back.
    version: i64,
    /// The version the writer sees now: refused with 409 if someone saved since.
    base_version: i64,
}

/// `POST /api/v1/sections/{id}/restore`: makes an earlier text the current one, as a new
/// version; answers with the section.
#[utoipa::path(
    post,
    path = "/sections/{id}/restore",
    summary = "Restore an earlier version of a section",
    params(("id" = i64, Path)),
    request_body = inline(Restore),
    responses(
        (status = 200, description = "The section with the restored text", body = Owned<Section>),
        (status = 403, description = "Not an editor, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such section or version, or not visible to the caller", body = ErrorBody),
        (status = 409, description = "Someone saved since `base_version`: nothing changed; `current` beside `error` is the section as saved by the other person", body = ErrorBody),
    )
)]
pub async fn restore(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Json(r): Json<Restore>,
) -> Result<Response, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    match app.app.restore_section(&auth.actor, id, r.version, r.base_version).await {
        Ok(_) => Ok(Json(app.app.section(&auth.actor, id).await.json_error()?).into_response()),
        Err(AppError::Conflict(message)) => conflict(&app, &auth, id, message).await,
        Err(e) => Err(WebError::from(e).json()),
    }
}
