//! National consultations held or attended while preparing a review, with the issues raised
//! there and the sections of the submission that take them up.

use crate::{App, AppError};
use uprkit_store::{Actor, Consultation, Field, Owned, RaisedIssue};

impl App {
    /// Records a consultation in a workspace; its id. Issues linked to a section must name a
    /// section of the same workspace.
    pub async fn record_consultation(
        &self,
        actor: &Actor,
        workspace_id: i64,
        consultation: &Consultation,
    ) -> Result<i64, AppError> {
        let workspace = self.workspace(actor, workspace_id).await?;
        let ownership = self.ownership_in(&workspace);
        let consultation = Consultation { workspace_id, ..consultation.clone() };
        self.check_linked_sections(actor, workspace_id, &consultation.issues_raised).await?;
        let mut uow = self.begin(actor).await?;
        let id = uow.create_owned(ownership, &consultation).await?;
        self.commit(uow).await?;
        Ok(id)
    }

    /// The consultations of a workspace, by date.
    pub async fn consultations(&self, actor: &Actor, workspace_id: i64) -> Result<Vec<Owned<Consultation>>, AppError> {
        self.workspace(actor, workspace_id).await?;
        let mut list =
            self.store.list_owned::<Consultation>(actor, &[("workspace_id", Field::Int(workspace_id))]).await?;
        list.sort_by(|a, b| (&a.record.held_on, a.id).cmp(&(&b.record.held_on, b.id)));
        Ok(list)
    }

    /// One consultation, if the actor may see it.
    pub async fn consultation(&self, actor: &Actor, id: i64) -> Result<Owned<Consultation>, AppError> {
        self.store.get_owned::<Consultation>(actor, id).await?.ok_or(AppError::NotFound)
    }

    /// Changes a consultation (it stays in its workspace).
    pub async fn change_consultation(
        &self,
        actor: &Actor,
        id: i64,
        consultation: &Consultation,
    ) -> Result<(), AppError> {
        let before = self.consultation(actor, id).await?;
        let workspace_id = before.record.workspace_id;
        let consultation = Consultation { workspace_id, ..consultation.clone() };
        self.check_linked_sections(actor, workspace_id, &consultation.issues_raised).await?;
        let mut uow = self.begin(actor).await?;
        let (visibility, coalition) = (before.ownership.visibility, before.ownership.coalition_id);
        if !uow.update_owned(id, visibility, coalition, &consultation).await? {
            return Err(AppError::NotFound);
        }
        self.commit(uow).await
    }

    /// Deletes a consultation; only its organisation's editors may.
    pub async fn delete_consultation(&self, actor: &Actor, id: i64) -> Result<(), AppError> {
        self.consultation(actor, id).await?;
        let mut uow = self.begin(actor).await?;
        if !uow.delete_owned::<Consultation>(id).await? {
            return Err(AppError::NotFound);
        }
        self.commit(uow).await
    }

    async fn check_linked_sections(
        &self,
        actor: &Actor,
        workspace_id: i64,
        issues: &[RaisedIssue],
    ) -> Result<(), AppError> {
        let sections: Vec<i64> = self.sections(actor, workspace_id).await?.iter().map(|s| s.id).collect();
        for raised in issues {
            if let Some(id) = raised.section_id
                && !sections.contains(&id)
            {
                return Err(AppError::Invalid(format!(
                    "the issue {:?} is linked to section {id}, which is not a section of this workspace",
                    raised.issue
                )));
            }
        }
        Ok(())
    }
}
