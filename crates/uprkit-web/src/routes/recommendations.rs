//! The page of one recommendation: full text, how to cite it (the Working Group report's symbol
//! and paragraph, linked to the UN's document server), its sources named for people, its
//! position history with the document and date of each step, classifications, and the same
//! State's similar recommendations in other cycles.

pub(crate) mod citation;

use crate::auth::Auth;
use crate::i18n::t3;
use crate::labels::{action_category, action_category_meaning, state_name};
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use citation::{PositionLine, SourceLine};
use uprkit_core::search::RecommendationView;
use uprkit_store::{Note, Owned, Role};

pub fn router() -> Router<AppState> {
    Router::new().route("/recommendations/{id}", get(show))
}

#[derive(Template)]
#[template(path = "recommendation.html")]
struct RecommendationPage {
    r: RecommendationView,
    /// "Recommendation 115.24 to Sri Lanka, cycle 3": the page's one heading and its title.
    title: String,
    sur_name: String,
    rs_names: Vec<(String, String)>,
    citation: uprkit_store::citation::Citation,
    sources: Vec<SourceLine>,
    history: Vec<PositionLine>,
    /// The history's step that states the current position.
    current: Option<PositionLine>,
    /// The action category's number, name and meaning.
    action: Option<(u8, String, String)>,
    related: Vec<RecommendationView>,
    notes: Vec<Owned<Note>>,
    writable: Vec<(i64, String)>,
    coalitions: Vec<(i64, String)>,
    csrf: String,
    coding: Vec<super::classification::CodingLine>,
    may_review: bool,
    /// Earlier recommendations it repeats, with the match in percent.
    repeats: Vec<(RecommendationView, u8)>,
}

async fn show(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, WebError> {
    let Some(r) = app.store.recommendation(id).await? else {
        // A recommendation merged into another (its sources were found to be one) keeps its
        // address: links and citations made before the merge still arrive.
        let into = app.store.merged_into(id).await?.ok_or(WebError::NotFound)?;
        return Ok(Redirect::permanent(&format!("/recommendations/{into}")).into_response());
    };
    let cited = app.store.citation(id).await?.ok_or(WebError::NotFound)?;
    let (text, sur, cycle) = (r.text.clone(), r.sur.clone(), r.cycle);
    let hits = app.app.with_index(move |engine| engine.related(&text, &sur, cycle, 5)).await?;
    let ids: Vec<i64> = hits.iter().map(|h| h.id).collect();
    let related = app.store.recommendations_by_id(&ids).await?;
    let notes = app.app.notes(&auth.actor, Some(id)).await?;
    let writable = match &auth.session {
        Some((_, s)) => app
            .store
            .memberships(s.user.id)
            .await?
            .into_iter()
            .filter(|(_, _, role)| *role >= Role::Editor)
            .map(|(id, name, _)| (id, name))
            .collect(),
        None => Vec::new(),
    };
    let coalitions = app.store.coalition_names(&auth.actor).await?;
    let classification = app.app.classification(id).await?;
    let may_review = app.app.may_review_classification(&auth.actor);
    let coding = super::classification::coding_lines(&r, &classification, may_review);
    let links = app.store.repeats_of(id).await?;
    let earlier = app.store.recommendations_by_id(&links.iter().map(|l| l.earlier_id).collect::<Vec<_>>()).await?;
    let repeats = earlier.into_iter().zip(links.iter().map(|l| (l.score * 100.0).round() as u8)).collect();
    let sur_name = state_name(&r.sur);
    let history = citation::position_lines(&cited, r.cycle);
    let current = citation::current_step(&history, r.response.as_deref()).map(|i| history[i].clone());
    let action = r.action_category.and_then(|n| {
        let value = n.to_string();
        Some((n, action_category(&value)?, action_category_meaning(&value)?))
    });
    let page = RecommendationPage {
        title: title(&r, &sur_name),
        sur_name,
        rs_names: r.recommending_states.iter().map(|s| (s.clone(), state_name(s))).collect(),
        sources: cited.sources.iter().map(|s| citation::source_line(s, r.cycle)).collect(),
        citation: cited,
        r,
        history,
        current,
        action,
        related,
        notes,
        writable,
        coalitions,
        csrf: auth.csrf(),
        coding,
        may_review,
        repeats,
    };
    Ok(Html(page.render()?).into_response())
}

/// The page's heading: with the paragraph when known ("Recommendation 115.24 to Sri Lanka,
/// cycle 3"), else with the session ("Recommendation to Sri Lanka, cycle 2, session 14").
fn title(r: &RecommendationView, sur_name: &str) -> String {
    match &r.paragraph {
        Some(p) => t3("recommendation-title-para", "paragraph", p.as_str(), "state", sur_name, "cycle", r.cycle),
        None => t3("recommendation-title", "state", sur_name, "cycle", r.cycle, "session", r.session),
    }
}

/// The catalogue key of a note's visibility as its list shows it.
pub(crate) fn visibility_key(visibility: &str) -> String {
    match visibility {
        "private" | "coalition" | "public" => format!("recommendation-visibility-{visibility}"),
        _ => "recommendation-visibility-private".to_string(),
    }
}
