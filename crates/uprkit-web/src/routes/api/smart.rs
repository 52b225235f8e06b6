//! `POST /api/v1/smart`: the SMART checker on one draft recommendation. Public: it reads
//! only public UN data and writes nothing.

use crate::error::ErrorBody;
use crate::{AppState, JsonError, WebError};
use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use uprkit_core::smart::SmartAdvice;

/// The body of `POST /api/v1/smart`.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct SmartRequest {
    /// The draft recommendation (1 to 4,000 characters).
    text: String,
    /// The State under review (ISO3): its previous recommendations are compared with the
    /// draft. Optional.
    #[serde(default)]
    sur: Option<String>,
}

/// `POST /api/v1/smart`.
#[utoipa::path(
    post,
    path = "/smart",
    summary = "SMART advice on a draft recommendation",
    description = "The action category the draft would get on UPR Info's scale (by a transparent verb rule, with the words that decided; and the trained classifier's, when a model is stored), flags (weak_verb, several_actions, no_time_frame, no_measure, as_recommended_previously) with their arguments and suggestions, and the previous recommendations to the State that ask the same, with paragraph and score. Advice only. Public.",
    request_body = inline(SmartRequest),
    responses(
        (status = 200, description = "The advice", body = SmartAdvice),
        (status = 400, description = "Empty or too long draft, or unknown State", body = ErrorBody),
    )
)]
pub async fn advise(State(app): State<AppState>, Json(req): Json<SmartRequest>) -> Result<Json<SmartAdvice>, WebError> {
    let advice =
        app.app.smart_advice(&req.text, req.sur.as_deref().filter(|s| !s.trim().is_empty())).await.json_error()?;
    Ok(Json(advice))
}
