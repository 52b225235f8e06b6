//! `GET /api/v1/recommendations` and `GET /api/v1/recommendations/{id}`.

use crate::JsonError;
use crate::query::parse;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use serde::Serialize;
use uprkit_core::search::{RecommendationView, SearchPage};
use uprkit_search::{FEW_MATCHES, Sort, Suggestion, facet_filters};

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

/// The answer to a search: one page of matches and, when its words found little, the
/// corrected search.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SearchAnswer {
    /// The page, its total and the facet counts.
    #[serde(flatten)]
    page: SearchPage,
    /// "Did you mean": present when the search found fewer than 5 matches and the same search
    /// with its misspelt words corrected (to the words the recommendations use) finds more.
    /// `query` is the corrected `q`, to send with the same filters; `total` what it finds.
    #[serde(skip_serializing_if = "Option::is_none")]
    did_you_mean: Option<Suggestion>,
}

/// A search: `{"total", "page", "per_page", "items", "facets"}`, and `did_you_mean` when the
/// words found little.
#[utoipa::path(
    get,
    path = "/recommendations",
    summary = "Search recommendations",
    description = "Full-text search with facets. Filters may repeat (sur=SVN&sur=HRV) or list values with commas (cycle=1,2); different filters combine with AND. q understands \"phrases\", OR, AND, NOT, -word and prefix*. Every filter is also an option of `uprkit search` and `uprkit export`. A search whose words find fewer than 5 matches may get `did_you_mean`: the same search with misspelt words corrected (\"torure\" -> \"torture\") and its number of matches.",
    params(SearchParams),
    responses(
        (status = 200, description = "One page of matches", body = SearchAnswer),
        (status = 400, description = "A parameter is wrong", body = crate::error::ErrorBody),
    )
)]
pub async fn list(State(app): State<AppState>, RawQuery(query): RawQuery) -> Result<Json<SearchAnswer>, WebError> {
    let req = parse(query.as_deref(), 20).json_error()?;
    let page = app.app.search_page(&req.filter, req.sort, req.page, req.per_page).await.json_error()?;
    let did_you_mean = match req.filter.q.clone() {
        Some(q) if page.total < FEW_MATCHES => {
            let (filters, total) = (facet_filters(&req.filter), page.total);
            app.app.with_index(move |engine| engine.did_you_mean(&q, &filters, total)).await.json_error()?
        }
        _ => None,
    };
    Ok(Json(SearchAnswer { page, did_you_mean }))
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
