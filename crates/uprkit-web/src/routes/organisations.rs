//! An organisation's page (members, invitations) and its audit log. Only members see any of
//! it; to everyone else an organisation answers as if it did not exist.

use crate::auth::Auth;
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use uprkit_store::{AuditEntry, Role};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/organisations/{id}", get(show))
        .route("/organisations/{id}/invitations", post(invite))
        .route("/organisations/{id}/audit", get(audit))
        .route("/organisations/{id}/audit.csv", get(audit_csv))
}

/// The viewer's role in the organisation; not a member: not found.
fn role(auth: &Auth, id: i64) -> Result<Role, WebError> {
    auth.signed_in()?;
    auth.actor.role_in(id).ok_or(WebError::NotFound)
}

fn owner(auth: &Auth, id: i64) -> Result<(), WebError> {
    match role(auth, id)? {
        Role::Owner => Ok(()),
        _ => Err(WebError::Forbidden("only the organisation's owners can do this".into())),
    }
}

#[derive(Template)]
#[template(path = "organisation.html")]
struct OrganisationPage {
    id: i64,
    name: String,
    is_owner: bool,
    members: Vec<(String, String, String)>,
    csrf: String,
    invitation: Option<String>,
}

async fn page(app: &AppState, auth: &Auth, id: i64, invitation: Option<String>) -> Result<String, WebError> {
    let my_role = role(auth, id)?;
    let name = app
        .store
        .memberships(auth.signed_in()?.user.id)
        .await?
        .into_iter()
        .find(|(o, _, _)| *o == id)
        .map(|(_, n, _)| n)
        .unwrap_or_default();
    let members = app.store.members(id).await?.into_iter().map(|(_, n, e, r)| (n, e, r.as_str().to_string())).collect();
    Ok(OrganisationPage { id, name, is_owner: my_role == Role::Owner, members, csrf: auth.csrf(), invitation }
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
    let shown = match (crate::mail::SmtpRelay::from_env(), email) {
        (Some(relay), Some(to)) => {
            let name = &auth.signed_in()?.user.display_name;
            let body = format!(
                "{name} invites you to join their organisation on uprkit as {}.\n\nOpen this link within 7 days (it works once):\n{link}\n",
                role.as_str()
            );
            match crate::mail::send(&relay, to, "Invitation to uprkit", &body).await {
                Ok(()) => format!("{link} (also sent to {to})"),
                Err(e) => format!("{link} (not sent by e-mail: {e})"),
            }
        }
        _ => link,
    };
    Ok(Html(page(&app, &auth, id, Some(shown)).await?))
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    id: i64,
    entries: Vec<AuditEntry>,
}

async fn audit(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Html<String>, WebError> {
    owner(&auth, id)?;
    let entries = app.store.audit_log(id, 500).await?;
    Ok(Html(AuditPage { id, entries }.render()?))
}

async fn audit_csv(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, WebError> {
    owner(&auth, id)?;
    let entries = app.store.audit_log(id, 100_000).await?;
    let fail = |e: uprkit_docs::ExportError| WebError::Internal(e.to_string());
    // The shared writer guards every field against formula injection: values in the log
    // (names, e-mail addresses, note texts) come from users.
    let mut out = uprkit_docs::CsvWriter::for_spreadsheets(Vec::new()).map_err(fail)?;
    out.write_texts(["at", "user", "action", "record_type", "record_id", "before", "after"]).map_err(fail)?;
    for e in entries {
        out.write_texts([
            e.at,
            e.user.unwrap_or_default(),
            e.action,
            e.record_type,
            e.record_id,
            e.before.unwrap_or_default(),
            e.after.unwrap_or_default(),
        ])
        .map_err(fail)?;
    }
    let bytes = out.finish().map_err(fail)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"uprkit-audit-log.csv\"".to_string()),
        ],
        bytes,
    )
        .into_response())
}
