//! The page of one recommendation: full text, States, session, position history with its
//! sources, classifications, and the same State's similar recommendations in other cycles.

use crate::auth::Auth;
use crate::labels::state_name;
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use uprkit_core::search::RecommendationView;
use uprkit_store::{Note, Owned, PositionEntry, Role};

pub fn router() -> Router<AppState> {
    Router::new().route("/recommendations/{id}", get(show))
}

#[derive(Template)]
#[template(path = "recommendation.html")]
struct RecommendationPage {
    r: RecommendationView,
    sur_name: String,
    rs_names: Vec<(String, String)>,
    history: Vec<PositionEntry>,
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
    let history = app.store.position_history(id).await?;
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
    let page = RecommendationPage {
        sur_name: state_name(&r.sur),
        rs_names: r.recommending_states.iter().map(|s| (s.clone(), state_name(s))).collect(),
        r,
        history,
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
