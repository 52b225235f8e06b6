//! `GET /api/v1/recommendations` and `GET /api/v1/recommendations/{id}`.

use crate::JsonError;
use crate::query::parse;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use uprkit_core::search::{RecommendationView, SearchPage};
use uprkit_search::Sort;

/// The query parameters of a search besides its filters. [`parse`] reads them from the raw
/// query (filters repeat, which no struct extractor reads); this struct only describes them in
/// the OpenAPI document, where the filters are added from [`uprkit_core::search::Filter::ALL`].
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct SearchParams {
    /// Words to look for: "phrases", OR, AND, NOT, -word and prefix*.
    #[param(example = "\"death penalty\" -abolish")]
    q: Option<String>,
    /// Order of results.
    #[param(inline, default = "relevance")]
    sort: Option<Sort>,
    /// Page number, from 1.
    #[param(minimum = 1, default = 1)]
    page: Option<u32>,
    /// Items per page.
    #[param(minimum = 1, maximum = 500, default = 20)]
    per_page: Option<u32>,
}

/// A search: `{"total", "page", "per_page", "items", "facets"}`.
#[utoipa::path(
    get,
    path = "/recommendations",
    summary = "Search recommendations",
    description = "Full-text search with facets. Filters may repeat (sur=SVN&sur=HRV) or list values with commas (cycle=1,2); different filters combine with AND. q understands \"phrases\", OR, AND, NOT, -word and prefix*. Every filter is also an option of `uprkit search` and `uprkit export`.",
    params(SearchParams),
    responses(
        (status = 200, description = "One page of matches", body = SearchPage),
        (status = 400, description = "A parameter is wrong", body = crate::error::ErrorBody),
    )
)]
pub async fn list(State(app): State<AppState>, RawQuery(query): RawQuery) -> Result<Json<SearchPage>, WebError> {
    let req = parse(query.as_deref(), 20).json_error()?;
    let page = app.app.search_page(&req.filter, req.sort, req.page, req.per_page).await.json_error()?;
    Ok(Json(page))
}

/// One recommendation.
#[utoipa::path(
    get,
    path = "/recommendations/{id}",
    summary = "One recommendation",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "The recommendation", body = RecommendationView),
        (status = 404, description = "No such recommendation", body = crate::error::ErrorBody),
    )
)]
pub async fn show(State(app): State<AppState>, Path(id): Path<i64>) -> Result<Json<RecommendationView>, WebError> {
    let mut found = app.store.recommendation(id).await.json_error()?;
    if found.is_none() {
        // A recommendation merged into another answers with the one it went into (its `id`).
        if let Some(into) = app.store.merged_into(id).await.json_error()? {
            found = app.store.recommendation(into).await.json_error()?;
        }
    }
    found.map(Json).ok_or(WebError::NotFound).json_error()
}
