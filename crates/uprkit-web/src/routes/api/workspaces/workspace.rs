//! `/api/v1/workspaces` and `/api/v1/workspaces/{id}`: open, list, read, change and delete
//! review workspaces.

use crate::JsonError;
use crate::auth::Auth;
use crate::error::ErrorBody;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use serde::Deserialize;
use uprkit_app::workspaces::{WorkspaceOpening, WorkspaceSettings};
use uprkit_store::{Owned, Visibility, Workspace};

/// The query of `GET /api/v1/workspaces`.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WorkspacesQuery {
    /// Only the workspaces for this State under review (ISO3; with `cycle`).
    sur: Option<String>,
    /// Only the workspaces for this cycle (with `sur`).
    cycle: Option<i64>,
}

/// `GET /api/v1/workspaces`: the workspaces the caller may see, newest first.
#[utoipa::path(
    get,
    path = "/workspaces",
    summary = "Review workspaces the caller may see",
    description = "Workspaces of the caller's organisations, those shared with their coalitions, and public ones, newest first; `sur` and `cycle` together narrow them to one review.",
    params(WorkspacesQuery),
    responses(
        (status = 200, description = "Workspaces", body = [Owned<Workspace>]),
        (status = 400, description = "`sur` without `cycle` or the reverse", body = ErrorBody),
    )
)]
pub async fn list(
    State(app): State<AppState>,
    auth: Auth,
    Query(q): Query<WorkspacesQuery>,
) -> Result<Json<Vec<Owned<Workspace>>>, WebError> {
    let review = match (&q.sur, q.cycle) {
        (Some(sur), Some(cycle)) => Some((sur.trim().to_ascii_uppercase(), cycle)),
        (None, None) => None,
        _ => return Err(WebError::BadRequest("give both sur and cycle, or neither".into()).json()),
    };
    let review = review.as_ref().map(|(sur, cycle)| (sur.as_str(), *cycle));
    Ok(Json(app.app.workspaces(&auth.actor, review).await.json_error()?))
}

/// `GET /api/v1/workspaces/{id}`.
#[utoipa::path(
    get,
    path = "/workspaces/{id}",
    summary = "One workspace, if the caller may see it",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "The workspace", body = Owned<Workspace>),
        (status = 404, description = "No such workspace, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn show(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Owned<Workspace>>, WebError> {
    Ok(Json(app.app.workspace(&auth.actor, id).await.json_error()?))
}

/// The body of `POST /api/v1/workspaces`.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct NewWorkspace {
    /// The organisation that opens it (the caller is its editor or owner).
    organisation_id: i64,
    /// The State under review: ISO3 or name.
    sur: String,
    /// The cycle of the review being prepared.
    cycle: i64,
    /// A coalition of the organisation: the workspace is then its joint submission.
    coalition_id: Option<i64>,
    /// A title (default: "STATE, cycle N: stakeholder submission").
    title: Option<String>,
}

/// `POST /api/v1/workspaces`: opens a workspace; answers 201 with it.
#[utoipa::path(
    post,
    path = "/workspaces",
    summary = "Open a review workspace",
    description = "Editors and owners of an organisation open a workspace for a review (State under review and cycle). With a coalition it is the coalition's joint submission, shared with its members; otherwise it is private to the organisation.",
    request_body = inline(NewWorkspace),
    responses(
        (status = 201, description = "The workspace", body = Owned<Workspace>),
        (status = 400, description = "Unknown State or invalid values", body = ErrorBody),
        (status = 401, description = "Sign in or send a valid token", body = ErrorBody),
        (status = 403, description = "Not an editor of the organisation, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such organisation or coalition", body = ErrorBody),
    )
)]
pub async fn create(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Json(n): Json<NewWorkspace>,
) -> Result<(StatusCode, Json<Owned<Workspace>>), WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    let opening = WorkspaceOpening {
        organisation_id: n.organisation_id,
        sur: n.sur,
        cycle: n.cycle,
        coalition_id: n.coalition_id,
        title: n.title,
    };
    let id = app.app.open_workspace(&auth.actor, &opening).await.json_error()?;
    Ok((StatusCode::CREATED, Json(app.app.workspace(&auth.actor, id).await.json_error()?)))
}

/// The body of `PUT /api/v1/workspaces/{id}`: the settings to change; those left out keep
/// their values.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct WorkspaceChange {
    /// Title.
    title: Option<String>,
    /// Joint submission (5,630 words) or single (2,815).
    joint: Option<bool>,
    /// The organisations block, one name per line.
    organisations: Option<String>,
    /// Key words, comma separated.
    key_words: Option<String>,
    /// Footnotes count towards the limit.
    count_footnotes: Option<bool>,
    /// The annex counts towards the limit.
    count_annex: Option<bool>,
    /// Who may see it and everything in it.
    #[schema(value_type = Option<Visibility>)]
    visibility: Option<String>,
    /// The coalition it is shared with (with `coalition` visibility); read with
    /// `visibility` only: when that is left out, the sharing stays as it is.
    coalition_id: Option<i64>,
}

/// `PUT /api/v1/workspaces/{id}`: changes its settings; answers with the workspace.
#[utoipa::path(
    put,
    path = "/workspaces/{id}",
    summary = "Change a workspace's settings",
    description = "Editors of the workspace's organisation change its settings; a new visibility carries over to every section and consultation of the workspace.",
    params(("id" = i64, Path)),
    request_body = inline(WorkspaceChange),
    responses(
        (status = 200, description = "The workspace as changed", body = Owned<Workspace>),
        (status = 400, description = "Invalid values", body = ErrorBody),
        (status = 403, description = "Not an editor of its organisation, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such workspace, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn update(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Json(c): Json<WorkspaceChange>,
) -> Result<Json<Owned<Workspace>>, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    let before = app.app.workspace(&auth.actor, id).await.json_error()?;
    let (visibility, coalition_id) = match c.visibility.as_deref() {
        Some(v) => (
            Visibility::parse(v)
                .ok_or_else(|| WebError::BadRequest("visibility: private, coalition or public".into()).json())?,
            c.coalition_id,
        ),
        None => (before.ownership.visibility, before.ownership.coalition_id),
    };
    let w = before.record;
    let settings = WorkspaceSettings {
        title: c.title.unwrap_or(w.title),
        joint: c.joint.unwrap_or(w.joint),
        organisations: c.organisations.unwrap_or(w.organisations),
        key_words: c.key_words.unwrap_or(w.key_words),
        count_footnotes: c.count_footnotes.unwrap_or(w.count_footnotes),
        count_annex: c.count_annex.unwrap_or(w.count_annex),
        visibility,
        coalition_id,
    };
    app.app.change_workspace(&auth.actor, id, &settings).await.json_error()?;
    Ok(Json(app.app.workspace(&auth.actor, id).await.json_error()?))
}

/// `DELETE /api/v1/workspaces/{id}`: deletes it with everything in it; answers 204.
#[utoipa::path(
    delete,
    path = "/workspaces/{id}",
    summary = "Delete a workspace with its sections and consultations",
    params(("id" = i64, Path)),
    responses(
        (status = 204, description = "Deleted"),
        (status = 403, description = "Not an editor of its organisation, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such workspace, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn delete(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<StatusCode, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    app.app.delete_workspace(&auth.actor, id).await.json_error()?;
    Ok(StatusCode::NO_CONTENT)
}
