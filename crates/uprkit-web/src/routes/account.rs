//! Signing in and out, the account page, password change, invitations.

use crate::auth::{Auth, FORM_COOKIE, PeerAddress, SESSION_COOKIE};
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Router, routing::post};
use serde::Deserialize;
use uprkit_store::{FREE_FAILURES, Role, random_token};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/login", get(login_page).post(login))
        .route("/logout", post(logout))
        .route("/account", get(account))
        .route("/account/password", post(change_password))
        .route("/invitations/{token}", get(invitation_page).post(accept_invitation))
}

/// A hash that takes as long to check as a real one: unknown users cost the same time as wrong
/// passwords, so timing does not tell which e-mail addresses have accounts.
fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| password_auth_hash("not a password of anyone"))
}

fn password_auth_hash(p: &str) -> String {
    uprkit_store::hash_password(p).unwrap_or_default()
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    csrf: String,
    message: Option<String>,
    email: String,
}

/// Shows a form whose anonymous CSRF token is also set as a cookie (double submit).
fn anonymous_form(auth: &Auth, page: impl FnOnce(String) -> Result<String, WebError>) -> Result<Response, WebError> {
    let token = match &auth.form_cookie {
        Some(t) if t.len() == 64 => t.clone(),
        _ => random_token()?,
    };
    let html = page(token.clone())?;
    Ok(([(header::SET_COOKIE, auth.set_cookie(FORM_COOKIE, &token, 3600))], Html(html)).into_response())
}

async fn login_page(auth: Auth) -> Result<Response, WebError> {
    if auth.session.is_some() {
        return Ok(Redirect::to("/account").into_response());
    }
    anonymous_form(&auth, |csrf| Ok(LoginPage { csrf, message: None, email: String::new() }.render()?))
}

#[derive(Deserialize)]
struct LoginForm {
    email: String,
    password: String,
    csrf: Option<String>,
}

/// Seconds to wait after `failures` recent failures: none for the first five, then doubling.
pub fn throttle_seconds(failures: i64) -> u64 {
    if failures < FREE_FAILURES { 0 } else { (1u64 << (failures - FREE_FAILURES).min(8)).min(300) * 2 }
}

async fn login(
    State(app): State<AppState>,
    auth: Auth,
    PeerAddress(address): PeerAddress,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    let failures = app.store.recent_login_failures(&form.email, &address).await?;
    let wait = throttle_seconds(failures);
    if wait > 0 {
        return Err(WebError::TooManyAttempts(wait));
    }
    let user = app.store.user_by_email(&form.email).await?;
    let hash = user.as_ref().map(|(_, h)| h.clone()).unwrap_or_else(|| dummy_hash().to_string());
    let password = form.password.clone();
    let valid = tokio::task::spawn_blocking(move || password_auth::verify_password(password, &hash).is_ok())
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let Some((user, _)) = user.filter(|_| valid) else {
        app.store.record_login_failure(&form.email, &address).await?;
        // One answer for an unknown address and a wrong password.
        let page = LoginPage {
            csrf: auth.csrf(),
            message: Some("The e-mail address or the password is wrong.".into()),
            email: form.email.clone(),
        };
        return Ok((axum::http::StatusCode::UNAUTHORIZED, Html(page.render()?)).into_response());
    };
    app.store.clear_login_failures(&form.email).await?;
    app.store.audit(Some(user.id), None, "login", "user", &user.id.to_string(), None, None).await?;
    start_session(&app, &auth, user.id).await
}

/// Ends the request's session, if any, and starts a new one for `user_id`: a cookie planted
/// before sign-in (fixation) opens nothing. Answers with the cookie and the account page.
async fn start_session(app: &AppState, auth: &Auth, user_id: i64) -> Result<Response, WebError> {
    if let Some((old, _)) = &auth.session {
        app.store.end_session(old).await?;
    }
    let token = app.store.create_session(user_id).await?;
    let cookie = auth.set_cookie(SESSION_COOKIE, &token, uprkit_store::SESSION_SECONDS);
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to("/account")).into_response())
}

