//! The JSON API (DESIGN.md "JSON API").

mod recommendations;
mod reference;

use crate::AppState;
use axum::Router;
use axum::routing::get;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/recommendations", get(recommendations::list))
        .route("/recommendations/{id}", get(recommendations::show))
        .route("/states", get(reference::states))
        .route("/sessions", get(reference::sessions))
}
