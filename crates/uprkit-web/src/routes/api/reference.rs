//! `GET /api/v1/states`, `GET /api/v1/sessions` and the review calendars: reference data.

use crate::JsonError;
use crate::error::ErrorBody;
use axum::Json;
use uprkit_core::State as UnState;
use uprkit_core::StateDirectory;
use uprkit_core::sessions::{Session, sessions as all_sessions};

/// Every State with codes, names, regional group and organisations.
#[utoipa::path(
    get,
    path = "/states",
    summary = "UN Member States and observer States",
    responses((status = 200, description = "All 195", body = Vec<UnState>))
)]
pub async fn states() -> Json<Vec<UnState>> {
    Json(StateDirectory::load().states().to_vec())
}

/// Sessions 1-54 with dates where known.
#[utoipa::path(
    get,
    path = "/sessions",
    summary = "UPR Working Group sessions 1-54",
    responses((status = 200, description = "Sessions with dates where known", body = Vec<Session>))
)]
pub async fn sessions() -> Json<Vec<Session>> {
    Json(all_sessions())
}

/// The forms of a review's calendar, by the last part of its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, utoipa::ToSchema)]
pub enum CalendarFile {
    /// `calendar`: JSON.
    #[schema(rename = "calendar")]
    Json,
    /// `calendar.ics`: an iCalendar feed.
    #[schema(rename = "calendar.ics")]
    Ics,
}

impl CalendarFile {
    /// Reads `calendar` or `calendar.ics`.
    pub fn parse(file: &str) -> Option<CalendarFile> {
        match file {
            "calendar" => Some(CalendarFile::Json),
            "calendar.ics" => Some(CalendarFile::Ics),
            _ => None,
        }
    }
}

/// `GET /api/v1/reviews/{ISO3}/{cycle}/calendar` (JSON) or `.../calendar.ics`.
#[utoipa::path(
    get,
    path = "/reviews/{iso3}/{cycle}/{file}",
    summary = "Key moments of a review",
    description = "file is `calendar` (JSON) or `calendar.ics` (iCalendar feed). Each moment has a date, a window, guidance and the basis of the date (official, rule, estimate); submission deadlines are at 23:59 Geneva time.",
    params(
        ("iso3" = String, Path, example = "SVN"),
        ("cycle" = u8, Path, example = 4),
        ("file" = inline(CalendarFile), Path),
    ),
    responses(
        (status = 200, description = "The review's calendar", content(("application/json"), ("text/calendar"))),
        (status = 404, description = "No such review", body = ErrorBody),
    )
)]
pub async fn review_calendar(
    axum::extract::State(app): axum::extract::State<crate::AppState>,
    axum::extract::Path((iso3, cycle, file)): axum::extract::Path<(String, u8, String)>,
) -> Result<axum::response::Response, crate::WebError> {
    use axum::response::IntoResponse;
    let sur = crate::labels::states().resolve(&iso3).map_err(|_| crate::WebError::NotFound.json())?;
    let review = app.app.review_calendar(&sur, cycle).await.json_error()?.ok_or_else(|| {
        let why = crate::routes::calendar::why_no_review(&sur, cycle);
        why.map(crate::WebError::NotFoundBecause).unwrap_or(crate::WebError::NotFound).json()
    })?;
    match CalendarFile::parse(&file) {
        Some(CalendarFile::Json) => Ok(Json(review).into_response()),
        Some(CalendarFile::Ics) => {
            let title = format!("UPR: {} cycle {}", review.sur_name, review.cycle);
            let base = crate::routes::calendar::base(&app);
            let name = format!("upr-{}-{}", review.sur, review.cycle);
            Ok(crate::routes::calendar::ics_response(
                &name,
                uprkit_docs::ical::review_feed(&title, &[review], base.as_deref()),
            ))
        }
        None => Err(crate::WebError::NotFound.json()),
    }
}
