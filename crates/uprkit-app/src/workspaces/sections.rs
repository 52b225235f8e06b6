//! The sections of a workspace's submission: added, written with versions (a save on top of
//! a text someone else has changed since is refused, nothing lost), restored, removed.

use crate::{App, AppError};
use uprkit_core::submission::SectionKind;
use uprkit_store::{Actor, Field, Owned, Section, SectionState, SectionVersion};

/// A section's values as its writer sends them.
#[derive(Debug, Clone)]
pub struct SectionEdit {
    /// Summary, about an organisation, or theme.
    pub kind: SectionKind,
    /// Heading (for an About section: the organisation's name).
    pub title: String,
    /// The member organisation that writes it.
    pub assigned_organisation_id: Option<i64>,
    /// The person who writes it.
    pub assigned_person: String,
    /// Words given to it.
    pub word_budget: Option<i64>,
    /// Draft, in review, final.
    pub state: SectionState,
    /// The text (builder markup).
    pub body: String,
}

impl App {
    /// Adds a section at the end of a workspace's submission; its id. Version 1 is its first
    /// text.
    pub async fn add_section(&self, actor: &Actor, workspace_id: i64, edit: &SectionEdit) -> Result<i64, AppError> {
        let workspace = self.workspace(actor, workspace_id).await?;
        let ownership = self.ownership_in(&workspace);
        let existing = self.sections(actor, workspace_id).await?;
        let position = existing.iter().map(|s| s.record.position).max().unwrap_or(0) + 1;
        let section = section_from(edit, workspace_id, position, 1);
        let mut uow = self.begin(actor).await?;
        let id = uow.create_owned(ownership, &section).await?;
        uow.record_section_version(id, 1, &section.title, &section.body, "created").await?;
        self.commit(uow).await?;
        Ok(id)
    }

    /// The sections of a workspace in submission order.
    pub async fn sections(&self, actor: &Actor, workspace_id: i64) -> Result<Vec<Owned<Section>>, AppError> {
        self.workspace(actor, workspace_id).await?;
        let mut list = self.store.list_owned::<Section>(actor, &[("workspace_id", Field::Int(workspace_id))]).await?;
        list.sort_by_key(|s| (kind_order(s.record.kind), s.record.position, s.id));
        Ok(list)
    }

    /// One section, if the actor may see it.
    pub async fn section(&self, actor: &Actor, id: i64) -> Result<Owned<Section>, AppError> {
        self.store.get_owned::<Section>(actor, id).await?.ok_or(AppError::NotFound)
    }

    /// Saves a section on top of version `base_version` (the one the writer opened). If
    /// someone saved it since, the save is refused with [`AppError::Conflict`] and nothing
    /// changes: the caller shows the other text beside the writer's own. Returns the new
    /// version number (the same when nothing changed).
    pub async fn save_section(
        &self,
        actor: &Actor,
        id: i64,
        base_version: i64,
        edit: &SectionEdit,
    ) -> Result<i64, AppError> {
        self.save_section_as(actor, id, base_version, edit, "edited").await
    }

    pub(crate) async fn save_section_as(
        &self,
        actor: &Actor,
        id: i64,
        base_version: i64,
        edit: &SectionEdit,
        remark: &str,
    ) -> Result<i64, AppError> {
        let before = self.section(actor, id).await?;
        // Checked here, not only by the store's update: an unchanged text returns before it.
        let workspace = self.workspace(actor, before.record.workspace_id).await?;
        self.require_writer(actor, &workspace).await?;
        if before.record.version != base_version {
            return Err(conflict(&before.record));
        }
        let version = base_version + 1;
        let section = section_from(edit, before.record.workspace_id, before.record.position, version);
        let unchanged = Section { version: before.record.version, ..section.clone() } == before.record;
        if unchanged {
            return Ok(before.record.version);
        }
        let mut uow = self.begin(actor).await?;
        let (visibility, coalition) = (before.ownership.visibility, before.ownership.coalition_id);
        if !uow.update_owned(id, visibility, coalition, &section).await? {
            return Err(AppError::NotFound);
        }
        // Two saves racing on the same base both pass the check above; the unique version
        // number lets only one of them commit.
        uow.record_section_version(id, version, &section.title, &section.body, remark).await?;
        self.commit(uow).await?;
        Ok(version)
    }

