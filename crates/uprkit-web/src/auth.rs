//! Who is asking: the session cookie, the viewer it stands for, and CSRF protection.
//!
//! Sessions: a random token in an HttpOnly, SameSite=Lax cookie (Secure when served over TLS),
//! stored hashed, expiring, replaced at every login so that a planted cookie is worthless.
//! CSRF: every state-changing request carries the session's token, in a hidden form field
//! `csrf` or the `X-CSRF-Token` header (htmx); anonymous forms (login, invitations) use a
//! double-submit cookie.

use crate::{AppState, WebError};
use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;
use subtle::ConstantTimeEq;
use uprkit_store::{Actor, WebSession};

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "uprkit_session";
/// Name of the anonymous double-submit CSRF cookie.
pub const FORM_COOKIE: &str = "uprkit_form";

/// The person behind a request.
#[derive(Debug, Clone)]
pub struct Auth {
    /// The session and its cookie value, when signed in.
    pub session: Option<(String, WebSession)>,
    /// Who acts: what they may see and change.
    pub actor: Actor,
    /// The anonymous form token from the cookie, if any.
    pub form_cookie: Option<String>,
    /// Whether the request came over TLS (directly or through a proxy that says so).
    pub secure: bool,
    /// Whether a bearer token authenticated the request: no cookie, so no CSRF to check.
    pub bearer: bool,
}

/// A cookie's value from the request headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

impl FromRequestParts<AppState> for Auth {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Self::Rejection> {
        let secure = parts.headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok()) == Some("https")
            || parts.uri.scheme_str() == Some("https");
        let form_cookie = cookie(&parts.headers, FORM_COOKIE);
        if let Some(token) = bearer_token(&parts.headers) {
            // Tokens are for the JSON API; a wrong, revoked or expired one is refused outright
            // rather than treated as anonymous, so a script notices at once.
            // Inside the nested API router the URI has lost its /api/v1 prefix: ask for the original.
            let original = parts.extensions.get::<axum::extract::OriginalUri>().map(|o| o.0.path().to_string());
            if !original.as_deref().unwrap_or(parts.uri.path()).starts_with("/api/") {
                return Err(WebError::BadRequest("API tokens work on /api/v1 only".into()).json());
            }
            return match app.app.authenticate_bearer(&token).await? {
                Some(actor) => Ok(Auth { session: None, actor, form_cookie: None, secure, bearer: true }),
                None => Err(WebError::BadToken.json()),
            };
        }
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Ok(Auth { session: None, actor: Actor::anonymous(), form_cookie, secure, bearer: false });
        };
        match app.store.authenticate_session(&token).await? {
            Some((session, actor)) => {
                Ok(Auth { session: Some((token, session)), actor, form_cookie, secure, bearer: false })
            }
            None => Ok(Auth { session: None, actor: Actor::anonymous(), form_cookie, secure, bearer: false }),
        }
    }
}

/// The token of an `Authorization: Bearer TOKEN` header.
fn bearer_token(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(axum::http::header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim().to_string())
}

fn same(a: &str, b: &str) -> bool {
    !a.is_empty() && a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

impl Auth {
    /// The signed-in session, or a 401-style refusal.
    pub fn signed_in(&self) -> Result<&WebSession, WebError> {
        if self.bearer {
            return Err(WebError::Forbidden("this page needs a signed-in browser, not an API token".into()));
        }
        self.session.as_ref().map(|(_, s)| s).ok_or(WebError::SignInNeeded)
    }

    /// The CSRF token to put in this viewer's forms.
    pub fn csrf(&self) -> String {
        match &self.session {
            Some((_, s)) => s.csrf_token.clone(),
            None => self.form_cookie.clone().unwrap_or_default(),
        }
    }

    /// Checks a state-changing request's token (form field or header).
    pub fn check_csrf(&self, form_token: Option<&str>, headers: &HeaderMap) -> Result<(), WebError> {
        // A bearer token is sent by a program, never added by a browser on its own: no
        // cross-site request can carry it, so there is nothing to forge.
        if self.bearer {
            return Ok(());
        }
        let sent = form_token
            .map(String::from)
            .or_else(|| headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).map(String::from))
            .unwrap_or_default();
        let expected = match &self.session {
            Some((_, s)) => s.csrf_token.clone(),
            None => self.form_cookie.clone().unwrap_or_default(),
        };
        if same(&sent, &expected) { Ok(()) } else { Err(WebError::Csrf) }
    }

    /// `Set-Cookie` value for a cookie with the safe attributes.
    pub fn set_cookie(&self, name: &str, value: &str, max_age: i64) -> String {
        let secure = if self.secure { "; Secure" } else { "" };
        format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}")
    }
}

/// The address a request came from ("unknown" when the server was not told): the peer, or,
/// when the peer is a configured trusted proxy, the client it forwards for.
#[derive(Debug, Clone)]
pub struct PeerAddress(pub String);

impl FromRequestParts<AppState> for PeerAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Self::Rejection> {
        let Some(peer) = parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|c| c.0.ip())
        else {
            return Ok(PeerAddress("unknown".into()));
        };
        let forwarded: Vec<&str> =
            parts.headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
        Ok(PeerAddress(app.config.client_address(peer, &forwarded).to_string()))
    }
}
