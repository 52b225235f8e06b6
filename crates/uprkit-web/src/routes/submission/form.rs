//! What the builder's forms send, read into the use-cases' values, and the labels and lists the
//! pages share.

use crate::{AppState, WebError};
use serde::Deserialize;
use uprkit_app::workspaces::SectionEdit;
use uprkit_core::search::RecommendationView;
use uprkit_core::submission::SectionKind;
use uprkit_store::{Owned, SectionState, Workspace};

/// A section's fields as the add and edit forms send them.
#[derive(Debug, Deserialize)]
pub(super) struct SectionForm {
    pub kind: String,
    pub title: String,
    #[serde(default)]
    pub assigned_organisation_id: String,
    #[serde(default)]
    pub assigned_person: String,
    #[serde(default)]
    pub word_budget: String,
    #[serde(default)]
    pub state: Option<String>,
    #[serde(default)]
    pub body: String,
    pub base_version: Option<i64>,
    pub csrf: Option<String>,
}

impl SectionForm {
    /// The section's values; a wrong kind, state or budget is a 400 that says which.
    pub fn edit(&self) -> Result<SectionEdit, WebError> {
        let kind = SectionKind::parse(&self.kind)
            .ok_or_else(|| WebError::BadRequest(crate::i18n::t("submission-bad-kind")))?;
        let state = match self.state.as_deref() {
            None | Some("") => SectionState::Draft,
            Some(s) => {
                SectionState::parse(s).ok_or_else(|| WebError::BadRequest(crate::i18n::t("submission-bad-state")))?
            }
        };
        let word_budget = match self.word_budget.trim() {
            "" => None,
            b => Some(
                b.parse::<i64>()
                    .ok()
                    .filter(|b| (0..=100_000).contains(b))
                    .ok_or_else(|| WebError::BadRequest(crate::i18n::t("submission-bad-budget")))?,
            ),
        };
        let assigned_organisation_id = self.assigned_organisation_id.trim().parse::<i64>().ok();
        Ok(SectionEdit {
            kind,
            title: self.title.clone(),
            assigned_organisation_id,
            assigned_person: self.assigned_person.clone(),
            word_budget,
            state,
            body: self.body.clone(),
        })
    }
}

/// A kind of section, for people.
pub(super) fn kind_label(kind: SectionKind) -> String {
    crate::i18n::t(match kind {
        SectionKind::Summary => "submission-kind-summary",
        SectionKind::About => "submission-kind-about",
        SectionKind::Theme => "submission-kind-theme",
    })
}

/// Where a section stands, for people.
pub(super) fn state_label(state: SectionState) -> String {
    crate::i18n::t(match state {
        SectionState::Draft => "submission-state-draft",
        SectionState::InReview => "submission-state-in-review",
        SectionState::Final => "submission-state-final",
    })
}

/// The kinds and states as (value, label) for the forms' choices.
pub(super) fn kinds() -> Vec<(&'static str, String)> {
    [SectionKind::Theme, SectionKind::About, SectionKind::Summary]
        .iter()
        .map(|k| (k.as_str(), kind_label(*k)))
        .collect()
}

/// The states as (value, label).
pub(super) fn states() -> Vec<(&'static str, String)> {
    [SectionState::Draft, SectionState::InReview, SectionState::Final]
        .iter()
        .map(|s| (s.as_str(), state_label(*s)))
        .collect()
}

/// The organisations a section can be assigned to: the workspace's own, then the members of
/// the coalition it is shared with.
pub(super) async fn member_organisations(
    app: &AppState,
    workspace: &Owned<Workspace>,
) -> Result<Vec<(i64, String)>, WebError> {
    let mut list = vec![(workspace.ownership.organisation_id, workspace.organisation.clone())];
    if let Some(coalition) = workspace.ownership.coalition_id {
        for member in app.store.coalition_members(coalition).await? {
            if !list.iter().any(|(id, _)| *id == member.0) {
                list.push(member);
            }
        }
    }
    Ok(list)
}

/// A position as the submission writes it (the document is in English, like the annex).
pub(super) fn position_in_submission(response: Option<&str>) -> &'static str {
    match response.map(str::to_ascii_lowercase).as_deref() {
        Some("supported") | Some("accepted") => "supported",
        Some("noted") => "noted",
        Some("partially_supported") => "partially supported",
        Some("pending") => "pending",
        _ => "no position",
    }
}

/// The markup a citation of `r` inserts: `[115.24 (France, Chile; supported)](rec:ID)`.
/// Brackets are left out of the label so that it cannot end the link early.
pub(super) fn citation_markup(r: &RecommendationView) -> String {
    // English names, as the assembly writes them in the annex: the document goes to OHCHR.
    let directory = uprkit_core::StateDirectory::load();
    let states: Vec<String> = r
        .recommending_states
        .iter()
        .map(|s| directory.get(s).map(|d| d.name.clone()).unwrap_or_else(|| s.clone()))
        .collect();
    let paragraph = r.paragraph.clone().unwrap_or_else(|| format!("cycle {}, session {}", r.cycle, r.session));
    let label = format!("{paragraph} ({}; {})", states.join(", "), position_in_submission(r.response.as_deref()));
    let label: String = label.chars().filter(|c| !matches!(c, '[' | ']')).collect();
    format!("[{label}](rec:{})", r.id)
}

/// A section the viewer may change: a 404 when they may not see it, a 403 when they only read
/// it (the use-cases refuse them too, but a save that changes nothing would not reach the check).
pub(super) async fn writable_section(
    app: &AppState,
    auth: &crate::auth::Auth,
    id: i64,
) -> Result<Owned<uprkit_store::Section>, WebError> {
    let section = app.app.section(&auth.actor, id).await?;
    let workspace = app.app.workspace(&auth.actor, section.record.workspace_id).await?;
    let members = member_organisations(app, &workspace).await?;
    if !super::builder::may_write(auth, &workspace, &members) {
        return Err(WebError::Forbidden(crate::i18n::t("submission-writers-only")));
    }
    Ok(section)
}
