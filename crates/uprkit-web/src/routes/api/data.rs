//! `GET /api/v1/data/report`: what every source brought and how it was matched (the JSON of
//! `uprkit data report --format json`). Public: it describes public UN data only.

use crate::JsonError;
use crate::auth::Auth;
use crate::error::ErrorBody;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::State;
use uprkit_store::DataReport;

/// Per source: rows read, matched to a paragraph, merged, left unmatched with the reason; and
/// the corrections between editions of a source.
#[utoipa::path(
    get,
    path = "/data/report",
    summary = "Where the data came from and how its sources were merged",
    description = "Per source (publisher, edition, file): rows, rows matched to a paragraph OHCHR numbers, rows merged with others, rows left on their own with the reason; and every value an older edition gave that a newer one changed.",
    responses(
        (status = 200, description = "The report", body = DataReport),
        (status = 500, description = "The database could not be read", body = ErrorBody),
    )
)]
pub async fn report(State(app): State<AppState>, auth: Auth) -> Result<Json<DataReport>, WebError> {
    Ok(Json(app.app.data_report(&auth.actor).await.json_error()?))
}
