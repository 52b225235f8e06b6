//! The submission's words against its limit, from the one assembly that the builder, the
//! check command and the export read (`App::assemble_submission(..).check(today)`), so the
//! home page never counts differently from them.

use crate::auth::Auth;
use crate::{AppState, WebError};
use chrono::NaiveDate;
use std::collections::HashMap;

/// Words of the whole submission and of each section.
pub struct WordsSummary {
    /// Words counted (footnotes and annex as the workspace's settings say).
    pub words: i64,
    /// The limit (single or joint submission).
    pub limit: i64,
    /// Words left (negative when over).
    pub words_left: i64,
    /// Per section id: (words, budget, over its budget).
    pub sections: HashMap<i64, (i64, Option<i64>, bool)>,
}

fn int(n: impl TryInto<i64>) -> i64 {
    n.try_into().unwrap_or(i64::MAX)
}

/// The check of the workspace's submission on `today`; `None` while it has no section.
pub async fn summary(
    app: &AppState,
    auth: &Auth,
    workspace_id: i64,
    today: NaiveDate,
) -> Result<Option<WordsSummary>, WebError> {
    let assembled = app.app.assemble_submission(&auth.actor, workspace_id).await?;
    if assembled.sections.is_empty() {
        return Ok(None);
    }
    let check = assembled.check(today);
    // The check lists the sections in the assembly's order.
    let sections = assembled
        .sections
        .iter()
        .zip(&check.sections)
        .map(|(s, c)| (s.id, (int(c.words), c.budget.map(int), c.over_budget)))
        .collect();
    Ok(Some(WordsSummary {
        words: int(check.words),
        limit: int(check.limit),
        words_left: int(check.words_left),
        sections,
    }))
}
