//! `/api/v1/tokens`: the caller's personal API tokens.

use crate::auth::Auth;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use serde::Deserialize;
use uprkit_app::tokens::NewToken;
use uprkit_store::ApiToken;

/// `GET /api/v1/tokens`: the caller's tokens (never the tokens themselves).
pub async fn list(State(app): State<AppState>, auth: Auth) -> Result<Json<Vec<ApiToken>>, WebError> {
    if auth.actor.user_id().is_none() {
        return Err(WebError::SignInNeeded.json());
    }
    Ok(Json(app.app.tokens(&auth.actor).await.map_err(|e| WebError::from(e).json())?))
}

/// The body of `POST /api/v1/tokens`.
#[derive(Deserialize)]
pub struct TokenRequest {
    name: String,
    expires_in_days: Option<u32>,
}

/// `POST /api/v1/tokens`: makes a token for the caller; the only answer that shows it.
pub async fn create(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Json(t): Json<TokenRequest>,
) -> Result<(StatusCode, Json<NewToken>), WebError> {
    auth.check_csrf(None, &headers).map_err(WebError::json)?;
    let Some(email) = email_of(&app, &auth).await? else { return Err(WebError::SignInNeeded.json()) };
    let made = app.app.create_token(&auth.actor, &email, &t.name, t.expires_in_days).await;
    Ok((StatusCode::CREATED, Json(made.map_err(|e| WebError::from(e).json())?)))
}

/// The e-mail address of the signed-in user or of a bearer token's user.
async fn email_of(app: &AppState, auth: &Auth) -> Result<Option<String>, WebError> {
    let Some(id) = auth.actor.user_id() else { return Ok(None) };
    app.store.user_email(id).await.map_err(|e| WebError::from(e).json())
}

/// `DELETE /api/v1/tokens/{id}`: revokes one of the caller's tokens; answers 204.
pub async fn revoke(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<StatusCode, WebError> {
    auth.check_csrf(None, &headers).map_err(WebError::json)?;
    if auth.actor.user_id().is_none() {
        return Err(WebError::SignInNeeded.json());
    }
    app.app.revoke_token(&auth.actor, id).await.map_err(|e| WebError::from(e).json())?;
    Ok(StatusCode::NO_CONTENT)
}
