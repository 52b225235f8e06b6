//! `/api/v1/tokens`: the caller's personal API tokens.

use crate::JsonError;
use crate::auth::Auth;
use crate::error::ErrorBody;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use serde::Deserialize;
use uprkit_app::tokens::NewToken;
use uprkit_store::ApiToken;

/// `GET /api/v1/tokens`: the caller's tokens (never the tokens themselves).
#[utoipa::path(
    get,
    path = "/tokens",
    summary = "The caller's API tokens",
    description = "Never the tokens themselves: a token is shown once, when it is made.",
    responses(
        (status = 200, description = "Tokens", body = Vec<ApiToken>),
        (status = 401, description = "Sign in first", body = ErrorBody),
    )
)]
pub async fn list(State(app): State<AppState>, auth: Auth) -> Result<Json<Vec<ApiToken>>, WebError> {
    if auth.actor.user_id().is_none() {
        return Err(WebError::SignInNeeded.json());
    }
    Ok(Json(app.app.tokens(&auth.actor).await.json_error()?))
}

/// The body of `POST /api/v1/tokens`.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct TokenRequest {
    /// What the token is for.
    #[schema(max_length = 100)]
    name: String,
    /// Days until it stops working; never, when absent.
    // MAX_TOKEN_DAYS (the macro takes a literal; a test compares them).
    #[schema(minimum = 1, maximum = 3650)]
    expires_in_days: Option<u32>,
}

/// `POST /api/v1/tokens`: makes a token for the caller; the only answer that shows it.
#[utoipa::path(
    post,
    path = "/tokens",
    summary = "Make an API token for the caller",
    request_body = inline(TokenRequest),
    responses(
        (status = 201, description = "The token, shown this once", body = NewToken),
        (status = 400, description = "Invalid name or lifetime", body = ErrorBody),
        (status = 401, description = "Sign in first", body = ErrorBody),
    )
)]
pub async fn create(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Json(t): Json<TokenRequest>,
) -> Result<(StatusCode, Json<NewToken>), WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    let Some(email) = email_of(&app, &auth).await? else { return Err(WebError::SignInNeeded.json()) };
    let made = app.app.create_token(&auth.actor, &email, &t.name, t.expires_in_days).await;
    Ok((StatusCode::CREATED, Json(made.json_error()?)))
}

/// The e-mail address of the signed-in user or of a bearer token's user.
async fn email_of(app: &AppState, auth: &Auth) -> Result<Option<String>, WebError> {
    let Some(id) = auth.actor.user_id() else { return Ok(None) };
    app.store.user_email(id).await.json_error()
}

/// `DELETE /api/v1/tokens/{id}`: revokes one of the caller's tokens; answers 204.
#[utoipa::path(
    delete,
    path = "/tokens/{id}",
    summary = "Revoke one of the caller's tokens",
    params(("id" = i64, Path)),
    responses(
        (status = 204, description = "Revoked"),
        (status = 404, description = "No such live token of the caller's", body = ErrorBody),
    )
)]
pub async fn revoke(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<StatusCode, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    if auth.actor.user_id().is_none() {
        return Err(WebError::SignInNeeded.json());
    }
    app.app.revoke_token(&auth.actor, id).await.json_error()?;
    Ok(StatusCode::NO_CONTENT)
}
