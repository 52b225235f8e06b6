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
use uprkit_app::{Joining, PasswordChange};
use uprkit_store::{Acceptance, Actor, Role, User, random_token};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/login", get(login_page).post(login))
        .route("/logout", post(logout))
        .route("/account", get(account))
        .route("/account/password", post(change_password))
        .route("/invitations/{token}", get(invitation_page).post(accept_invitation))
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

/// One answer for an unknown address and a wrong password.
fn wrong() -> String {
    crate::i18n::t("account-wrong-sign-in")
}

/// Checks an e-mail address and a password as a sign-in does: slowed down after repeated
/// failures (per account and per address, see [`uprkit_store::Store::login_wait`]), as slow
/// for an unknown address as for a wrong password. `None`: they do not match.
///
/// A failure is recorded under the e-mail address typed, whether or not it has an account:
/// failures for an address without an account weigh on no real account (no one signs in as
/// it), and throttling both alike keeps the wait from telling which addresses have accounts.
async fn verify_sign_in(
    app: &AppState,
    email: &str,
    password: &str,
    address: &str,
) -> Result<Option<(User, Actor)>, WebError> {
    let wait = app.store.login_wait(email, address).await?;
    if wait > 0 {
        return Err(WebError::TooManyAttempts(wait));
    }
    match app.store.authenticate_password(email, password).await? {
        Some(found) => {
            app.store.clear_login_failures(email).await?;
            Ok(Some(found))
        }
        None => {
            app.store.record_login_failure(email, address).await?;
            Ok(None)
        }
    }
}

async fn login(
    State(app): State<AppState>,
    auth: Auth,
    PeerAddress(address): PeerAddress,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    let Some((user, _)) = verify_sign_in(&app, &form.email, &form.password, &address).await? else {
        let page = LoginPage { csrf: auth.csrf(), message: Some(wrong()), email: form.email.clone() };
        return Ok((axum::http::StatusCode::UNAUTHORIZED, Html(page.render()?)).into_response());
    };
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
        .map(|(id, name, role)| (id, name, crate::routes::organisations::role_label(role)))
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
    if app.app.change_own_password(&auth.actor, &form.current, &form.new).await? == PasswordChange::CurrentWrong {
        return Ok(Html(account_page(&app, &auth, Some(crate::i18n::t("account-current-password-wrong"))).await?)
            .into_response());
    }
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
            InvitationPage {
                organisation,
                role: crate::routes::organisations::role_label(role),
                csrf,
                signed_in,
                message: None,
            }
            .render()?,
        )
        .into_response());
    }
    anonymous_form(&auth, |csrf| {
        Ok(InvitationPage {
            organisation,
            role: crate::routes::organisations::role_label(role),
            csrf,
            signed_in,
            message: None,
        }
        .render()?)
    })
}

#[derive(Deserialize)]
struct AcceptForm {
    csrf: Option<String>,
    name: Option<String>,
    email: Option<String>,
    password: Option<String>,
}

/// Takes up an invitation: signed in, for the signed-in user; otherwise for the account of
/// the given address (its password checked as a sign-in is) or a new account. The answer does
/// not say whether an address has an account: a wrong password and a taken address get the
/// same refusal, and the checks that could differ (password length, address form) come first.
async fn accept_invitation(
    State(app): State<AppState>,
    auth: Auth,
    PeerAddress(address): PeerAddress,
    Path(token): Path<String>,
    headers: HeaderMap,
    Form(form): Form<AcceptForm>,
) -> Result<Response, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    let (_, organisation, role) = app.store.invitation(&token).await?.ok_or(WebError::NotFound)?;
    let (actor, joining) = match &auth.session {
        Some(_) => (auth.actor.clone(), Joining::AsActor),
        None => {
            let (Some(name), Some(email), Some(password)) = (&form.name, &form.email, &form.password) else {
                return Err(WebError::BadRequest("give your name, e-mail address and a password".into()));
            };
            if password.chars().count() < 10 {
                return Err(WebError::BadRequest("a password needs at least 10 characters".into()));
            }
            if !email.contains('@') || email.trim().len() > 254 {
                return Err(WebError::BadRequest(format!("{email:?} is not an e-mail address")));
            }
            // Both branches wait alike, so the wait tells nothing about the address either.
            let wait = app.store.login_wait(email, &address).await?;
            if wait > 0 {
                return Err(WebError::TooManyAttempts(wait));
            }
            if app.store.user_by_email(email).await?.is_some() {
                match verify_sign_in(&app, email, password, &address).await? {
                    Some((_, actor)) => (actor, Joining::AsActor),
                    None => return refuse_invitation(&auth, organisation, role),
                }
            } else {
                let joining = Joining::NewAccount {
                    email: email.clone(),
                    display_name: name.clone(),
                    password: password.clone(),
                };
                (auth.actor.clone(), joining)
            }
        }
    };
    match app.app.accept_invitation(&actor, &token, joining).await? {
        Acceptance::Joined { user_id, .. } => start_session(&app, &auth, user_id).await,
        Acceptance::Unavailable => Err(WebError::NotFound),
        Acceptance::AddressTaken => refuse_invitation(&auth, organisation, role),
    }
}

/// The invitation form again, with the one refusal for a wrong password and a taken address.
fn refuse_invitation(auth: &Auth, organisation: String, role: Role) -> Result<Response, WebError> {
    let message = crate::i18n::t("account-invitation-refused");
    let page = InvitationPage {
        organisation,
        role: crate::routes::organisations::role_label(role),
        csrf: auth.csrf(),
        signed_in: false,
        message: Some(message),
    };
    Ok((axum::http::StatusCode::UNAUTHORIZED, Html(page.render()?)).into_response())
}

/// Roles people can be invited with.
pub fn role_of(s: &str) -> Result<Role, WebError> {
    Role::parse(s).ok_or_else(|| WebError::BadRequest(format!("{s:?} is not a role: owner, editor or viewer")))
}
