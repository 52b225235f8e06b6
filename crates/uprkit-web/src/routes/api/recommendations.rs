//! `GET /api/v1/recommendations` and `GET /api/v1/recommendations/{id}`.

use crate::JsonError;
use crate::i18n::Lang;
use crate::query::parse;
use crate::routes::recommendations::citation;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use serde::Serialize;
use uprkit_core::search::{RecommendationView, SearchPage};
use uprkit_search::{FEW_MATCHES, Sort, Suggestion, facet_filters};
use uprkit_store::citation::{Citation, CitedSource, SourceKind};

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

/// One recommendation, with what it takes to cite it.
#[utoipa::path(
    get,
    path = "/recommendations/{id}",
    summary = "One recommendation",
    description = "The recommendation's fields as in a search, plus `citation`: the symbol of the Working Group report that lists it and its paragraph when a source knows them (never guessed), the document's undocs.org address, every source named for people, and the position history with the document and date that stated each step. Names and addresses are in English.",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "The recommendation", body = RecommendationDetail),
        (status = 404, description = "No such recommendation", body = crate::error::ErrorBody),
    )
)]
pub async fn show(State(app): State<AppState>, Path(id): Path<i64>) -> Result<Json<RecommendationDetail>, WebError> {
    let mut found = app.store.recommendation(id).await.json_error()?;
    if found.is_none() {
        // A recommendation merged into another answers with the one it went into (its `id`).
        if let Some(into) = app.store.merged_into(id).await.json_error()? {
            found = app.store.recommendation(into).await.json_error()?;
        }
    }
    let recommendation = found.ok_or(WebError::NotFound).json_error()?;
    let cited = app.store.citation(recommendation.id).await.json_error()?.ok_or(WebError::NotFound).json_error()?;
    let citation = crate::i18n::sync_scope(Lang::En, || {
        CitationBody::new(&cited, recommendation.cycle, recommendation.response.as_deref())
    });
    Ok(Json(RecommendationDetail { recommendation, citation }))
}

/// A recommendation as `GET /recommendations/{id}` answers: its search fields and its citation.
#[derive(Serialize, utoipa::ToSchema)]
pub struct RecommendationDetail {
    /// Every field of a search result, unchanged.
    #[serde(flatten)]
    pub recommendation: RecommendationView,
    /// How to cite it.
    pub citation: CitationBody,
}

/// What it takes to cite a recommendation.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = Citation)]
pub struct CitationBody {
    /// Symbol of the Working Group report that lists it, when an imported source gives it.
    #[schema(example = "A/HRC/28/15")]
    pub document_symbol: Option<String>,
    /// Its paragraph in that report, when a source gives it.
    #[schema(example = "115.24")]
    pub paragraph: Option<String>,
    /// The report on the UN's document server (in English; `https://undocs.org/fr/...` and
    /// `/es/` give the French and Spanish versions).
    #[schema(example = "https://undocs.org/A/HRC/28/15")]
    pub undocs_url: Option<String>,
    /// The Human Rights Council session the report went to.
    pub hrc_session: Option<u32>,
    /// Every source that gives the recommendation, UN documents first.
    pub sources: Vec<SourceBody>,
    /// The step of the history that states the current position.
    pub position: Option<PositionBody>,
    /// Every position stated, oldest first.
    pub position_history: Vec<PositionBody>,
}

/// One source of a recommendation.
#[derive(Clone, Serialize, utoipa::ToSchema)]
#[schema(as = CitationSource)]
pub struct SourceBody {
    /// What kind of source.
    pub kind: SourceKind,
    /// Its name for people.
    #[schema(example = "UPR Info database export, 2018")]
    pub name: String,
    /// The UN document it is or, for DIHR's data, cites.
    pub symbol: Option<String>,
    /// A publisher's edition (`2018-07-25`).
    pub edition: Option<String>,
    /// The document on the UN's document server.
    pub undocs_url: Option<String>,
}

/// One position stated, with its source.
#[derive(Clone, Serialize, utoipa::ToSchema)]
#[schema(as = CitedPosition)]
pub struct PositionBody {
    /// The position.
    #[schema(value_type = uprkit_core::recommendation::Position)]
    pub position: String,
    /// The supported part, for a partial support.
    pub supported_part: Option<String>,
    /// Who stated it.
    pub source: SourceBody,
    /// Where in the source: `para. 3`, `row 7463`.
    pub reference: Option<String>,
    /// When it was stated, as precisely as known: a day, a month (`2015-03`, the Council
    /// session of an addendum) or a year; absent when the source does not date it.
    #[schema(example = "2015-03")]
    pub stated: Option<String>,
    /// When uprkit imported it (not the position's date).
    pub recorded_at: String,
}

impl SourceBody {
    fn new(s: &CitedSource, cycle: u8) -> SourceBody {
        let line = citation::source_line(s, cycle);
        SourceBody {
            kind: s.kind,
            name: line.full_name(),
            symbol: s.symbol.clone(),
            edition: s.edition.clone(),
            undocs_url: line.url,
        }
    }
}

impl CitationBody {
    /// The citation in the current language (English for the API).
    fn new(c: &Citation, cycle: u8, response: Option<&str>) -> CitationBody {
        let lines = citation::position_lines(c, cycle);
        let body = |(line, p): (&citation::PositionLine, &uprkit_store::citation::CitedPosition)| PositionBody {
            position: p.position.clone(),
            supported_part: p.supported_part.clone(),
            source: SourceBody::new(&p.source, cycle),
            reference: line.place.clone(),
            stated: line.stated_iso.clone(),
            recorded_at: p.recorded_at.clone(),
        };
        let steps: Vec<PositionBody> = lines.iter().zip(&c.positions).map(body).collect();
        let position = citation::current_step(&lines, response).and_then(|i| steps.get(i).cloned());
        CitationBody {
            document_symbol: c.report_symbol.clone(),
            paragraph: c.paragraph.clone(),
            undocs_url: c.report_symbol.as_deref().map(citation::undocs_url),
            hrc_session: c.hrc_session,
            sources: c.sources.iter().map(|s| SourceBody::new(s, cycle)).collect(),
            position,
            position_history: steps,
        }
    }
}
