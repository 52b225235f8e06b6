//! One consultation: `GET|POST /consultations/{id}/edit` and `POST /consultations/{id}/delete`.

use super::consultations::{BLANK_ISSUES, ConsultationForm, section_choices};
use super::{may_write, workspace};
use crate::auth::Auth;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use uprkit_store::{Consultation, Owned, Workspace};

#[derive(Template)]
#[template(path = "consultation_edit.html")]
struct EditPage {
    w: Owned<Workspace>,
    c: Owned<Consultation>,
    sections: Vec<(i64, String)>,
    csrf: String,
    /// Issue line numbers after the written ones.
    blank: Vec<usize>,
    /// The consultation's values, for the form.
    current: Option<Consultation>,
}

/// The consultation and its workspace, if the viewer may change them (404 when they may not
/// see them, 403 when they may only read).
async fn writable(app: &AppState, auth: &Auth, id: i64) -> Result<(Owned<Workspace>, Owned<Consultation>), WebError> {
    let c = app.app.consultation(&auth.actor, id).await?;
    let w = workspace(app, auth, c.record.workspace_id).await?;
    if !may_write(app, auth, &w).await? {
        return Err(WebError::Forbidden(crate::i18n::t("workspace-editors-only")));
    }
    Ok((w, c))
}

/// `GET /consultations/{id}/edit`.
pub async fn form(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Html<String>, WebError> {
    let (w, c) = writable(&app, &auth, id).await?;
    let written = c.record.issues_raised.len();
    let page = EditPage {
        sections: section_choices(&app, &auth, w.id).await?,
        csrf: auth.csrf(),
        blank: (written..written + BLANK_ISSUES).collect(),
        current: Some(c.record.clone()),
        w,
        c,
    };
    Ok(Html(page.render()?))
}

/// `POST /consultations/{id}/edit`.
pub async fn save(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Redirect, WebError> {
    let form = ConsultationForm::read(pairs)?;
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    let (w, _) = writable(&app, &auth, id).await?;
    app.app.change_consultation(&auth.actor, id, &form.consultation).await?;
    Ok(Redirect::to(&format!("/workspaces/{}/consultations#consultation-{id}", w.id)))
}

/// `POST /consultations/{id}/delete`.
pub async fn delete(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<crate::routes::CsrfOnly>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    let (w, _) = writable(&app, &auth, id).await?;
    app.app.delete_consultation(&auth.actor, id).await?;
    Ok(Redirect::to(&format!("/workspaces/{}/consultations", w.id)))
}
