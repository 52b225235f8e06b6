//! `GET|POST /workspaces/{id}/settings`: title, joint or single submission, the organisations
//! block, key words, what counts towards the word limit, and who sees the workspace (only
//! editors of its own organisation may change that; coalition partners keep it as it is).

use super::{checked, may_govern, may_write, workspace};
use crate::auth::Auth;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use serde::Deserialize;
use uprkit_app::workspaces::WorkspaceSettings;
use uprkit_store::{Owned, Visibility, Workspace};

#[derive(Template)]
#[template(path = "workspace_settings.html")]
struct SettingsPage {
    w: Owned<Workspace>,
    /// Coalitions of the workspace's organisation (id, name, chosen now).
    coalitions: Vec<(i64, String, bool)>,
    can_govern: bool,
    csrf: String,
}

/// Refuses unless the viewer may change the workspace (404 first when they may not see it).
async fn writable(app: &AppState, auth: &Auth, id: i64) -> Result<Owned<Workspace>, WebError> {
    let w = workspace(app, auth, id).await?;
    if !may_write(app, auth, &w).await? {
        return Err(WebError::Forbidden(crate::i18n::t("workspace-editors-only")));
    }
    Ok(w)
}

/// `GET /workspaces/{id}/settings`.
pub async fn form(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Html<String>, WebError> {
    let w = writable(&app, &auth, id).await?;
    let org = w.ownership.organisation_id;
    let coalitions = app
        .app
        .coalitions(&auth.actor)
        .await?
        .into_iter()
        .filter(|c| c.members.iter().any(|(o, _)| *o == org))
        .map(|c| (c.id, c.name, w.ownership.coalition_id == Some(c.id)))
        .collect();
    let page = SettingsPage { can_govern: may_govern(&auth, &w), coalitions, csrf: auth.csrf(), w };
    Ok(Html(page.render()?))
}

/// The settings form.
#[derive(Deserialize)]
pub struct SettingsForm {
    title: String,
    /// `joint` or `single`.
    kind: String,
    organisations: String,
    key_words: String,
    count_footnotes: Option<String>,
    count_annex: Option<String>,
    visibility: Option<String>,
    coalition_id: Option<String>,
    csrf: Option<String>,
}

/// `POST /workspaces/{id}/settings`.
pub async fn save(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<SettingsForm>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    let w = writable(&app, &auth, id).await?;
    let (visibility, coalition_id) = if may_govern(&auth, &w) {
        let visibility = Visibility::parse(form.visibility.as_deref().unwrap_or(""))
            .ok_or_else(|| WebError::BadRequest("visibility: private, coalition or public".into()))?;
        let coalition = form.coalition_id.as_deref().and_then(|c| c.trim().parse().ok());
        if visibility == Visibility::Coalition && coalition.is_none() {
            return Err(WebError::BadRequest(crate::i18n::t("workspace-coalition-needed")));
        }
        (visibility, coalition.or(w.ownership.coalition_id))
    } else {
        (w.ownership.visibility, w.ownership.coalition_id)
    };
    let settings = WorkspaceSettings {
        title: form.title,
        joint: form.kind == "joint",
        organisations: form.organisations,
        key_words: form.key_words,
        count_footnotes: checked(&form.count_footnotes),
        count_annex: checked(&form.count_annex),
        visibility,
        coalition_id,
    };
    app.app.change_workspace(&auth.actor, id, &settings).await?;
    Ok(Redirect::to(&format!("/workspaces/{id}")))
}
