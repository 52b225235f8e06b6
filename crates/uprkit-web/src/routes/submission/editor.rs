//! A section's editor: `GET /sections/{id}` shows the form (title, kind, who writes it, budget,
//! state, the text with a small toolbar and a live word count), the saved text's preview and the
//! citation search; `POST /sections/{id}` saves on top of the version the writer opened. When
//! someone else saved since, the page comes back with 409: their saved text beside the writer's
//! own, still in the text box, now based on the newest version, so nothing is lost.

use super::builder::may_write;
use super::form::{SectionForm, kinds, member_organisations, states};
use crate::auth::Auth;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use uprkit_app::AppError;
use uprkit_app::workspaces::{SectionEdit, edit_of};
use uprkit_core::submission::markup;
use uprkit_store::{Owned, Section};

/// Someone else's save that refused the writer's.
pub(super) struct OtherSave {
    pub body: String,
    pub version: i64,
    pub by: String,
    /// (RFC 3339, in the page's language).
    pub at: (String, String),
}

#[derive(Template)]
#[template(path = "section.html")]
struct EditorPage {
    section: Owned<Section>,
    workspace_id: i64,
    workspace_title: String,
    /// What the form shows: the saved values, or the writer's own after a refused save.
    edit: SectionEdit,
    base_version: i64,
    conflict: Option<OtherSave>,
    members: Vec<(i64, String)>,
    kinds: Vec<(&'static str, String)>,
    states: Vec<(&'static str, String)>,
    /// Words of the saved section as the check counts them, the submission's, its limit.
    section_words: usize,
    total_words: usize,
    limit: usize,
    preview: String,
    can_write: bool,
    csrf: String,
    max_bytes: usize,
    builder_js: &'static str,
}

impl EditorPage {
    fn kind_value(&self) -> &'static str {
        self.edit.kind.as_str()
    }
    fn state_value(&self) -> &'static str {
        self.edit.state.as_str()
    }
    fn budget_value(&self) -> String {
        self.edit.word_budget.map(|b| b.to_string()).unwrap_or_default()
    }
    fn is_assigned(&self, org: &i64) -> bool {
        self.edit.assigned_organisation_id == Some(*org)
    }
}

/// The editor for section `id`; `draft` is what the writer sent when their save was refused.
async fn editor(
    app: &AppState,
    auth: &Auth,
    id: i64,
    draft: Option<(SectionEdit, OtherSave)>,
) -> Result<String, WebError> {
    let section = app.app.section(&auth.actor, id).await?;
    let assembled = app.app.assemble_submission(&auth.actor, section.record.workspace_id).await?;
    let check = assembled.check(chrono::Utc::now().date_naive());
    let index = assembled.sections.iter().position(|s| s.id == id);
    let section_words = index.and_then(|i| check.sections.get(i)).map(|c| c.words).unwrap_or_default();
    // The preview is the assembled text: typed paragraph numbers are linked there.
    let preview = index
        .and_then(|i| assembled.submission.sections.get(i))
        .map(|s| markup::to_html(&s.blocks, &|rec| format!("/recommendations/{rec}")))
        .unwrap_or_default();
    let members = member_organisations(app, &assembled.workspace).await?;
    let can_write = may_write(auth, &assembled.workspace, &members);
    let (edit, conflict) = match draft {
        Some((edit, other)) => (edit, Some(other)),
        None => (edit_of(&section.record), None),
    };
    let page = EditorPage {
        workspace_id: section.record.workspace_id,
        workspace_title: assembled.workspace.record.title.clone(),
        base_version: section.record.version,
        edit,
        conflict,
        members,
        kinds: kinds(),
        states: states(),
        section_words,
        total_words: check.words,
        limit: check.limit,
        preview,
        can_write,
        csrf: auth.csrf(),
        max_bytes: uprkit_store::SECTION_MAX_BYTES,
        builder_js: super::script::url(),
        section,
    };
    Ok(page.render()?)
}

pub(super) async fn page(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Html<String>, WebError> {
    Ok(Html(editor(&app, &auth, id, None).await?))
}

/// The newest saved version, as the conflict box shows it.
pub(super) async fn other_save(app: &AppState, auth: &Auth, id: i64) -> Result<OtherSave, WebError> {
    let versions = app.app.section_versions(&auth.actor, id).await?;
    let latest = versions.last().ok_or(WebError::NotFound)?;
    Ok(OtherSave {
        body: latest.body.clone(),
        version: latest.version,
        by: latest.saved_by_name.clone(),
        at: (latest.saved_at.clone(), crate::i18n::date_str(&latest.saved_at)),
    })
}

pub(super) async fn save(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<SectionForm>,
) -> Result<Response, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    auth.signed_in()?;
    super::form::writable_section(&app, &auth, id).await?;
    let edit = form.edit()?;
    let base = form.base_version.ok_or_else(|| WebError::BadRequest(crate::i18n::t("submission-bad-version")))?;
    match app.app.save_section(&auth.actor, id, base, &edit).await {
        Ok(_) => Ok(Redirect::to(&format!("{}#saved", super::section_url(id))).into_response()),
        Err(AppError::Conflict(_)) => {
            let other = other_save(&app, &auth, id).await?;
            let html = editor(&app, &auth, id, Some((edit, other))).await?;
            Ok((StatusCode::CONFLICT, Html(html)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "section_delete.html")]
struct DeletePage {
    section: Owned<Section>,
    csrf: String,
}

/// Asks before deleting a section with all its versions.
pub(super) async fn confirm_delete(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Html<String>, WebError> {
    auth.signed_in()?;
    let section = super::form::writable_section(&app, &auth, id).await?;
    Ok(Html(DeletePage { section, csrf: auth.csrf() }.render()?))
}

pub(super) async fn delete(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<crate::routes::CsrfOnly>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    auth.signed_in()?;
    let section = app.app.section(&auth.actor, id).await?;
    app.app.delete_section(&auth.actor, id).await?;
    Ok(Redirect::to(&format!("/workspaces/{}/submission", section.record.workspace_id)))
}
