//! The submission builder (issue 14): a workspace's stakeholder submission put together on one
//! page (sections, OHCHR checks, annex, downloads, draft import), each section edited on its own
//! page with versions, a readable diff and restore, and previous recommendations cited from a
//! search inside the editor. Every change goes through the workspace use-cases; a private
//! workspace's pages answer 404 to anyone outside it, exactly like a page that does not exist.

mod builder;
mod cite;
mod editor;
mod form;
mod import;
mod script;
mod sections;
mod versions;

use crate::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

/// The builder's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/workspaces/{id}/submission", get(builder::page))
        .route("/workspaces/{id}/sections", post(sections::add))
        .route("/workspaces/{id}/citations/{recommendation_id}", post(sections::assess))
        .route("/sections/{id}", get(editor::page).post(editor::save))
        .route("/sections/{id}/delete", get(editor::confirm_delete).post(editor::delete))
        .route("/sections/{id}/cite", get(cite::search).post(cite::insert))
        .route("/sections/{id}/versions", get(versions::page))
        .route("/sections/{id}/restore", post(versions::restore))
        .route(
            "/workspaces/{id}/submission/import",
            post(import::import).layer(DefaultBodyLimit::max(IMPORT_MAX_BYTES + 64 * 1024)),
        )
        .route("/static/builder.js", get(script::builder_js))
}

/// Largest Word draft the upload takes (a long draft with images is a few megabytes).
pub(crate) const IMPORT_MAX_BYTES: usize = 10 * 1024 * 1024;

/// The address of a section's editor.
pub(crate) fn section_url(id: i64) -> String {
    format!("/sections/{id}")
}
