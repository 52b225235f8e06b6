//! The viewer's organisations and an organisation's page (members, invitations). Only members
//! see an organisation; to everyone else it answers as if it did not exist. Its notes are in
//! `notes.rs`, its audit log in `audit.rs`.

use crate::auth::Auth;
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::HeaderMap;
use axum::response::Html;
use axum::routing::{get, post};
use serde::Deserialize;
use std::collections::HashMap;
use uprkit_store::{Role, Visibility};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/organisations", get(list))
        .route("/organisations/{id}", get(show))
        .route("/organisations/{id}/invitations", post(invite))
}

/// The viewer's role in the organisation; not a member: not found.
pub(crate) fn role(auth: &Auth, id: i64) -> Result<Role, WebError> {
    auth.signed_in()?;
    auth.actor.role_in(id).ok_or(WebError::NotFound)
}

/// A role as people read it, in the request's language.
pub(crate) fn role_label(role: Role) -> String {
    match role {
        Role::Owner => crate::i18n::t("organisation-role-owner"),
        Role::Editor => crate::i18n::t("organisation-role-editor"),
        Role::Viewer => crate::i18n::t("organisation-role-viewer"),
    }
}

/// Who may see a record, as people read it.
pub(crate) fn visibility_label(visibility: Visibility) -> String {
    match visibility {
        Visibility::Private => crate::i18n::t("organisation-visibility-private"),
        Visibility::Coalition => crate::i18n::t("organisation-visibility-coalition"),
        Visibility::Public => crate::i18n::t("organisation-visibility-public"),
    }
}

/// The name of one of the viewer's organisations; not one of theirs: not found.
pub(crate) async fn organisation_name(app: &AppState, auth: &Auth, id: i64) -> Result<String, WebError> {
    role(auth, id)?;
    app.store
        .memberships(auth.signed_in()?.user.id)
        .await?
        .into_iter()
        .find(|(o, _, _)| *o == id)
        .map(|(_, n, _)| n)
        .ok_or(WebError::NotFound)
}

/// Names of an organisation's members by user id: who wrote a note, who changed a record.
pub(crate) async fn member_names(app: &AppState, id: i64) -> Result<HashMap<i64, String>, WebError> {
    Ok(app.store.members(id).await?.into_iter().map(|(user, name, _, _)| (user, name)).collect())
}

/// The first `max` characters of a text, cut at a word, with "…" when something was cut.
pub(crate) fn shorten(text: &str, max: usize) -> (String, bool) {
    let text = text.trim();
    if text.chars().count() <= max {
        return (text.to_string(), false);
    }
    let cut: String = text.chars().take(max).collect();
    let at_word = cut.rfind(char::is_whitespace).filter(|i| *i > max / 2).map_or(cut.as_str(), |i| &cut[..i]);
    (format!("{}…", at_word.trim_end()), true)
}

/// One of the viewer's organisations in the list.
struct OrganisationRow {
    id: i64,
    name: String,
    role: String,
    is_owner: bool,
}

#[derive(Template)]
#[template(path = "organisations.html")]
struct OrganisationsPage {
    organisations: Vec<OrganisationRow>,
}

async fn list(State(app): State<AppState>, auth: Auth) -> Result<Html<String>, WebError> {
    let user = auth.signed_in()?.user.id;
    let mut organisations: Vec<OrganisationRow> = app
        .store
        .memberships(user)
        .await?
        .into_iter()
        .map(|(id, name, role)| OrganisationRow { id, name, role: role_label(role), is_owner: role == Role::Owner })
        .collect();
    crate::i18n::sort_by_name(&mut organisations, |o| o.name.as_str());
    Ok(Html(OrganisationsPage { organisations }.render()?))
}

/// A member on the organisation's page.
struct MemberRow {
    name: String,
    email: String,
    role: String,
}

/// A fresh invitation link, and what happened to the e-mail carrying it.
struct Invitation {
    link: String,
    mail: Option<String>,
}

#[derive(Template)]
#[template(path = "organisation.html")]
struct OrganisationPage {
    id: i64,
    name: String,
    role: String,
    is_owner: bool,
    members: Vec<MemberRow>,
    coalitions: Vec<(i64, String)>,
    csrf: String,
    invitation: Option<Invitation>,
}

async fn page(app: &AppState, auth: &Auth, id: i64, invitation: Option<Invitation>) -> Result<String, WebError> {
    let my_role = role(auth, id)?;
    let name = organisation_name(app, auth, id).await?;
    let members = app
        .store
        .members(id)
        .await?
        .into_iter()
        .map(|(_, name, email, role)| MemberRow { name, email, role: role_label(role) })
        .collect();
    let coalitions = app
        .app
        .coalitions(&auth.actor)
        .await?
        .into_iter()
        .filter(|c| c.members.iter().any(|(o, _)| *o == id))
        .map(|c| (c.id, c.name))
        .collect();
    Ok(OrganisationPage {
        id,
        name,
        role: role_label(my_role),
        is_owner: my_role == Role::Owner,
        members,
        coalitions,
        csrf: auth.csrf(),
        invitation,
    }
    .render()?)
}

async fn show(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Html<String>, WebError> {
    Ok(Html(page(&app, &auth, id, None).await?))
}

#[derive(Deserialize)]
struct InviteForm {
    role: String,
    email: Option<String>,
    csrf: Option<String>,
}

async fn invite(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<InviteForm>,
) -> Result<Html<String>, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    let role = crate::routes::account::role_of(&form.role)?;
    let token = app.app.invite(&auth.actor, id, role, 7).await?;
    // The configured public address, never the request's Host header (which the sender of
    // the request chooses, and which would put their site in the invitation e-mail).
    let link = format!("{}/invitations/{token}", app.config.public_url);
    let email = form.email.as_deref().map(str::trim).filter(|e| !e.is_empty());
    let mail = match (crate::mail::SmtpRelay::from_env(), email) {
        (Some(relay), Some(to)) => {
            // The e-mail stays in English: it goes to someone whose language uprkit does not know.
            let name = &auth.signed_in()?.user.display_name;
            let body = format!(
                "{name} invites you to join their organisation on uprkit as {}.\n\nOpen this link within 7 days (it works once):\n{link}\n",
                role.as_str()
            );
            Some(match crate::mail::send(&relay, to, "Invitation to uprkit", &body).await {
                Ok(()) => crate::i18n::t1("organisation-invitation-sent", "to", to),
                Err(e) => crate::i18n::t1("organisation-invitation-not-sent", "reason", e.to_string()),
            })
        }
        _ => None,
    };
    Ok(Html(page(&app, &auth, id, Some(Invitation { link, mail })).await?))
}
