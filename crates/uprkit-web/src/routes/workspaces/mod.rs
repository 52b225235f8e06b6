//! Review workspaces (issue 14): an organisation or a coalition opens one to prepare a State's
//! review. Its list, its home (what comes next, the previous cycle's recommendations by theme,
//! the documents), its settings, its national consultations and the submission's downloads.
//! A workspace the viewer may not see answers exactly like one that does not exist; the
//! submission builder's pages are elsewhere (`routes/submission/`).

mod consultation_edit;
pub(crate) mod consultations;
mod delete;
pub(crate) mod download;
mod home;
mod list;
mod open;
pub mod prepare;
mod previous;
mod settings;
mod words;

use crate::auth::Auth;
use crate::routes::organisations::visibility_label;
use crate::{AppState, WebError};
use axum::Router;
use axum::routing::{get, post};
use uprkit_store::{Owned, Role, Visibility, Workspace};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/workspaces", get(list::list).post(open::open))
        .route("/workspaces/{id}", get(home::home))
        .route("/workspaces/{id}/settings", get(settings::form).post(settings::save))
        .route("/workspaces/{id}/delete", get(delete::confirm).post(delete::delete))
        .route("/workspaces/{id}/consultations", get(consultations::list).post(consultations::record))
        .route("/consultations/{id}/edit", get(consultation_edit::form).post(consultation_edit::save))
        .route("/consultations/{id}/delete", post(consultation_edit::delete))
        .merge(download::router())
}

/// Who may see a workspace, as people read it: "Private", "Coalition: NAME", "Public".
pub(crate) async fn audience(app: &AppState, auth: &Auth, w: &Owned<Workspace>) -> Result<String, WebError> {
    let label = visibility_label(w.ownership.visibility);
    if let (Visibility::Coalition, Some(id)) = (w.ownership.visibility, w.ownership.coalition_id) {
        // Only the name of a coalition the viewer belongs to is shown; others see the word.
        if let Ok(c) = app.app.coalition(&auth.actor, id).await {
            return Ok(crate::i18n::t1("workspace-audience-coalition", "coalition", c.name));
        }
    }
    Ok(label)
}

/// Whether the viewer may change the workspace: an editor of its organisation, or of another
/// organisation of the coalition it is shared with (the application layer checks again).
pub(crate) async fn may_write(app: &AppState, auth: &Auth, w: &Owned<Workspace>) -> Result<bool, WebError> {
    if auth.session.is_none() {
        return Ok(false);
    }
    let editor = |org: i64| auth.actor.role_in(org) >= Some(Role::Editor);
    if editor(w.ownership.organisation_id) {
        return Ok(true);
    }
    if let (Visibility::Coalition, Some(id)) = (w.ownership.visibility, w.ownership.coalition_id) {
        return Ok(app.store.coalition_members(id).await?.iter().any(|(org, _)| editor(*org)));
    }
    Ok(false)
}

/// Whether the viewer may change who sees the workspace, or delete it: editors of its own
/// organisation only.
pub(crate) fn may_govern(auth: &Auth, w: &Owned<Workspace>) -> bool {
    auth.session.is_some() && auth.actor.role_in(w.ownership.organisation_id) >= Some(Role::Editor)
}

/// The workspace, or the same 404 as for one that does not exist.
pub(crate) async fn workspace(app: &AppState, auth: &Auth, id: i64) -> Result<Owned<Workspace>, WebError> {
    Ok(app.app.workspace(&auth.actor, id).await?)
}

/// A checkbox of a form: sent ("on") or not.
pub(crate) fn checked(value: &Option<String>) -> bool {
    value.as_deref().is_some_and(|v| !v.is_empty() && v != "0" && v != "false")
}

/// A number of words with the language's digit grouping (templates hand over references).
pub(crate) fn words(n: &i64) -> String {
    crate::i18n::num(*n)
}
