//! `GET|POST /workspaces/{id}/delete`: deleting a workspace, with everything in it, after a
//! page that asks to confirm. Only editors of its own organisation may.

use super::{may_govern, workspace};
use crate::auth::Auth;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use uprkit_store::{Owned, Workspace};

#[derive(Template)]
#[template(path = "workspace_delete.html")]
struct DeletePage {
    w: Owned<Workspace>,
    csrf: String,
}

/// `GET /workspaces/{id}/delete`: the confirmation.
pub async fn confirm(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Html<String>, WebError> {
    let w = workspace(&app, &auth, id).await?;
    if !may_govern(&auth, &w) {
        return Err(WebError::Forbidden(crate::i18n::t("workspace-owners-only")));
    }
    Ok(Html(DeletePage { w, csrf: auth.csrf() }.render()?))
}

/// `POST /workspaces/{id}/delete`.
pub async fn delete(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<crate::routes::CsrfOnly>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    let w = workspace(&app, &auth, id).await?;
    if !may_govern(&auth, &w) {
        return Err(WebError::Forbidden(crate::i18n::t("workspace-owners-only")));
    }
    app.app.delete_workspace(&auth.actor, id).await?;
    Ok(Redirect::to("/workspaces"))
}
