//! Export of the whole result set of any search (not just one page) as CSV or XLSX.

use crate::query::{SearchRequest, parse};
use crate::{AppState, WebError};
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use uprkit_docs::{ExportFormat, RecommendationExport};
use uprkit_search::Sort;

pub fn router() -> Router<AppState> {
    Router::new().route("/search/{file}", get(export))
}

/// Records read from the database per round trip while exporting.
const CHUNK: usize = 500;

async fn export(
    State(app): State<AppState>,
    Path(file): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<impl IntoResponse, WebError> {
    let format = file.strip_prefix("export.").and_then(ExportFormat::parse).ok_or(WebError::NotFound)?;
    let SearchRequest { filter, sort, .. } = parse(query.as_deref(), 20)?;
    let sort = if filter.q.is_none() && sort == Sort::Relevance { Sort::Newest } else { sort };
    let ids = app.app.all_ids(&filter, sort).await?;
    let mut out = RecommendationExport::new(format, Vec::new()).map_err(|e| WebError::Internal(e.to_string()))?;
    for chunk in ids.chunks(CHUNK) {
        let rows = app.store.recommendations_by_id(chunk).await?;
        out.write_rows(&rows).map_err(|e| WebError::Internal(e.to_string()))?;
    }
    let bytes = out.finish().map_err(|e| WebError::Internal(e.to_string()))?;
    let name = format!("uprkit-recommendations.{}", format.extension());
    Ok((
        [
            (header::CONTENT_TYPE, format.content_type().to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        bytes,
    ))
}
