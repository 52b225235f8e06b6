//! The page of one recommendation.

use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;
use uprkit_core::search::RecommendationView;

pub fn router() -> Router<AppState> {
    Router::new().route("/recommendations/{id}", get(show))
}

#[derive(Template)]
#[template(path = "recommendation.html")]
struct RecommendationPage {
    r: RecommendationView,
}

async fn show(State(app): State<AppState>, Path(id): Path<i64>) -> Result<Html<String>, WebError> {
    let r = app.store.recommendation(id).await?.ok_or(WebError::NotFound)?;
    Ok(Html(RecommendationPage { r }.render()?))
}
