//! Statements at the adoption of a review's outcome in the Human Rights Council: written and
//! read in a workspace, checked against the 2 minutes or the written word limit, dated by the
//! review calendar, and printed as DOCX or PDF. A statement carries its workspace's
//! visibility (set when it is created, carried over by [`App::change_workspace`]).

mod check;
mod export;

pub use check::{StatementMoment, StatementReport};
pub use export::{ExportedStatement, statement_file_name};

use crate::{App, AppError};
use uprkit_core::statement::{Accreditation, DEFAULT_PACE, StatementKind};
use uprkit_store::{Actor, Field, Owned, Statement};

/// A statement's values as its writer sends them.
#[derive(Debug, Clone)]
pub struct StatementEdit {
    /// Oral or written.
    pub kind: StatementKind,
    /// Title.
    pub title: String,
    /// The text (builder markup).
    pub body: String,
    /// Speaking pace, words a minute (`None`: the default, 130).
    pub pace: Option<i64>,
    /// The organisation's ECOSOC status.
    pub accreditation: Accreditation,
    /// The organisation it is made for, as printed (`None` or empty: the workspace's
    /// organisations block, else its owner).
    pub organisation_name: Option<String>,
    /// The accredited partner that speaks or submits for it.
    pub partner: String,
    /// Who speaks.
    pub speaker: String,
    /// Language of the document's labels: `en`, `fr`, `es` (`None`: English).
    pub language: Option<String>,
}

impl StatementEdit {
    fn record(&self, workspace_id: i64, default_organisation: &str) -> Result<Statement, AppError> {
        let language = match self.language.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
            None => "en".to_string(),
            Some(l) => uprkit_core::factsheet::DocumentLanguage::parse(l)
                .ok_or_else(|| AppError::Invalid(format!("{l:?} is not a language of labels: en, fr or es")))?
                .code()
                .to_string(),
        };
        let organisation_name = self
            .organisation_name
            .clone()
            .filter(|o| !o.trim().is_empty())
            .unwrap_or_else(|| default_organisation.to_string());
        Ok(Statement {
            workspace_id,
            kind: self.kind,
            title: self.title.clone(),
            body: self.body.clone(),
            pace: self.pace.unwrap_or(DEFAULT_PACE.into()),
            accreditation: self.accreditation,
            organisation_name,
            partner: self.partner.clone(),
            speaker: self.speaker.clone(),
            language,
        })
    }
}

impl App {
    /// Writes a new statement in a workspace; its id. It gets the workspace's visibility.
    pub async fn create_statement(
        &self,
        actor: &Actor,
        workspace_id: i64,
        edit: &StatementEdit,
    ) -> Result<i64, AppError> {
        let workspace = self.workspace(actor, workspace_id).await?;
        let names = workspace.record.organisation_names();
        let default = if names.is_empty() { workspace.organisation.clone() } else { names.join(", ") };
        let statement = edit.record(workspace_id, &default)?;
        let mut uow = self.begin(actor).await?;
        let id = uow.create_owned(self.ownership_in(&workspace), &statement).await?;
        self.commit(uow).await?;
        Ok(id)
    }

    /// The statements of a workspace, oldest first.
    pub async fn statements(&self, actor: &Actor, workspace_id: i64) -> Result<Vec<Owned<Statement>>, AppError> {
        self.workspace(actor, workspace_id).await?;
        Ok(self.store.list_owned::<Statement>(actor, &[("workspace_id", Field::Int(workspace_id))]).await?)
    }

    /// One statement, if the actor may see it.
    pub async fn statement(&self, actor: &Actor, id: i64) -> Result<Owned<Statement>, AppError> {
        self.store.get_owned::<Statement>(actor, id).await?.ok_or(AppError::NotFound)
    }

    /// Changes a statement (it stays in its workspace, with its visibility).
    pub async fn change_statement(&self, actor: &Actor, id: i64, edit: &StatementEdit) -> Result<(), AppError> {
        let before = self.statement(actor, id).await?;
        let statement = edit.record(before.record.workspace_id, &before.record.organisation_name)?;
        let mut uow = self.begin(actor).await?;
        let (visibility, coalition) = (before.ownership.visibility, before.ownership.coalition_id);
        if !uow.update_owned(id, visibility, coalition, &statement).await? {
            return Err(AppError::NotFound);
        }
        self.commit(uow).await
    }

    /// Deletes a statement; only its organisation's editors may.
    pub async fn delete_statement(&self, actor: &Actor, id: i64) -> Result<(), AppError> {
        self.statement(actor, id).await?;
        let mut uow = self.begin(actor).await?;
        if !uow.delete_owned::<Statement>(id).await? {
            return Err(AppError::NotFound);
        }
        self.commit(uow).await
    }
}

#[cfg(test)]
mod tests;
