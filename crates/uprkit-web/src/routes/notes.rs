//! Notes: an organisation's own remarks on a recommendation, private unless shared. Written on
//! the recommendation's page; listed per organisation; read, edited and deleted on their own
//! pages. Every change goes through the notes use-cases (role check, audit entry).

use crate::auth::Auth;
use crate::routes::organisations::{member_names, organisation_name, shorten, visibility_label};
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use axum::routing::{get, post};
use serde::Deserialize;
use std::collections::HashMap;
use uprkit_store::{Note, Owned, Ownership, Role, Visibility};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/recommendations/{id}/notes", post(add))
        .route("/organisations/{id}/notes", get(list))
        .route("/notes/{id}", get(show))
        .route("/notes/{id}/edit", get(edit_form).post(edit))
        .route("/notes/{id}/delete", get(confirm_delete).post(delete))
}

#[derive(Deserialize)]
struct NoteForm {
    organisation_id: i64,
    body: String,
    visibility: String,
    coalition_id: Option<String>,
    csrf: Option<String>,
}

fn visibility_of(form: &str) -> Result<Visibility, WebError> {
    Visibility::parse(form).ok_or_else(|| WebError::BadRequest("visibility: private, coalition or public".into()))
}

async fn add(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<NoteForm>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    auth.signed_in()?;
    let visibility = visibility_of(&form.visibility)?;
    let coalition_id = form.coalition_id.as_deref().and_then(|c| c.parse().ok());
    let ownership = Ownership { organisation_id: form.organisation_id, visibility, coalition_id };
    app.app.write_note(&auth.actor, ownership, id, &form.body).await?;
    Ok(Redirect::to(&format!("/recommendations/{id}#notes")))
}

/// A note in a list: what it says, about which recommendation, who wrote it and when.
pub(crate) struct NoteRow {
    pub id: i64,
    pub body: String,
    pub recommendation_id: i64,
    pub recommendation: String,
    pub state: String,
    pub organisation: String,
    pub visibility: String,
    /// The writer's name, shown only to members of the note's organisation.
    pub author: Option<String>,
    pub date: String,
}

/// Who wrote a note, as its organisation's members read it: a member's name, "command line"
/// for the operator, "a former member" for someone who left.
fn author_of(note: &Owned<Note>, names: &HashMap<i64, String>) -> String {
    match note.created_by {
        None => crate::i18n::t("organisation-command-line"),
        Some(user) => names.get(&user).cloned().unwrap_or_else(|| crate::i18n::t("organisation-former-member")),
    }
}

/// The notes as list rows, with their recommendations' text and State (read in one query).
pub(crate) async fn note_rows(app: &AppState, auth: &Auth, notes: Vec<Owned<Note>>) -> Result<Vec<NoteRow>, WebError> {
    let ids: Vec<i64> = notes.iter().map(|n| n.record.recommendation_id).collect();
    let recommendations: HashMap<i64, _> =
        app.store.recommendations_by_id(&ids).await?.into_iter().map(|r| (r.id, r)).collect();
    let mut names: HashMap<i64, HashMap<i64, String>> = HashMap::new();
    let mut rows = Vec::with_capacity(notes.len());
    for note in notes {
        let org = note.ownership.organisation_id;
        let author = if auth.actor.role_in(org).is_some() {
            if let std::collections::hash_map::Entry::Vacant(e) = names.entry(org) {
                e.insert(member_names(app, org).await?);
            }
            names.get(&org).map(|n| author_of(&note, n))
        } else {
            None
        };
        let recommendation = recommendations.get(&note.record.recommendation_id);
        rows.push(NoteRow {
            id: note.id,
            body: shorten(&note.record.body, 280).0,
            recommendation_id: note.record.recommendation_id,
            recommendation: recommendation.map(|r| shorten(&r.text, 160).0).unwrap_or_default(),
            state: recommendation.map(|r| crate::labels::state_name(&r.sur)).unwrap_or_default(),
            organisation: note.organisation,
            visibility: visibility_label(note.ownership.visibility),
            author,
            date: crate::i18n::date_str(note.created_at.get(..10).unwrap_or(&note.created_at)),
        });
    }
    Ok(rows)
}

#[derive(Template)]
#[template(path = "notes.html")]
struct NotesPage {
    id: i64,
    name: String,
    notes: Vec<NoteRow>,
}

