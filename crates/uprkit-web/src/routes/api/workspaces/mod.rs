//! `/api/v1/workspaces`, `/api/v1/sections`, `/api/v1/consultations`: review workspaces and
//! everything in them (issue 14), as the caller may see and change them (session cookie with
//! the `X-CSRF-Token` header, or a bearer token). A workspace the caller may not see answers
//! 404 on every route, like a workspace that does not exist.

pub mod citations;
pub mod consultations;
pub mod diff;
pub mod files;
pub mod sections;
pub mod submission;
pub mod workspace;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post, put};

/// The routes of the workspace API.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/workspaces", get(workspace::list).post(workspace::create))
        .route("/workspaces/{id}", get(workspace::show).put(workspace::update).delete(workspace::delete))
        .route("/workspaces/{id}/sections", get(sections::list).post(sections::create))
        .route("/sections/{id}", get(sections::show).put(sections::update).delete(sections::delete))
        .route("/sections/{id}/versions", get(sections::versions))
        .route("/sections/{id}/restore", post(sections::restore))
        .route("/sections/{id}/diff", get(diff::show))
        .route("/workspaces/{id}/submission", get(submission::assembled))
        .route("/workspaces/{id}/submission/check", get(submission::check))
        .route("/workspaces/{id}/submission.docx", get(files::docx))
        .route("/workspaces/{id}/submission.pdf", get(files::pdf))
        .route("/workspaces/{id}/submission/import", post(files::import))
        .route("/workspaces/{id}/consultations", get(consultations::list).post(consultations::create))
        .route("/workspaces/{id}/citations/{recommendation_id}", put(citations::assess))
        .route("/consultations/{id}", get(consultations::show).put(consultations::update).delete(consultations::delete))
}
