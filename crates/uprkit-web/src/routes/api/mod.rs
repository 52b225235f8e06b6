//! The JSON API (DESIGN.md "JSON API").

mod classification;
mod data;
mod notes;
mod openapi;
mod recommendations;
mod reference;
mod smart;
mod statements;
mod tokens;
mod workspaces;

use crate::AppState;
use axum::Router;
use axum::routing::{delete, get, post, put};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/recommendations", get(recommendations::list))
        .route("/recommendations/{id}", get(recommendations::show))
        .route("/recommendations/{id}/classification", get(classification::show))
        .route("/recommendations/{id}/classification/{head}", put(classification::decide))
        .route("/classification/queue", get(classification::queue))
        .route("/classification/apply", post(classification::apply))
        .route("/classification/train", post(classification::train))
        .route("/states/{iso3}/repeats", get(classification::repeats))
        .route("/states", get(reference::states))
        .route("/sessions", get(reference::sessions))
        .route("/data/report", get(data::report))
        .route("/smart", post(smart::advise))
        .route("/openapi.json", get(openapi::openapi_json))
        .route("/notes", get(notes::list).post(notes::create))
        .route("/notes/{id}", get(notes::show).put(notes::update).delete(notes::delete))
        .route("/organisations/{id}/notes", get(notes::of_organisation))
        .route("/tokens", get(tokens::list).post(tokens::create))
        .route("/tokens/{id}", delete(tokens::revoke))
        .route("/reviews/{iso3}/{cycle}/{file}", get(reference::review_calendar))
        .merge(workspaces::router())
        .merge(statements::router())
}
