//! The coalitions of the viewer's organisations: who is in each and the notes shared with it.
//! Only their members see a coalition; any other answers as if it did not exist.

use crate::auth::Auth;
use crate::routes::notes::{NoteRow, note_rows};
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;

pub fn router() -> Router<AppState> {
    Router::new().route("/coalitions", get(list)).route("/coalitions/{id}", get(show))
}

/// A member organisation, linked when it is one of the viewer's own.
struct MemberRow {
    id: i64,
    name: String,
    mine: bool,
}

/// A coalition with its members.
struct CoalitionRow {
    id: i64,
    name: String,
    members: Vec<MemberRow>,
}

fn row(auth: &Auth, coalition: uprkit_app::organisations::Coalition) -> CoalitionRow {
    let mut members: Vec<MemberRow> = coalition
        .members
        .into_iter()
        .map(|(id, name)| MemberRow { id, name, mine: auth.actor.role_in(id).is_some() && !auth.actor.is_operator() })
        .collect();
    crate::i18n::sort_by_name(&mut members, |m| m.name.as_str());
    CoalitionRow { id: coalition.id, name: coalition.name, members }
}

#[derive(Template)]
#[template(path = "coalitions.html")]
struct CoalitionsPage {
    coalitions: Vec<CoalitionRow>,
}

async fn list(State(app): State<AppState>, auth: Auth) -> Result<Html<String>, WebError> {
    auth.signed_in()?;
    let mut coalitions: Vec<CoalitionRow> =
        app.app.coalitions(&auth.actor).await?.into_iter().map(|c| row(&auth, c)).collect();
    crate::i18n::sort_by_name(&mut coalitions, |c| c.name.as_str());
    Ok(Html(CoalitionsPage { coalitions }.render()?))
}

#[derive(Template)]
#[template(path = "coalition.html")]
struct CoalitionPage {
    coalition: CoalitionRow,
    notes: Vec<NoteRow>,
}

async fn show(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Html<String>, WebError> {
    auth.signed_in()?;
    let coalition = row(&auth, app.app.coalition(&auth.actor, id).await?);
    let notes = app.app.coalition_notes(&auth.actor, id).await?;
    let notes = note_rows(&app, &auth, notes).await?;
    Ok(Html(CoalitionPage { coalition, notes }.render()?))
}
