//! `/api/v1/workspaces/{id}/submission` and `.../submission/check`: the assembled
//! submission and its OHCHR checks.

use crate::JsonError;
use crate::auth::Auth;
use crate::error::ErrorBody;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;
use uprkit_app::workspaces::CitedRecommendation;
use uprkit_core::submission::check::SubmissionCheck;
use uprkit_core::submission::{AnnexRow, Submission};
use uprkit_store::{Owned, Section, Workspace};

/// `GET /api/v1/workspaces/{id}/submission/check`: the checks on today's date.
#[utoipa::path(
    get,
    path = "/workspaces/{id}/submission/check",
    summary = "The OHCHR checks of a workspace's submission",
    description = "Words counted as Word counts them, the limit of a single (2,815) or joint (5,630) submission, per-section budgets, missing required parts, the deadline and days left, and warnings. Warnings never block anything.",
    params(("id" = i64, Path, description = "The workspace")),
    responses(
        (status = 200, description = "The checks", body = SubmissionCheck),
        (status = 404, description = "No such workspace, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn check(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<SubmissionCheck>, WebError> {
    let assembled = app.app.assemble_submission(&auth.actor, id).await.json_error()?;
    Ok(Json(assembled.check(chrono::Utc::now().date_naive())))
}

/// The submission put together.
#[derive(Serialize, utoipa::ToSchema)]
pub struct AssembledAnswer {
    /// The workspace.
    workspace: Owned<Workspace>,
    /// Its sections in submission order, as stored.
    sections: Vec<Owned<Section>>,
    /// The document as the writers see it: organisations, sections with their blocks, annex.
    #[schema(value_type = Object)]
    submission: Submission,
    /// The previous recommendations it cites, in order of first citation.
    cited: Vec<CitedRecommendation>,
    /// The annex "Implementation of previous recommendations".
    #[schema(value_type = Vec<Object>)]
    annex: Vec<AnnexRow>,
    /// The stakeholder submission deadline (YYYY-MM-DD), when the calendar knows it.
    deadline: Option<String>,
}

/// `GET /api/v1/workspaces/{id}/submission`: the assembled submission.
#[utoipa::path(
    get,
    path = "/workspaces/{id}/submission",
    summary = "A workspace's submission put together",
    description = "The sections parsed, numbers typed as paragraph references linked to the previous cycle's recommendations, the cited recommendations and the annex built from them.",
    params(("id" = i64, Path, description = "The workspace")),
    responses(
        (status = 200, description = "The submission", body = AssembledAnswer),
        (status = 404, description = "No such workspace, or not visible to the caller", body = ErrorBody),
    )
)]
pub async fn assembled(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<AssembledAnswer>, WebError> {
    let a = app.app.assemble_submission(&auth.actor, id).await.json_error()?;
    let annex = a.submission.annex.clone();
    Ok(Json(AssembledAnswer {
        workspace: a.workspace,
        sections: a.sections,
        submission: a.submission,
        cited: a.cited,
        annex,
        deadline: a.deadline.map(|d| d.to_string()),
    }))
}
