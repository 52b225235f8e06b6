//! `GET /statements/{id}/practice`: the statement in large type with a timer that counts
//! against the 2 minutes of an oral statement (a written statement: against its reading time
//! at the pace). Without JavaScript the page shows the text and the estimated time.

use crate::auth::Auth;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use chrono::Utc;
use uprkit_core::statement::{ORAL_SECONDS, StatementCheck, StatementKind, clock};
use uprkit_core::submission::markup;
use uprkit_store::{Owned, Statement};

#[derive(Template)]
#[template(path = "statement_practice.html")]
struct PracticePage {
    s: Owned<Statement>,
    check: StatementCheck,
    /// The time the timer counts against, in seconds, and as `m:ss`.
    limit: u32,
    limit_clock: String,
    text: String,
    script: &'static str,
}

/// `GET /statements/{id}/practice`.
pub(super) async fn page(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Html<String>, WebError> {
    let s = app.app.statement(&auth.actor, id).await?;
    let report = app.app.check_statement(&auth.actor, id, Utc::now().date_naive()).await?;
    let limit = match s.record.kind {
        StatementKind::Oral => ORAL_SECONDS,
        StatementKind::Written => report.check.reading_seconds.max(1),
    };
    let page = PracticePage {
        limit,
        limit_clock: clock(limit),
        text: markup::to_html(&markup::parse(&s.record.body), &|rec| format!("/recommendations/{rec}")),
        check: report.check,
        script: super::script::url(),
        s,
    };
    Ok(Html(page.render()?))
}