#[derive(Deserialize)]
struct CsrfForm {
    csrf: Option<String>,
}

async fn logout(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Form(form): Form<CsrfForm>,
) -> Result<Response, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    if let Some((token, _)) = &auth.session {
        app.store.end_session(token).await?;
    }
    Ok(([(header::SET_COOKIE, auth.set_cookie(SESSION_COOKIE, "", 0))], Redirect::to("/")).into_response())
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    name: String,
    email: String,
    csrf: String,
    organisations: Vec<(i64, String, String)>,
    message: Option<String>,
}

async fn account_page(app: &AppState, auth: &Auth, message: Option<String>) -> Result<String, WebError> {
    let session = auth.signed_in()?;
    let organisations = app
        .store
        .memberships(session.user.id)
        .await?
        .into_iter()
        .map(|(id, name, role)| (id, name, role.as_str().to_string()))
        .collect();
    Ok(AccountPage {
        name: session.user.display_name.clone(),
        email: session.user.email.clone(),
        csrf: session.csrf_token.clone(),
        organisations,
        message,
    }
    .render()?)
}

async fn account(State(app): State<AppState>, auth: Auth) -> Result<Html<String>, WebError> {
    Ok(Html(account_page(&app, &auth, None).await?))
}

#[derive(Deserialize)]
struct PasswordForm {
    current: String,
    new: String,
    csrf: Option<String>,
}

async fn change_password(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Form(form): Form<PasswordForm>,
) -> Result<Response, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    let session = auth.signed_in()?;
    let Some((_, hash)) = app.store.user_by_email(&session.user.email).await? else {
        return Err(WebError::SignInNeeded);
    };
    if password_auth::verify_password(&form.current, &hash).is_err() {
        return Ok(
            Html(account_page(&app, &auth, Some("The current password is wrong.".into())).await?).into_response()
        );
    }
    app.store.set_password(session.user.id, &form.new).await?;
    // Every session ended with the change; this one starts again.
    start_session(&app, &auth, session.user.id).await
}

#[derive(Template)]
#[template(path = "invitation.html")]
struct InvitationPage {
    organisation: String,
    role: String,
    csrf: String,
    signed_in: bool,
    message: Option<String>,
}

async fn invitation_page(
    State(app): State<AppState>,
    auth: Auth,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let (_, organisation, role) = app.store.invitation(&token).await?.ok_or(WebError::NotFound)?;
    let signed_in = auth.session.is_some();
    if signed_in {
        let csrf = auth.csrf();
        return Ok(Html(
            InvitationPage { organisation, role: role.as_str().into(), csrf, signed_in, message: None }.render()?,
        )
        .into_response());
    }
    anonymous_form(&auth, |csrf| {
        Ok(InvitationPage { organisation, role: role.as_str().into(), csrf, signed_in, message: None }.render()?)
    })
}

#[derive(Deserialize)]
struct AcceptForm {
    csrf: Option<String>,
    name: Option<String>,
    email: Option<String>,
    password: Option<String>,
}

async fn accept_invitation(
    State(app): State<AppState>,
    auth: Auth,
    Path(token): Path<String>,
    headers: HeaderMap,
    Form(form): Form<AcceptForm>,
) -> Result<Response, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    app.store.invitation(&token).await?.ok_or(WebError::NotFound)?;
    let user_id = match &auth.session {
        Some((_, s)) => s.user.id,
        None => {
            let (Some(name), Some(email), Some(password)) = (&form.name, &form.email, &form.password) else {
                return Err(WebError::BadRequest("give your name, e-mail address and a password".into()));
            };
            app.store.create_user(email, name, password, false).await?
        }
    };
    if !app.store.accept_invitation(&token, user_id).await? {
        return Err(WebError::NotFound);
    }
    start_session(&app, &auth, user_id).await
}

/// Roles people can be invited with.
pub fn role_of(s: &str) -> Result<Role, WebError> {
    Role::parse(s).ok_or_else(|| WebError::BadRequest(format!("{s:?} is not a role: owner, editor or viewer")))
}
