//! The one error type of the web layer: renders a page or JSON, logs the cause, never shows it.

use crate::i18n::{t, t1};
use axum::Json;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde::Serialize;

/// The body of every JSON error: `{"error": {"code": "snake_case", "message": "..."}}`.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[schema(as = Error)]
pub struct ErrorBody {
    /// What went wrong.
    pub error: ErrorDetail,
}

/// The inside of an [`ErrorBody`].
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// A stable, machine-readable name (`not_found`, `forbidden`, `csrf`, ...).
    pub code: &'static str,
    /// What happened and what to do, for people.
    pub message: String,
}

/// What a handler can fail with.
#[derive(Debug)]
pub enum WebError {
    /// The record does not exist (or the viewer may not see it).
    NotFound,
    /// The record does not exist, for a reason worth telling (an observer State has no
    /// review); the message says it.
    NotFoundBecause(String),
    /// The request is wrong; the message says how.
    BadRequest(String),
    /// The page needs a signed-in user.
    SignInNeeded,
    /// An API token that is wrong, revoked or expired.
    BadToken,
    /// Signed in, but not allowed.
    Forbidden(String),
    /// A state-changing request without a valid CSRF token.
    Csrf,
    /// Someone else changed the record first (two people saving one section); the message
    /// says what to do.
    Conflict(String),
    /// Too many attempts; try again after this many seconds.
    TooManyAttempts(u64),
    /// Something failed inside; logged, shown as a generic message.
    Internal(String),
    /// Same as the others, but the caller wants JSON.
    Json(Box<WebError>),
}

impl WebError {
    /// The same error, answered as JSON (`{"error": {"code", "message"}}`).
    pub fn json(self) -> Self {
        WebError::Json(Box::new(self))
    }

    fn parts(&self) -> (StatusCode, &'static str, String) {
        match self {
            WebError::NotFound => (StatusCode::NOT_FOUND, "not_found", t("error-no-such-record")),
            WebError::NotFoundBecause(m) => (StatusCode::NOT_FOUND, "not_found", m.clone()),
            WebError::BadRequest(m) => (StatusCode::BAD_REQUEST, "bad_request", m.clone()),
            WebError::SignInNeeded => (StatusCode::UNAUTHORIZED, "sign_in_needed", t("error-sign-in-first")),
            WebError::BadToken => (StatusCode::UNAUTHORIZED, "invalid_token", t("error-bad-token")),
            WebError::Forbidden(m) => (StatusCode::FORBIDDEN, "forbidden", m.clone()),
            WebError::Csrf => (StatusCode::FORBIDDEN, "csrf", t("error-csrf")),
            WebError::Conflict(m) => (StatusCode::CONFLICT, "conflict", m.clone()),
            WebError::TooManyAttempts(s) => {
                (StatusCode::TOO_MANY_REQUESTS, "too_many_attempts", t1("error-too-many", "seconds", *s))
            }
            WebError::Internal(cause) => {
                tracing::error!(%cause, "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal", t("error-internal"))
            }
            WebError::Json(inner) => inner.parts(),
        }
    }
}

/// Answers the failures of JSON API handlers as JSON: `.json_error()?` instead of
/// `.map_err(|e| WebError::from(e).json())?` in every handler.
pub trait JsonError<T> {
    /// The error as a [`WebError`] answered as JSON.
    fn json_error(self) -> Result<T, WebError>;
}

impl<T, E: Into<WebError>> JsonError<T> for Result<T, E> {
    fn json_error(self) -> Result<T, WebError> {
        self.map_err(|e| e.into().json())
    }
}

impl From<uprkit_store::StoreError> for WebError {
    fn from(e: uprkit_store::StoreError) -> Self {
        match e {
            uprkit_store::StoreError::Forbidden(m) => WebError::Forbidden(m),
            uprkit_store::StoreError::Invalid(m) => WebError::BadRequest(m),
            uprkit_store::StoreError::Conflict(m) => WebError::Conflict(m),
            e => WebError::Internal(e.to_string()),
        }
    }
}

impl From<uprkit_app::AppError> for WebError {
    fn from(e: uprkit_app::AppError) -> Self {
        use uprkit_app::AppError;
        match e {
            AppError::NotFound => WebError::NotFound,
            AppError::SignInNeeded => WebError::SignInNeeded,
            AppError::Forbidden(m) => WebError::Forbidden(m),
            AppError::Invalid(m) => WebError::BadRequest(m),
            AppError::Conflict(m) => WebError::Conflict(m),
            AppError::Internal(m) => WebError::Internal(m),
        }
    }
}

impl From<uprkit_search::sync::SyncError> for WebError {
    fn from(e: uprkit_search::sync::SyncError) -> Self {
        match e {
            uprkit_search::sync::SyncError::Search(e) => e.into(),
            uprkit_search::sync::SyncError::Store(e) => e.into(),
        }
    }
}

impl From<uprkit_search::SearchError> for WebError {
    fn from(e: uprkit_search::SearchError) -> Self {
        match e {
            // A search text beyond the limits is the user's to fix; the message says how.
            uprkit_search::SearchError::Query(e) => WebError::BadRequest(e.to_string()),
            e => WebError::Internal(e.to_string()),
        }
    }
}

impl From<askama::Error> for WebError {
    fn from(e: askama::Error) -> Self {
        WebError::Internal(e.to_string())
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let (status, code, message) = self.parts();
        if let WebError::TooManyAttempts(seconds) = self {
            let page = crate::routes::error_page(status, &message);
            return (status, [(axum::http::header::RETRY_AFTER, seconds.to_string())], Html(page)).into_response();
        }
        if let WebError::SignInNeeded = self {
            return axum::response::Redirect::to("/login").into_response();
        }
        if let WebError::Json(inner) = &self
            && matches!(**inner, WebError::SignInNeeded | WebError::BadToken)
        {
            let body = ErrorBody { error: ErrorDetail { code, message } };
            let challenge = [(axum::http::header::WWW_AUTHENTICATE, "Bearer")];
            return (status, challenge, Json(body)).into_response();
        }
        if let WebError::Json(_) = self {
            let body = ErrorBody { error: ErrorDetail { code, message } };
            return (status, Json(body)).into_response();
        }
        let page = crate::routes::error_page(status, &message);
        (status, Html(page)).into_response()
    }
}
