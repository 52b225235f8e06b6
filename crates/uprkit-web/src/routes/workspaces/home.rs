//! `GET /workspaces/{id}`: the workspace's home. What comes next and by when (the review
//! calendar's moments still ahead, the same dates as the review page), the previous cycle's
//! recommendations to the State by theme with their positions, and the workspace's documents
//! with their state: the submission's sections, the national consultations, the downloads.

use super::list::coming_moments;
use super::previous::{PreviousRecommendations, previous_recommendations};
use super::words::{WordsSummary, summary};
use super::{audience, may_write, workspace};
use crate::auth::Auth;
use crate::labels::state_name;
use crate::routes::state_review::Step;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use chrono::Utc;
use uprkit_store::{Consultation, Owned, SectionState, Workspace};

/// A section of the submission as the home page lists it.
pub(crate) struct SectionRow {
    pub id: i64,
    pub title: String,
    /// `draft`, `in_review`, `final` (for the style).
    pub state: &'static str,
    /// The state in words.
    pub state_label: String,
    /// Words counted and the section's budget, from the submission's check.
    pub words: Option<(i64, Option<i64>, bool)>,
    /// Issues raised at national consultations that this section takes up.
    pub issues: Vec<String>,
}

/// A section's state in words.
pub(crate) fn section_state_label(state: SectionState) -> String {
    crate::i18n::t(match state {
        SectionState::Draft => "workspace-section-draft",
        SectionState::InReview => "workspace-section-in-review",
        SectionState::Final => "workspace-section-final",
    })
}

#[derive(Template)]
#[template(path = "workspace.html")]
struct WorkspacePage {
    w: Owned<Workspace>,
    state: String,
    audience: String,
    moments: Vec<Step>,
    previous: Option<PreviousRecommendations>,
    sections: Vec<SectionRow>,
    words: Option<WordsSummary>,
    consultations: Vec<Owned<Consultation>>,
    /// Statements at the HRC (issue 15).
    statements: Vec<Owned<uprkit_store::Statement>>,
    can_write: bool,
}

/// `GET /workspaces/{id}`.
pub async fn home(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Html<String>, WebError> {
    let w = workspace(&app, &auth, id).await?;
    let today = Utc::now().date_naive();
    let consultations = app.app.consultations(&auth.actor, id).await?;
    let words = summary(&app, &auth, id, today).await?;
    let sections = app
        .app
        .sections(&auth.actor, id)
        .await?
        .into_iter()
        .map(|s| SectionRow {
            id: s.id,
            title: s.record.title.clone(),
            state: s.record.state.as_str(),
            state_label: section_state_label(s.record.state),
            words: words.as_ref().and_then(|w| w.sections.get(&s.id).copied()),
            issues: consultations
                .iter()
                .flat_map(|c| c.record.issues_raised.iter())
                .filter(|i| i.section_id == Some(s.id))
                .map(|i| i.issue.clone())
                .collect(),
        })
        .collect();
    let page = WorkspacePage {
        state: state_name(&w.record.sur),
        audience: audience(&app, &auth, &w).await?,
        moments: coming_moments(&app, &w.record.sur, w.record.cycle, today).await?,
        previous: previous_recommendations(&app, &w.record.sur, w.record.cycle).await?,
        can_write: may_write(&app, &auth, &w).await?,
        statements: app.app.statements(&auth.actor, id).await?,
        sections,
        words,
        consultations,
        w,
    };
    Ok(Html(page.render()?))
}
