//! A section's versions: `GET /sections/{id}/versions` lists who saved what and when and shows a
//! readable diff between any two (`?from=N&to=M`, by default the one before the newest and the
//! newest), additions and removals marked in words as well as colour; `POST
//! /sections/{id}/restore` makes an earlier text the section's text again, as a new version.

use crate::auth::Auth;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use serde::Deserialize;
use uprkit_core::submission::diff::{Change, diff};
use uprkit_store::SectionVersion;

#[derive(Deserialize)]
pub(super) struct Compare {
    from: Option<i64>,
    to: Option<i64>,
}

/// A saved version in the list.
pub(super) struct VersionRow {
    pub version: i64,
    pub by: String,
    /// (RFC 3339, in the page's language).
    pub at: (String, String),
    pub remark: String,
    pub words: usize,
}

/// A stretch of the comparison: 0 same, 1 added, -1 removed.
pub(super) struct Stretch {
    pub kind: i8,
    pub text: String,
}

#[derive(Template)]
#[template(path = "section_versions.html")]
struct VersionsPage {
    section_id: i64,
    title: String,
    current: i64,
    versions: Vec<VersionRow>,
    from: i64,
    to: i64,
    changes: Vec<Stretch>,
    can_write: bool,
    csrf: String,
}

fn remark_label(remark: &str) -> String {
    match remark {
        "created" => crate::i18n::t("submission-remark-created"),
        "edited" => crate::i18n::t("submission-remark-edited"),
        other => match other.strip_prefix("restored version ").and_then(|v| v.parse::<i64>().ok()) {
            Some(v) => crate::i18n::t1("submission-remark-restored", "version", v),
            None => other.to_string(),
        },
    }
}

fn row(v: &SectionVersion) -> VersionRow {
    VersionRow {
        version: v.version,
        by: v.saved_by_name.clone(),
        at: (v.saved_at.clone(), crate::i18n::date_str(&v.saved_at)),
        remark: remark_label(&v.remark),
        words: uprkit_core::submission::words::count_text(&v.body),
    }
}

pub(super) async fn page(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    Query(compare): Query<Compare>,
) -> Result<Html<String>, WebError> {
    let section = app.app.section(&auth.actor, id).await?;
    let versions = app.app.section_versions(&auth.actor, id).await?;
    let newest = versions.last().map(|v| v.version).unwrap_or(section.record.version);
    let to = compare.to.unwrap_or(newest);
    let from = compare.from.unwrap_or((to - 1).max(1));
    let text_of = |n: i64| versions.iter().find(|v| v.version == n).map(|v| v.body.as_str());
    let (Some(old), Some(new)) = (text_of(from), text_of(to)) else {
        return Err(WebError::NotFound);
    };
    let changes = diff(old, new)
        .into_iter()
        .map(|c| match c {
            Change::Same(text) => Stretch { kind: 0, text },
            Change::Added(text) => Stretch { kind: 1, text },
            Change::Removed(text) => Stretch { kind: -1, text },
        })
        .collect();
    let workspace = app.app.workspace(&auth.actor, section.record.workspace_id).await?;
    let members = super::form::member_organisations(&app, &workspace).await?;
    let page = VersionsPage {
        section_id: id,
        title: section.record.title.clone(),
        current: section.record.version,
        versions: versions.iter().rev().map(row).collect(),
        from,
        to,
        changes,
        can_write: super::builder::may_write(&auth, &workspace, &members),
        csrf: auth.csrf(),
    };
    Ok(Html(page.render()?))
}

#[derive(Deserialize)]
pub(super) struct RestoreForm {
    version: i64,
    base_version: i64,
    csrf: Option<String>,
}

pub(super) async fn restore(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<RestoreForm>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    auth.signed_in()?;
    super::form::writable_section(&app, &auth, id).await?;
    let version = app.app.restore_section(&auth.actor, id, form.version, form.base_version).await?;
    Ok(Redirect::to(&format!("/sections/{id}/versions?to={version}")))
}
