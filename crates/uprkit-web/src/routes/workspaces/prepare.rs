//! "Prepare for this review", on the review page and the State dashboard: for an editor, the
//! form that opens a workspace; for others, a link to sign in; and the workspaces the viewer
//! may already see for that review.

use super::list::{WorkspaceRow, workspace_rows};
use crate::auth::Auth;
use crate::{AppState, WebError};
use uprkit_store::Role;

/// What the "Prepare for this review" block shows.
pub struct Prepare {
    /// The State under review (ISO3).
    pub sur: String,
    /// The review's cycle.
    pub cycle: u8,
    /// Someone is signed in in a browser.
    pub signed_in: bool,
    /// The viewer's organisations where they are an editor or owner (id, name).
    pub organisations: Vec<(i64, String)>,
    /// The coalitions of those organisations (id, name), for a joint submission.
    pub coalitions: Vec<(i64, String)>,
    /// The workspaces the viewer may see for this review.
    pub existing: Vec<WorkspaceRow>,
    /// The viewer's CSRF token.
    pub csrf: String,
}

/// The block for the review of `sur` (ISO3) in `cycle`.
pub async fn prepare(app: &AppState, auth: &Auth, sur: &str, cycle: u8) -> Result<Prepare, WebError> {
    let mut block = Prepare {
        sur: sur.to_string(),
        cycle,
        signed_in: false,
        organisations: Vec::new(),
        coalitions: Vec::new(),
        existing: Vec::new(),
        csrf: auth.csrf(),
    };
    let Some((_, session)) = auth.session.as_ref().filter(|_| !auth.bearer) else { return Ok(block) };
    block.signed_in = true;
    block.organisations = app
        .store
        .memberships(session.user.id)
        .await?
        .into_iter()
        .filter(|(_, _, role)| *role >= Role::Editor)
        .map(|(id, name, _)| (id, name))
        .collect();
    crate::i18n::sort_by_name(&mut block.organisations, |(_, n)| n.as_str());
    if !block.organisations.is_empty() {
        block.coalitions = app
            .app
            .coalitions(&auth.actor)
            .await?
            .into_iter()
            .filter(|c| c.members.iter().any(|(org, _)| block.organisations.iter().any(|(o, _)| o == org)))
            .map(|c| (c.id, c.name))
            .collect();
    }
    block.existing = workspace_rows(app, auth, Some((sur, i64::from(cycle)))).await?;
    Ok(block)
}
