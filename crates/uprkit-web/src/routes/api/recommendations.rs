//! `GET /api/v1/recommendations` and `GET /api/v1/recommendations/{id}`.

use crate::query::parse;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use uprkit_core::search::{RecommendationView, SearchPage};

/// A search: `{"total", "page", "per_page", "items", "facets"}`.
pub async fn list(State(app): State<AppState>, RawQuery(query): RawQuery) -> Result<Json<SearchPage>, WebError> {
    let req = parse(query.as_deref(), 20).map_err(WebError::json)?;
    let page = app
        .app
        .search_page(&req.filter, req.sort, req.page, req.per_page)
        .await
        .map_err(|e| WebError::from(e).json())?;
    Ok(Json(page))
}

/// One recommendation.
pub async fn show(State(app): State<AppState>, Path(id): Path<i64>) -> Result<Json<RecommendationView>, WebError> {
    match app.store.recommendation(id).await {
        Ok(Some(r)) => Ok(Json(r)),
        Ok(None) => Err(WebError::NotFound.json()),
        Err(e) => Err(WebError::from(e).json()),
    }
}