    /// Every saved version of a section, oldest first.
    pub async fn section_versions(&self, actor: &Actor, id: i64) -> Result<Vec<SectionVersion>, AppError> {
        self.section(actor, id).await?;
        Ok(self.store.section_versions(id).await?)
    }

    /// Makes an earlier version's text the section's text again, as a new version.
    pub async fn restore_section(
        &self,
        actor: &Actor,
        id: i64,
        version: i64,
        base_version: i64,
    ) -> Result<i64, AppError> {
        let current = self.section(actor, id).await?;
        let old = self.store.section_version(id, version).await?.ok_or(AppError::NotFound)?;
        let edit = SectionEdit { title: old.title, body: old.body, ..edit_of(&current.record) };
        self.save_section_as(actor, id, base_version, &edit, &format!("restored version {version}")).await
    }

    /// Removes a section with its versions; only its organisation's editors may.
    pub async fn delete_section(&self, actor: &Actor, id: i64) -> Result<(), AppError> {
        self.section(actor, id).await?;
        let mut uow = self.begin(actor).await?;
        if !uow.delete_owned::<Section>(id).await? {
            return Err(AppError::NotFound);
        }
        self.commit(uow).await
    }

    /// Sets what the submission says became of a cited recommendation (the annex's last
    /// column); empty text clears it.
    pub async fn assess_citation(
        &self,
        actor: &Actor,
        workspace_id: i64,
        recommendation_id: i64,
        assessment: &str,
    ) -> Result<(), AppError> {
        let workspace = self.workspace(actor, workspace_id).await?;
        self.require_writer(actor, &workspace).await?;
        self.store.recommendation(recommendation_id).await?.ok_or(AppError::NotFound)?;
        let mut uow = self.begin(actor).await?;
        uow.set_citation_assessment(workspace_id, recommendation_id, assessment).await?;
        uow.audit(
            Some(workspace.ownership.organisation_id),
            "assess",
            "citation",
            &format!("{workspace_id}/{recommendation_id}"),
            None,
            Some(serde_json::json!({ "assessment": assessment.trim() })),
        );
        self.commit(uow).await
    }
}

/// The summary first, then the paragraphs on the organisations, then the themes.
fn kind_order(kind: SectionKind) -> u8 {
    match kind {
        SectionKind::Summary => 0,
        SectionKind::About => 1,
        SectionKind::Theme => 2,
    }
}

fn section_from(edit: &SectionEdit, workspace_id: i64, position: i64, version: i64) -> Section {
    Section {
        workspace_id,
        kind: edit.kind,
        position,
        title: edit.title.trim().to_string(),
        assigned_organisation_id: edit.assigned_organisation_id,
        assigned_person: edit.assigned_person.trim().to_string(),
        word_budget: edit.word_budget,
        state: edit.state,
        // Line endings from browsers are CRLF: kept as LF so versions compare by content.
        body: edit.body.replace("\r\n", "\n"),
        version,
    }
}

/// The values of a stored section, as an edit that changes nothing.
pub fn edit_of(section: &Section) -> SectionEdit {
    SectionEdit {
        kind: section.kind,
        title: section.title.clone(),
        assigned_organisation_id: section.assigned_organisation_id,
        assigned_person: section.assigned_person.clone(),
        word_budget: section.word_budget,
        state: section.state,
        body: section.body.clone(),
    }
}

fn conflict(current: &Section) -> AppError {
    AppError::Conflict(format!(
        "someone else saved this section since you opened it (it is now at version {}): their text is shown; copy what you need from yours and save again",
        current.version
    ))
}
