//! Routes, one module per resource.

pub mod account;
mod api;
pub mod assets;
mod audit;
pub mod calendar;
pub mod classification;
mod coalitions;
mod export;
mod home;
mod home_pick;
pub mod notes;
mod organisations;
mod recommendations;
mod search;
pub(crate) mod smart;
mod state_dashboard;
mod state_review;
pub(crate) mod statements;
mod states;
pub mod statistics;
mod submission;
mod tokens;
mod upload;
pub(crate) mod workspaces;

use crate::AppState;
use askama::Template;
use axum::Router;
use axum::http::StatusCode;

/// Every route of the application.
pub fn router() -> Router<AppState> {
    Router::new()
        .merge(home::router())
        .merge(recommendations::router())
        .merge(classification::router())
        .merge(search::router())
        .merge(smart::router())
        .merge(export::router())
        .merge(states::router())
        .merge(statistics::router())
        .merge(calendar::router())
        .merge(account::router())
        .merge(organisations::router())
        .merge(audit::router())
        .merge(coalitions::router())
        .merge(notes::router())
        .merge(submission::router())
        .merge(tokens::router())
        .merge(upload::router())
        .merge(workspaces::router())
        .merge(statements::router())
        .merge(assets::router())
        .nest("/api/v1", api::router())
        .fallback(not_found)
}

/// Any address no route knows: the site's 404 page, in the layout and the visitor's language
/// (JSON under `/api/`).
async fn not_found(uri: axum::http::Uri) -> crate::WebError {
    if uri.path().starts_with("/api/") { crate::WebError::NotFound.json() } else { crate::WebError::NotFound }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    status: u16,
    message: &'a str,
}

/// An error page in the site's layout; plain text if even that cannot be rendered.
pub fn error_page(status: StatusCode, message: &str) -> String {
    ErrorPage { status: status.as_u16(), message }.render().unwrap_or_else(|_| message.to_string())
}

/// "partially_supported" -> "Partially supported", for positions shown to people (in the
/// language of the request).
pub fn position_label(position: &str) -> String {
    crate::labels::position(position)
}

/// Whether part of a recommendation's coding is the classifier's suggestion, not yet reviewed.
pub fn is_suggested(r: &uprkit_core::search::RecommendationView) -> bool {
    r.coded_by.iter().any(|c| c == uprkit_core::classification::CodedBy::Suggested.as_str())
}

/// A form with nothing but its CSRF token.
#[derive(serde::Deserialize)]
pub struct CsrfOnly {
    /// The token.
    pub csrf: Option<String>,
}