async fn list(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Html<String>, WebError> {
    let notes = app.app.organisation_notes(&auth.actor, id).await?;
    let name = organisation_name(&app, &auth, id).await?;
    let notes = note_rows(&app, &auth, notes).await?;
    Ok(Html(NotesPage { id, name, notes }.render()?))
}

#[derive(Template)]
#[template(path = "note.html")]
struct NotePage {
    note: Owned<Note>,
    recommendation: String,
    visibility: String,
    author: Option<String>,
    date: String,
    csrf: String,
    can_edit: bool,
    /// The page asks to confirm the deletion.
    confirm_delete: bool,
}

/// Whether the viewer may change the note: editors and owners of its organisation.
fn may_edit(auth: &Auth, note: &Owned<Note>) -> bool {
    auth.actor.role_in(note.ownership.organisation_id) >= Some(Role::Editor)
}

async fn note_page(app: &AppState, auth: &Auth, id: i64, confirm_delete: bool) -> Result<String, WebError> {
    // Another organisation's private note answers exactly like a note that does not exist.
    let note = app.app.note(&auth.actor, id).await?;
    let can_edit = may_edit(auth, &note);
    if confirm_delete && !can_edit {
        return Err(WebError::Forbidden(crate::i18n::t("organisation-note-editors-only")));
    }
    let recommendation = app
        .store
        .recommendation(note.record.recommendation_id)
        .await?
        .map(|r| shorten(&r.text, 300).0)
        .unwrap_or_default();
    let org = note.ownership.organisation_id;
    let author = match auth.actor.role_in(org) {
        Some(_) => Some(author_of(&note, &member_names(app, org).await?)),
        None => None,
    };
    Ok(NotePage {
        visibility: visibility_label(note.ownership.visibility),
        date: crate::i18n::date_str(note.created_at.get(..10).unwrap_or(&note.created_at)),
        recommendation,
        author,
        note,
        csrf: auth.csrf(),
        can_edit,
        confirm_delete,
    }
    .render()?)
}

async fn show(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Html<String>, WebError> {
    Ok(Html(note_page(&app, &auth, id, false).await?))
}

async fn confirm_delete(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Html<String>, WebError> {
    Ok(Html(note_page(&app, &auth, id, true).await?))
}

#[derive(Template)]
#[template(path = "note_edit.html")]
struct NoteEditPage {
    note: Owned<Note>,
    /// Coalitions the note's organisation belongs to (a shared note goes to one of them),
    /// with whether the note is shared with it now.
    coalitions: Vec<(i64, String, bool)>,
    csrf: String,
    max_bytes: usize,
}

async fn edit_form(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Html<String>, WebError> {
    auth.signed_in()?;
    let note = app.app.note(&auth.actor, id).await?;
    if !may_edit(&auth, &note) {
        return Err(WebError::Forbidden(crate::i18n::t("organisation-note-editors-only")));
    }
    let org = note.ownership.organisation_id;
    let coalitions = app
        .app
        .coalitions(&auth.actor)
        .await?
        .into_iter()
        .filter(|c| c.members.iter().any(|(o, _)| *o == org))
        .map(|c| (c.id, c.name, note.ownership.coalition_id == Some(c.id)))
        .collect();
    let page = NoteEditPage { note, coalitions, csrf: auth.csrf(), max_bytes: uprkit_store::NOTE_MAX_BYTES };
    Ok(Html(page.render()?))
}

#[derive(Deserialize)]
struct EditForm {
    body: String,
    visibility: String,
    coalition_id: Option<String>,
    csrf: Option<String>,
}

async fn edit(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<EditForm>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    auth.signed_in()?;
    let visibility = visibility_of(&form.visibility)?;
    let coalition_id = form.coalition_id.as_deref().and_then(|c| c.parse().ok());
    app.app.edit_note(&auth.actor, id, &form.body, visibility, coalition_id).await?;
    Ok(Redirect::to(&format!("/notes/{id}")))
}

async fn delete(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<crate::routes::CsrfOnly>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    auth.signed_in()?;
    let note = app.app.delete_note(&auth.actor, id).await?;
    Ok(Redirect::to(&format!("/organisations/{}/notes", note.ownership.organisation_id)))
}
