//! Notes on recommendations: write, read, delete.

use crate::{App, AppError};
use uprkit_store::{Actor, Field, Note, Owned, Ownership, Visibility};

impl App {
    /// Writes a note of an organisation on a recommendation; its id. The actor must be an
    /// editor or owner of the organisation; a coalition note goes to one of its coalitions.
    pub async fn write_note(
        &self,
        actor: &Actor,
        ownership: Ownership,
        recommendation_id: i64,
        body: &str,
    ) -> Result<i64, AppError> {
        if !actor.is_authenticated() {
            return Err(AppError::SignInNeeded);
        }
        self.store.recommendation(recommendation_id).await?.ok_or(AppError::NotFound)?;
        let note = Note { recommendation_id, body: body.trim().to_string() };
        let mut uow = self.begin(actor).await?;
        let id = uow.create_owned(ownership, &note).await?;
        self.commit(uow).await?;
        Ok(id)
    }

    /// The notes the actor may see, on one recommendation or (None) on all.
    pub async fn notes(&self, actor: &Actor, recommendation_id: Option<i64>) -> Result<Vec<Owned<Note>>, AppError> {
        let filters: Vec<(&'static str, Field)> =
            recommendation_id.map(|id| ("recommendation_id", Field::Int(id))).into_iter().collect();
        Ok(self.store.list_owned::<Note>(actor, &filters).await?)
    }

    /// An organisation's notes, newest first, for its members only: to anyone else the
    /// organisation answers as if it did not exist (its public notes are on the
    /// recommendations' pages).
    pub async fn organisation_notes(&self, actor: &Actor, organisation_id: i64) -> Result<Vec<Owned<Note>>, AppError> {
        if !actor.is_authenticated() {
            return Err(AppError::SignInNeeded);
        }
        actor.role_in(organisation_id).ok_or(AppError::NotFound)?;
        let mut notes =
            self.store.list_owned::<Note>(actor, &[("organisation_id", Field::Int(organisation_id))]).await?;
        notes.reverse();
        Ok(notes)
    }

    /// The notes shared with a coalition, newest first, for the members of its organisations.
    pub async fn coalition_notes(&self, actor: &Actor, coalition_id: i64) -> Result<Vec<Owned<Note>>, AppError> {
        self.coalition(actor, coalition_id).await?;
        let mut notes: Vec<Owned<Note>> = self
            .store
            .list_owned::<Note>(actor, &[])
            .await?
            .into_iter()
            .filter(|n| {
                n.ownership.visibility == Visibility::Coalition && n.ownership.coalition_id == Some(coalition_id)
            })
            .collect();
        notes.reverse();
        Ok(notes)
    }

    /// One note, if the actor may see it.
    pub async fn note(&self, actor: &Actor, id: i64) -> Result<Owned<Note>, AppError> {
        self.store.get_owned::<Note>(actor, id).await?.ok_or(AppError::NotFound)
    }

    /// Changes a note's text and visibility.
    pub async fn edit_note(
        &self,
        actor: &Actor,
        id: i64,
        body: &str,
        visibility: Visibility,
        coalition_id: Option<i64>,
    ) -> Result<(), AppError> {
        let before = self.note(actor, id).await?;
        let note = Note { recommendation_id: before.record.recommendation_id, body: body.trim().to_string() };
        let mut uow = self.begin(actor).await?;
        if !uow.update_owned(id, visibility, coalition_id, &note).await? {
            return Err(AppError::NotFound);
        }
        self.commit(uow).await
    }

    /// Deletes a note; the actor must be an editor or owner of its organisation.
    pub async fn delete_note(&self, actor: &Actor, id: i64) -> Result<Owned<Note>, AppError> {
        let note = self.note(actor, id).await?;
        let mut uow = self.begin(actor).await?;
        if !uow.delete_owned::<Note>(id).await? {
            return Err(AppError::NotFound);
        }
        self.commit(uow).await?;
        Ok(note)
    }
}
