//! `GET /api/v1/states` and `GET /api/v1/sessions`: reference data.

use axum::Json;
use uprkit_core::State as UnState;
use uprkit_core::StateDirectory;
use uprkit_core::sessions::{Session, sessions as all_sessions};

/// Every State with codes, names, regional group and organisations.
pub async fn states() -> Json<Vec<UnState>> {
    Json(StateDirectory::load().states().to_vec())
}

/// Sessions 1-54 with dates where known.
pub async fn sessions() -> Json<Vec<Session>> {
    Json(all_sessions())
}

/// `GET /api/v1/reviews/{ISO3}/{cycle}/calendar` (JSON) or `.../calendar.ics`.
pub async fn review_calendar(
    axum::extract::State(app): axum::extract::State<crate::AppState>,
    axum::extract::Path((iso3, cycle, file)): axum::extract::Path<(String, u8, String)>,
) -> Result<axum::response::Response, crate::WebError> {
    use axum::response::IntoResponse;
    let sur = crate::labels::states().resolve(&iso3).map_err(|_| crate::WebError::NotFound.json())?;
    let review = crate::calendar::review(&app.store, &sur, cycle)
        .await
        .map_err(|e| crate::WebError::from(e).json())?
        .ok_or_else(|| crate::WebError::NotFound.json())?;
    match file.as_str() {
        "calendar" => Ok(Json(review).into_response()),
        "calendar.ics" => {
            let title = format!("UPR: {} cycle {}", review.sur_name, review.cycle);
            let base = crate::routes::calendar::base(&app);
            let name = format!("upr-{}-{}", review.sur, review.cycle);
            Ok(crate::routes::calendar::ics_response(&name, crate::calendar::ics(&title, &[review], base.as_deref())))
        }
        _ => Err(crate::WebError::NotFound.json()),
    }
}
