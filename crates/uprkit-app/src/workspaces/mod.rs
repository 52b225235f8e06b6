//! Review workspaces: an organisation or a coalition opens one to prepare one review (State
//! under review + cycle); its submission's sections, consultations and annex hang off it and
//! share its visibility.

mod assemble;
mod consultations;
mod export;
mod import;
mod sections;

pub use assemble::{AssembledSubmission, CitedRecommendation};
pub use export::{ExportedSubmission, SubmissionFormat, submission_file_name};
pub use import::DraftImport;
pub use sections::{SectionEdit, edit_of};

use crate::{App, AppError};
use uprkit_core::{Iso3, StateDirectory};
use uprkit_store::{Actor, Consultation, Field, Owned, Ownership, Section, Visibility, Workspace};

/// What opening a workspace needs.
#[derive(Debug, Clone)]
pub struct WorkspaceOpening {
    /// The organisation that opens it (the actor must be its editor or owner).
    pub organisation_id: i64,
    /// The State under review (ISO3 or any name the State directory knows).
    pub sur: String,
    /// The cycle of the review being prepared.
    pub cycle: i64,
    /// A coalition of the organisation: the workspace is then the coalition's joint
    /// submission, shared with its members.
    pub coalition_id: Option<i64>,
    /// A title; by default "STATE, cycle N: (joint) stakeholder submission".
    pub title: Option<String>,
}

/// Settings of a workspace that its editors change.
#[derive(Debug, Clone)]
pub struct WorkspaceSettings {
    /// Title.
    pub title: String,
    /// Joint submission (5,630 words) or single (2,815).
    pub joint: bool,
    /// The organisations block, one name per line.
    pub organisations: String,
    /// Key words, comma separated.
    pub key_words: String,
    /// Footnotes count towards the limit.
    pub count_footnotes: bool,
    /// The annex counts towards the limit.
    pub count_annex: bool,
    /// Who may see it (only its organisation's editors may change this).
    pub visibility: Visibility,
    /// The coalition it is shared with.
    pub coalition_id: Option<i64>,
}

