//! Citing a previous recommendation from inside the editor. `GET /sections/{id}/cite?q=` searches
//! the recommendations to the workspace's State (all cycles, the previous cycle's first); the
//! editor's script fetches the results into the page (`&fragment=1`) and its "Insert" buttons
//! put the citation at the cursor. Without the script, "Insert" posts to `/sections/{id}/cite`,
//! which adds the citation at the end of the saved text as a new version, on top of the version
//! the writer opened (a conflict otherwise).

use super::form::citation_markup;
use crate::auth::Auth;
use crate::routes::organisations::shorten;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use serde::Deserialize;
use uprkit_app::workspaces::edit_of;
use uprkit_core::search::RecommendationFilter;
use uprkit_search::Sort;

/// How many recommendations one search shows.
const RESULTS: u32 = 20;

#[derive(Deserialize)]
pub(super) struct CiteQuery {
    #[serde(default)]
    q: String,
    /// Only the results, for the editor's script.
    #[serde(default)]
    fragment: Option<String>,
}

/// A recommendation found, as the citation panel shows it.
pub(super) struct Found {
    pub id: i64,
    pub paragraph: String,
    pub cycle: u8,
    pub excerpt: String,
    pub states: String,
    pub position: String,
    pub markup: String,
}

#[derive(Template)]
#[template(path = "section_cite.html")]
struct CitePage {
    section_id: i64,
    section_title: String,
    base_version: i64,
    q: String,
    found: Vec<Found>,
    total: u64,
    can_write: bool,
    csrf: String,
}

#[derive(Template)]
#[template(path = "section_cite_results.html")]
struct CiteResults {
    section_id: i64,
    base_version: i64,
    found: Vec<Found>,
    total: u64,
    can_write: bool,
    csrf: String,
}

pub(super) async fn search(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    Query(query): Query<CiteQuery>,
) -> Result<Html<String>, WebError> {
    let section = app.app.section(&auth.actor, id).await?;
    let workspace = app.app.workspace(&auth.actor, section.record.workspace_id).await?;
    let q = query.q.trim().to_string();
    let filter = RecommendationFilter {
        q: (!q.is_empty()).then(|| q.clone()),
        sur: vec![workspace.record.sur.clone()],
        ..Default::default()
    };
    let result = app.app.search_page(&filter, Sort::Relevance, 1, RESULTS).await?;
    let previous = u8::try_from(workspace.record.cycle - 1).unwrap_or_default();
    let mut items = result.items;
    // The submission is about the previous cycle's recommendations: those first, in the
    // search's order.
    items.sort_by_key(|r| r.cycle != previous);
    let found = items
        .iter()
        .map(|r| Found {
            id: r.id,
            paragraph: r.paragraph.clone().unwrap_or_default(),
            cycle: r.cycle,
            excerpt: shorten(&r.text, 240).0,
            states: r.recommending_states.iter().map(|s| crate::labels::state_name(s)).collect::<Vec<_>>().join(", "),
            position: crate::routes::position_label(r.response.as_deref().unwrap_or_default()),
            markup: citation_markup(r),
        })
        .collect();
    let members = super::form::member_organisations(&app, &workspace).await?;
    let can_write = super::builder::may_write(&auth, &workspace, &members);
    let (base_version, csrf, total) = (section.record.version, auth.csrf(), result.total);
    if query.fragment.is_some() {
        let results = CiteResults { section_id: id, base_version, found, total, can_write, csrf };
        return Ok(Html(results.render()?));
    }
    let page = CitePage {
        section_id: id,
        section_title: section.record.title,
        base_version,
        q,
        found,
        total,
        can_write,
        csrf,
    };
    Ok(Html(page.render()?))
}

#[derive(Deserialize)]
pub(super) struct InsertForm {
    recommendation_id: i64,
    base_version: i64,
    csrf: Option<String>,
}

/// Adds the citation at the end of the section's text, as a new version.
pub(super) async fn insert(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<InsertForm>,
) -> Result<Redirect, WebError> {
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    auth.signed_in()?;
    let section = super::form::writable_section(&app, &auth, id).await?;
    let workspace = app.app.workspace(&auth.actor, section.record.workspace_id).await?;
    let recommendation = app.store.recommendation(form.recommendation_id).await?.ok_or(WebError::NotFound)?;
    // Only recommendations to the State the submission is about can be cited.
    if recommendation.sur != workspace.record.sur {
        return Err(WebError::NotFound);
    }
    let mut edit = edit_of(&section.record);
    let body = edit.body.trim_end();
    let markup = citation_markup(&recommendation);
    edit.body = if body.is_empty() { markup } else { format!("{body} {markup}") };
    app.app.save_section(&auth.actor, id, form.base_version, &edit).await?;
    Ok(Redirect::to(&format!("{}#text", super::section_url(id))))
}
