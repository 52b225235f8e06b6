//! `/account/tokens`: make and revoke personal API tokens.

use crate::auth::Auth;
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use axum::routing::{get, post};
use serde::Deserialize;
use uprkit_store::ApiToken;

pub fn router() -> Router<AppState> {
    Router::new().route("/account/tokens", get(page).post(create)).route("/account/tokens/{id}/revoke", post(revoke))
}

#[derive(Template)]
#[template(path = "tokens.html")]
struct TokensPage {
    tokens: Vec<ApiToken>,
    new_token: Option<String>,
    csrf: String,
}

async fn render(app: &AppState, auth: &Auth, new_token: Option<String>) -> Result<Html<String>, WebError> {
    let tokens = app.app.tokens(&auth.actor).await?;
    Ok(Html(TokensPage { tokens, new_token, csrf: auth.csrf() }.render()?))
}

async fn page(State(app): State<AppState>, auth: Auth) -> Result<Html<String>, WebError> {
    auth.signed_in()?;
    render(&app, &auth, None).await
}

#[derive(Deserialize)]
struct TokenForm {
    name: String,
    expires: Option<String>,
    csrf: Option<String>,
}

async fn create(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> Result<Html<String>, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    let email = auth.signed_in()?.user.email.clone();
    let days = match form.expires.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(d) => {
            Some(d.parse().map_err(|_| WebError::BadRequest(crate::i18n::t1("account-tokens-bad-days", "value", d)))?)
        }
    };
    let made = app.app.create_token(&auth.actor, &email, &form.name, days).await?;
    // The token is in this one answer only: it is never stored, so it cannot be shown again.
    render(&app, &auth, Some(made.token)).await
}

async fn revoke(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(form): Form<crate::routes::CsrfOnly>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    auth.signed_in()?;
    app.app.revoke_token(&auth.actor, id).await?;
    Ok(Redirect::to("/account/tokens"))
}