impl App {
    /// Opens a workspace for a review; its id. A coalition's workspace is a joint submission
    /// whose organisations block starts with the coalition's members.
    pub async fn open_workspace(&self, actor: &Actor, opening: &WorkspaceOpening) -> Result<i64, AppError> {
        if !actor.is_authenticated() {
            return Err(AppError::SignInNeeded);
        }
        let states = StateDirectory::load();
        let state = Iso3::parse(opening.sur.trim())
            .ok()
            .and_then(|code| states.get(code.as_str()).cloned())
            .or_else(|| states.resolve(opening.sur.trim()).ok().and_then(|code| states.get(code.as_str()).cloned()))
            .ok_or_else(|| AppError::Invalid(format!("{:?} is not a State the UPR reviews", opening.sur)))?;
        let owner = self.store.organisation_name(opening.organisation_id).await?.ok_or(AppError::NotFound)?;
        let mut organisations = vec![owner.clone()];
        if let Some(coalition) = opening.coalition_id {
            // The command line's operator belongs to no coalition but may act for any.
            let members = if actor.is_operator() {
                self.store.coalition_members(coalition).await?
            } else {
                self.coalition(actor, coalition).await?.members
            };
            organisations.extend(members.into_iter().map(|(_, name)| name).filter(|n| *n != owner));
        }
        let joint = opening.coalition_id.is_some();
        let title = opening.title.clone().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| {
            let kind = if joint { "joint stakeholder submission" } else { "stakeholder submission" };
            format!("{}, cycle {}: {kind}", state.name, opening.cycle)
        });
        let workspace = Workspace {
            sur: state.iso3.to_string(),
            cycle: opening.cycle,
            title,
            joint,
            organisations: organisations.join("\n"),
            key_words: String::new(),
            count_footnotes: true,
            count_annex: true,
        };
        let ownership = Ownership {
            organisation_id: opening.organisation_id,
            visibility: if joint { Visibility::Coalition } else { Visibility::Private },
            coalition_id: opening.coalition_id,
        };
        let mut uow = self.begin(actor).await?;
        let id = uow.create_owned(ownership, &workspace).await?;
        self.commit(uow).await?;
        Ok(id)
    }

    /// The workspaces the actor may see, optionally for one review, newest first.
    pub async fn workspaces(
        &self,
        actor: &Actor,
        review: Option<(&str, i64)>,
    ) -> Result<Vec<Owned<Workspace>>, AppError> {
        let filters: Vec<(&'static str, Field)> = match review {
            Some((sur, cycle)) => vec![("sur", Field::Text(sur.to_string())), ("cycle", Field::Int(cycle))],
            None => Vec::new(),
        };
        let mut list = self.store.list_owned::<Workspace>(actor, &filters).await?;
        list.reverse();
        Ok(list)
    }

    /// One workspace, if the actor may see it.
    pub async fn workspace(&self, actor: &Actor, id: i64) -> Result<Owned<Workspace>, AppError> {
        self.store.get_owned::<Workspace>(actor, id).await?.ok_or(AppError::NotFound)
    }

    /// Changes a workspace's settings. A new visibility carries over to every record of the
    /// workspace in the same transaction, so none of them is ever more or less visible than it.
    pub async fn change_workspace(&self, actor: &Actor, id: i64, settings: &WorkspaceSettings) -> Result<(), AppError> {
        let before = self.workspace(actor, id).await?;
        let workspace = Workspace {
            title: settings.title.clone(),
            joint: settings.joint,
            organisations: settings.organisations.clone(),
            key_words: settings.key_words.clone(),
            count_footnotes: settings.count_footnotes,
            count_annex: settings.count_annex,
            ..before.record.clone()
        };
        let mut uow = self.begin(actor).await?;
        if !uow.update_owned(id, settings.visibility, settings.coalition_id, &workspace).await? {
            return Err(AppError::NotFound);
        }
        let (visibility, coalition) = (settings.visibility, settings.coalition_id);
        if (visibility, coalition) != (before.ownership.visibility, before.ownership.coalition_id) {
            let filter = [("workspace_id", Field::Int(id))];
            for s in self.store.list_owned::<Section>(actor, &filter).await? {
                uow.update_owned(s.id, visibility, coalition, &s.record).await?;
            }
            for c in self.store.list_owned::<Consultation>(actor, &filter).await? {
                uow.update_owned(c.id, visibility, coalition, &c.record).await?;
            }
            for s in self.store.list_owned::<uprkit_store::Statement>(actor, &filter).await? {
                uow.update_owned(s.id, visibility, coalition, &s.record).await?;
            }
        }
        self.commit(uow).await
    }

    /// Deletes a workspace with everything in it; only its organisation's editors may.
    pub async fn delete_workspace(&self, actor: &Actor, id: i64) -> Result<(), AppError> {
        self.workspace(actor, id).await?;
        let mut uow = self.begin(actor).await?;
        if !uow.delete_owned::<Workspace>(id).await? {
            return Err(AppError::NotFound);
        }
        self.commit(uow).await
    }

    /// The ownership a new record of a workspace gets: the workspace's own, so that all of
    /// it is seen by the same people and goes private or public together. Editors of the
    /// workspace's organisation, and of the other organisations of the coalition it is shared
    /// with, may add to it (the store checks).
    pub(crate) fn ownership_in(&self, workspace: &Owned<Workspace>) -> Ownership {
        workspace.ownership
    }

    /// Refuses unless the actor may write in the workspace: an editor of its organisation, or
    /// of another organisation of the coalition it is shared with. For what the store does
    /// not check itself (the annex's assessments).
    pub(crate) async fn require_writer(&self, actor: &Actor, workspace: &Owned<Workspace>) -> Result<(), AppError> {
        let editor = |org: i64| actor.role_in(org) >= Some(uprkit_store::Role::Editor);
        let o = workspace.ownership;
        if editor(o.organisation_id) {
            return Ok(());
        }
        if let (Visibility::Coalition, Some(coalition)) = (o.visibility, o.coalition_id)
            && self.store.coalition_members(coalition).await?.iter().any(|(org, _)| editor(*org))
        {
            return Ok(());
        }
        Err(AppError::Forbidden("only editors of the workspace's organisations can change it".into()))
    }
}
