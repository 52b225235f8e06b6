//! `GET /api/v1/sections/{id}/diff?from=&to=`: what changed between two versions of a
//! section, word by word.

use crate::JsonError;
use crate::auth::Auth;
use crate::error::ErrorBody;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, Query, State};
use serde::{Deserialize, Serialize};
use uprkit_core::submission::diff::{Change, diff};

/// The query of the diff.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DiffQuery {
    /// The older version (required).
    from: Option<i64>,
    /// The newer version (required).
    to: Option<i64>,
}

/// The changes between two versions.
#[derive(Serialize, utoipa::ToSchema)]
pub struct DiffAnswer {
    /// The older version.
    from: i64,
    /// The newer version.
    to: i64,
    /// The text as runs: `{"kind": "same"|"added"|"removed", "text": "..."}`.
    #[schema(value_type = Vec<Object>)]
    changes: Vec<Change>,
}

/// `GET /api/v1/sections/{id}/diff?from=&to=`.
#[utoipa::path(
    get,
    path = "/sections/{id}/diff",
    summary = "What changed between two versions of a section",
    params(("id" = i64, Path), DiffQuery),
    responses(
        (status = 200, description = "The changes", body = DiffAnswer),
        (status = 400, description = "`from` or `to` missing", body = ErrorBody),
        (status = 404, description = "No such section or version, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn show(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    Query(q): Query<DiffQuery>,
) -> Result<Json<DiffAnswer>, WebError> {
    let (Some(from), Some(to)) = (q.from, q.to) else {
        return Err(WebError::BadRequest("give the versions to compare: ?from=1&to=2".into()).json());
    };
    let versions = app.app.section_versions(&auth.actor, id).await.json_error()?;
    let text = |v: i64| versions.iter().find(|s| s.version == v).map(|s| s.body.as_str());
    let (Some(old), Some(new)) = (text(from), text(to)) else {
        return Err(WebError::NotFound.json());
    };
    Ok(Json(DiffAnswer { from, to, changes: diff(old, new) }))
}
